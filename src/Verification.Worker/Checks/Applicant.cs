namespace Verification.Worker.Checks;

/// <summary>What the student declared in the dossier; identity documents are compared with it.</summary>
public sealed record Applicant(
    string LastName,
    string FirstNames,
    DateOnly DateOfBirth,
    string Nationality,
    string CountryOfBirth,
    DateOnly RightsStartDate);
