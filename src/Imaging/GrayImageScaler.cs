using System.Numerics;

namespace Imaging;

/// <summary>
/// Area-average downscaling in managed code: every source pixel counts in proportion to the area
/// it covers, so a blur or sharpness measure taken afterwards sees no aliasing from skipped pixels.
/// </summary>
public static class GrayImageScaler
{
    private const int WeightBits = 10;
    private const int One = 1 << WeightBits;

    /// <summary>Scales so the long side is <paramref name="longSide"/>; an image already that small is returned as is, never enlarged.</summary>
    public static GrayImage ScaleToLongSide(GrayImage image, int longSide)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(longSide);
        if (image.LongSide <= longSide)
        {
            return image;
        }
        var factor = (double)longSide / image.LongSide;
        var width = Math.Clamp((int)Math.Round(image.Width * factor), 1, image.Width);
        var height = Math.Clamp((int)Math.Round(image.Height * factor), 1, image.Height);
        return Resize(image, width, height);
    }

    /// <summary>Area-average resize to an exact size no larger than the source on either axis.</summary>
    public static GrayImage Resize(GrayImage image, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (width > image.Width || height > image.Height)
        {
            throw new ArgumentOutOfRangeException(nameof(width), "area averaging only reduces");
        }
        if (width == image.Width && height == image.Height)
        {
            return image;
        }
        var columns = AxisWeights.For(image.Width, width);
        var rows = AxisWeights.For(image.Height, height);
        int sourceWidth = image.Width;
        var source = image.Pixels;

        // Rows first: it reads the source once, contiguously and in vectors, and leaves the narrower pass for last.
        var vertical = new int[height * sourceWidth];
        for (var y = 0; y < height; y++)
        {
            var accumulator = vertical.AsSpan(y * sourceWidth, sourceWidth);
            for (var k = 0; k < rows.Count[y]; k++)
            {
                var line = source.AsSpan((rows.Start[y] + k) * sourceWidth, sourceWidth);
                AddWeighted(line, rows.Weights[rows.Offset[y] + k], accumulator);
            }
        }

        var result = GC.AllocateUninitializedArray<byte>(width * height);
        const int Half = 1 << ((2 * WeightBits) - 1);
        for (var y = 0; y < height; y++)
        {
            var line = vertical.AsSpan(y * sourceWidth, sourceWidth);
            var output = result.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                var sum = 0;
                var from = columns.Start[x];
                var offset = columns.Offset[x];
                for (var k = 0; k < columns.Count[x]; k++)
                {
                    sum += line[from + k] * columns.Weights[offset + k];
                }
                output[x] = (byte)Math.Min(255, (sum + Half) >> (2 * WeightBits));
            }
        }
        return new GrayImage(width, height, result);
    }

    private static void AddWeighted(ReadOnlySpan<byte> line, int weight, Span<int> accumulator)
    {
        var x = 0;
        if (Vector.IsHardwareAccelerated && line.Length >= Vector<byte>.Count)
        {
            var weights = new Vector<int>(weight);
            var ints = Vector<int>.Count;
            for (; x <= line.Length - Vector<byte>.Count; x += Vector<byte>.Count)
            {
                Vector.Widen(new Vector<byte>(line[x..]), out var low, out var high);
                Vector.Widen(low, out var a, out var b);
                Vector.Widen(high, out var c, out var d);
                var target = accumulator[x..];
                (new Vector<int>(target) + (Vector.AsVectorInt32(a) * weights)).CopyTo(target);
                (new Vector<int>(target[ints..]) + (Vector.AsVectorInt32(b) * weights)).CopyTo(target[ints..]);
                (new Vector<int>(target[(2 * ints)..]) + (Vector.AsVectorInt32(c) * weights)).CopyTo(target[(2 * ints)..]);
                (new Vector<int>(target[(3 * ints)..]) + (Vector.AsVectorInt32(d) * weights)).CopyTo(target[(3 * ints)..]);
            }
        }
        for (; x < line.Length; x++)
        {
            accumulator[x] += line[x] * weight;
        }
    }

    /// <summary>For each output sample along one axis: the source samples it covers and their fixed-point shares.</summary>
    private sealed class AxisWeights
    {
        public required int[] Start { get; init; }
        public required int[] Count { get; init; }
        public required int[] Offset { get; init; }
        public required int[] Weights { get; init; }

        public static AxisWeights For(int sourceLength, int targetLength)
        {
            var ratio = (double)sourceLength / targetLength;
            var maxTaps = (int)Math.Ceiling(ratio) + 1;
            var start = new int[targetLength];
            var count = new int[targetLength];
            var offset = new int[targetLength];
            var weights = new int[targetLength * maxTaps];
            for (var i = 0; i < targetLength; i++)
            {
                var low = i * ratio;
                var high = Math.Min((i + 1) * ratio, sourceLength);
                var first = (int)Math.Floor(low);
                var last = Math.Min(sourceLength - 1, (int)Math.Ceiling(high) - 1);
                start[i] = first;
                offset[i] = i * maxTaps;
                var taps = 0;
                int total = 0, largest = 0;
                for (var j = first; j <= last && taps < maxTaps; j++)
                {
                    var covered = Math.Min(high, j + 1) - Math.Max(low, j);
                    var weight = (int)Math.Round(covered / (high - low) * One);
                    weights[offset[i] + taps] = weight;
                    total += weight;
                    if (weight > weights[offset[i] + largest])
                    {
                        largest = taps;
                    }
                    taps++;
                }
                // Rounding must not brighten or darken a flat area: the shares sum to exactly one.
                weights[offset[i] + largest] += One - total;
                count[i] = taps;
            }
            return new AxisWeights { Start = start, Count = count, Offset = offset, Weights = weights };
        }
    }
}
