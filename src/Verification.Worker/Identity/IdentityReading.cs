using Mrz;
using Verification.Worker.Identity.Reading;
using Verification.Worker.Identity.Visa;

namespace Verification.Worker.Identity;

/// <summary>
/// What the identity checks of one document share: the machine-readable zone read once (on the first page
/// that has one), and for a visa the printed visual zone, read only when a visa check asks for it.
/// </summary>
public sealed class IdentityReading
{
    private readonly Lazy<VisaZone?> _visaZone;

    public IdentityReading(MrzZoneReading? zone, IdentityPage? page, string? source, Func<IdentityReading, VisaZone?> readVisaZone)
    {
        Zone = zone;
        Page = page;
        Source = source;
        _visaZone = new Lazy<VisaZone?>(() => readVisaZone(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The zone read, or null when the document has no page to read (undecodable: other checks said so).</summary>
    public MrzZoneReading? Zone { get; }

    /// <summary>The MRZ as corrected, or null when none was found.</summary>
    public MrzResult? Mrz => Zone?.Result;

    /// <summary>Every check digit agrees without forced repairs (<see cref="MrzZoneReading.Valid"/>): the zone can be trusted against the dossier.</summary>
    public bool MrzValid => Zone?.Valid == true;

    /// <summary>The page the zone is on (the first page when none was found).</summary>
    public IdentityPage? Page { get; }

    /// <summary>"ocr" or "text layer": where the zone's characters came from.</summary>
    public string? Source { get; }

    /// <summary>The visa's printed type and validity dates; null when not a visa or not readable.</summary>
    public VisaZone? VisaZone => _visaZone.Value;

    /// <summary>True once the visual zone was read, so reports show it without triggering the OCR.</summary>
    public bool VisaZoneRead => _visaZone.IsValueCreated;
}
