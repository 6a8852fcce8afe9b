using Contracts;
using Microsoft.Extensions.Options;
using Mrz;
using Verification.Worker.Checks;
using Verification.Worker.Identity;
using Verification.Worker.Identity.Reading;
using Verification.Worker.Identity.Visa;
using Verification.Worker.Quality;

namespace Verification.UnitTests.Identity;

/// <summary>An identity reader that returns a zone decided by the test, so the checks' decisions can be tested without OCR.</summary>
internal sealed class CannedIdentity(MrzResult? mrz, VisaZone? visaZone = null) : IIdentityReader
{
    public static readonly Applicant Declared = new("Eriksson", "Anna Maria", new DateOnly(1999, 8, 12), "UTO", "UTO", new DateOnly(2026, 9, 1));

    public IdentityReading Read(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        var zone = new MrzZoneReading(mrz, [], null, mrz is null ? 0 : 1, 1, TimeSpan.FromMilliseconds(80), false);
        var page = new IdentityPage(1, new Imaging.GrayImage(1, 1, [255]), "");
        return new IdentityReading(zone, page, "ocr", _ => visaZone);
    }

    public static DocumentUnderCheck Document(MrzResult? mrz, string type = DocumentTypes.IdentityDocument, Applicant? applicant = null,
        VisaZone? visaZone = null) =>
        new DocumentUnderCheckFactory(Options.Create(new QualityOptions()), new CannedIdentity(mrz, visaZone))
            .Create("document.jpg", type, [0xFF, 0xD8, 0xFF], applicant ?? Declared);
}
