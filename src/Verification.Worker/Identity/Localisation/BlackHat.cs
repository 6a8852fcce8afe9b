using System.Numerics;
using Imaging;

namespace Verification.Worker.Identity.Localisation;

/// <summary>
/// Morphological black-hat (gray closing minus the image) with a square window: how much darker each
/// pixel is than the paper around it, counting only dark features thinner than the window. Pen strokes
/// light up; a dark table top around a photographed passport, the portrait or a shadow do not, because
/// the window fits inside them. That is what makes the MRZ stand out on phone photos, where a plain
/// local threshold also marks the border between paper and background.
/// </summary>
internal static class BlackHat
{
    public static byte[] Compute(GrayImage image, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        var (width, height) = (image.Width, image.Height);
        // Closing = dilation (max) then erosion (min), each separable for a square window. Every pass runs
        // down the columns, whole rows at a time in vector registers; transposing turns rows into columns.
        var dilated = SlidingAlongColumns(image.Pixels, width, height, window, max: true);
        dilated = SlidingAlongColumns(Transpose(dilated, width, height), height, width, window, max: true);
        var closed = SlidingAlongColumns(dilated, height, width, window, max: false);
        closed = SlidingAlongColumns(Transpose(closed, height, width), width, height, window, max: false);
        SubtractSaturated(closed, image.Pixels);
        return closed;
    }

    /// <summary>
    /// out[y] = max (or min) of rows y - w/2 .. y - w/2 + w - 1, rows outside the image left out. Built as a
    /// sparse table: level k holds the extreme of 2^k consecutive rows, and any window is two overlapping
    /// power-of-two windows, so the cost is log2(w) vector passes whatever the window.
    /// </summary>
    private static byte[] SlidingAlongColumns(byte[] source, int width, int height, int window, bool max)
    {
        var radius = window / 2;
        var level = source;
        var span = 1;
        while (span * 2 <= window)
        {
            var next = new byte[level.Length];
            for (var y = 0; y < height; y++)
            {
                var partner = y + span;
                var row = level.AsSpan(y * width, width);
                var target = next.AsSpan(y * width, width);
                if (partner < height)
                {
                    Combine(row, level.AsSpan(partner * width, width), target, max);
                }
                else
                {
                    row.CopyTo(target);
                }
            }
            level = next;
            span *= 2;
        }
        var result = new byte[source.Length];
        for (var y = 0; y < height; y++)
        {
            // Window [first, last] clipped to the image; two spans of `span` rows cover it.
            var first = Math.Max(0, y - radius);
            var last = Math.Min(height - 1, y - radius + window - 1);
            var target = result.AsSpan(y * width, width);
            var a = level.AsSpan(first * width, width);
            var secondStart = Math.Max(first, last - span + 1);
            Combine(a, level.AsSpan(secondStart * width, width), target, max);
        }
        return result;
    }

    private static void Combine(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> output, bool max)
    {
        var x = 0;
        var step = Vector<byte>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            if (max)
            {
                for (; x <= a.Length - step; x += step)
                {
                    Vector.Max(new Vector<byte>(a[x..]), new Vector<byte>(b[x..])).CopyTo(output[x..]);
                }
            }
            else
            {
                for (; x <= a.Length - step; x += step)
                {
                    Vector.Min(new Vector<byte>(a[x..]), new Vector<byte>(b[x..])).CopyTo(output[x..]);
                }
            }
        }
        for (; x < a.Length; x++)
        {
            output[x] = max ? Math.Max(a[x], b[x]) : Math.Min(a[x], b[x]);
        }
    }

    private static void SubtractSaturated(byte[] closed, byte[] pixels)
    {
        var x = 0;
        var step = Vector<byte>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            for (; x <= closed.Length - step; x += step)
            {
                var image = new Vector<byte>(pixels.AsSpan(x));
                (Vector.Max(new Vector<byte>(closed.AsSpan(x)), image) - image).CopyTo(closed.AsSpan(x));
            }
        }
        for (; x < closed.Length; x++)
        {
            closed[x] = (byte)Math.Max(0, closed[x] - pixels[x]);
        }
    }

    /// <summary>Width × height row-major to height × width row-major, in tiles to stay in cache.</summary>
    internal static byte[] Transpose(byte[] pixels, int width, int height)
    {
        const int Tile = 32;
        var result = new byte[pixels.Length];
        for (var y0 = 0; y0 < height; y0 += Tile)
        {
            var y1 = Math.Min(height, y0 + Tile);
            for (var x0 = 0; x0 < width; x0 += Tile)
            {
                var x1 = Math.Min(width, x0 + Tile);
                for (var y = y0; y < y1; y++)
                {
                    var row = y * width;
                    for (var x = x0; x < x1; x++)
                    {
                        result[(x * height) + y] = pixels[row + x];
                    }
                }
            }
        }
        return result;
    }
}
