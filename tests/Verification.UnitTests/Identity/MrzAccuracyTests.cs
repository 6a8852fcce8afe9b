using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Verification.Worker.Identity;
using Xunit.Abstractions;

namespace Verification.UnitTests.Identity;

/// <summary>
/// The reader against the ground truth of tests/fixtures/mrz (real Tesseract, the worker's own path from
/// file bytes to fields): at least 99% of fields exact on the clean set and 95% on the degraded set (poor
/// scans, phone photos in perspective, sideways and upside down). A card's recto must yield no zone. For
/// visas, the printed type and start of validity read from the visual zone count as fields too.
/// </summary>
public class MrzAccuracyTests(IdentityServices services, ITestOutputHelper output) : IClassFixture<IdentityServices>
{
    private static readonly string[] Fields =
        ["format", "documentCode", "issuingState", "surname", "givenNames", "documentNumber", "nationality", "sex", "dateOfBirth", "expiryDate", "optionalData"];

    [Fact]
    public void Reads_at_least_99_percent_of_fields_on_clean_documents_and_95_percent_on_degraded_ones()
    {
        var images = MrzFixtureFiles.Read(MrzFixtureFiles.Generated);
        var score = new FieldScore();
        var misses = new List<string>();
        var times = new List<double>();
        foreach (var image in images)
        {
            var watch = Stopwatch.StartNew();
            using var document = services.Documents.Create(Path.GetFileName(image.Path), image.DocumentType, File.ReadAllBytes(image.Path), null);
            var reading = services.Reader.Read(document, CancellationToken.None);
            var read = Observed(reading);
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (image.Format is null)
            {
                score.Add(image.Set, "no zone (recto)", reading.Mrz is null);
                continue;
            }
            foreach (var (field, expected) in Expected(image))
            {
                var actual = read.GetValueOrDefault(field, "<not read>");
                score.Add(image.Set, field, actual == expected);
                if (actual != expected)
                {
                    misses.Add($"{Path.GetFileName(image.Path)} ({image.Set}) {field}: read '{actual}', truth '{expected}'");
                }
            }
        }
        times.Sort();
        output.WriteLine(score.Table());
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{images.Count} images, median {times[times.Count / 2]:0} ms per document"));
        misses.ForEach(output.WriteLine);

        Assert.True(score.Fields("clean") >= 500 && score.Fields("degraded") >= 500, "the generated sets are smaller than expected");
        Assert.True(score.Accuracy("clean") >= 0.99, $"clean: {score.Accuracy("clean"):P1}\n{score.Table()}");
        Assert.True(score.Accuracy("degraded") >= 0.95, $"degraded: {score.Accuracy("degraded"):P1}\n{score.Table()}");
    }

    private static IEnumerable<(string Field, string Value)> Expected(MrzTruth image)
    {
        foreach (var field in Fields)
        {
            if (image.Fields.TryGetProperty(field, out var value))
            {
                yield return (field, value.ValueKind == JsonValueKind.Null ? "" : value.GetString() ?? "");
            }
        }
        if (image.Fields.TryGetProperty("visaType", out var type))
        {
            yield return ("visaType", type.GetString()!);
            yield return ("visaTypePrinted", type.GetString()!);
            yield return ("visaValidFrom", image.Fields.GetProperty("visaValidFrom").GetString()!);
        }
    }

    private static Dictionary<string, string> Observed(IdentityReading reading)
    {
        if (reading.Mrz is not { } mrz)
        {
            return [];
        }
        static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var observed = new Dictionary<string, string>
        {
            ["format"] = mrz.Format.ToString(), ["documentCode"] = mrz.DocumentCode, ["issuingState"] = mrz.IssuingState,
            ["surname"] = mrz.Surname, ["givenNames"] = mrz.GivenNames, ["documentNumber"] = mrz.DocumentNumber,
            ["nationality"] = mrz.Nationality, ["sex"] = mrz.Sex, ["dateOfBirth"] = Iso(mrz.DateOfBirth),
            ["expiryDate"] = Iso(mrz.ExpiryDate), ["optionalData"] = mrz.OptionalData,
        };
        if (mrz.IsVisa)
        {
            observed["visaType"] = mrz.VisaType ?? "";
            observed["visaTypePrinted"] = reading.VisaZone?.Type ?? "";
            observed["visaValidFrom"] = Iso(reading.VisaZone?.ValidFrom);
        }
        return observed;
    }
}
