using TeamsQuality.Domain.Privacy;

namespace TeamsQuality.Domain.Tests;

/// <summary>Personnummer and samordningsnummer must be found; look-alikes must pass.</summary>
public sealed class PersonalIdentityNumberTests
{
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
    [InlineData("Brukaren (121212-1212) föll")]
    public void Valid_numbers_are_found(string text) =>
        Assert.NotNull(PersonalIdentityNumbers.FindIn(text));

    [Theory]
    [InlineData("121212-1213")] // wrong check digit
    [InlineData("19121212-1211")]
    [InlineData("121312-1212")] // month 13
    [InlineData("19010229-1234")] // 1901 was no leap year
    [InlineData("070-123 45 67")] // phone number
    [InlineData("0701234567")]
    [InlineData("+46701234567")]
    [InlineData("2026-11-22")] // a date
    [InlineData("Dnr SN 2026/0142")] // case number
    [InlineData("Ärende AV-2026-0042")]
    [InlineData("12 500 kr")]
    [InlineData("1 234 567,89 kr")]
    [InlineData("Möte 2026-11-22 kl 10:00-11:30")]
    [InlineData("12121212121212")] // longer digit run
    [InlineData("")]
    public void Look_alikes_pass(string text) =>
        Assert.Null(PersonalIdentityNumbers.FindIn(text));
}
