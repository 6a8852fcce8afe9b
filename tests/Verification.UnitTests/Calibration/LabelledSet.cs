namespace Verification.UnitTests.Calibration;

/// <summary>One labelled fixture: what a careful agent would say about it ("yes", "no" or "borderline").</summary>
internal sealed record LabelledImage(string Path, string Kind, string Blurry, string Cropped, string LowResolution, string Notes);

/// <summary>Reads a labels.csv written by a fixture generator.</summary>
internal static class LabelledSet
{
    public static IReadOnlyList<LabelledImage> Read(string directory)
    {
        var labels = System.IO.Path.Combine(directory, "labels.csv");
        if (!File.Exists(labels))
        {
            throw new FileNotFoundException($"{labels} is missing: run the fixture generator (tests/run.sh does).", labels);
        }
        var lines = File.ReadAllLines(labels);
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"no column {name} in {labels}");
        var (file, kind, blurry, cropped, lowResolution, notes) =
            (Column("file"), Column("kind"), Column("blurry"), Column("cropped"), Column("low_resolution"), Column("notes"));
        return lines.Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            // Notes are last and may hold commas.
            var cells = line.Split(',', header.Length);
            return new LabelledImage(System.IO.Path.Combine(directory, cells[file]), cells[kind], cells[blurry], cells[cropped],
                cells[lowResolution], cells.Length > notes ? cells[notes] : "");
        }).ToList();
    }
}
