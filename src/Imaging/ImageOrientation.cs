namespace Imaging;

/// <summary>Turns a stored raster upright for an EXIF orientation (TIFF 6.0 tag 0x0112, values 1 to 8).</summary>
internal static class ImageOrientation
{
    // Square tiles keep both the reads and the writes of a 90-degree turn inside the cache.
    private const int Tile = 64;

    public static unsafe GrayImage Upright(GrayImage image, int orientation)
    {
        if (orientation is < 2 or > 8)
        {
            return image;
        }
        int w = image.Width, h = image.Height;
        var swaps = ExifOrientation.SwapsAxes(orientation);
        int dw = swaps ? h : w, dh = swaps ? w : h;
        // Where destination (0,0) comes from, and how the source moves per destination column and row.
        var (originX, originY, colX, colY, rowX, rowY) = orientation switch
        {
            2 => (w - 1, 0, -1, 0, 0, 1),
            3 => (w - 1, h - 1, -1, 0, 0, -1),
            4 => (0, h - 1, 1, 0, 0, -1),
            5 => (0, 0, 0, 1, 1, 0),
            6 => (0, h - 1, 0, -1, 1, 0),
            7 => (w - 1, h - 1, 0, -1, -1, 0),
            _ => (w - 1, 0, 0, 1, -1, 0),
        };
        long start = ((long)originY * w) + originX;
        long stepColumn = ((long)colY * w) + colX;
        long stepRow = ((long)rowY * w) + rowX;
        var result = GC.AllocateUninitializedArray<byte>(dw * dh);
        fixed (byte* source = image.Pixels)
        fixed (byte* target = result)
        {
            for (var tileY = 0; tileY < dh; tileY += Tile)
            {
                var endY = Math.Min(tileY + Tile, dh);
                for (var tileX = 0; tileX < dw; tileX += Tile)
                {
                    var endX = Math.Min(tileX + Tile, dw);
                    for (var y = tileY; y < endY; y++)
                    {
                        var from = source + start + (y * stepRow) + (tileX * stepColumn);
                        var to = target + ((long)y * dw);
                        for (var x = tileX; x < endX; x++, from += stepColumn)
                        {
                            to[x] = *from;
                        }
                    }
                }
            }
        }
        return new GrayImage(dw, dh, result);
    }
}
