using Microsoft.Extensions.Options;
using Verification.Worker.Quality;

namespace Verification.Worker.Checks;

/// <summary>Gives each document the settings its lazy analysis needs, so checks never read configuration.</summary>
public sealed class DocumentUnderCheckFactory(IOptions<QualityOptions> quality)
{
    public DocumentUnderCheck Create(string fileName, string documentType, byte[] content, Applicant? applicant) =>
        new(fileName, documentType, content, applicant, quality.Value);
}
