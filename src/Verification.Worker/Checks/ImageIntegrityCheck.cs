using Contracts;
using Imaging;
using Verification.Worker.Formats;

namespace Verification.Worker.Checks;

/// <summary>
/// A JPEG or PNG must decode. Its dimensions are read from the header first, so an image that
/// would inflate to gigabytes (a "decompression bomb") is refused without being decoded.
/// </summary>
public sealed class ImageIntegrityCheck : IDocumentCheck
{
    public string Name => CheckNames.ImageIntegrity;

    public ValueTask<Finding> RunAsync(DocumentUnderCheck document, CancellationToken cancellationToken)
    {
        if (document.Format is not (FileFormat.Jpeg or FileFormat.Png))
        {
            return ValueTask.FromResult(Finding.NotApplicable(Name, "not an image"));
        }
        var decoded = document.DecodedImage;
        var size = $"{decoded.OriginalWidth}x{decoded.OriginalHeight} px";
        var limit = $"decodes, <= {document.DecodeOptions.MaxPixels / 1_000_000} MP";
        return ValueTask.FromResult(decoded.Status switch
        {
            DecodeStatus.Decoded => Finding.Pass(Name, size, limit,
                decoded.Orientation != 1 ? $"turned upright from EXIF orientation {decoded.Orientation}" : null),
            DecodeStatus.TooManyPixels => Finding.Reject(Name, ReasonCodes.CorruptFile, size, limit,
                "the image declares more pixels than any photo or scan of a document; not decoded"),
            _ => Finding.Reject(Name, ReasonCodes.CorruptFile, "undecodable", limit, decoded.Error),
        });
    }
}
