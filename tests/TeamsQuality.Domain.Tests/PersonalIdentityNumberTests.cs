using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TeamsQuality.Domain.Privacy;

namespace TeamsQuality.Domain.Tests;

/// <summary>
/// Personnummer and samordningsnummer must be found however they are typed (any separator, any script's digits,
/// anywhere in a sentence); look-alikes must pass; and no text may make the check fail.
/// </summary>
public sealed class PersonalIdentityNumberTests
{
    /// <summary>Valid numbers as (century, YYMMDD, NNNC): real dates with a Luhn-valid check digit.</summary>
    private static readonly (string Century, string Date, string Serial)[] ValidNumbers =
    [
        ("19", "351022", "2528"),
        ("19", "121212", "1212"),
        ("19", "811218", "9876"),
        ("19", "701063", "2391"), // samordningsnummer: day 63 = 3 + 60
        ("19", "900181", "4566"), // samordningsnummer: day 81 = 21 + 60
        ("20", "000229", "1235"), // 29 February 2000
        ("20", "050228", "9879"),
        ("19", "470315", "1235"),
    ];

    /// <summary>What people put between the date and the last four: nothing, the two the rules name, and what keyboards and editors give.</summary>
    private static readonly string[] Separators =
    [
        "", "-", "+", " ", "\u2013" /* en dash */, "\u2014" /* em dash */, ".", "/", "\n", "\r\n", "\t",
        "\u00A0" /* no-break space */, "\u202F" /* narrow no-break space */, "\u2009" /* thin space */, " - ", " – ", "\n\n",
        "\u2212" /* minus sign */, "\u2011" /* non-breaking hyphen */, "\uFF0D" /* full-width hyphen-minus */, "\u200B" /* zero-width space */,
    ];

    /// <summary>The zero of each script's digits: ASCII, Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), full-width, Devanagari, Bengali, mathematical bold (outside the BMP).</summary>
    private static readonly int[] Zeros = ['0', 0x0660, 0x06F0, 0xFF10, 0x0966, 0x09E6, 0x1D7CE];

    private static readonly string[] Surroundings =
    [
        "{0}",
        "Brukaren ({0}) föll i duschen.",
        "pnr: {0}.",
        "pnr:{0}",
        "Född {0}, bor ensam",
        "\"{0}\"",
        "Gäller {0}!",
        "rad ett\n{0}\nrad tre",
        "Är det {0}?",
        "\u200F{0}\u200F", // the right-to-left marks Arabic text carries around numbers
        "المستخدم {0} سقط",
    ];

    [Theory]
    [InlineData("121212-1212")]
    [InlineData("1212121212")]
    [InlineData("19121212-1212")]
    [InlineData("191212121212")]
    [InlineData("121212+1212")]
    [InlineData("811218-9876")]
    [InlineData("19811218-9876")]
    [InlineData("701063-2391")] // samordningsnummer: day 63 = 3 + 60
    [InlineData("197010632391")]
    [InlineData("000229-1235")] // 29 February of a leap year
    [InlineData("20000229-1235")]
    [InlineData("Brukaren (121212-1212) föll")]
    [InlineData("351022 2528")] // the issue's example
    [InlineData("351022–2528")]
    [InlineData("351022—2528")]
    [InlineData("351022.2528")]
    [InlineData("351022/2528")]
    [InlineData("351022\n2528")]
    [InlineData("351022\r\n2528")]
    [InlineData("351022\u00A02528")]
    [InlineData("351022\u202F2528")]
    [InlineData("351022 - 2528")]
    [InlineData("19351022 2528")]
    [InlineData("19351022–2528")]
    [InlineData("Brukaren, 351022 2528, föll.")]
    [InlineData("Ring om 351022 2528 i morgon")]
    [InlineData("(19351022 2528)")]
    [InlineData("٣٥١٠٢٢-٢٥٢٨")] // Arabic-Indic digits
    [InlineData("٣٥١٠٢٢٢٥٢٨")]
    [InlineData("۳۵۱۰۲۲-۲۵۲۸")] // Extended Arabic-Indic
    [InlineData("３５１０２２－２５２８")] // full-width
    [InlineData("३५१०२२-२५२८")] // Devanagari
    [InlineData("١٩٣٥١٠٢٢ ٢٥٢٨")]
    [InlineData("٣٥١٠٢٢ 2528")] // scripts mixed
    [InlineData("\u200F٣٥١٠٢٢-٢٥٢٨\u200F")]
    [InlineData("351\u200B022-2528")] // an invisible character inside the date
    [InlineData("Dnr SN 2026/0142 gäller 351022-2528")]
    public void Valid_numbers_are_found(string text) =>
        Assert.NotNull(PersonalIdentityNumbers.FindIn(text));

