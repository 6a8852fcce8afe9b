using System.Globalization;

namespace Mrz.Tests;

/// <summary>Writes MRZ lines from field values as Doc 9303 prescribes, computing every check digit.</summary>
internal static class MrzComposer
{
    public static string[] Compose(MrzFormat format, string code, string issuer, string surname, string givenNames,
        string number, string nationality, DateOnly birth, string sex, DateOnly expiry, string optional)
    {
        string Cd(string s) => MrzCheckDigit.Compute(s).ToString();
        var dob = Yymmdd(birth);
        var exp = Yymmdd(expiry);
        switch (format)
        {
            case MrzFormat.TD3:
            {
                var personal = Pad(optional, 14);
                var personalCd = optional.Length == 0 ? "<" : Cd(personal);
                var l2 = Pad(number, 9) + Cd(Pad(number, 9)) + nationality + dob + Cd(dob) + sex + exp + Cd(exp) + personal + personalCd;
                return [Pad(code, 2) + issuer + Names(surname, givenNames, 39), l2 + Composite(l2[0..10] + l2[13..20] + l2[21..43])];
            }
            case MrzFormat.MRVA or MrzFormat.MRVB:
            {
                var length = format == MrzFormat.MRVA ? 44 : 36;
                var l2 = Pad(number, 9) + Cd(Pad(number, 9)) + nationality + dob + Cd(dob) + sex + exp + Cd(exp) + Pad(optional, length - 28);
                return [Pad(code, 2) + issuer + Names(surname, givenNames, length - 5), l2];
            }
            case MrzFormat.TD2:
            {
                var l2 = Pad(number, 9) + Cd(Pad(number, 9)) + nationality + dob + Cd(dob) + sex + exp + Cd(exp) + Pad(optional, 7);
                return [Pad(code, 2) + issuer + Names(surname, givenNames, 31), l2 + Composite(l2[0..10] + l2[13..20] + l2[21..35])];
            }
            case MrzFormat.TD1:
            {
                var l1 = Pad(code, 2) + issuer + Pad(number, 9) + Cd(Pad(number, 9)) + Pad(optional, 15);
                var l2 = dob + Cd(dob) + sex + exp + Cd(exp) + nationality + Pad("", 11);
                return [l1, l2 + Composite(l1[5..30] + l2[0..7] + l2[8..15] + l2[18..29]), Names(surname, givenNames, 30)];
            }
            case MrzFormat.FrenchId:
            {
                var l1 = "IDFRA" + Pad(Mrzify(surname), 25) + "750123";
                var l2 = Pad(number, 12) + Cd(Pad(number, 12)) + Pad(string.Join("<<", givenNames.Split(' ')), 14)[..14] + dob + Cd(dob) + (sex == "<" ? "M" : sex);
                return [l1, l2 + Composite(l1 + l2)];
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    public static string Names(string surname, string givenNames, int length) =>
        Pad(Mrzify(surname) + "<<" + Mrzify(givenNames), length)[..length];

    private static string Mrzify(string name) => name.Replace(' ', '<');

    /// <summary>Fills with filler to the field's length, cutting what does not fit as issuers do.</summary>
    private static string Pad(string value, int length) => value.PadRight(length, '<')[..length];

    private static string Composite(string data) => MrzCheckDigit.Compute(data).ToString();

    private static string Yymmdd(DateOnly date) => date.ToString("yyMMdd", CultureInfo.InvariantCulture);
}
