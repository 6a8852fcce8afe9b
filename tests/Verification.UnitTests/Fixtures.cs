namespace Verification.UnitTests;

/// <summary>The sample files made by tests/fixtures/generate.sh, copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", name));
}
