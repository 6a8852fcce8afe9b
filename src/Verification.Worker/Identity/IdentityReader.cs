using System.Diagnostics;
using Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mrz;
using Verification.Worker.Checks;
using Verification.Worker.Identity.Reading;
using Verification.Worker.Identity.Visa;

namespace Verification.Worker.Identity;

/// <summary>
/// Reads a document's identity data once for all the identity checks: page by page until one holds a zone
/// whose check digits agree, from the PDF text layer when it carries the zone, by OCR otherwise.
/// </summary>
public sealed partial class IdentityReader(
    MrzZoneReader zones,
    VisaZoneReader visas,
    IOptions<IdentityOptions> options,
    ILogger<IdentityReader> logger,
    TimeProvider? time = null) : IIdentityReader
{
    public IdentityReading Read(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clock = time ?? TimeProvider.System;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var budget = TimeSpan.FromMilliseconds(options.Value.MrzBudgetMs);
        var started = Stopwatch.GetTimestamp();
        (MrzZoneReading Zone, IdentityPage Page, string Source)? best = null;
        IdentityPage? first = null;
        foreach (var page in IdentityPages.Of(document, options.Value))
        {
            cancellationToken.ThrowIfCancellationRequested();
            first ??= page;
            var candidate = FromTextLayer(page, today) is { } typed
                ? (typed, page, "text layer")
                : (zones.Read(page.Image, today, budget - Stopwatch.GetElapsedTime(started), cancellationToken), page, "ocr");
            if (best is null || Ranks(candidate.Item1).CompareTo(Ranks(best.Value.Zone)) > 0)
            {
                best = candidate;
            }
            if (candidate.Item1.Valid || Stopwatch.GetElapsedTime(started) > budget)
            {
                break;
            }
        }
        LogRead(logger, document.FileName, best?.Page.Number ?? 0, best?.Zone.Result?.Format.ToString() ?? "none", best?.Zone.Valid ?? false);
        var isVisa = document.DocumentType == DocumentTypes.StudentVisa;
        return new IdentityReading(best?.Zone, best?.Page ?? first, best?.Source,
            reading => isVisa ? visas.Read(reading, cancellationToken) : null);
    }

    /// <summary>A born-digital PDF that carries the zone as text needs no OCR; only a valid zone is trusted that way.</summary>
    private static MrzZoneReading? FromTextLayer(IdentityPage page, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(page.Text) || MrzReader.Read(page.Text, today) is not { Valid: true } result)
        {
            return null;
        }
        return new MrzZoneReading(result, result.Corrections, null, 0, 0, TimeSpan.Zero, false);
    }

    private static (bool, bool, double) Ranks(MrzZoneReading zone) =>
        (zone.Valid, zone.Result is not null,
            zone.Result is { CheckDigits.Count: > 0 } r ? r.CheckDigits.Count(c => c.Valid) / (double)r.CheckDigits.Count : 0);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Identity of {FileName}: MRZ on page {Page}, format {Format}, valid {Valid}")]
    private static partial void LogRead(ILogger logger, string fileName, int page, string format, bool valid);
}
