using System.Text.RegularExpressions;

namespace Ocr;

/// <summary>Language sets, their .traineddata files, and the Debian packages that provide them.</summary>
internal static partial class ModelFiles
{
    internal static string ValidateLanguages(string languages)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(languages);
        var trimmed = languages.Trim();
        if (!LanguagePattern().IsMatch(trimmed))
        {
            throw new ArgumentException($"'{languages}' is not a Tesseract language set like \"eng\" or \"eng+fra\".", nameof(languages));
        }

        return trimmed;
    }

    /// <summary>
    /// Checked before Tesseract is asked: its own failure is a line on stderr and a -1, which says
    /// neither which file was looked for nor how to get it.
    /// </summary>
    internal static void ThrowIfMissing(string languages, string tessdataPath)
    {
        var missing = languages.Split('+').Where(l => !File.Exists(PathOf(tessdataPath, l))).ToArray();
        if (missing.Length > 0)
        {
            throw new OcrInitializationException(
                $"No Tesseract model for {string.Join(", ", missing)} in {tessdataPath} " +
                $"(expected {string.Join(", ", missing.Select(l => PathOf(tessdataPath, l)))}). " +
                $"Install it with: apt-get install -y {DebianPackages(string.Join('+', missing))}, " +
                "or point Ocr:TessdataPath at the directory that holds the .traineddata files.");
        }
    }

    /// <summary>Debian names the packages after the model: chi_sim.traineddata is in tesseract-ocr-chi-sim.</summary>
    internal static string DebianPackages(string languages) =>
        string.Join(' ', languages.Split('+').Select(l => "tesseract-ocr-" + l.ToLowerInvariant().Replace('_', '-')));

    private static string PathOf(string tessdataPath, string language) => Path.Combine(tessdataPath, language + ".traineddata");

    // Model names are file names inside tessdata; anything else (a path, "..") is refused.
    [GeneratedRegex("^[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*$")]
    private static partial Regex LanguagePattern();
}
