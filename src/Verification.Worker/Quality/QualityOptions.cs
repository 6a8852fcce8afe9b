namespace Verification.Worker.Quality;

/// <summary>
/// Quality thresholds, bound from "Quality". The defaults are calibrated on the labelled fixtures
/// of tests/fixtures/quality (see QualityCalibrationTests); change them only with that test green.
/// </summary>
public sealed class QualityOptions
{
    public const string Section = "Quality";

    /// <summary>Long side, in pixels, every image is brought to before measuring, so measures do not depend on camera resolution.</summary>
    public int WorkingLongSide { get; set; } = 1024;

    /// <summary>Sharpness below this is clearly blurry: rejected.</summary>
    public double SharpnessRejectBelow { get; set; } = 0.55;

    /// <summary>Sharpness below this (and not below the reject line) goes to an agent.</summary>
    public double SharpnessReviewBelow { get; set; } = 0.62;

    /// <summary>A document on a background touching this fraction of a frame side or more runs off the image: rejected.</summary>
    public double FrameTouchRejectAbove { get; set; } = 0.10;

    /// <summary>Touching more than this fraction (a clipped corner) goes to an agent.</summary>
    public double FrameTouchReviewAbove { get; set; } = 0.02;

    /// <summary>Content closer to a border than this fraction of the page is cut: rejected.</summary>
    public double MarginRejectBelow { get; set; } = 0.008;

    /// <summary>Content closer than this goes to an agent.</summary>
    public double MarginReviewBelow { get; set; } = 0.02;

    /// <summary>Characters shorter than this many original pixels cannot be read: rejected.</summary>
    public double CharacterHeightRejectBelow { get; set; } = 7.5;

    /// <summary>Characters shorter than this go to an agent.</summary>
    public double CharacterHeightReviewBelow { get; set; } = 9.5;

    /// <summary>Fewer edge samples than this means there is too little content to judge focus.</summary>
    public int MinimumEdgeSamples { get; set; } = 200;
}
