using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ocr;
using Verification.Worker.Checks;
using Verification.Worker.Quality;

namespace Verification.Worker.BirthCertificates.Reading;

/// <summary>
/// Gets the text of every page: the PDF's text layer when it has one, otherwise OCR with a warm
/// engine from the pool. Bounded three ways: the pages analysed (PageLimits), the pixels per page
/// (<see cref="BirthCertificateOptions.OcrMaxPixels"/>) and the time for the whole upload
/// (<see cref="BirthCertificateOptions.DocumentBudgetMs"/>); a page past the budget is reported as not read.
/// </summary>
public sealed partial class PageTextReader(TesseractEnginePool pool, IOptions<BirthCertificateOptions> options, ILogger<PageTextReader> logger)
{
    /// <summary>Less time than this left is not worth starting a page: layout analysis alone takes about half of it.</summary>
    private static readonly TimeSpan MinimumPageTime = TimeSpan.FromMilliseconds(800);

    public async Task<IReadOnlyList<PageText>> ReadAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var budget = TimeSpan.FromMilliseconds(settings.DocumentBudgetMs);
        var clock = Stopwatch.StartNew();
        var texts = new List<PageText>();
        OcrEngineLease? lease = null;
        try
        {
            foreach (var page in document.Pages)
            {
                var ink = InkCoverage.Of(page.Image);
                if (CountLetters(page.Text) >= settings.MinTextLayerLetters)
                {
                    texts.Add(new PageText(page.Number, PageTextSource.TextLayer, page.Text, 100, ink, 0, null));
                    continue;
                }
                var left = budget - clock.Elapsed;
                if (left < MinimumPageTime)
                {
                    texts.Add(PageText.NotRead(page.Number, ink, "the time for reading this upload ran out"));
                    continue;
                }
                if (lease is null)
                {
                    try
                    {
                        lease = await pool.RentAsync(settings.OcrLanguages, left, cancellationToken);
                    }
                    catch (TimeoutException)
                    {
                        LogNoEngine(logger, settings.OcrLanguages, left.TotalMilliseconds);
                        texts.Add(PageText.NotRead(page.Number, ink, "no OCR engine became free in time"));
                        continue;
                    }
                }
                texts.Add(Recognize(lease, document, page, ink, budget - clock.Elapsed, settings, cancellationToken));
            }
        }
        finally
        {
            lease?.Dispose();
        }
        LogRead(logger, texts.Count, texts.Count(t => t.Source == PageTextSource.Ocr), texts.Count(t => t.Source == PageTextSource.NotRead),
            clock.Elapsed.TotalMilliseconds);
        return texts;
    }

    private PageText Recognize(OcrEngineLease lease, DocumentUnderCheck document, AnalyzedPage page, double ink, TimeSpan left,
        BirthCertificateOptions settings, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (OcrRaster.For(document, page, settings) is not { } raster)
        {
            return PageText.NotRead(page.Number, ink, "the page could not be decoded at reading resolution");
        }
        var (image, dpi) = raster;
        var deadline = TimeSpan.FromMilliseconds(Math.Min(settings.PageDeadlineMs, left.TotalMilliseconds));
        var result = lease.Recognize(new OcrImage(image.Pixels, image.Width, image.Height), new OcrRequest
        {
            PageSegmentation = PageSegmentation.Auto,
            SourceResolution = dpi,
            Deadline = deadline,
        }, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogPage(logger, page.Number, image.Width, image.Height, dpi, elapsed, result.TimedOut);
        var problem = result.TimedOut ? "reading stopped at the page deadline: the text is partial"
            : result.SkippedAsNoise ? "the page reads as noise, not text" : null;
        return new PageText(page.Number, PageTextSource.Ocr, result.Text, result.MeanConfidence, ink, Math.Round(elapsed), problem);
    }

    private static int CountLetters(string text) => text.Count(char.IsLetter);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Read page {PageNumber} ({Width}x{Height} px at {Dpi} dpi) in {ElapsedMs:F0} ms; timed out: {TimedOut}")]
    private static partial void LogPage(ILogger logger, int pageNumber, int width, int height, int dpi, double elapsedMs, bool timedOut);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {PageCount} birth certificate pages ({OcrPages} by OCR, {UnreadPages} not read) in {ElapsedMs:F0} ms")]
    private static partial void LogRead(ILogger logger, int pageCount, int ocrPages, int unreadPages, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No {Languages} OCR engine became free within {WaitMs:F0} ms; the page is left for an agent")]
    private static partial void LogNoEngine(ILogger logger, string languages, double waitMs);
}
