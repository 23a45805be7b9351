using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TeamsQuality.Domain.Privacy;

/// <summary>
/// Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in free text.
/// The tool is for learning, not a case record: such numbers do not belong in it (DOMAIN.md, privacy).
/// A match is YYMMDD or YYYYMMDD, an optional separator, four digits, a real calendar date (a samordningsnummer adds
/// 60 to the day) and a valid Luhn check digit over the last ten digits.
/// </summary>
/// <remarks>
/// People type numbers as their keyboard gives them, so the text is normalised before it is searched: every Unicode
/// decimal digit counts as its value (a phone set to Arabic gives ٣٥١٠٢٢, a Japanese one ３５１０２２), invisible
/// format characters (zero-width spaces, soft hyphens, the direction marks right-to-left text carries) are ignored, and
/// the separator may be '-', '+', any dash, '.', '/' or whitespace (a space, a line break, a non-breaking space). A
/// match is never part of a longer run of digits, in any script, so phone numbers, amounts, dates and case numbers
/// pass; what still matches is a real date followed by a Luhn-valid four, which is what a personnummer is.
/// </remarks>
public static partial class PersonalIdentityNumbers
{
    // What the normalised text is made of: ASCII digits, these separators, and Other for everything else.
    private const char Space = ' ';
    private const char Other = '_';

    /// <summary>The first personnummer or samordningsnummer in the text, as it was written there, or null.</summary>
    public static string? FindIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var normalised = Normalise(text, out var starts, out var ends);
        foreach (Match match in Candidate().Matches(normalised))
        {
            if (IsValid(match.Groups["century"].ValueSpan, match.Groups["date"].ValueSpan, match.Groups["serial"].ValueSpan))
            {
                return text[starts[match.Index]..ends[match.Index + match.Length - 1]];
            }
        }

        return null;
    }

    public static bool Contains(string? text) => FindIn(text) is not null;

    /// <summary>
    /// The text with every decimal digit as an ASCII digit, whitespace as a space, every dash as '-', the other
    /// separators as themselves, format characters left out and anything else as <see cref="Other"/>; for each
    /// character of the result, where its original starts and ends in <paramref name="text"/>.
    /// </summary>
    private static string Normalise(string text, out int[] starts, out int[] ends)
    {
        var normalised = new StringBuilder(text.Length);
        starts = new int[text.Length];
        ends = new int[text.Length];
        var index = 0;
        while (index < text.Length)
        {
            // A lone surrogate decodes as the replacement character, one char long: nothing in the text can throw.
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            consumed = Math.Max(consumed, 1);
            if (Classify(rune) is { } mapped)
            {
                starts[normalised.Length] = index;
                ends[normalised.Length] = index + consumed;
                normalised.Append(mapped);
            }

            index += consumed;
        }

        return normalised.ToString();
    }

    private static char? Classify(Rune rune)
    {
        if (Rune.IsDigit(rune) && Rune.GetNumericValue(rune) is >= 0d and <= 9d and var value)
        {
            return (char)('0' + (int)value);
        }

        if (Rune.IsWhiteSpace(rune))
        {
            return Space;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.Format:
                return null;
            case UnicodeCategory.DashPunctuation:
                return '-';
        }

        return rune.Value switch
        {
            '+' or '\uFF0B' or '\uFE62' => '+',
            '\u2212' => '-', // minus sign
            '.' or '\uFF0E' or '\uFE52' or '\u2024' => '.',
            '/' or '\uFF0F' or '\u2044' or '\u2215' => '/',
            _ => Other,
        };
    }

    private static bool IsValid(ReadOnlySpan<char> century, ReadOnlySpan<char> date, ReadOnlySpan<char> serial)
    {
        var yearDigits = Number(date[..2]);
        var month = Number(date.Slice(2, 2));
        var day = Number(date.Slice(4, 2));
        if (day > 60)
        {
            day -= 60; // samordningsnummer
        }

        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        // Without the century, 29 February must be possible in some year with those two digits (1900 was no leap
        // year, but 2000 was).
        var daysInMonth = century.Length == 2 ? DateTime.DaysInMonth((Number(century) * 100) + yearDigits, month)
            : month == 2 ? (yearDigits % 4 == 0 ? 29 : 28)
            : DateTime.DaysInMonth(2001, month);
        return day <= daysInMonth && Luhn(date, serial);
    }

    /// <summary>The Luhn check over the ten digits YYMMDDNNNC: every other digit doubled from the first.</summary>
    private static bool Luhn(ReadOnlySpan<char> date, ReadOnlySpan<char> serial)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var digit = (i < 6 ? date[i] : serial[i - 6]) - '0';
            var product = i % 2 == 0 ? digit * 2 : digit;
            sum += product > 9 ? product - 9 : product;
        }

        return sum % 10 == 0;
    }

    private static int Number(ReadOnlySpan<char> asciiDigits)
    {
        var number = 0;
        foreach (var digit in asciiDigits)
        {
            number = (number * 10) + (digit - '0');
        }

        return number;
    }

    // On the normalised text: not preceded or followed by a digit, so parts of longer numbers (phone numbers, case
    // numbers, amounts) do not match. Between the date and the four: nothing, one separator, or a few spaces (a line
    // break, a space typed on each side of a dash); never a comma or a letter.
    [GeneratedRegex(@"(?<![0-9])(?<century>18|19|20)?(?<date>[0-9]{6})(?: {0,4}[-+./] {0,4}| {1,4})?(?<serial>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
