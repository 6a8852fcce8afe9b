namespace Verification.Worker.Identity.Localisation;

/// <summary>
/// A connected blob of runs with the moments that give its orientation and its length and thickness
/// along that orientation, plus its runs (to measure its exact extent later).
/// </summary>
internal sealed class RunBlob
{
    public List<Run> Runs { get; } = [];

    public double Area { get; private set; }

    public double SumX { get; private set; }

    public double SumY { get; private set; }

    public double SumXX { get; private set; }

    public double SumYY { get; private set; }

    public double SumXY { get; private set; }

    public int Left { get; private set; } = int.MaxValue;

    public int Right { get; private set; } = int.MinValue;

    public int Top { get; private set; } = int.MaxValue;

    public int Bottom { get; private set; } = int.MinValue;

    public void Add(Run run)
    {
        Runs.Add(run);
        double n = run.Length, x0 = run.X0, x1 = run.X1, y = run.Y;
        var sumX = (x0 + x1) * n / 2;
        // Sum of x² over x0..x1, in closed form.
        var sumXX = (SquareSum(x1) - SquareSum(x0 - 1));
        Area += n;
        SumX += sumX;
        SumY += y * n;
        SumXX += sumXX;
        SumYY += y * y * n;
        SumXY += y * sumX;
        Left = Math.Min(Left, run.X0);
        Right = Math.Max(Right, run.X1);
        Top = Math.Min(Top, run.Y);
        Bottom = Math.Max(Bottom, run.Y);
    }

    private static double SquareSum(double k) => k < 0 ? 0 : k * (k + 1) * ((2 * k) + 1) / 6;
}

/// <summary>8-connected labelling of runs with a union-find over run indices.</summary>
internal static class RunComponents
{
    /// <summary>Blobs of at least <paramref name="minimumArea"/> pixels.</summary>
    public static List<RunBlob> Find(InkRuns mask, int minimumArea)
    {
        var runs = mask.Runs;
        var parent = new int[runs.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        for (var y = 1; y < mask.Height; y++)
        {
            var above = mask.RowStart[y - 1];
            var aboveEnd = mask.RowStart[y];
            for (var i = mask.RowStart[y]; i < mask.RowStart[y + 1]; i++)
            {
                var run = runs[i];
                // Runs above are sorted by x: skip those that end before this one starts (diagonals touch).
                while (above < aboveEnd && runs[above].X1 < run.X0 - 1)
                {
                    above++;
                }
                for (var j = above; j < aboveEnd && runs[j].X0 <= run.X1 + 1; j++)
                {
                    Union(parent, i, j);
                }
            }
        }
        var blobs = new Dictionary<int, RunBlob>();
        for (var i = 0; i < runs.Count; i++)
        {
            var root = FindRoot(parent, i);
            if (!blobs.TryGetValue(root, out var blob))
            {
                blobs[root] = blob = new RunBlob();
            }
            blob.Add(runs[i]);
        }
        return blobs.Values.Where(b => b.Area >= minimumArea).ToList();
    }

    private static int FindRoot(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = FindRoot(parent, a);
        var rb = FindRoot(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
