namespace Verification.Benchmarks;

/// <summary>The generated fixtures the benchmarks run on (tests/fixtures/*/generate.*).</summary>
internal static class BenchmarkFiles
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Verification.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository");
        }
    }

    /// <summary>A 12-megapixel phone-like photo of a document on a table, from the quality calibration set.</summary>
    public static string PhonePhoto12Mp =>
        Environment.GetEnvironmentVariable("BENCH_PHOTO")
        ?? Directory.GetFiles(Path.Combine(Root, "tests", "fixtures", "quality", "out"), "good_photo_*4032x3024*.jpg").Order().First();
}
