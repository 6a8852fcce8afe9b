using System.Collections.Concurrent;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Ocr.Tests;

/// <summary>
/// One warm engine per language set for the whole class. The tests run one at a time (assembly
/// attribute above): engines are single-user, and the timing figures mean more on an idle machine.
/// </summary>
public sealed class EngineFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, TesseractEngine> _engines = new();

    public TesseractEngine Get(string languages) => _engines.GetOrAdd(languages, l => new TesseractEngine(l));

    public void Dispose()
    {
        foreach (var engine in _engines.Values)
        {
            engine.Dispose();
        }
    }
}

internal static class TextAssert
{
    /// <summary>Collapses runs of whitespace, as OCR line breaks and double spaces are not the point of a test.</summary>
    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
