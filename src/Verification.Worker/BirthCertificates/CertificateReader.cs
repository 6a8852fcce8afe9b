using System.Runtime.CompilerServices;
using Contracts;
using Microsoft.Extensions.Options;
using Verification.Worker.BirthCertificates.Reading;
using Verification.Worker.Checks;

namespace Verification.Worker.BirthCertificates;

/// <summary>
/// Reads a birth-certificate upload once, however many checks ask. The reading belongs to the
/// document under check; it is kept in a weak table keyed by that document rather than in the
/// document's own class, so per-document state stays with the document (and dies with it) without
/// the shared class knowing about every content analysis.
/// </summary>
public sealed class CertificateReader(PageTextReader reader, IOptions<BirthCertificateOptions> options)
{
    private readonly ConditionalWeakTable<DocumentUnderCheck, Lazy<Task<CertificateReading>>> _readings = new();

    /// <summary>Why the birth-certificate checks do not apply to a document, or null when they do.</summary>
    public static string? NotApplicableBecause(DocumentUnderCheck document) =>
        document.DocumentType != DocumentTypes.BirthCertificate ? "only birth certificates are checked for a translation"
        : document.Pages.Count == 0 ? "no page could be opened"
        : null;

    public Task<CertificateReading> ReadAsync(DocumentUnderCheck document, CancellationToken cancellationToken) =>
        _readings.GetValue(document, d => new Lazy<Task<CertificateReading>>(() => ReadCoreAsync(d, cancellationToken))).Value;

    private async Task<CertificateReading> ReadCoreAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        var texts = await reader.ReadAsync(document, cancellationToken);
        return PageRoles.Assign(texts, options.Value);
    }
}
