using System.Diagnostics;
using Imaging.Pdf;

namespace Imaging.Tests;

[Collection(SamplesCollection.Name)]
public sealed class PdfPageTests(SampleFiles samples)
{
    private static readonly string[] CertificateLines =
    [
        "CERTIFICAT DE SCOLARITE",
        "Annee universitaire 2025-2026",
        "Nom : MARTIN  Prenom : Camille",
    ];

    [Fact]
    public void Extracts_the_text_layer_of_a_born_digital_page()
    {
        using var pdf = PdfOpener.Open(SyntheticFiles.BornDigitalPdf(CertificateLines));
        Assert.Equal(PdfOpenStatus.Opened, pdf.Status);
        var text = pdf.GetPageText(0);
        Assert.Contains("CERTIFICAT DE SCOLARITE", text);
        Assert.Contains("MARTIN", text);
        Assert.False(pdf.HasImages(0));
    }

    [Fact]
    public void Tells_a_scanned_page_by_its_image_and_missing_text()
    {
        using var pdf = PdfOpener.Open(SampleFiles.Fixture("clean.pdf"));
        Assert.True(pdf.HasImages(0));
        Assert.Equal(1, pdf.CountImages(0));
        Assert.True(string.IsNullOrWhiteSpace(pdf.GetPageText(0)));
    }

    [Fact]
    public void Reports_the_page_size_in_points_after_rotation()
    {
        using var upright = PdfOpener.Open(SyntheticFiles.BornDigitalPdf(CertificateLines));
        Assert.Equal(new PdfPageSize(595, 842), upright.GetPageSize(0));
        using var turned = PdfOpener.Open(SyntheticFiles.BornDigitalPdf(CertificateLines, rotate: 90));
        Assert.Equal(new PdfPageSize(842, 595), turned.GetPageSize(0));
    }

    [Fact]
    public void Renders_a_scanned_page_at_the_requested_resolution()
    {
        using var pdf = PdfOpener.Open(SampleFiles.Fixture("clean.pdf"));
        var page = pdf.RenderPage(0, 72, 40_000_000, out var dpi);
        Assert.Equal(72, dpi);
        Assert.Equal((900, 1275), (page.Width, page.Height));
        Assert.True(page[3, 3] > 240, "the margin is paper");
        Assert.InRange(page.Pixels.Count(value => value < 80), 500, page.Pixels.Length / 10);
    }

    [Fact]
    public void Renders_born_digital_text_dark_on_white()
    {
        using var pdf = PdfOpener.Open(SyntheticFiles.BornDigitalPdf(CertificateLines));
        var page = pdf.RenderPage(0, 150, 40_000_000);
        Assert.Equal((1240, 1755), (page.Width, page.Height));
        // The first line's baseline sits 100 pt below the top edge, 72 pt from the left.
        var band = Enumerable.Range(150, 60).SelectMany(x => Enumerable.Range(175, 40).Select(y => page[x, y]));
        Assert.Contains(band, value => value < 60);
        Assert.True(page[page.Width - 5, page.Height - 5] == 255, "the corner is white paper");
    }

    [Fact]
    public void Renders_a_200_inch_page_to_a_bounded_raster_quickly()
    {
        samples.Magick("speck.png", "-size", "100x100", "xc:white", "-fill", "black", "-draw", "rectangle 40,40 59,59");
        var huge = samples.Img2Pdf("huge.pdf", "speck.png", "--pagesize", "200inx200in");
        using var pdf = PdfOpener.Open(huge);
        Assert.Equal(new PdfPageSize(14400, 14400), pdf.GetPageSize(0));

        var clock = Stopwatch.StartNew();
        var page = pdf.RenderPage(0, 300, 4_000_000, out var dpi);
        Assert.True(clock.ElapsedMilliseconds < 5_000, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True((long)page.Width * page.Height <= 4_000_000, $"{page.Width}x{page.Height}");
        Assert.InRange(dpi, 9.5, 10.0);
        Assert.Equal(new PdfPageSize(14400, 14400).PixelSize(dpi), (page.Width, page.Height));
        Assert.Contains(page.Pixels, value => value < 60);
    }

    [Theory]
    [InlineData(595, 842, 300, 40_000_000, 300)]
    [InlineData(14_400, 14_400, 300, 4_000_000, 10)]
    [InlineData(72, 72_000, 300, 40_000_000, 32.767)]
    public void Lowers_the_dpi_only_as_far_as_the_caps_need(double width, double height, double dpi, long maxPixels, double expected)
    {
        var size = new PdfPageSize(width, height);
        var effective = size.EffectiveDpi(dpi, maxPixels);
        Assert.InRange(effective, expected * 0.97, expected);
        var (w, h) = size.PixelSize(effective);
        Assert.True((long)w * h <= maxPixels && w <= 32_767 && h <= 32_767, $"{w}x{h}");
    }

    [Fact]
    public void Refuses_pages_outside_the_document()
    {
        using var pdf = PdfOpener.Open(SampleFiles.Fixture("clean.pdf"));
        Assert.Throws<ArgumentOutOfRangeException>(() => pdf.GetPageText(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => pdf.RenderPage(-1, 72, 1_000_000));
    }

    [Fact]
    public void Refuses_page_reads_on_a_pdf_that_did_not_open()
    {
        using var pdf = PdfOpener.Open(SampleFiles.Fixture("corrupt.pdf"));
        Assert.Equal(PdfOpenStatus.Unreadable, pdf.Status);
        Assert.Throws<InvalidOperationException>(() => pdf.RenderPage(0, 72, 1_000_000));
    }
}
