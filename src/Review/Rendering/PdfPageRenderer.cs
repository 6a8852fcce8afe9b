using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Review.Rendering;

/// <summary>
/// Renders PDF pages to PNG with Poppler's pdftoppm, in a separate process so a hostile PDF can hang
/// or crash only that process. Bounded three ways: the first pages only, a fixed resolution with a
/// maximum pixel area per page (a page claiming to be metres wide renders its top-left corner), and a
/// deadline after which the process tree is killed.
/// </summary>
public sealed partial class PdfPageRenderer(IOptions<ReviewOptions> options, ILogger<PdfPageRenderer> logger)
{
    private const int MaxPageWidthPixels = 2400;
    private const int MaxPageHeightPixels = 3400;

    public async Task<RenderedDocument> RenderAsync(byte[] pdf, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var directory = Directory.CreateTempSubdirectory("review-render-");
        try
        {
            var start = new ProcessStartInfo("pdftoppm")
            {
                RedirectStandardInput = true,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
                WorkingDirectory = directory.FullName,
            };
            foreach (var argument in new[]
            {
                "-png", "-r", settings.RenderDpi.ToString(CultureInfo.InvariantCulture),
                "-f", "1", "-l", settings.MaxRenderedPages.ToString(CultureInfo.InvariantCulture), "-forcenum",
                "-x", "0", "-y", "0",
                "-W", MaxPageWidthPixels.ToString(CultureInfo.InvariantCulture), "-H", MaxPageHeightPixels.ToString(CultureInfo.InvariantCulture),
                "-", "page",
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start.");
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(settings.RenderTimeout);
            try
            {
                await process.StandardInput.BaseStream.WriteAsync(pdf, deadline.Token);
                process.StandardInput.Close();
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
                if (exception is OperationCanceledException)
                {
                    LogTimedOut(logger, settings.RenderTimeout.TotalSeconds);
                    return new RenderedDocument([], $"The PDF could not be rendered within {settings.RenderTimeout.TotalSeconds:0} s.");
                }
                await process.WaitForExitAsync(CancellationToken.None);
            }
            await output;
            // Names are page-1 … page-5 (page-01 … past nine pages): shorter names first, then ordinal, is page order.
            var images = new List<PageImage>();
            foreach (var page in Directory.GetFiles(directory.FullName, "page-*.png").OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal))
            {
                images.Add(new PageImage(await File.ReadAllBytesAsync(page, cancellationToken), "image/png"));
            }
            if (images.Count == 0)
            {
                var message = (await errors).Trim();
                LogFailed(logger, process.ExitCode, message);
                return new RenderedDocument([], $"The PDF could not be rendered (pdftoppm exit code {process.ExitCode}).");
            }
            return new RenderedDocument(images, null);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "pdftoppm did not finish within {TimeoutSeconds} s; killed")]
    private static partial void LogTimedOut(ILogger logger, double timeoutSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "pdftoppm rendered no page (exit code {ExitCode}): {Errors}")]
    private static partial void LogFailed(ILogger logger, int exitCode, string errors);
}
