using Imaging;

namespace Verification.UnitTests.Identity;

/// <summary>Pages turned and tilted in memory, so localisation can be tested on every orientation of one sample.</summary>
internal static class TurnedImages
{
    public static GrayImage Load(string path) =>
        ImageDecoder.Decode(File.ReadAllBytes(path), new DecodeOptions(MinWorkingLongSide: 2000)).Image
        ?? throw new InvalidDataException($"{path} did not decode");

    /// <summary>Turned clockwise by a multiple of 90°, as a phone held sideways would save it.</summary>
    public static GrayImage Turn(GrayImage image, int degrees)
    {
        var turns = ((degrees / 90) % 4 + 4) % 4;
        var result = image;
        for (var i = 0; i < turns; i++)
        {
            var (w, h) = (result.Width, result.Height);
            var pixels = new byte[w * h];
            for (var y = 0; y < h; y++)
            {
                for (var x = 0; x < w; x++)
                {
                    // Clockwise: (x, y) goes to (h - 1 - y, x) in a h-wide image.
                    pixels[(x * h) + (h - 1 - y)] = result.Pixels[(y * w) + x];
                }
            }
            result = new GrayImage(h, w, pixels);
        }
        return result;
    }

    /// <summary>Rotated clockwise by a small angle about the centre, on a larger white canvas (a skewed scan).</summary>
    public static GrayImage Tilt(GrayImage image, double degrees)
    {
        var radians = degrees * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var width = (int)Math.Ceiling((Math.Abs(image.Width * cos) + Math.Abs(image.Height * sin)));
        var height = (int)Math.Ceiling((Math.Abs(image.Width * sin) + Math.Abs(image.Height * cos)));
        var pixels = new byte[width * height];
        var (cx, cy, sx, sy) = (width / 2.0, height / 2.0, image.Width / 2.0, image.Height / 2.0);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // Inverse rotation back into the source.
                var u = ((x - cx) * cos) + ((y - cy) * sin) + sx;
                var v = (-(x - cx) * sin) + ((y - cy) * cos) + sy;
                var (x0, y0) = ((int)Math.Floor(u), (int)Math.Floor(v));
                if (x0 < 0 || y0 < 0 || x0 + 1 >= image.Width || y0 + 1 >= image.Height)
                {
                    pixels[(y * width) + x] = 255;
                    continue;
                }
                var (fx, fy) = (u - x0, v - y0);
                double At(int px, int py) => image.Pixels[(py * image.Width) + px];
                var value = (At(x0, y0) * (1 - fx) * (1 - fy)) + (At(x0 + 1, y0) * fx * (1 - fy))
                            + (At(x0, y0 + 1) * (1 - fx) * fy) + (At(x0 + 1, y0 + 1) * fx * fy);
                pixels[(y * width) + x] = (byte)Math.Round(value);
            }
        }
        return new GrayImage(width, height, pixels);
    }
}
