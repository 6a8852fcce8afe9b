using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Imaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Mrz;
using Ocr;
using Verification.Worker.Identity;
using Verification.Worker.Identity.Reading;

namespace Verification.Benchmarks;

/// <summary>A passport image of tests/fixtures/mrz with its ground-truth fields.</summary>
internal sealed record Passport(string Path, string Set, IReadOnlyDictionary<string, string> Truth);

/// <summary>
/// The two ways of reading a passport's MRZ that the benchmark compares, from the file's bytes to the
/// fields, and the passports they are compared on (the TD3 images of the generated clean and degraded sets).
/// </summary>
internal static class MrzPassports
{
    public const string Whitelist = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

    public static readonly string[] Fields =
        ["documentCode", "issuingState", "surname", "givenNames", "documentNumber", "nationality", "sex", "dateOfBirth", "expiryDate", "optionalData"];

    private static readonly DateOnly Today = new(2026, 11, 22);

    public static string Directory => System.IO.Path.Combine(BenchmarkFiles.Root, "tests", "fixtures", "mrz", "out");

    public static IReadOnlyList<Passport> All()
    {
        var truth = System.IO.Path.Combine(Directory, "truth.jsonl");
        if (!File.Exists(truth))
        {
            throw new FileNotFoundException($"{truth} is missing: run python3 tests/fixtures/mrz/generate.py", truth);
        }
        return File.ReadLines(truth).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.GetProperty("format").ValueKind == JsonValueKind.String && e.GetProperty("format").GetString() == "TD3"
                        && e.GetProperty("set").GetString() is "clean" or "degraded")
            .Select(e => new Passport(System.IO.Path.Combine(Directory, e.GetProperty("file").GetString()!), e.GetProperty("set").GetString()!,
                Fields.ToDictionary(f => f, f => e.GetProperty(f).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(f).GetString() ?? "")))
            .ToList();
    }

    /// <summary>A warm reader: one engine, loaded before anything is measured, as the worker's warm-up does.</summary>
    public static (TesseractEnginePool Pool, MrzZoneReader Reader) WarmReader()
    {
        var pool = new TesseractEnginePool(new OcrOptions { PoolSize = 1 });
        pool.WarmUpAsync(["eng"]).GetAwaiter().GetResult();
        return (pool, new MrzZoneReader(pool, Options.Create(new IdentityOptions()), NullLogger<MrzZoneReader>.Instance));
    }

    /// <summary>
    /// Ours: decode (JPEG DCT-scaled to at least 2000 px, as the identity checks do), find the zone by
    /// morphology, OCR each line with the warm engine, re-align to the fixed pitch, and parse.
    /// </summary>
    public static MrzResult? ReadWithPipeline(MrzZoneReader reader, byte[] content) => Read(reader, Decode(content));

    /// <summary>The page as the identity checks get it: gray, upright per EXIF, long side between the OCR bounds.</summary>
    public static GrayImage Decode(byte[] content)
    {
        var options = new IdentityOptions();
        var decoded = ImageDecoder.Decode(content, new DecodeOptions(MinWorkingLongSide: options.OcrMinLongSide));
        return GrayImageScaler.ScaleToLongSide(decoded.Image!, options.OcrMaxLongSide);
    }

    /// <summary>The reader alone: localisation, line OCR and parsing of a decoded page.</summary>
    public static MrzResult? Read(MrzZoneReader reader, GrayImage page) => reader.Read(page, Today, null, CancellationToken.None).Result;

    /// <summary>
    /// The obvious alternative: the tesseract command line on the whole page with the same whitelist (a new
    /// process, so a model load, per image), and the same MRZ parser on its text.
    /// </summary>
    public static MrzResult? ReadWithCommandLine(string path)
    {
        var start = new ProcessStartInfo("tesseract", [path, "stdout", "-c", $"tessedit_char_whitelist={Whitelist}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("tesseract did not start: apt-get install -y tesseract-ocr");
        var stderr = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = stderr.Result;
        return MrzReader.Read(text, Today);
    }

    /// <summary>The fields the truth file has, as read; empty when no zone was read.</summary>
    public static IReadOnlyDictionary<string, string> FieldsOf(MrzResult? mrz)
    {
        if (mrz is null)
        {
            return new Dictionary<string, string>();
        }
        static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return new Dictionary<string, string>
        {
            ["documentCode"] = mrz.DocumentCode, ["issuingState"] = mrz.IssuingState, ["surname"] = mrz.Surname,
            ["givenNames"] = mrz.GivenNames, ["documentNumber"] = mrz.DocumentNumber, ["nationality"] = mrz.Nationality,
            ["sex"] = mrz.Sex, ["dateOfBirth"] = Iso(mrz.DateOfBirth), ["expiryDate"] = Iso(mrz.ExpiryDate), ["optionalData"] = mrz.OptionalData,
        };
    }
}
