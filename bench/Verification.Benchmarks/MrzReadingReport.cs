using System.Diagnostics;
using System.Globalization;
using Mrz;

namespace Verification.Benchmarks;

/// <summary>
/// `--mrz-report`: every passport of the MRZ fixtures through both readers, warm, one image at a time:
/// exact fields, documents read entirely right, and the median and 90th percentile of wall and CPU time
/// per image (CPU counts the tesseract processes too; on a shared machine it is the load-independent figure).
/// </summary>
internal static class MrzReadingReport
{
    private sealed class Tally
    {
        public int Fields;
        public int FieldsRight;
        public int Documents;
        public int DocumentsRight;
        public List<double> Wall { get; } = [];
        public List<double> Cpu { get; } = [];

        public void Add(Passport passport, MrzResult? result, TimeSpan wall, TimeSpan cpu)
        {
            var read = MrzPassports.FieldsOf(result);
            var right = passport.Truth.Count(p => read.TryGetValue(p.Key, out var value) && value == p.Value);
            Fields += passport.Truth.Count;
            FieldsRight += right;
            Documents++;
            DocumentsRight += right == passport.Truth.Count ? 1 : 0;
            Wall.Add(wall.TotalMilliseconds);
            Cpu.Add(cpu.TotalMilliseconds);
        }
    }

    public static void Run()
    {
        var passports = MrzPassports.All();
        var (pool, reader) = MrzPassports.WarmReader();
        using var _ = pool;
        // Warm the JIT and both code paths on one image before measuring.
        MrzPassports.ReadWithPipeline(reader, File.ReadAllBytes(passports[0].Path));
        MrzPassports.ReadWithCommandLine(passports[0].Path);

        var ours = new Dictionary<string, Tally>();
        var oursReaderOnly = new Dictionary<string, Tally>();
        var commandLine = new Dictionary<string, Tally>();
        foreach (var passport in passports)
        {
            var content = File.ReadAllBytes(passport.Path);
            Measure(ours, passport, () => MrzPassports.ReadWithPipeline(reader, content));
            // The worker decodes once for the quality checks and the MRZ; the reader's own share, without decoding.
            var page = MrzPassports.Decode(content);
            Measure(oursReaderOnly, passport, () => MrzPassports.Read(reader, page));
            Measure(commandLine, passport, () => MrzPassports.ReadWithCommandLine(passport.Path));
        }

        Console.WriteLine($"{passports.Count} passport images (TD3) of {MrzPassports.Directory}, {MrzPassports.Fields.Length} fields each");
        Console.WriteLine();
        Console.WriteLine("| reader | set | exact fields | documents all right | wall median | wall p90 | CPU median |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (name, tallies) in new[]
                 {
                     ("ours, file → fields: decode + locate + line OCR (warm) + parser", ours),
                     ("ours, decoded page → fields: locate + line OCR (warm) + parser", oursReaderOnly),
                     ("tesseract CLI, file → fields: whole page + same parser", commandLine),
                 })
        {
            foreach (var set in tallies.Keys.Order().Append("all"))
            {
                var tally = set == "all" ? Merge(tallies.Values) : tallies[set];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {set} | {100.0 * tally.FieldsRight / tally.Fields:0.0}% | {tally.DocumentsRight}/{tally.Documents} | {Percentile(tally.Wall, 0.5):0} ms | {Percentile(tally.Wall, 0.9):0} ms | {Percentile(tally.Cpu, 0.5):0} ms |"));
            }
        }
    }

    private static void Measure(Dictionary<string, Tally> tallies, Passport passport, Func<MrzResult?> read)
    {
        var cpu = CpuTime.OfProcessAndChildren();
        var watch = Stopwatch.StartNew();
        var result = read();
        var wall = watch.Elapsed;
        if (!tallies.TryGetValue(passport.Set, out var tally))
        {
            tallies[passport.Set] = tally = new Tally();
        }
        tally.Add(passport, result, wall, CpuTime.OfProcessAndChildren() - cpu);
    }

    private static Tally Merge(IEnumerable<Tally> tallies)
    {
        var all = new Tally();
        foreach (var t in tallies)
        {
            all.Fields += t.Fields;
            all.FieldsRight += t.FieldsRight;
            all.Documents += t.Documents;
            all.DocumentsRight += t.DocumentsRight;
            all.Wall.AddRange(t.Wall);
            all.Cpu.AddRange(t.Cpu);
        }
        return all;
    }

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(share * sorted.Count))];
    }
}
