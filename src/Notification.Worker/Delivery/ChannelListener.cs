using Npgsql;

namespace Notification.Worker.Delivery;

/// <summary>
/// LISTEN on a PostgreSQL channel, so a loop wakes when a row is committed rather than at its next
/// poll. The timeout stays the safety net: a notification sent while the listener was reconnecting
/// is still found.
/// </summary>
public sealed class ChannelListener(NpgsqlDataSource dataSource, string channel) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            if (_connection is null)
            {
                _connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await using var listen = new NpgsqlCommand($"listen {channel}", _connection);
                await listen.ExecuteNonQueryAsync(cancellationToken);
            }
            await _connection.WaitAsync(timeout, cancellationToken);
        }
        catch (NpgsqlException)
        {
            await DisposeAsync();
            await Task.Delay(timeout, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
