using Verification.Worker.Formats;
using Verification.Worker.Pdf;

namespace Verification.Worker.Checks;

/// <summary>
/// One document travelling through the checks, with what earlier checks learned about it, so
/// the file is sniffed once and a PDF is parsed once however many checks look at it.
/// </summary>
public sealed class DocumentUnderCheck(string fileName, string documentType, byte[] content) : IDisposable
{
    private FileFormat? _format;
    private PdfOpenResult? _pdf;

    public string FileName { get; } = fileName;

    /// <summary>The wire name of the type the student said this is.</summary>
    public string DocumentType { get; } = documentType;

    public byte[] Content { get; } = content;

    public FileFormat Format => _format ??= FileSignature.Detect(Content);

    /// <summary>The PDF opened without a password; only meaningful when <see cref="Format"/> is PDF.</summary>
    public PdfOpenResult Pdf => _pdf ??= PdfOpener.Open(Content);

    public void Dispose() => _pdf?.Dispose();
}
