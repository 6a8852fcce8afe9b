namespace Intake.Api;

public sealed record UploadAccepted(Guid DocumentId, string Status);

public sealed record ReasonResponse(string Code, string MessageFr, string MessageEn);

public sealed record DocumentResponse(
    Guid DocumentId,
    string DossierId,
    string Type,
    string Status,
    IReadOnlyList<ReasonResponse> Reasons,
    DateTimeOffset UploadedAt,
    DateTimeOffset? DecidedAt);

public sealed record DossierResponse(
    string DossierId,
    string LastName,
    string FirstNames,
    string DateOfBirth,
    string Nationality,
    string CountryOfBirth,
    string Email,
    string Language,
    string RightsStartDate,
    IReadOnlyList<DocumentResponse> Documents,
    DateTimeOffset? ClosedAt);
