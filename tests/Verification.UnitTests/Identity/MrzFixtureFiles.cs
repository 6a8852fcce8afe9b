using System.Text.Json;

namespace Verification.UnitTests.Identity;

/// <summary>One image of tests/fixtures/mrz with its ground truth (a line of truth.jsonl).</summary>
internal sealed record MrzTruth(string Path, string Set, string DocumentType, string? Format, JsonElement Fields);

/// <summary>The MRZ fixtures: the generated sets (tests/fixtures/mrz/generate.py) and the small samples kept in git.</summary>
internal static class MrzFixtureFiles
{
    public static string Samples => System.IO.Path.Combine(Root, "tests", "fixtures", "mrz", "samples");

    public static string Generated => System.IO.Path.Combine(Root, "tests", "fixtures", "mrz", "out");

    public static IReadOnlyList<MrzTruth> Read(string directory)
    {
        var truth = System.IO.Path.Combine(directory, "truth.jsonl");
        if (!File.Exists(truth))
        {
            throw new FileNotFoundException($"{truth} is missing: run tests/fixtures/mrz/generate.py (tests/run.sh does).", truth);
        }
        return File.ReadLines(truth).Where(l => l.Length > 0).Select(line =>
        {
            var entry = JsonDocument.Parse(line).RootElement.Clone();
            var format = entry.GetProperty("format");
            return new MrzTruth(System.IO.Path.Combine(directory, entry.GetProperty("file").GetString()!), entry.GetProperty("set").GetString()!,
                entry.GetProperty("documentType").GetString()!, format.ValueKind == JsonValueKind.Null ? null : format.GetString(), entry);
        }).ToList();
    }

    public static string Sample(string name) => System.IO.Path.Combine(Samples, name);

    private static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Verification.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("Verification.sln not found");
        }
    }
}
