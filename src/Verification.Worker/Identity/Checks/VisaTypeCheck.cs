using Contracts;
using Verification.Worker.Checks;

namespace Verification.Worker.Identity.Checks;

/// <summary>
/// A student visa must be a long-stay visa: type "D" in the MRZ's document code ("VD"), confirmed by the
/// type printed on the sticker. A short-stay ("C") or transit ("A") visa, or a passport page without a visa,
/// is refused with <c>not_a_student_visa</c>; when the two sources disagree or neither is readable, an agent looks.
/// </summary>
public sealed class VisaTypeCheck : IDocumentCheck
{
    private const string LongStay = "D";
    private const string Threshold = "long-stay visa, type D";

    public string Name => CheckNames.VisaType;

    public bool StopsOnReject => false;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (document.DocumentType != DocumentTypes.StudentVisa)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "not a visa"));
        }
        var reading = document.ReadIdentity(cancellationToken);
        if (reading.Mrz is not { } mrz)
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, IdentityScope.NoMrz));
        }
        if (!mrz.IsVisa)
        {
            return ValueTask.FromResult(Finding.Reject(Name, ReasonCodes.NotAStudentVisa,
                $"{MrzReport.FormatName(mrz.Format)} zone, document code {mrz.DocumentCode}", Threshold,
                "the zone is not a visa's (a passport or identity card page was uploaded)", confidence: reading.MrzValid ? 0.95 : 0.7));
        }
        var printed = reading.VisaZone?.Type;
        var type = string.IsNullOrEmpty(mrz.VisaType) ? printed : mrz.VisaType;
        var value = $"MRZ type {Show(mrz.VisaType)}, printed type {Show(printed)}";
        Finding finding;
        if (type is null)
        {
            finding = Finding.Review(Name, ReasonCodes.NotAStudentVisa, value, Threshold, "the visa type could not be read");
        }
        else if (printed is not null && printed != type)
        {
            finding = Finding.Review(Name, ReasonCodes.NotAStudentVisa, value, Threshold, "the MRZ and the printed type disagree");
        }
        else if (type == LongStay)
        {
            finding = Finding.Pass(Name, value, Threshold, printed is null ? "printed type not read; the MRZ's is used" : null);
        }
        else
        {
            finding = Finding.Reject(Name, ReasonCodes.NotAStudentVisa, value, Threshold,
                type == "C" ? "a short-stay (Schengen) visa" : $"a visa of type {type}, not long stay");
        }
        return ValueTask.FromResult(finding);
    }

    private static string Show(string? type) => string.IsNullOrEmpty(type) ? "unread" : type;
}
