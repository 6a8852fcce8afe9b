using System.Net.Mail;
using System.Net.Sockets;
using Notification.Worker.Email;
using Notification.Worker.Lifecycle;

namespace Verification.UnitTests.Notifications;

public class DeliveryRulesTests
{
    [Fact]
    public void The_message_id_is_derived_from_the_idempotency_key_so_a_resend_carries_the_same_one()
    {
        var key = NotificationKeys.ForDocument(Guid.Parse("0199a000-0000-7000-8000-000000000001"), "document_rejected");
        var first = MessageIds.For(key, "ne-pas-repondre@assurance-maladie.local");

        Assert.Equal(first, MessageIds.For(key, "ne-pas-repondre@assurance-maladie.local"));
        Assert.NotEqual(first, MessageIds.For(NotificationKeys.ForDocument(Guid.Empty, "document_rejected"), "x@assurance-maladie.local"));
        Assert.Matches(@"^<[0-9a-f]{32}\.notification@assurance-maladie\.local>$", first);
    }

    [Fact]
    public void Milestones_are_keyed_on_the_dossier_and_decisions_on_the_document()
    {
        Assert.Equal("D-1:phase1_complete", NotificationKeys.ForDossier("D-1", "phase1_complete"));
        Assert.Equal($"{Guid.Empty}:reminder_1", NotificationKeys.ForDocument(Guid.Empty, "reminder_1"));
    }

    [Fact]
    public void An_unreachable_or_busy_server_is_retried()
    {
        Assert.True(SmtpFailures.IsTransient(new SmtpException(SmtpStatusCode.GeneralFailure, "connection refused")));
        Assert.True(SmtpFailures.IsTransient(new SmtpException(SmtpStatusCode.ServiceNotAvailable, "421")));
        Assert.True(SmtpFailures.IsTransient(new SmtpFailedRecipientException(SmtpStatusCode.MailboxBusy, "a@b.c")));
        Assert.True(SmtpFailures.IsTransient(new SocketException((int)SocketError.ConnectionRefused)));
        Assert.False(SmtpFailures.IsTransient(new InvalidOperationException()));
    }

    [Fact]
    public void A_recipient_refused_for_good_is_not_retried()
    {
        var refused = new SmtpFailedRecipientException(SmtpStatusCode.MailboxUnavailable, "nobody@example.org");
        Assert.True(SmtpFailures.IsPermanent(refused));
        Assert.False(SmtpFailures.IsTransient(refused));
    }
}
