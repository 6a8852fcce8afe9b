using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ocr;
using Verification.Worker.Identity.Localisation;
using Verification.Worker.Identity.Reading;

namespace Verification.Worker.Identity.Visa;

/// <summary>
/// Reads a visa sticker's visual zone: the page above the MRZ, turned level with the zone and cropped to
/// the sticker's height, OCR'd in French and English. The zone's own geometry gives the crop, so the OCR
/// sees one sticker, not the whole passport page, and stays within its deadline.
/// </summary>
public sealed partial class VisaZoneReader(TesseractEnginePool pool, IOptions<IdentityOptions> options, ILogger<VisaZoneReader> logger)
{
    /// <summary>A visa sticker (MRV-A 80 mm, MRV-B 74 mm) is about 30 MRZ character heights tall.</summary>
    private const double StickerHeightInCharacters = 30;

    /// <summary>The crop's height bound: a sticker of 30 characters at <see cref="CharacterPixels"/>, with room to spare.</summary>
    private const int MaxCropHeight = 1400;

    /// <summary>MRZ characters this many pixels high put the sticker's small print at a size Tesseract reads well.</summary>
    private const double CharacterPixels = 34;

    public VisaZone? Read(IdentityReading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Page is not { } page)
        {
            return null;
        }
        var expiry = reading.Mrz?.ExpiryDate;
        if (reading.Zone?.Band is not { } band)
        {
            // A born-digital PDF carries the whole sticker as text; a page without a zone has nothing to anchor on.
            return page.Text.Length > 0 ? VisaZoneParser.Parse(page.Text, expiry) : null;
        }
        var crop = Crop(page.Image, band);
        var settings = options.Value;
        using var lease = pool.Rent("fra+eng", TimeSpan.FromMilliseconds(settings.EngineWaitMs));
        var result = lease.Recognize(new OcrImage(crop.Pixels, crop.Width, crop.Height), new OcrRequest
        {
            PageSegmentation = PageSegmentation.Auto,
            SourceResolution = 300,
            Deadline = TimeSpan.FromMilliseconds(settings.VisaZoneDeadlineMs),
        }, cancellationToken);
        var zone = VisaZoneParser.Parse(result.Text, expiry);
        LogRead(logger, zone.Type ?? "?", zone.ValidFrom?.ToString("yyyy-MM-dd") ?? "?", result.Elapsed.TotalMilliseconds, result.TimedOut);
        return zone;
    }

    /// <summary>The sticker above the zone's first line, level, with the MRZ characters <see cref="CharacterPixels"/> high.</summary>
    internal static Imaging.GrayImage Crop(Imaging.GrayImage image, MrzBand band)
    {
        var first = band.Lines[0];
        var h = first.CharHeight;
        var along = first.Direction;
        var up = new PointD(along.Y, -along.X);
        var halfHeight = StickerHeightInCharacters * h / 2;
        // A centreline halfway up the sticker, from just above the MRZ to its top edge.
        var lift = up * (halfHeight + (0.8 * h));
        var axis = new BandLine(first.Start + lift, first.End + lift, h);
        return LineStrip.Cut(image, axis, halfHeight, 4 * h, CharacterPixels, MaxCropHeight).Image;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Visa visual zone: type {Type}, valid from {ValidFrom}, {ElapsedMs} ms, timed out {TimedOut}")]
    private static partial void LogRead(ILogger logger, string type, string validFrom, double elapsedMs, bool timedOut);
}
