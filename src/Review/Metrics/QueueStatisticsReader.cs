using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using Review.Queue;

namespace Review.Metrics;

/// <summary>One query for the queue's figures: the queue page, the API and the gauges all read these.</summary>
public sealed class QueueStatisticsReader(NpgsqlDataSource dataSource, IOptions<ReviewOptions> options)
{
    public async Task<QueueStatistics> ReadAsync(CancellationToken cancellationToken)
    {
        // The where clause lets the two partial indexes do the work once most items are long resolved.
        const string sql = """
            select
              count(*) filter (where status = 'open' or (status = 'claimed' and lease_until < now()))::int as open,
              count(*) filter (where status = 'claimed' and lease_until >= now())::int as claimed,
              count(*) filter (where status = 'claimed' and lease_until < now())::int as expired_leases,
              min(created_at) filter (where status <> 'resolved') as oldest,
              count(*) filter (where status = 'resolved' and resolved_at > now() - interval '24 hours')::int as resolved_last_day,
              percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at)::float8)
                filter (where status = 'resolved' and resolved_at > now() - interval '24 hours') as median_seconds,
              count(*) filter (where kind = 'sample' and status = 'resolved' and resolved_at > now() - @window)::int as samples,
              count(*) filter (where kind = 'sample' and status = 'resolved' and resolution = 'accepted' and resolved_at > now() - @window)::int as agreed
            from review_items
            where status <> 'resolved' or resolved_at > now() - greatest(@window, interval '24 hours')
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(sql, new { window = options.Value.AgreementWindow },
            cancellationToken: cancellationToken));
        return new QueueStatistics(row.open, row.claimed, row.expired_leases, row.oldest is { } oldest ? AuditTrail.Utc(oldest) : null,
            row.resolved_last_day, row.median_seconds, row.samples, row.agreed);
    }

    private sealed class Row
    {
        public int open { get; init; }
        public int claimed { get; init; }
        public int expired_leases { get; init; }
        public DateTime? oldest { get; init; }
        public int resolved_last_day { get; init; }
        public double? median_seconds { get; init; }
        public int samples { get; init; }
        public int agreed { get; init; }
    }
}
