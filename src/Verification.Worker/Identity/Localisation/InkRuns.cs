namespace Verification.Worker.Identity.Localisation;

/// <summary>A horizontal run of set pixels on one row, ends inclusive.</summary>
internal readonly record struct Run(int Y, int X0, int X1)
{
    public int Length => X1 - X0 + 1;
}

/// <summary>
/// A binary mask kept as runs per row. Runs make the horizontal closing that merges the characters of a
/// line into one bar a single pass over each row (gaps up to the window are filled), and make labelling
/// cheap: a page holds a few thousand runs against a million pixels.
/// </summary>
internal sealed class InkRuns
{
    private InkRuns(int width, int height, List<Run> runs, int[] rowStart)
    {
        Width = width;
        Height = height;
        Runs = runs;
        RowStart = rowStart;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>All runs, row by row, left to right.</summary>
    public List<Run> Runs { get; }

    /// <summary>Index of the first run of each row in <see cref="Runs"/>; one extra entry at the end.</summary>
    public int[] RowStart { get; }

    /// <summary>The runs of pixels above <paramref name="threshold"/>, along rows of a width × height response.</summary>
    public static InkRuns FromResponse(byte[] response, int width, int height, int threshold)
    {
        var runs = new List<Run>();
        var rowStart = new int[height + 1];
        for (var y = 0; y < height; y++)
        {
            rowStart[y] = runs.Count;
            var offset = y * width;
            var x = 0;
            while (x < width)
            {
                while (x < width && response[offset + x] <= threshold)
                {
                    x++;
                }
                if (x == width)
                {
                    break;
                }
                var start = x;
                while (x < width && response[offset + x] > threshold)
                {
                    x++;
                }
                runs.Add(new Run(y, start, x - 1));
            }
        }
        rowStart[height] = runs.Count;
        return new InkRuns(width, height, runs, rowStart);
    }

    /// <summary>Fills every gap of at most <paramref name="gap"/> pixels between runs of the same row.</summary>
    public InkRuns ClosedHorizontally(int gap)
    {
        var runs = new List<Run>(Runs.Count);
        var rowStart = new int[Height + 1];
        for (var y = 0; y < Height; y++)
        {
            rowStart[y] = runs.Count;
            var from = RowStart[y];
            var to = RowStart[y + 1];
            if (from == to)
            {
                continue;
            }
            var current = Runs[from];
            for (var i = from + 1; i < to; i++)
            {
                var next = Runs[i];
                if (next.X0 - current.X1 - 1 <= gap)
                {
                    current = current with { X1 = next.X1 };
                }
                else
                {
                    runs.Add(current);
                    current = next;
                }
            }
            runs.Add(current);
        }
        rowStart[Height] = runs.Count;
        return new InkRuns(Width, Height, runs, rowStart);
    }
}
