using System.Globalization;
using System.Text;

namespace TeamsQuality.Teams.Activities;

/// <summary>
/// Values that come from outside (ids, types, names from an activity) before they are written to a log: a sender can
/// put line breaks or terminal control characters in them to forge log lines, or megabytes to flood the log. Control
/// and invisible formatting characters are written as escapes (\n, \u202E) and the value is cut to a bounded length.
/// </summary>
public static class LogSafe
{
    /// <summary>Long enough for any Teams id (GUIDs, 29:…, 19:…@thread.tacv2;messageid=…).</summary>
    public const int LongestValue = 160;

    public static string? Of(string? value, int longest = LongestValue)
    {
        if (value is null)
        {
            return null;
        }

        var cut = value.Length > longest ? longest : value.Length;
        if (cut > 0 && cut < value.Length && char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        var builder = new StringBuilder(cut + 16);
        for (var i = 0; i < cut; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\\':
                    // Escaped too, so an escape in the log always means a character that was escaped.
                    builder.Append("\\\\");
                    break;
                default:
                    if (char.IsControl(c) || IsInvisibleFormatting(c) || (char.IsSurrogate(c) && !IsPairAt(value, i)))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        if (cut < value.Length)
        {
            builder.Append("…(+").Append((value.Length - cut).ToString(CultureInfo.InvariantCulture)).Append(')');
        }

        return builder.ToString();
    }

    /// <summary>Line and paragraph separators and the bidirectional overrides that make a log line read differently than it is.</summary>
    private static bool IsInvisibleFormatting(char c) =>
        c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF';

    private static bool IsPairAt(string value, int i) =>
        char.IsHighSurrogate(value[i])
            ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
            : i > 0 && char.IsHighSurrogate(value[i - 1]);
}