    [Fact]
    public void Every_valid_number_is_found_with_every_separator_in_every_script_with_or_without_century_anywhere_in_a_sentence()
    {
        var missed = new List<string>();
        foreach (var (century, date, serial) in ValidNumbers)
        {
            foreach (var separator in Separators)
            {
                foreach (var zero in Zeros)
                {
                    foreach (var withCentury in new[] { false, true })
                    {
                        foreach (var surrounding in Surroundings)
                        {
                            var number = InScript((withCentury ? century : string.Empty) + date, zero) + separator + InScript(serial, zero);
                            var text = string.Format(CultureInfo.InvariantCulture, surrounding, number);
                            if (PersonalIdentityNumbers.FindIn(text) is null)
                            {
                                missed.Add(Visible(text));
                            }
                        }
                    }
                }
            }
        }

        Assert.True(missed.Count == 0, $"{missed.Count} not found, e.g.:\n{string.Join("\n", missed.Take(25))}");
    }

    [Theory]
    [InlineData("351022 2528", "351022 2528")]
    [InlineData("Brukaren (19351022–2528) föll", "19351022–2528")]
    [InlineData("pnr: ٣٥١٠٢٢ ٢٥٢٨.", "٣٥١٠٢٢ ٢٥٢٨")]
    [InlineData("𝟑𝟓𝟏𝟎𝟐𝟐-𝟐𝟓𝟐𝟖!", "𝟑𝟓𝟏𝟎𝟐𝟐-𝟐𝟓𝟐𝟖")]
    public void The_number_is_given_as_it_was_written(string text, string number) =>
        Assert.Equal(number, PersonalIdentityNumbers.FindIn(text));

    [Theory]
    [InlineData("121212-1213")] // wrong check digit
    [InlineData("19121212-1211")]
    [InlineData("351022 2527")]
    [InlineData("٣٥١٠٢٢-٢٥٢٧")]
    [InlineData("121312-1212")] // month 13
    [InlineData("19010229-1234")] // 1901 was no leap year
    [InlineData("19000229-1235")] // nor was 1900 (the same ten digits are valid in 2000)
    [InlineData("010229-1234")] // no year ending in 01 was a leap year
    [InlineData("351060-1234")] // day 60 is neither a day nor a samordningsnummer
    [InlineData("351092-1236")] // day 32 + 60
    [InlineData("351131-1239")] // 31 November
    [InlineData("070-123 45 67")] // phone numbers
    [InlineData("070-123 45 69")] // (the ten digits 0701234569 would be Luhn-valid)
    [InlineData("070 123 45 69")]
    [InlineData("0701-23 45 69")]
    [InlineData("tel 0701 234569")]
    [InlineData("tel 0701 234567")]
    [InlineData("+46 70 123 45 69")]
    [InlineData("+46 70 123 45 67")]
    [InlineData("+46701234569")]
    [InlineData("0046 70 123 45 69")]
    [InlineData("08-123 456 78")]
    [InlineData("0709-12 34 59")]
    [InlineData("Ring ٠٧٠-١٢٣ ٤٥ ٦٩")]
    [InlineData("0701234567")]
    [InlineData("+46701234567")]
    [InlineData("2026-11-22")] // dates
    [InlineData("2026-11-29")]
    [InlineData("29/11/2026")]
    [InlineData("29.11.2026")]
    [InlineData("20261129")]
    [InlineData("den 29 november 2026")]
    [InlineData("2025-10-22 – 2025-12-24")]
    [InlineData("Perioden 20251022 20251224")] // two dates in a row (2510222025 would be Luhn-valid)
    [InlineData("Perioden 20251022–20251224")]
    [InlineData("Perioden 251022 251224")] // (2510222512 would be Luhn-valid)
    [InlineData("251022/251224")]
    [InlineData("2026-11-29 14:30")] // times
    [InlineData("Möte 2026-11-22 kl 10:00-11:30")]
    [InlineData("29/11 kl. 14.30")]
    [InlineData("12 500 kr")] // amounts
    [InlineData("1 234 567,50 kr")]
    [InlineData("1 234 567,89 kr")]
    [InlineData("1.234.567,50 kr")]
    [InlineData("Belopp 251022,2512 kr")] // a comma is no separator
    [InlineData("Kostnad 351 022 kr")]
    [InlineData("Dnr SN 2026/0142")] // case numbers
    [InlineData("SN 2026/123")]
    [InlineData("IFO-2026-0042")]
    [InlineData("Ärende AV-2026-0042")]
    [InlineData("LS-2026-0001")]
    [InlineData("Se LS-2026-0001 och AV-2026-0042.")]
    [InlineData("212000-1355")] // organisation numbers: month digits 20 or more (both Luhn-valid)
    [InlineData("556677-8899")]
    [InlineData("Org.nr 212000 1355")]
    [InlineData("Faktura 4512345678")] // invoice numbers that are not dates
    [InlineData("Fakturanr 123456 7890")]
    [InlineData("OCR 1234567890123")]
    [InlineData("12121212121212")] // longer digit runs
    [InlineData("1212121212121")]
    [InlineData("٣٥١٠٢٢٢٥٢٨٥")] // eleven Arabic-Indic digits
    [InlineData("5٣٥١٠٢٢-٢٥٢٨")] // a longer number across scripts
    [InlineData("351022-25285")]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Look_alikes_pass(string text) =>
        Assert.Null(PersonalIdentityNumbers.FindIn(text));

