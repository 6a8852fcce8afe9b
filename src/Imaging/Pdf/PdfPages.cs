using System.Runtime.InteropServices;

namespace Imaging.Pdf;

/// <summary>Page-level reads on an open document; each takes the page for one call and releases it straight after.</summary>
internal static unsafe class PdfPages
{
    public static PdfPageSize GetSize(PopplerDocumentHandle document, int index)
    {
        using var page = OpenPage(document, index);
        return SizeOf(page);
    }

    public static string GetText(PopplerDocumentHandle document, int index)
    {
        using var page = OpenPage(document, index);
        using var text = PopplerNative.poppler_page_get_text(page);
        return text.IsInvalid ? "" : Marshal.PtrToStringUTF8(text.DangerousGetHandle()) ?? "";
    }

    /// <summary>Counts image placements from the content stream without decoding any image data.</summary>
    public static int CountImages(PopplerDocumentHandle document, int index)
    {
        using var page = OpenPage(document, index);
        using var mapping = PopplerNative.poppler_page_get_image_mapping(page);
        return mapping.IsInvalid ? 0 : (int)PopplerNative.g_list_length(mapping);
    }

    public static GrayImage Render(PopplerDocumentHandle document, int index, double dpi, long maxPixels, out double effectiveDpi)
    {
        using var page = OpenPage(document, index);
        var size = SizeOf(page);
        effectiveDpi = size.EffectiveDpi(dpi, maxPixels);
        var (width, height) = size.PixelSize(effectiveDpi);

        using var surface = CairoNative.cairo_image_surface_create(CairoNative.FormatRgb24, width, height);
        ThrowIfFailed(CairoNative.cairo_surface_status(surface), "create a surface");
        using (var context = CairoNative.cairo_create(surface))
        {
            // poppler draws only what the page paints; paper is white, not the surface's black.
            CairoNative.cairo_set_source_rgb(context, 1, 1, 1);
            CairoNative.cairo_paint(context);
            var scale = effectiveDpi / 72.0;
            CairoNative.cairo_scale(context, scale, scale);
            PopplerNative.poppler_page_render(page, context);
            ThrowIfFailed(CairoNative.cairo_status(context), "render the page");
        }
        CairoNative.cairo_surface_flush(surface);
        return ToGray(surface, width, height);
    }

    private static GrayImage ToGray(CairoSurfaceHandle surface, int width, int height)
    {
        var data = CairoNative.cairo_image_surface_get_data(surface);
        var stride = CairoNative.cairo_image_surface_get_stride(surface);
        if (data == null || stride < width * 4)
        {
            throw new InvalidDataException("cairo returned a surface without pixel data");
        }
        var pixels = GC.AllocateUninitializedArray<byte>(width * height);
        for (var y = 0; y < height; y++)
        {
            var row = (uint*)(data + ((long)y * stride));
            var output = pixels.AsSpan(y * width, width);
            for (var x = 0; x < width; x++)
            {
                var rgb = row[x];
                // ITU-R BT.601 luma in 8-bit fixed point, the same weights libjpeg uses for JPEG luminance.
                output[x] = (byte)(((((rgb >> 16) & 0xFF) * 77) + (((rgb >> 8) & 0xFF) * 150) + ((rgb & 0xFF) * 29) + 128) >> 8);
            }
        }
        return new GrayImage(width, height, pixels);
    }

    private static PopplerPageHandle OpenPage(PopplerDocumentHandle document, int index)
    {
        var page = PopplerNative.poppler_document_get_page(document, index);
        if (page.IsInvalid)
        {
            page.Dispose();
            throw new InvalidDataException($"poppler could not load page {index + 1}");
        }
        return page;
    }

    private static PdfPageSize SizeOf(PopplerPageHandle page)
    {
        PopplerNative.poppler_page_get_size(page, out var width, out var height);
        return new PdfPageSize(width, height);
    }

    private static void ThrowIfFailed(int status, string what)
    {
        if (status != CairoNative.StatusSuccess)
        {
            throw new InvalidDataException($"cairo could not {what}: {CairoNative.Describe(status)}");
        }
    }
}
