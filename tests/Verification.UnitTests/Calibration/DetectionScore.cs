using System.Globalization;

namespace Verification.UnitTests.Calibration;

/// <summary>Precision and recall of one reason code against the labels, borderline labels left out.</summary>
internal sealed class DetectionScore(string reason)
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int TrueNegatives { get; private set; }
    public int PositivesSentToReview { get; private set; }

    /// <param name="label">yes, no or borderline.</param>
    /// <param name="rejected">The check rejected with this reason.</param>
    /// <param name="reviewed">The check sent it to an agent with this reason.</param>
    public void Add(string label, bool rejected, bool reviewed)
    {
        switch (label)
        {
            case "yes" when rejected: TruePositives++; break;
            case "yes":
                FalseNegatives++;
                if (reviewed)
                {
                    PositivesSentToReview++;
                }
                break;
            case "no" when rejected: FalsePositives++; break;
            case "no": TrueNegatives++; break;
        }
    }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{reason}: precision {Precision:P1}, recall {Recall:P1} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives} of which {PositivesSentToReview} to review, TN {TrueNegatives})");
}