    [Fact]
    public void Nothing_is_found_in_null() =>
        Assert.Null(PersonalIdentityNumbers.FindIn(null));

    [Theory]
    [InlineData("\uD800")] // a lone surrogate
    [InlineData("\uDC00351022-2528")]
    [InlineData("٣٥١٠٢٢\uD800٢٥٢٨")]
    [InlineData("\0\0\0")]
    [InlineData("𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎𝟎")]
    public void Odd_text_never_throws(string text) =>
        Assert.Null(Record.Exception(() => PersonalIdentityNumbers.FindIn(text)));

    // ---- Properties ----

    /// <summary>Any text at all, drawn from digits of many scripts, separators, letters, surrogates and control characters.</summary>
    [Property(MaxTest = 2000)]
    public Property Any_text_is_checked_without_failing_and_a_find_is_part_of_it() =>
        Prop.ForAll(AnyText().ToArbitrary(), text =>
        {
            var found = PersonalIdentityNumbers.FindIn(text);
            return found is null || (found.Length > 0 && text.Contains(found, StringComparison.Ordinal));
        });

    /// <summary>FsCheck's own strings (null, empty, any characters): the check answers, whatever it is given.</summary>
    [Property(MaxTest = 500)]
    public bool Arbitrary_strings_never_make_the_check_fail(string? text) =>
        PersonalIdentityNumbers.FindIn(text) is var found && (found is null || text!.Contains(found, StringComparison.Ordinal));

    /// <summary>A valid number with any separator, digits of any script, with or without century, between any words, is found.</summary>
    [Property(MaxTest = 1000)]
    public Property A_generated_valid_number_is_found_wherever_it_is_written() =>
        Prop.ForAll(
            (from number in ValidNumber()
             from separator in Gen.Elements(Separators)
             from zero in Gen.Elements(Zeros)
             from before in Words()
             from after in Words()
             select $"{before}{InScript(number.Date, zero)}{separator}{InScript(number.Serial, zero)}{after}").ToArbitrary(),
            text => PersonalIdentityNumbers.Contains(text));

