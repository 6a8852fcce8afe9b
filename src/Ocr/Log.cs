using Microsoft.Extensions.Logging;

namespace Ocr;

internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "Tesseract engine {Languages} ready in {InitMs:F0} ms")]
    public static partial void EngineReady(ILogger logger, string languages, double initMs);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error,
        Message = "Tesseract could not load {Languages} from {TessdataPath} (engine mode {EngineMode}, code {Code})")]
    public static partial void InitFailed(ILogger logger, string languages, string tessdataPath, OcrEngineMode engineMode, int code);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "OCR ({Languages}) stopped by its {DeadlineMs} ms deadline after {ElapsedMs:F0} ms at {Progress}% progress")]
    public static partial void DeadlineExceeded(ILogger logger, string languages, int deadlineMs, double elapsedMs, int progress);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning,
        Message = "All {PoolSize} {Languages} engines stayed busy for {WaitMs:F0} ms")]
    public static partial void PoolExhausted(ILogger logger, string languages, int poolSize, double waitMs);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information,
        Message = "Warmed {Count} {Languages} engine(s) in {ElapsedMs:F0} ms")]
    public static partial void WarmedUp(ILogger logger, int count, string languages, double elapsedMs);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning,
        Message = "The C runtime sees {Variable}={Value}, not 1: each Tesseract engine may start a thread team per page and oversubscribe the cores")]
    public static partial void ThreadLimitNotApplied(ILogger logger, string variable, string? value);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "OCR ({Languages}) skipped a {Width}x{Height} area that reads as noise ({Density:F2} transitions per pixel)")]
    public static partial void SkippedAsNoise(ILogger logger, string languages, int width, int height, double density);
}
