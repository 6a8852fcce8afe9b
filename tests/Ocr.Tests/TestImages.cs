using System.Diagnostics;

namespace Ocr.Tests;

/// <summary>
/// Renders test images with ImageMagick into raw 8-bit gray files of a known size, so the tests need
/// no image decoder. /usr/bin/convert by full path: other "convert" programs may come first on PATH.
/// </summary>
internal static class TestImages
{
    private const string ImageMagick = "/usr/bin/convert";

    internal const string Sans = "DejaVu-Sans";

    /// <summary>OCR-B as Debian's fonts-ocr-b installs it: the MRZ typeface.</summary>
    internal const string OcrB = "/usr/share/fonts/opentype/ocr-b/OCRB.otf";

    /// <summary>Black text on white, one line per entry, baselines <paramref name="lineHeight"/> apart.</summary>
    public static OcrImage Text(
        IReadOnlyList<string> lines,
        int width,
        int height,
        string font = Sans,
        int pointSize = 32,
        int lineHeight = 50,
        int left = 40,
        int firstBaseline = 60,
        params string[] after)
    {
        var args = new List<string> { "-size", $"{width}x{height}", "xc:white", "-fill", "black", "-font", font, "-pointsize", pointSize.ToString() };
        for (int i = 0; i < lines.Count; i++)
        {
            args.AddRange(["-annotate", $"+{left}+{firstBaseline + i * lineHeight}", lines[i]]);
        }

        args.AddRange(after);
        return Convert(args, width, height);
    }

    public static OcrImage Line(string text, int width, int height = 100, string font = Sans, int pointSize = 32) =>
        Text([text], width, height, font, pointSize, firstBaseline: height / 2 + pointSize / 3);

    /// <summary>Uniformly random pixels: the worst case for Tesseract's layout analysis.</summary>
    public static OcrImage Noise(int width, int height, int seed = 1)
    {
        var pixels = new byte[width * height];
        new Random(seed).NextBytes(pixels);
        return new OcrImage(pixels, width, height);
    }

    private static OcrImage Convert(List<string> args, int width, int height)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ocr-test-{Guid.NewGuid():N}.raw");
        try
        {
            // -extent keeps the canvas at the promised size whatever the operations before did.
            args.AddRange(["-background", "white", "-gravity", "NorthWest", "-extent", $"{width}x{height}", "-colorspace", "Gray", "-depth", "8", $"gray:{path}"]);
            var start = new ProcessStartInfo(ImageMagick) { RedirectStandardError = true, UseShellExecute = false };
            args.ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start ImageMagick");
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"ImageMagick failed ({process.ExitCode}): {errors}");
            }

            var pixels = File.ReadAllBytes(path);
            Assert.Equal(width * height, pixels.Length);
            return new OcrImage(pixels, width, height);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
