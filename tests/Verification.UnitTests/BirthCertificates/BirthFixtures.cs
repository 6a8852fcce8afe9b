using System.Globalization;
using Verification.Worker.Checks;

namespace Verification.UnitTests.BirthCertificates;

/// <summary>One row of tests/fixtures/birth/out/expected.csv: a file, the dossier it was uploaded for, and the expected outcome.</summary>
public sealed record BirthFixture(string File, string Nationality, string CountryOfBirth, string Surname, DateOnly DateOfBirth,
    string Decision, IReadOnlyList<string> Reasons)
{
    public Applicant Applicant => new(Surname, "", DateOfBirth, Nationality, CountryOfBirth, new DateOnly(2026, 9, 1));

    public override string ToString() => File;
}

/// <summary>Reads the set made by tests/fixtures/birth/generate.py, copied next to the test assembly.</summary>
internal static class BirthFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "birth");

    public static IReadOnlyList<BirthFixture> All()
    {
        var path = Path.Combine(Directory, "expected.csv");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: run python3 tests/fixtures/birth/generate.py (tests/run.sh does), then build.", path);
        }
        return File.ReadAllLines(path).Skip(1).Where(line => line.Length > 0).Select(line =>
        {
            var c = line.Split(',');
            return new BirthFixture(c[0], c[1], c[2], c[3], DateOnly.ParseExact(c[4], "yyyy-MM-dd", CultureInfo.InvariantCulture), c[5],
                c[6].Split(';', StringSplitOptions.RemoveEmptyEntries));
        }).ToList();
    }

    public static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(Directory, file));
}
