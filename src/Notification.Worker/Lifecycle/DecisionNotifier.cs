using Contracts;
using Microsoft.Extensions.Options;
using Notification.Worker.Data;
using Notification.Worker.Rendering;
using Npgsql;

namespace Notification.Worker.Lifecycle;

/// <summary>A decision the student must hear about, whoever made it (the machine or an agent).</summary>
public sealed record DecisionEvent(string Kind, Guid DocumentId, string DossierId, string DocumentType, IReadOnlyList<string> ReasonCodes);

/// <summary>
/// Everything a decision sets off, in ONE transaction: the notification (which the dispatcher then
/// e-mails) with its portal event, the reminder track of a rejection, and the milestone e-mail an
/// acceptance may complete. The notification's key makes a redelivered event a no-op.
/// </summary>
public sealed partial class DecisionNotifier(
    NpgsqlDataSource dataSource,
    NotificationWriter writer,
    IOptions<ReminderOptions> reminders,
    TimeProvider clock,
    ILogger<DecisionNotifier> logger)
{
    public async Task HandleAsync(DecisionEvent decision, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var student = await StudentDirectory.FindAsync(connection, transaction, decision.DossierId, cancellationToken);
        if (student is null)
        {
            LogNoDossier(logger, decision.DossierId, decision.DocumentId);
            return;
        }
        // A replaced document is never decided; this only guards against a decision racing its replacement.
        if (await DossierState.DocumentStatusAsync(connection, transaction, decision.DocumentId, cancellationToken) == Decisions.Superseded)
        {
            LogSuperseded(logger, decision.DocumentId);
            return;
        }
        var key = NotificationKeys.ForDocument(decision.DocumentId, decision.Kind);
        var request = new NotificationRequest(decision.Kind, student, decision.DocumentType, decision.ReasonCodes, now);
        if (!await writer.WriteAsync(connection, transaction, key, decision.DocumentId, request, cancellationToken))
        {
            // Written with everything below by an earlier delivery of this event.
            LogAlreadyWritten(logger, key);
            return;
        }
        if (decision.Kind == NotificationKinds.Rejected)
        {
            await ScheduleRemindersAsync(connection, transaction, decision, now, cancellationToken);
        }
        else if (decision.Kind == NotificationKinds.Accepted)
        {
            await AnnounceMilestoneAsync(connection, transaction, decision, student, now, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        LogWritten(logger, key);
    }

    private async Task ScheduleRemindersAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DecisionEvent decision,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Events can lag: a student may already have uploaded again by the time the rejection is handled.
        if (!await DossierState.StillAwaitedAsync(connection, transaction, decision.DocumentId, cancellationToken))
        {
            return;
        }
        var dueAt = ReminderPlan.FirstDue(now, reminders.Value.Delay);
        await ReminderStore.ScheduleAsync(connection, transaction, decision.DocumentId, decision.DossierId, decision.DocumentType,
            decision.ReasonCodes, dueAt, now, cancellationToken);
        LogRemindersScheduled(logger, decision.DocumentId, dueAt);
    }

    private async Task AnnounceMilestoneAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DecisionEvent decision,
        Student student, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var accepted = await DossierState.AcceptedTypesAsync(connection, transaction, decision.DossierId, cancellationToken);
        if (DossierProgress.Milestone(accepted) is not { } milestone)
        {
            return;
        }
        // Keyed on the dossier: a milestone is announced once, however many acceptances reach it again.
        var key = NotificationKeys.ForDossier(decision.DossierId, milestone);
        if (await writer.WriteAsync(connection, transaction, key, decision.DocumentId,
                new NotificationRequest(milestone, student, decision.DocumentType, [], now), cancellationToken))
        {
            LogMilestone(logger, decision.DossierId, milestone);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationKey} recorded")]
    private static partial void LogWritten(ILogger logger, string notificationKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationKey} was recorded before; redelivery ignored")]
    private static partial void LogAlreadyWritten(ILogger logger, string notificationKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentId} was superseded; no notification")]
    private static partial void LogSuperseded(ILogger logger, Guid documentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for document {DocumentId} start at {DueAt}")]
    private static partial void LogRemindersScheduled(ILogger logger, Guid documentId, DateTimeOffset dueAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dossier {DossierId} reached {Milestone}")]
    private static partial void LogMilestone(ILogger logger, string dossierId, string milestone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dossier {DossierId} of document {DocumentId} not found; no notification")]
    private static partial void LogNoDossier(ILogger logger, string dossierId, Guid documentId);
}
