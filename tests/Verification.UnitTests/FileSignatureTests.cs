using Verification.Worker.Formats;

namespace Verification.UnitTests;

public class FileSignatureTests
{
    [Theory]
    [InlineData("clean.jpg", FileFormat.Jpeg)]
    [InlineData("clean.png", FileFormat.Png)]
    [InlineData("clean.pdf", FileFormat.Pdf)]
    [InlineData("encrypted.pdf", FileFormat.Pdf)]
    [InlineData("not-a-pdf.pdf", FileFormat.Unknown)]
    [InlineData("empty.pdf", FileFormat.Unknown)]
    public void Recognises_the_real_format_of_sample_files_whatever_their_name(string file, FileFormat expected) =>
        Assert.Equal(expected, FileSignature.Detect(Fixtures.Read(file)));

    [Fact]
    public void Accepts_a_pdf_header_after_leading_bytes_as_readers_do()
    {
        var content = "\r\n\r\n%PDF-1.4\n"u8.ToArray();
        Assert.Equal(FileFormat.Pdf, FileSignature.Detect(content));
    }

    [Fact]
    public void Refuses_a_pdf_header_buried_past_the_first_kilobyte()
    {
        var content = new byte[2048];
        "%PDF-1.4"u8.CopyTo(content.AsSpan(1500));
        Assert.Equal(FileFormat.Unknown, FileSignature.Detect(content));
    }

    [Fact]
    public void Refuses_a_png_signature_missing_its_line_ending_bytes()
    {
        byte[] content = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x00];
        Assert.Equal(FileFormat.Unknown, FileSignature.Detect(content));
    }
}
