namespace Imaging.Tests;

public sealed class GrayImageScalerTests
{
    [Fact]
    public void Never_enlarges()
    {
        var image = Filled(300, 200, 10);
        Assert.Same(image, GrayImageScaler.ScaleToLongSide(image, 300));
        Assert.Same(image, GrayImageScaler.ScaleToLongSide(image, 1024));
    }

    [Theory]
    [InlineData(2000, 1500, 1024, 1024, 768)]
    [InlineData(1500, 2000, 1024, 768, 1024)]
    [InlineData(1201, 1699, 1000, 707, 1000)]
    [InlineData(5000, 3, 1000, 1000, 1)]
    public void Scales_the_long_side_to_the_target(int width, int height, int longSide, int expectedWidth, int expectedHeight)
    {
        var scaled = GrayImageScaler.ScaleToLongSide(Filled(width, height, 200), longSide);
        Assert.Equal((expectedWidth, expectedHeight), (scaled.Width, scaled.Height));
    }

    [Fact]
    public void Keeps_a_flat_area_exactly_flat_at_an_odd_ratio()
    {
        var scaled = GrayImageScaler.ScaleToLongSide(Filled(1237, 911, 77), 1000);
        Assert.All(scaled.Pixels, value => Assert.Equal(77, value));
    }

    [Fact]
    public void Averages_fine_detail_instead_of_skipping_it()
    {
        // A one-pixel checkerboard: sampling every other pixel would give all black or all white.
        var pixels = new byte[400 * 300];
        for (var y = 0; y < 300; y++)
        {
            for (var x = 0; x < 400; x++)
            {
                pixels[(y * 400) + x] = (byte)(((x + y) & 1) == 0 ? 0 : 255);
            }
        }
        var scaled = GrayImageScaler.ScaleToLongSide(new GrayImage(400, 300, pixels), 200);
        Assert.All(scaled.Pixels, value => Assert.InRange(value, 126, 129));
    }

    [Fact]
    public void Preserves_overall_brightness()
    {
        var random = new Random(11);
        var pixels = new byte[1000 * 700];
        random.NextBytes(pixels);
        var source = new GrayImage(1000, 700, pixels);
        var scaled = GrayImageScaler.ScaleToLongSide(source, 333);
        Assert.InRange(scaled.Pixels.Average(value => value) - pixels.Average(value => value), -0.5, 0.5);
    }

    [Theory]
    [InlineData(1000, 700, 333, 233)]
    [InlineData(2000, 1500, 1024, 768)]
    [InlineData(97, 61, 50, 31)]
    public void Matches_an_exact_area_average_to_one_grey_level(int width, int height, int targetWidth, int targetHeight)
    {
        var random = new Random(5);
        var pixels = new byte[width * height];
        random.NextBytes(pixels);
        var scaled = GrayImageScaler.Resize(new GrayImage(width, height, pixels), targetWidth, targetHeight);
        double sx = (double)width / targetWidth, sy = (double)height / targetHeight;
        for (var ty = 0; ty < targetHeight; ty += 7)
        {
            for (var tx = 0; tx < targetWidth; tx += 5)
            {
                double sum = 0;
                for (var y = (int)(ty * sy); y < Math.Min(height, Math.Ceiling((ty + 1) * sy)); y++)
                {
                    var wy = Math.Min((ty + 1) * sy, y + 1) - Math.Max(ty * sy, y);
                    for (var x = (int)(tx * sx); x < Math.Min(width, Math.Ceiling((tx + 1) * sx)); x++)
                    {
                        var wx = Math.Min((tx + 1) * sx, x + 1) - Math.Max(tx * sx, x);
                        sum += pixels[(y * width) + x] * wx * wy;
                    }
                }
                Assert.InRange(scaled[tx, ty], (sum / (sx * sy)) - 1, (sum / (sx * sy)) + 1);
            }
        }
    }

    private static GrayImage Filled(int width, int height, byte value)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, value);
        return new GrayImage(width, height, pixels);
    }
}
