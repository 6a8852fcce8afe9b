using Notification.Worker.Rendering;

namespace Verification.UnitTests.Notifications;

/// <summary>The shipped templates, as the worker loads them from its output folder.</summary>
internal static class Templates
{
    public const string PortalUrl = "https://portal.example/etudiant";

    private static readonly Lazy<TemplateCatalog> Shipped = new(() => TemplateCatalog.Load(TemplateCatalog.DefaultDirectory));

    public static NotificationComposer Composer() => new(Shipped.Value, PortalUrl);

    public static Student Student(string language = "fr", string firstNames = "Ana María", string lastName = "GARCÍA MÁRQUEZ") =>
        new("D-2026-0001", "ana@example.org", language, firstNames, lastName, null);

    public static NotificationRequest Request(string kind, string language = "fr", IReadOnlyList<string>? reasons = null, Student? student = null) =>
        new(kind, student ?? Student(language), Contracts.DocumentTypes.BirthCertificate, reasons ?? [Contracts.ReasonCodes.Blurry],
            new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));
}
