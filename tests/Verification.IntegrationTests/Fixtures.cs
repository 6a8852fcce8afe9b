namespace Verification.IntegrationTests;

internal static class Fixtures
{
    public static byte[] Read(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fixtures", name);
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"{name} is missing: run tests/fixtures/generate.sh (tests/run.sh does).", path);
    }
}
