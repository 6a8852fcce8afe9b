using Microsoft.Extensions.Options;
using Verification.Worker.Identity;
using Verification.Worker.Quality;

namespace Verification.Worker.Checks;

/// <summary>Gives each document the settings its lazy analysis needs, so checks never read configuration.</summary>
/// <remarks>The identity reader is there when OCR is (AddIdentityReading); without it the identity checks cannot run.</remarks>
public sealed class DocumentUnderCheckFactory(IOptions<QualityOptions> quality, IIdentityReader? identity = null)
{
    public DocumentUnderCheck Create(string fileName, string documentType, byte[] content, Applicant? applicant) =>
        new(fileName, documentType, content, applicant, quality.Value, identity);
}
