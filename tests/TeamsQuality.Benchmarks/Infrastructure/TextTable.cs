using System.Globalization;
using System.Text;

namespace TeamsQuality.Benchmarks.Infrastructure;

/// <summary>A small plain-text table: the first column left-aligned, the others right-aligned.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params object?[] cells)
    {
        _rows.Add(cells.Select(Format).ToArray());
        return this;
    }

    public void Print(TextWriter writer)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => i < r.Length ? r[i].Length : 0).DefaultIfEmpty(0).Max())).ToArray();
        writer.WriteLine(Line(headers, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            writer.WriteLine(Line(row, widths));
        }

        writer.WriteLine();
    }

    public static string Format(object? value) => value switch
    {
        null => "-",
        string s => s,
        double d when double.IsNaN(d) => "-",
        double d => d.ToString(Math.Abs(d) >= 100 ? "0" : Math.Abs(d) >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture),
        TimeSpan t => Milliseconds(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static string Milliseconds(TimeSpan t) =>
        t.TotalMilliseconds >= 10_000 ? (t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s") : (t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms");

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
        }

        return line.ToString().TrimEnd();
    }
}
