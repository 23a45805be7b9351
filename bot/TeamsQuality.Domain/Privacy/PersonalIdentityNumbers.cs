using System.Text.RegularExpressions;

namespace TeamsQuality.Domain.Privacy;

/// <summary>
/// Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in free text.
/// The tool is for learning, not a case record: such numbers do not belong in it (DOMAIN.md, privacy).
/// A match is YYMMDD or YYYYMMDD, an optional separator '-' or '+', four digits, a valid date (a samordningsnummer
/// adds 60 to the day) and a valid Luhn check digit over the last ten digits.
/// </summary>
public static partial class PersonalIdentityNumbers
{
    /// <summary>The first personnummer or samordningsnummer in the text, or null.</summary>
    public static string? FindIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        foreach (Match match in Candidate().Matches(text))
        {
            if (IsValid(match.Groups["century"].Value, match.Groups["date"].Value, match.Groups["serial"].Value))
            {
                return match.Value;
            }
        }

        return null;
    }

    public static bool Contains(string? text) => FindIn(text) is not null;

    private static bool IsValid(string century, string date, string serial)
    {
        var month = int.Parse(date.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(date.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (day > 60)
        {
            day -= 60; // samordningsnummer
        }

        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        // Without the century, 29 February must be possible in some year with those two digits.
        var yearDigits = int.Parse(date.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        var year = century.Length == 2 ? int.Parse(century, System.Globalization.CultureInfo.InvariantCulture) * 100 + yearDigits : 2000 + yearDigits;
        var daysInMonth = century.Length == 2 ? DateTime.DaysInMonth(year, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
        if (day > daysInMonth)
        {
            return false;
        }

        return Luhn(date + serial);
    }

    private static bool Luhn(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < tenDigits.Length; i++)
        {
            var digit = tenDigits[i] - '0';
            var product = i % 2 == 0 ? digit * 2 : digit;
            sum += product > 9 ? product - 9 : product;
        }

        return sum % 10 == 0;
    }

    // Not preceded or followed by a digit, so parts of longer numbers (phone numbers, case numbers) do not match.
    [GeneratedRegex(@"(?<![\d])(?<century>(?:18|19|20))?(?<date>\d{6})[-+]?(?<serial>\d{4})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
