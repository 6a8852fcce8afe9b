using System.Diagnostics;
using Xunit.Abstractions;

namespace Imaging.Tests;

/// <summary>
/// A quick look at the decode cost behind the 40 ms quality-gate budget. It prints figures and
/// asserts nothing about speed: the benchmark, on a quiet machine, is where speed is judged.
/// </summary>
[Collection(SamplesCollection.Name)]
public sealed class DecodeTimingTests(SampleFiles samples, ITestOutputHelper output)
{
    private const int Runs = 20;

    [Fact]
    public void Prints_the_median_decode_time_of_a_12_megapixel_photo()
    {
        var photo = samples.Magick("phone-12mp.jpg", "-seed", "7", "-size", "4000x3000", "plasma:fractal", "-quality", "90");
        var options = new DecodeOptions();
        ImageDecoder.Decode(photo, options);

        var decode = new List<double>();
        var decodeAndScale = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var result = ImageDecoder.Decode(photo, options);
            decode.Add(clock.Elapsed.TotalMilliseconds);
            var working = GrayImageScaler.ScaleToLongSide(result.Image!, 1024);
            decodeAndScale.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Equal(1024, working.LongSide);
        }
        output.WriteLine($"12 MP JPEG ({photo.Length / 1024} KB), {Runs} runs: decode median {Median(decode):F1} ms, " +
            $"decode + scale to 1024 median {Median(decodeAndScale):F1} ms");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
