using Contracts;
using MassTransit;
using Notification.Worker.Lifecycle;

namespace Notification.Worker;

/// <summary>
/// Turns each decision into a recorded notification (and its reminders or milestone). Nothing here
/// talks to SMTP: the e-mail leaves from the notification log (<see cref="Delivery.EmailDispatcher"/>),
/// so an SMTP outage never holds or redelivers broker messages.
/// </summary>
public sealed class DecisionNotificationConsumer(DecisionNotifier notifier)
    : IConsumer<DocumentAccepted>, IConsumer<DocumentRejected>, IConsumer<ManualReviewRequested>
{
    public Task Consume(ConsumeContext<DocumentAccepted> context) =>
        notifier.HandleAsync(new DecisionEvent(NotificationKinds.Accepted, context.Message.DocumentId, context.Message.DossierId,
            context.Message.DocumentType, []), context.CancellationToken);

    public Task Consume(ConsumeContext<DocumentRejected> context) =>
        notifier.HandleAsync(new DecisionEvent(NotificationKinds.Rejected, context.Message.DocumentId, context.Message.DossierId,
            context.Message.DocumentType, context.Message.ReasonCodes), context.CancellationToken);

    public Task Consume(ConsumeContext<ManualReviewRequested> context) =>
        notifier.HandleAsync(new DecisionEvent(NotificationKinds.UnderReview, context.Message.DocumentId, context.Message.DossierId,
            context.Message.DocumentType, context.Message.ReasonCodes), context.CancellationToken);
}
