using Microsoft.Extensions.Options;
using Notification.Worker.Data;
using Notification.Worker.Rendering;
using Npgsql;

namespace Notification.Worker.Lifecycle;

/// <summary>
/// Fires the due steps of the reminder tracks (<see cref="ReminderPlan"/>). The tracks are rows in
/// PostgreSQL, claimed with SKIP LOCKED, so a restart loses none and two workers never fire one
/// step twice; each step, its notification and its event commit together.
/// </summary>
public sealed partial class ReminderDispatcher(
    NpgsqlDataSource dataSource,
    NotificationWriter writer,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await RunDueStepsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                LogFailed(logger, exception);
            }
            if (handled < options.Value.BatchSize)
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    public async Task<int> RunDueStepsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var due = await ReminderStore.ClaimDueAsync(connection, transaction, now, options.Value.BatchSize, cancellationToken);
        foreach (var reminder in due)
        {
            await StepAsync(connection, transaction, reminder, now, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task StepAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DueReminder reminder, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var student = await StudentDirectory.FindAsync(connection, transaction, reminder.DossierId, cancellationToken);
        // Intake cancels the track on a new upload; this catches everything else (accepted elsewhere, closed meanwhile).
        if (student is null || !await DossierState.StillAwaitedAsync(connection, transaction, reminder.DocumentId, cancellationToken))
        {
            await ReminderStore.FinishAsync(connection, transaction, reminder.DocumentId, "cancelled", now, cancellationToken);
            LogCancelled(logger, reminder.DocumentId);
            return;
        }
        var kind = ReminderPlan.KindFor(reminder.Stage);
        var key = NotificationKeys.ForDocument(reminder.DocumentId, kind);
        if (reminder.Stage == ReminderPlan.Closure)
        {
            if (await DossierState.CloseAsync(connection, transaction, reminder.DossierId, reminder.DocumentId, reminder.DocumentType, now,
                    cancellationToken))
            {
                await writer.WriteAsync(connection, transaction, key, reminder.DocumentId,
                    new NotificationRequest(kind, student with { ClosedAt = now }, reminder.DocumentType, reminder.ReasonCodes, now), cancellationToken);
                LogClosed(logger, reminder.DossierId, reminder.DocumentId);
            }
            await ReminderStore.FinishAsync(connection, transaction, reminder.DocumentId, "done", now, cancellationToken);
            return;
        }
        var delay = options.Value.Delay;
        await writer.WriteAsync(connection, transaction, key, reminder.DocumentId,
            new NotificationRequest(kind, student, reminder.DocumentType, reminder.ReasonCodes, now, ReminderPlan.ClosingAt(reminder.Stage, now, delay)),
            cancellationToken);
        await ReminderStore.AdvanceAsync(connection, transaction, reminder.DocumentId, reminder.Stage + 1, ReminderPlan.NextDue(now, delay), now,
            cancellationToken);
        LogReminded(logger, kind, reminder.DocumentId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded {Kind} for document {DocumentId}")]
    private static partial void LogReminded(ILogger logger, string kind, Guid documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed dossier {DossierId}: no new upload after two reminders for document {DocumentId}")]
    private static partial void LogClosed(ILogger logger, string dossierId, Guid documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for document {DocumentId} cancelled: it no longer waits for the student")]
    private static partial void LogCancelled(ILogger logger, Guid documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder steps failed; retrying at the next poll")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