    /// <summary>Whether text holds a personnummer does not depend on the script its digits are written in.</summary>
    [Property(MaxTest = 1000)]
    public Property The_script_of_the_digits_does_not_matter() =>
        Prop.ForAll(
            (from text in Gen.OneOf(AnyText(), ValidNumber().Select(n => n.Date + "-" + n.Serial))
             from zero in Gen.Elements(Zeros)
             select (text, zero)).ToArbitrary(),
            pair => PersonalIdentityNumbers.Contains(pair.text) == PersonalIdentityNumbers.Contains(InScript(pair.text, pair.zero)));

    /// <summary>Swedish phone numbers as people group them are never taken for a personnummer.</summary>
    [Property(MaxTest = 1000)]
    public Property Grouped_phone_numbers_pass() =>
        Prop.ForAll(
            (from area in Gen.Elements("070", "072", "073", "076", "079", "08", "031", "040", "0380")
             from digits in Gen.ArrayOf(Gen.Choose(0, 9), 7)
             from format in Gen.Elements("{0}-{1} {2} {3}", "{0} {1} {2} {3}", "{0}-{1}{2}{3}", "+46 {4} {1} {2} {3}", "+46{4}{1}{2}{3}", "tel. {0}/{1} {2} {3}")
             let d = string.Concat(digits)
             select string.Format(CultureInfo.InvariantCulture, format, area, d[..3], d.Substring(3, 2), d[5..], area[1..])).ToArbitrary(),
            phone => !PersonalIdentityNumbers.Contains(phone));

    /// <summary>Organisation numbers have 20 or more in the month's place; with any separator they pass.</summary>
    [Property(MaxTest = 1000)]
    public Property Organisation_numbers_pass() =>
        Prop.ForAll(
            (from digits in Gen.ArrayOf(Gen.Choose(0, 9), 10)
             from third in Gen.Choose(2, 9)
             from separator in Gen.Elements(Separators)
             let d = string.Concat(digits)
             select d[..2] + third.ToString(CultureInfo.InvariantCulture) + d[3..6] + separator + d[6..]).ToArbitrary(),
            number => !PersonalIdentityNumbers.Contains(number));

    // ---- Helpers ----

    private static Gen<(string Date, string Serial)> ValidNumber() =>
        from day in Gen.Choose(0, (365 * 125) - 1)
        from serial in Gen.Choose(0, 999)
        from coordination in Gen.Elements(false, true)
        from withCentury in Gen.Elements(false, true)
        let birth = new DateOnly(1900, 1, 1).AddDays(day)
        let date = birth.ToString("yyMM", CultureInfo.InvariantCulture) + (birth.Day + (coordination ? 60 : 0)).ToString("00", CultureInfo.InvariantCulture)
        let three = serial.ToString("000", CultureInfo.InvariantCulture)
        let century = withCentury ? (birth.Year / 100).ToString(CultureInfo.InvariantCulture) : string.Empty
        select (century + date, three + CheckDigit(date + three));

    /// <summary>Words before or after a number: letters, punctuation and spaces, but no digit of any script.</summary>
    private static Gen<string> Words() =>
        Gen.ArrayOf(Gen.Elements("Brukaren", " ", ", ", ".", "(", ")", ":", "pnr", "\n", "föll", "\u200F", "المستخدم", "–", "!", "\"", "kl", "Dnr"), 4)
            .Select(parts => string.Concat(parts));

    private static Gen<string> AnyText()
    {
        var digit = from zero in Gen.Elements(Zeros) from value in Gen.Choose(0, 9) select char.ConvertFromUtf32(zero + value);
        var separator = Gen.Elements(Separators.Where(s => s.Length > 0).ToArray());
        var other = Gen.Elements("a", "Ö", "ب", "\uD800", "\uDFFF", "\0", "\u0085", "\u200E", ",", "²", "①", "🙂", "\uFFFD", "IFO", "kr", "SN");
        var piece = Gen.Frequency((6, digit), (2, separator), (1, other));
        return Gen.Sized(size => Gen.ArrayOf(piece, Math.Max(1, size)).Select(parts => string.Concat(parts)));
    }

    private static string CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The text with its ASCII digits written in the script whose zero is given.</summary>
    private static string InScript(string text, int zero)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? char.ConvertFromUtf32(zero + (c - '0')) : c.ToString());
        }

        return builder.ToString();
    }

    private static string Visible(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
