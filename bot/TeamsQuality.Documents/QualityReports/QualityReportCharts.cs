using ScottPlot;
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
    public static byte[] GroupedBars(IReadOnlyList<string> groups, IReadOnlyList<(string Name, int[] Values)> series, string valueAxis)
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

        plot.ShowLegend(Alignment.UpperRight);
        plot.YLabel(valueAxis);
        plot.Axes.Margins(bottom: 0);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    /// <summary>Horizontal bars, one per label, the first at the top.</summary>
    public static byte[] Bars(IReadOnlyList<(string Label, int Value)> values, string valueAxis)
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
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
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
