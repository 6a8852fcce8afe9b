using System.Diagnostics;

namespace Imaging.Tests;

[Collection(SamplesCollection.Name)]
public sealed class ImageDecoderTests(SampleFiles samples)
{
    private static readonly DecodeOptions Defaults = new();

    [Fact]
    public void Reads_jpeg_and_png_dimensions_from_the_header()
    {
        Assert.True(ImageDecoder.TryReadHeader(SampleFiles.Fixture("clean.jpg"), out var jpeg));
        Assert.Equal(new ImageHeader(ImageKind.Jpeg, 1200, 1700, 8, 3), jpeg);
        Assert.True(ImageDecoder.TryReadHeader(SampleFiles.Fixture("clean.png"), out var png));
        Assert.Equal((ImageKind.Png, 600, 850), (png.Kind, png.Width, png.Height));
    }

    [Fact]
    public void Reads_a_bomb_header_without_inflating_it()
    {
        var bomb = SyntheticFiles.PngBomb(20_000);
        // Inflating 400 million pixels takes seconds; reading 40 bytes of header does not.
        var clock = Stopwatch.StartNew();
        Assert.True(ImageDecoder.TryReadHeader(bomb, out var header));
        Assert.True(clock.ElapsedMilliseconds < 100, $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal((ImageKind.Png, 20_000, 20_000, 1, 1), (header.Kind, header.Width, header.Height, header.BitsPerSample, header.SamplesPerPixel));
        Assert.Equal(400_000_000L, header.PixelCount);
    }

    [Fact]
    public void Refuses_a_png_bomb_before_decoding()
    {
        var bomb = SyntheticFiles.PngBomb(20_000);
        Assert.True(bomb.Length < 4 * 1024 * 1024, $"the bomb is {bomb.Length} bytes, under the upload limit");
        var clock = Stopwatch.StartNew();
        var result = ImageDecoder.Decode(bomb, Defaults);
        Assert.True(clock.ElapsedMilliseconds < 500, $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal(DecodeStatus.TooManyPixels, result.Status);
        Assert.Null(result.Image);
        Assert.Equal((20_000, 20_000), (result.OriginalWidth, result.OriginalHeight));
        Assert.Contains("400000000", result.Error);
    }

    [Fact]
    public void Rejects_a_truncated_jpeg_as_corrupt()
    {
        var clean = SampleFiles.Fixture("clean.jpg");
        var result = ImageDecoder.Decode(clean[..(clean.Length / 2)], Defaults);
        Assert.Equal(DecodeStatus.Corrupt, result.Status);
        Assert.Null(result.Image);
        Assert.Contains("truncated", result.Error);
    }

    [Fact]
    public void Rejects_a_jpeg_cut_inside_its_header_as_corrupt()
    {
        var result = ImageDecoder.Decode(SampleFiles.Fixture("clean.jpg")[..300], Defaults);
        Assert.Equal(DecodeStatus.Corrupt, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(100, 0)]
    [InlineData(-5, 100)]
    public void Rejects_a_png_declaring_no_pixels_as_corrupt(int width, int height)
    {
        var png = SyntheticFiles.PngBomb(8);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        Assert.Equal(DecodeStatus.Corrupt, ImageDecoder.Decode(png, Defaults).Status);
    }

    [Fact]
    public void Reports_other_formats_as_unsupported()
    {
        Assert.Equal(DecodeStatus.Unsupported, ImageDecoder.Decode(SampleFiles.Fixture("clean.pdf"), Defaults).Status);
        Assert.Equal(DecodeStatus.Unsupported, ImageDecoder.Decode(samples.Magick("clean.gif", SampleFiles.FixturePath("clean.png")), Defaults).Status);
        Assert.Equal(DecodeStatus.Corrupt, ImageDecoder.Decode([], Defaults).Status);
        Assert.False(ImageDecoder.TryReadHeader("not an image at all"u8, out _));
    }

    [Fact]
    public void Decodes_a_scanned_page_to_white_paper_and_dark_text()
    {
        var result = ImageDecoder.Decode(SampleFiles.Fixture("clean.jpg"), Defaults);
        Assert.Equal(DecodeStatus.Decoded, result.Status);
        var image = result.Image!;
        Assert.Equal((1200, 1700, 1.0), (image.Width, image.Height, result.Scale));
        Assert.True(image[5, 5] > 240 && image[1195, 1695] > 240, "the margins are paper");
        var dark = image.Pixels.Count(value => value < 80);
        Assert.InRange(dark, 1_000, image.Pixels.Length / 10);
    }

    [Theory]
    [InlineData(4000, 3000, 1024, 2)]
    [InlineData(4032, 3024, 1024, 2)]
    [InlineData(1200, 1700, 1024, 1)]
    [InlineData(600, 850, 1024, 1)]
    [InlineData(4096, 1000, 1024, 4)]
    [InlineData(4093, 1000, 1024, 4)]
    [InlineData(4092, 1000, 1024, 2)]
    [InlineData(9000, 6000, 1024, 8)]
    [InlineData(1200, 1700, 400, 4)]
    public void Chooses_the_largest_dct_reduction_that_keeps_the_working_size(int width, int height, int minLongSide, int expected) =>
        Assert.Equal(expected, ImageDecoder.ChooseJpegReduction(width, height, minLongSide));

    [Fact]
    public void Decodes_a_jpeg_reduced_in_the_dct()
    {
        var result = ImageDecoder.Decode(SampleFiles.Fixture("clean.jpg"), new DecodeOptions(MinWorkingLongSide: 400));
        Assert.Equal(DecodeStatus.Decoded, result.Status);
        Assert.Equal((300, 425), (result.Image!.Width, result.Image.Height));
        Assert.Equal((1200, 1700), (result.OriginalWidth, result.OriginalHeight));
        Assert.Equal(0.25, result.Scale);
        Assert.Equal(1, result.Orientation);
    }

    [Fact]
    public void Decodes_a_12_megapixel_photo_to_a_working_size_between_1024_and_2047()
    {
        var photo = samples.Magick("phone-12mp.jpg", "-seed", "7", "-size", "4000x3000", "plasma:fractal", "-quality", "90");
        var result = ImageDecoder.Decode(photo, Defaults);
        Assert.Equal(DecodeStatus.Decoded, result.Status);
        Assert.InRange(result.Image!.LongSide, 1024, 2047);
        Assert.Equal((2000, 1500), (result.Image.Width, result.Image.Height));
        Assert.Equal(0.5, result.Scale);
    }

    [Fact]
    public void Keeps_pixels_in_order_across_leptonica_words()
    {
        // 253 columns: not a multiple of four, so the last word of each row is partly padding.
        var gradient = samples.Magick("gradient.png", "-size", "7x253", "gradient:black-white", "-rotate", "-90", "-depth", "8", "-type", "Grayscale");
        var image = ImageDecoder.Decode(gradient, Defaults).Image!;
        Assert.Equal((253, 7), (image.Width, image.Height));
        for (var y = 0; y < image.Height; y++)
        {
            Assert.True(image[0, y] < 3 && image[252, y] > 252, $"row {y} runs {image[0, y]}..{image[252, y]}");
            for (var x = 1; x < image.Width; x++)
            {
                Assert.True(image[x, y] >= image[x - 1, y], $"not monotonic at ({x},{y})");
            }
        }
    }

    [Theory]
    [InlineData("palette.png", "-type", "Palette")]
    [InlineData("deep.png", "-depth", "16")]
    [InlineData("bilevel.png", "-monochrome")]
    [InlineData("gray.png", "-type", "Grayscale")]
    [InlineData("rgba.png", "-alpha", "set", "-channel", "A", "-evaluate", "set", "100%", "+channel")]
    public void Decodes_every_png_flavour_to_gray(string name, params string[] options)
    {
        var png = samples.Magick(name, ["-size", "64x48", "xc:white", "-fill", "black", "-draw", "rectangle 8,8 23,19", .. options]);
        var result = ImageDecoder.Decode(png, Defaults);
        Assert.Equal(DecodeStatus.Decoded, result.Status);
        var image = result.Image!;
        Assert.Equal((64, 48), (image.Width, image.Height));
        Assert.True(image[15, 12] < 30, $"the black box reads {image[15, 12]}");
        Assert.True(image[40, 30] > 225, $"the white paper reads {image[40, 30]}");
    }

    [Theory]
    [InlineData("cmyk.jpg", "-colorspace", "CMYK")]
    [InlineData("gray.jpg", "-colorspace", "Gray")]
    [InlineData("progressive.jpg", "-interlace", "JPEG")]
    public void Decodes_every_jpeg_flavour_to_gray(string name, params string[] options)
    {
        var jpeg = samples.Magick(name, ["-size", "64x48", "xc:white", "-fill", "black", "-draw", "rectangle 8,8 23,19", .. options, "-quality", "95"]);
        var result = ImageDecoder.Decode(jpeg, Defaults);
        Assert.Equal(DecodeStatus.Decoded, result.Status);
        var image = result.Image!;
        Assert.Equal((64, 48), (image.Width, image.Height));
        Assert.True(image[15, 12] < 40, $"the black box reads {image[15, 12]}");
        Assert.True(image[40, 30] > 215, $"the white paper reads {image[40, 30]}");
    }

    [Fact]
    public void Shows_transparent_png_areas_as_white_paper()
    {
        var png = samples.Magick("transparent.png", "-size", "64x48", "xc:none", "-fill", "black", "-draw", "rectangle 8,8 23,19");
        var image = ImageDecoder.Decode(png, Defaults).Image!;
        Assert.Equal(255, image[40, 30]);
        Assert.True(image[15, 12] < 30);
    }
}
