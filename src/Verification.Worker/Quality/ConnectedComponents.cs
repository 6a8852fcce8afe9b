namespace Verification.Worker.Quality;

/// <summary>A blob of set pixels: its bounding box and size.</summary>
internal readonly record struct Component(int Left, int Top, int Right, int Bottom, int Area)
{
    public int Width => Right - Left + 1;
    public int Height => Bottom - Top + 1;
}

/// <summary>
/// 8-connected labelling of a binary mask with an explicit stack, so a hostile image with one
/// giant blob cannot overflow the call stack.
/// </summary>
internal static class ConnectedComponents
{
    public static List<Component> Find(bool[] mask, int width, int height, int[]? labels = null)
    {
        var visited = new bool[mask.Length];
        var stack = new Stack<int>();
        var components = new List<Component>();
        for (var start = 0; start < mask.Length; start++)
        {
            if (!mask[start] || visited[start])
            {
                continue;
            }
            int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1, area = 0;
            visited[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var index = stack.Pop();
                var x = index % width;
                var y = index / width;
                if (labels is not null)
                {
                    labels[index] = components.Count;
                }
                area++;
                left = Math.Min(left, x);
                right = Math.Max(right, x);
                top = Math.Min(top, y);
                bottom = Math.Max(bottom, y);
                for (var dy = -1; dy <= 1; dy++)
                {
                    var ny = y + dy;
                    if (ny < 0 || ny >= height)
                    {
                        continue;
                    }
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var nx = x + dx;
                        if (nx < 0 || nx >= width)
                        {
                            continue;
                        }
                        var neighbour = ny * width + nx;
                        if (mask[neighbour] && !visited[neighbour])
                        {
                            visited[neighbour] = true;
                            stack.Push(neighbour);
                        }
                    }
                }
            }
            components.Add(new Component(left, top, right, bottom, area));
        }
        return components;
    }
}
