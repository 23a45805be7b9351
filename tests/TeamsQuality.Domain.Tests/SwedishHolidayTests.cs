using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Tests;

public sealed class SwedishHolidayTests
{
    [Theory]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2038, "2038-04-25")] // the latest Easter of the century's first half
    [InlineData(2285, "2285-03-22")] // the earliest possible
    public void Easter_falls_where_the_almanac_has_it(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), SwedishHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2027-03-26", "Långfredagen")]
    [InlineData("2027-03-29", "Annandag påsk")]
    [InlineData("2027-05-06", "Kristi himmelsfärdsdag")]
    [InlineData("2027-06-25", "Midsommarafton")] // the Friday between 19 and 25 June
    [InlineData("2026-06-19", "Midsommarafton")]
    [InlineData("2026-10-31", "Alla helgons dag")] // the Saturday between 31 October and 6 November
    [InlineData("2027-11-06", "Alla helgons dag")]
    [InlineData("2026-12-24", "Julafton")]
    [InlineData("2027-01-06", "Trettondedag jul")]
    [InlineData("2027-06-06", "Sveriges nationaldag")]
    public void The_holidays_are_computed_for_each_year(string day, string name) =>
        Assert.Equal(name, SwedishHolidays.NameOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2027-03-25", true)] // Maundy Thursday works
    [InlineData("2027-03-26", false)] // Good Friday does not
    [InlineData("2027-03-29", false)]
    [InlineData("2027-05-06", false)]
    [InlineData("2027-05-07", true)] // the "klämdag" after Ascension is a working day
    [InlineData("2027-06-24", true)]
    [InlineData("2027-06-25", false)]
    [InlineData("2026-12-23", true)]
    [InlineData("2026-12-24", false)]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-07", true)]
    public void Holidays_and_free_eves_are_not_working_days(string day, bool working) =>
        Assert.Equal(working, WorkingDays.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_date_on_a_holiday_moves_to_the_working_day_before_or_after()
    {
        Assert.Equal(new DateOnly(2026, 12, 23), WorkingDays.OnOrBefore(new DateOnly(2026, 12, 27)));
        Assert.Equal(new DateOnly(2027, 1, 4), WorkingDays.OnOrAfter(new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2027, 1, 5), WorkingDays.OnOrAfter(new DateOnly(2027, 1, 5)));
    }
}
