using Imaging;
using Imaging.Pdf;
using Verification.Worker.Formats;
using Verification.Worker.Identity;
using Verification.Worker.Quality;

namespace Verification.Worker.Checks;

/// <summary>
/// One document travelling through the checks, with what earlier checks learned about it, so the
/// file is sniffed once, a PDF parsed once and an image decoded once however many checks look at it.
/// Created by <see cref="DocumentUnderCheckFactory"/>.
/// </summary>
public sealed class DocumentUnderCheck : IDisposable
{
    private readonly QualityOptions _quality;
    private FileFormat? _format;
    private PdfOpenResult? _pdf;
    private DecodeResult? _decoded;
    private IReadOnlyList<AnalyzedPage>? _pages;
    private readonly IIdentityReader? _identityReader;
    private IdentityReading? _identity;

    internal DocumentUnderCheck(string fileName, string documentType, byte[] content, Applicant? applicant, QualityOptions quality,
        IIdentityReader? identityReader = null)
    {
        _identityReader = identityReader;
        FileName = fileName;
        DocumentType = documentType;
        Content = content;
        Applicant = applicant;
        _quality = quality;
        DecodeOptions = new DecodeOptions(MinWorkingLongSide: quality.WorkingLongSide);
    }

    public string FileName { get; }

    /// <summary>The wire name of the type the student said this is.</summary>
    public string DocumentType { get; }

    public byte[] Content { get; }

    /// <summary>The declared data, when the document is checked for a dossier (always, in the worker).</summary>
    public Applicant? Applicant { get; }

    public DecodeOptions DecodeOptions { get; }

    public FileFormat Format => _format ??= FileSignature.Detect(Content);

    /// <summary>The PDF opened without a password; only meaningful when <see cref="Format"/> is PDF.</summary>
    public PdfOpenResult Pdf => _pdf ??= PdfOpener.Open(Content);

    /// <summary>The JPEG or PNG decoded to gray, upright, at no less than working resolution; only meaningful for images.</summary>
    public DecodeResult DecodedImage => _decoded ??= ImageDecoder.Decode(Content, DecodeOptions);

    /// <summary>Each page as a working-resolution raster with its text layer and quality measures.</summary>
    public IReadOnlyList<AnalyzedPage> Pages => _pages ??= PageAnalysis.Analyze(this, _quality);

    /// <summary>The pages that are pictures of paper (photos, scans): the only ones that can be blurry or cut.</summary>
    public IEnumerable<AnalyzedPage> ScannedPages => Pages.Where(page => page.Quality is not null);

    /// <summary>
    /// The MRZ (and for a visa its printed zone), read on first use and shared by the identity checks.
    /// Needs the OCR services (<see cref="IdentityServiceCollectionExtensions.AddIdentityReading"/>).
    /// </summary>
    public IdentityReading ReadIdentity(CancellationToken cancellationToken) =>
        _identity ??= (_identityReader ?? throw new InvalidOperationException(
            "Identity reading is not configured: call AddIdentityReading when registering the checks.")).Read(this, cancellationToken);

    /// <summary>The identity reading if a check made one, without starting one (for reports).</summary>
    public IdentityReading? IdentityIfRead => _identity;

    public void Dispose() => _pdf?.Dispose();
}
