using System.Diagnostics;

namespace Imaging.Tests;

[CollectionDefinition(Name)]
public sealed class SamplesCollection : ICollectionFixture<SampleFiles>
{
    public const string Name = "samples";
}

/// <summary>
/// Sample images made on demand with Debian's ImageMagick and img2pdf into a temporary folder,
/// so the hostile and large inputs never enter the repository.
/// </summary>
public sealed class SampleFiles : IDisposable
{
    // Debian's real ImageMagick; some machines put a look-alike 'convert' earlier on PATH.
    private const string Convert = "/usr/bin/convert";

    private readonly Lock _gate = new();

    public string Folder { get; } = Directory.CreateTempSubdirectory("imaging-tests-").FullName;

    /// <summary>A committed fixture from tests/fixtures/files.</summary>
    public static byte[] Fixture(string name) => File.ReadAllBytes(FixturePath(name));

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", name);

    /// <summary>Runs ImageMagick once per output name; later calls reuse the file.</summary>
    public byte[] Magick(string name, params string[] arguments) => Make(name, Convert, arguments);

    /// <summary>img2pdf over an image made earlier, with extra options.</summary>
    public byte[] Img2Pdf(string name, string image, params string[] options) =>
        Make(name, "img2pdf", [Path.Combine(Folder, image), .. options, "-o"]);

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private byte[] Make(string name, string tool, string[] arguments)
    {
        var output = PathOf(name);
        lock (_gate)
        {
            if (!File.Exists(output))
            {
                Run(tool, [.. arguments, output]);
            }
        }
        return File.ReadAllBytes(output);
    }

    private void Run(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, WorkingDirectory = Folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors}");
        }
    }
}
