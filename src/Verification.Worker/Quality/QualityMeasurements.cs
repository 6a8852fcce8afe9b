namespace Verification.Worker.Quality;

/// <summary>What the quality analysis measured on one image or page, in working-resolution terms.</summary>
public sealed record QualityMeasurements(
    // Focus: mean steepest-step-over-contrast of the sharper half of edges, the lower of both directions (0–1).
    double Sharpness,
    double SharpnessHorizontal,
    double SharpnessVertical,
    int EdgeSamples,
    // True when a document was found on a background (a photo) rather than filling the frame (a scan).
    bool DocumentOnBackground,
    // Largest fraction of one side of the frame that the document touches (0 for a document fully in view).
    double FrameTouch,
    string FrameTouchSide,
    // Smallest distance from content to the border of the document or frame, as a fraction of its size.
    double ContentMargin,
    string ContentMarginSide,
    // Median character height in ORIGINAL image pixels.
    double CharacterHeight,
    int Glyphs,
    int OriginalWidth,
    int OriginalHeight);
