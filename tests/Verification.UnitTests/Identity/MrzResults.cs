using Mrz;

namespace Verification.UnitTests.Identity;

/// <summary>Machine-readable zones as the MRZ reader returns them, built directly for the checks' decision tests.</summary>
internal static class MrzResults
{
    public static MrzResult Passport(string surname = "ERIKSSON", string givenNames = "ANNA MARIA", string dateOfBirth = "1999-08-12",
        string nationality = "UTO", string expiry = "2031-04-15", bool valid = true) =>
        Zone(MrzFormat.TD3, "P", surname, givenNames, dateOfBirth, nationality, expiry, valid, visaType: null);

    public static MrzResult Visa(string type = "D", string expiry = "2027-08-31", bool valid = true) =>
        Zone(MrzFormat.MRVA, "V" + type, "ERIKSSON", "ANNA MARIA", "1999-08-12", "UTO", expiry, valid, visaType: type);

    private static MrzResult Zone(MrzFormat format, string code, string surname, string givenNames, string dateOfBirth, string nationality,
        string expiry, bool valid, string? visaType) => new()
    {
        Format = format,
        Lines = ["(not used by the checks)"],
        CheckDigits =
        [
            new MrzCheckDigitResult(MrzCheckKind.DocumentNumber, true),
            new MrzCheckDigitResult(MrzCheckKind.DateOfBirth, true),
            new MrzCheckDigitResult(MrzCheckKind.ExpiryDate, true),
            new MrzCheckDigitResult(MrzCheckKind.Composite, valid),
        ],
        DocumentCode = code,
        IssuingState = "UTO",
        Surname = surname,
        GivenNames = givenNames,
        NameTruncated = false,
        DocumentNumber = "L898902C3",
        Nationality = nationality,
        DateOfBirth = DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture),
        Sex = "F",
        ExpiryDate = DateOnly.Parse(expiry, System.Globalization.CultureInfo.InvariantCulture),
        OptionalData = "",
        OptionalData2 = "",
        VisaType = visaType,
        Corrections = [],
    };
}
