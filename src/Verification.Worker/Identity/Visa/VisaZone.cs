namespace Verification.Worker.Identity.Visa;

/// <summary>
/// What a visa sticker prints above its MRZ that the MRZ does not hold, or holds only in part:
/// the type ("D" long stay, "C" short stay) and the first day of validity. Null fields were not read.
/// </summary>
public sealed record VisaZone(string? Type, DateOnly? ValidFrom, DateOnly? ValidUntil, string Text);
