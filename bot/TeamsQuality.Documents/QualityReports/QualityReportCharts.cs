using ScottPlot;
using SkiaSharp;
using TeamsQuality.Documents.Rendering;

namespace TeamsQuality.Documents.QualityReports;

/// <summary>
/// The report's charts as PNGs (ScottPlot on SkiaSharp, server-side): drawn once per document from the same sums the
/// tables show, and put into the Word file and the PDF alike.
/// </summary>
internal static class QualityReportCharts
{
    public const int Width = 1000;
    public const int Height = 500;

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1F77B4"), Color.FromHex("#D62728"), Color.FromHex("#FF7F0E"),
        Color.FromHex("#2CA02C"), Color.FromHex("#9467BD"), Color.FromHex("#8C564B"),
    ];

    /// <summary>Grouped bars: one group per tertial (<paramref name="groups"/>), one bar per series in it.</summary>
    public static ChartImage GroupedBars(IReadOnlyList<string> groups, IReadOnlyList<(string Name, int[] Values)> series, string valueAxis)
    {
        var plot = NewPlot();
        var bars = new List<Bar>();
        var step = series.Count + 1;
        for (var g = 0; g < groups.Count; g++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                bars.Add(new Bar { Position = (g * step) + s, Value = series[s].Values[g], FillColor = Palette[s % Palette.Length], LineWidth = 0 });
            }
        }

        plot.Add.Bars(bars);
        var ticks = groups.Select((_, g) => (g * step) + ((series.Count - 1) / 2.0)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, groups.ToArray());
        for (var s = 0; s < series.Count; s++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name, FillColor = Palette[s % Palette.Length] });
        }

        plot.ShowLegend(Edge.Right); // beside the bars, never over them
        plot.YLabel(valueAxis);
        plot.Axes.Margins(bottom: 0);
        return Encode(plot.GetImageBytes(Width, Height, ImageFormat.Png));
    }

    /// <summary>Horizontal bars, one per label, the first at the top.</summary>
    public static ChartImage Bars(IReadOnlyList<(string Label, int Value)> values, string valueAxis)
    {
        var plot = NewPlot();
        var count = values.Count;
        var bars = values.Select((v, i) => new Bar { Position = count - 1 - i, Value = v.Value, FillColor = Palette[0], LineWidth = 0 }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            values.Select((_, i) => (double)(count - 1 - i)).ToArray(),
            values.Select(v => v.Label).ToArray());
        plot.XLabel(valueAxis);
        plot.Axes.Margins(left: 0);
        return Encode(plot.GetImageBytes(Width, Height, ImageFormat.Png));
    }

    /// <summary>
    /// The chart as an opaque PNG (its background is white; an RGBA PNG would make PDFsharp build a soft mask) and as
    /// a JPEG of the same pixels for the PDF: PDFsharp decodes and re-compresses a PNG in managed code, which took most
    /// of the PDF's time, while a JPEG goes into the PDF as it is.
    /// </summary>
    private static ChartImage Encode(byte[] png)
    {
        using var source = SKBitmap.Decode(png);
        using var opaque = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(opaque))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawBitmap(source, 0, 0);
        }

        using var pngData = opaque.Encode(SKEncodedImageFormat.Png, 100);
        using var jpegData = opaque.Encode(SKEncodedImageFormat.Jpeg, 95);
        return new ChartImage(pngData.ToArray(), jpegData.ToArray());
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(DocumentFonts.Family);
        plot.Axes.Title.Label.FontSize = 18;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 15;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Legend.FontSize = 15;
        return plot;
    }
}

/// <summary>A chart's pixels twice: PNG for Word, JPEG for the PDF.</summary>
internal sealed record ChartImage(byte[] Png, byte[] Jpeg);
