using Imaging;

namespace Verification.Worker.Quality;

public enum PageKind
{
    /// <summary>A JPEG or PNG upload: a photo or a scan.</summary>
    Image,
    /// <summary>A PDF page that carries a picture: a scan, or a photo put in a PDF.</summary>
    ScannedPdfPage,
    /// <summary>A PDF page drawn from text and vectors only: it cannot be blurry or cut by a camera.</summary>
    BornDigitalPdfPage,
}

/// <summary>One page at working resolution, its text layer, and (for pictures of paper) its quality measures.</summary>
public sealed record AnalyzedPage(int Number, PageKind Kind, GrayImage Image, string Text, QualityMeasurements? Quality)
{
    /// <summary>Only an uploaded image has a known pixel density; a PDF page is rendered at whatever DPI we choose.</summary>
    public bool HasNativeResolution => Kind == PageKind.Image;
}
