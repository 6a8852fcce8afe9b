using System.Diagnostics;
using Imaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mrz;
using Ocr;
using Verification.Worker.Identity.Localisation;

namespace Verification.Worker.Identity.Reading;

/// <summary>The outcome of reading one page's machine-readable zone.</summary>
/// <param name="Result">The corrected zone, or null when no band on the page read as an MRZ.</param>
/// <param name="Corrections">Every change between the OCR and <see cref="MrzResult.Lines"/>: the column alignment's, then the reader's.</param>
/// <param name="Band">Where the zone is, in the page's pixels, in reading order (its direction tells how the page is turned).</param>
/// <param name="Attempts">OCR passes over a band (one per line set and preparation).</param>
public sealed record MrzZoneReading(
    MrzResult? Result,
    IReadOnlyList<MrzCorrection> Corrections,
    MrzBand? Band,
    int BandsFound,
    int Attempts,
    TimeSpan Elapsed,
    bool TimedOut)
{
    /// <summary>
    /// Check digits agree and the reader did not have to make them agree by changing more than
    /// <see cref="MaxCheckDigitRepairs"/> characters. Each check digit only catches 9 errors in 10, and a
    /// repair chosen to satisfy one spends that protection: a zone forced valid by many repairs (merged poor
    /// readings, a misread line) can be valid and wrong, and is then no proof against the declared data.
    /// </summary>
    public bool Valid => Result?.Valid == true && CheckDigitRepairs(Result) <= MaxCheckDigitRepairs;

    public const int MaxCheckDigitRepairs = 2;

    public static int CheckDigitRepairs(MrzResult result) => result.Corrections.Count(c => c.Reason == MrzCorrectionReason.CheckDigit);

    /// <summary>How far the text is turned clockwise, rounded to a quarter turn: 0, 90, 180 or 270.</summary>
    public int Rotation => Band is null ? 0 : (int)((Math.Round(((Band.AngleDegrees % 360) + 360) % 360 / 90) * 90) % 360);
}

/// <summary>
/// Finds the MRZ on a page and reads it: localisation by morphology, each line OCR'd on its own strip with a
/// warm engine, symbols re-aligned to the fixed pitch, and the <see cref="MrzReader"/> choosing among
/// readings by check digits. Cheap first: one gray pass per band; the upside-down reading and the other
/// preparations of the strips only when the check digits do not agree yet.
/// </summary>
public sealed partial class MrzZoneReader(TesseractEnginePool pool, IOptions<IdentityOptions> options, ILogger<MrzZoneReader> logger)
{
    /// <param name="budget">Time for every attempt together; null for the configured MrzBudgetMs.</param>
    public MrzZoneReading Read(GrayImage page, DateOnly referenceDate, TimeSpan? budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var settings = options.Value;
        var started = Stopwatch.GetTimestamp();
        var allowed = budget ?? TimeSpan.FromMilliseconds(settings.MrzBudgetMs);
        var bands = MrzLocator.Locate(page);
        if (bands.Count == 0)
        {
            LogNoBand(logger, page.Width, page.Height);
            return new MrzZoneReading(null, [], null, 0, 0, Stopwatch.GetElapsedTime(started), false);
        }

        using var lease = pool.Rent("eng", TimeSpan.FromMilliseconds(settings.EngineWaitMs));
        var lineDeadline = TimeSpan.FromMilliseconds(settings.LineDeadlineMs);
        Attempt? best = null;
        var attempts = 0;
        var timedOut = false;
        bool OutOfTime() => Stopwatch.GetElapsedTime(started) > allowed;

        Attempt Try(MrzBand band, StripVariant variant, List<BandReading> earlier)
        {
            attempts++;
            var reading = BandReader.Read(lease, page, band, variant, lineDeadline, cancellationToken);
            timedOut |= reading.TimedOut;
            earlier.Add(reading);
            var attempt = Attempt.Evaluate(band, earlier, referenceDate);
            if (best is null || attempt.BetterThan(best))
            {
                best = attempt;
            }
            return attempt;
        }

        foreach (var located in bands.Take(settings.MaxBands))
        {
            var upright = new List<BandReading>();
            var first = Try(located, StripVariant.Ladder[0], upright);
            if (first.Valid)
            {
                break;
            }
            // The text may be upside down (or, for a quarter turn, the other way round): the check digits decide,
            // unless the first reading is plainly this zone the right way up with a check digit or two to repair.
            var chosen = (Band: located, Readings: upright, Outcome: first);
            if (!first.LooksLikeTheZone && !OutOfTime())
            {
                var turned = new List<BandReading>();
                var reversed = Try(located.Reversed(), StripVariant.Ladder[0], turned);
                if (reversed.Valid)
                {
                    break;
                }
                if (reversed.BetterThan(first))
                {
                    chosen = (located.Reversed(), turned, reversed);
                }
            }
            foreach (var variant in StripVariant.Ladder.Skip(1))
            {
                if (OutOfTime() || Try(chosen.Band, variant, chosen.Readings).Valid)
                {
                    break;
                }
            }
            if (best!.Valid || best.LooksLikeTheZone || OutOfTime())
            {
                // A zone that reads as an MRZ with some failing check digits is this page's zone: other bands
                // are the visual zone's text lines, not a better candidate.
                break;
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        LogRead(logger, bands.Count, attempts, best?.Result?.Format.ToString() ?? "none", best?.Valid ?? false, elapsed.TotalMilliseconds);
        return new MrzZoneReading(best?.Result, best?.Corrections ?? [], best?.Band, bands.Count, attempts, elapsed, timedOut);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No MRZ band on a {Width}x{Height} page")]
    private static partial void LogNoBand(ILogger logger, int width, int height);

    [LoggerMessage(Level = LogLevel.Debug,
        Message = "MRZ: {Bands} candidate bands, {Attempts} OCR passes, format {Format}, valid {Valid}, {ElapsedMs} ms")]
    private static partial void LogRead(ILogger logger, int bands, int attempts, string format, bool valid, double elapsedMs);
}
