namespace Imaging.Tests;

[Collection(SamplesCollection.Name)]
public sealed class ExifOrientationTests(SampleFiles samples)
{
    /// <summary>300×200 stored pixels with a black box near the top-left corner, off both diagonals.</summary>
    private byte[] Stored() => samples.Magick("stored.jpg", "-size", "300x200", "xc:white", "-fill", "black",
        "-draw", "rectangle 20,30 79,69", "-quality", "95");

    [Theory]
    [InlineData(6, true)]
    [InlineData(8, true)]
    [InlineData(6, false)]
    [InlineData(8, false)]
    public void Turns_a_portrait_phone_photo_upright(ushort orientation, bool bigEndian)
    {
        var tagged = SyntheticFiles.WithExifOrientation(Stored(), orientation, bigEndian);
        var result = ImageDecoder.Decode(tagged, new DecodeOptions());
        Assert.Equal(DecodeStatus.Decoded, result.Status);
        Assert.Equal(orientation, result.Orientation);
        Assert.Equal((200, 300), (result.Image!.Width, result.Image.Height));
        Assert.Equal((200, 300), (result.OriginalWidth, result.OriginalHeight));
        var (x, y) = DarkCentre(result.Image);
        // Turned clockwise (6) the box lands top-right; counter-clockwise (8), bottom-left.
        var expected = orientation == 6 ? (200 - 50, 50) : (50, 300 - 50);
        Assert.InRange(x, expected.Item1 - 2, expected.Item1 + 2);
        Assert.InRange(y, expected.Item2 - 2, expected.Item2 + 2);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Agrees_with_imagemagick_auto_orient(ushort orientation)
    {
        var tagged = SyntheticFiles.WithExifOrientation(Stored(), orientation, bigEndian: orientation % 2 == 0);
        File.WriteAllBytes(samples.PathOf($"tagged-{orientation}.jpg"), tagged);
        var reference = samples.Magick($"upright-{orientation}.png", samples.PathOf($"tagged-{orientation}.jpg"), "-auto-orient");

        var ours = ImageDecoder.Decode(tagged, new DecodeOptions()).Image!;
        var theirs = ImageDecoder.Decode(reference, new DecodeOptions()).Image!;
        Assert.Equal((theirs.Width, theirs.Height), (ours.Width, ours.Height));
        var (ox, oy) = DarkCentre(ours);
        var (tx, ty) = DarkCentre(theirs);
        Assert.InRange(ox - tx, -1, 1);
        Assert.InRange(oy - ty, -1, 1);
    }

    [Fact]
    public void Defaults_to_upright_without_exif()
    {
        Assert.Equal(1, ExifOrientation.Read(SampleFiles.Fixture("clean.jpg")));
        Assert.Equal(1, ExifOrientation.Read(SampleFiles.Fixture("clean.png")));
        Assert.Equal(1, ExifOrientation.Read([]));
    }

    [Fact]
    public void Ignores_an_orientation_out_of_range()
    {
        var tagged = SyntheticFiles.WithExifOrientation(Stored(), 9, bigEndian: true);
        Assert.Equal(1, ExifOrientation.Read(tagged));
    }

    [Fact]
    public void Never_reads_outside_a_hostile_exif_segment()
    {
        var tagged = SyntheticFiles.WithExifOrientation(Stored(), 6, bigEndian: false);
        // Every prefix cuts the segment somewhere; every single-byte corruption lies about a length or offset.
        for (var length = 0; length < 64; length++)
        {
            Assert.InRange(ExifOrientation.Read(tagged.AsSpan(0, length)), 1, 8);
        }
        var random = new Random(3);
        for (var at = 2; at < 44; at++)
        {
            foreach (var value in new byte[] { 0x00, 0xFF, 0x7F, (byte)random.Next(256) })
            {
                var corrupted = (byte[])tagged.Clone();
                corrupted[at] = value;
                Assert.InRange(ExifOrientation.Read(corrupted), 1, 8);
            }
        }
        for (var round = 0; round < 2_000; round++)
        {
            var noise = new byte[random.Next(4, 80)];
            random.NextBytes(noise);
            noise[0] = 0xFF;
            noise[1] = 0xD8;
            Assert.InRange(ExifOrientation.Read(noise), 1, 8);
        }
    }

    private static (int X, int Y) DarkCentre(GrayImage image)
    {
        long sumX = 0, sumY = 0, count = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (image[x, y] < 100)
                {
                    sumX += x;
                    sumY += y;
                    count++;
                }
            }
        }
        Assert.True(count > 0, "no dark mark found");
        return ((int)Math.Round((double)sumX / count), (int)Math.Round((double)sumY / count));
    }
}
