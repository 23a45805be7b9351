using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.Wheel;

public sealed class QualityYearSpanTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Vetlandas_2027_runs_from_November_2026_to_October_2027()
    {
        var span = OrganisationWheel.From(WheelTemplates.Vetlanda, 2026).Span(2027);

        Assert.Equal(D(2026, 11, 1), span.First);
        Assert.Equal(D(2027, 10, 31), span.Last);
        Assert.Equal([2026, 2027], span.CalendarYears);
        Assert.Equal(12, span.Months.Count);
        Assert.Equal((2026, 11), span.Months[0]);
        Assert.Equal((2027, 10), span.Months[^1]);
    }

    [Fact]
    public void A_wheel_starting_in_January_has_the_calendar_year()
    {
        var span = OrganisationWheel.From(WheelTemplates.Nordmaling, 2026).Span(2027);

        Assert.Equal(D(2027, 1, 1), span.First);
        Assert.Equal(D(2027, 12, 31), span.Last);
        Assert.Equal([2027], span.CalendarYears);
        Assert.Equal([(1, D(2027, 1, 1), D(2027, 4, 30)), (2, D(2027, 5, 1), D(2027, 8, 31)), (3, D(2027, 9, 1), D(2027, 12, 31))],
            span.Tertials.Select(t => (t.Number, t.First, t.Last)));
    }

    [Fact]
    public void Tertials_are_counted_from_the_years_first_month()
    {
        var span = QualityYearSpan.Of(2027, 11);

        Assert.Equal([(11, 2), (3, 6), (7, 10)], span.Tertials.Select(t => (t.FirstMonth, t.LastMonth)));
        Assert.Equal(1, span.TertialOf(D(2026, 11, 1)));
        Assert.Equal(1, span.TertialOf(D(2026, 12, 15)));
        Assert.Equal(1, span.TertialOf(D(2027, 2, 28)));
        Assert.Equal(2, span.TertialOf(D(2027, 3, 1)));
        Assert.Equal(2, span.TertialOf(D(2027, 6, 30)));
        Assert.Equal(3, span.TertialOf(D(2027, 7, 1)));
        Assert.Equal(3, span.TertialOf(D(2027, 10, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => span.TertialOf(D(2027, 11, 1)));
    }

    [Fact]
    public void A_wheel_starting_in_another_month_uses_its_own_start_month()
    {
        // A wheel whose first stop is in September: its year 2027 is September 2026 – August 2027.
        var september = WheelTemplates.Vetlanda.Stops.Select(s => s with { Months = s.Number == 1 ? [9] : s.Months }).ToList();
        var wheel = new OrganisationWheel([new WheelVersion(2026, "egen", september)]);

        var span = wheel.Span(2027);

        Assert.Equal(D(2026, 9, 1), span.First);
        Assert.Equal(D(2027, 8, 31), span.Last);
        Assert.Equal([(9, 12), (1, 4), (5, 8)], span.Tertials.Select(t => (t.FirstMonth, t.LastMonth)));
        Assert.Equal(2027, wheel.YearOf(D(2026, 9, 1)));
        Assert.Equal(2026, wheel.YearOf(D(2026, 8, 31)));
    }

    [Fact]
    public void A_year_before_a_change_of_start_month_ends_where_the_next_begins()
    {
        // Vetlanda (November) until 2027, Nordmaling's house (January) from 2028: 2027 runs Nov 2026 – Dec 2027, so no day
        // is in two years or in none, and its T3 takes the two extra months.
        var wheel = OrganisationWheel.From(WheelTemplates.Vetlanda, 2026);
        wheel.Change(WheelTemplates.Nordmaling.Stops, 2027, WheelTemplates.NordmalingId);

        var span = wheel.Span(2027);

        Assert.Equal(D(2026, 11, 1), span.First);
        Assert.Equal(D(2027, 12, 31), span.Last);
        Assert.Equal(D(2028, 1, 1), wheel.Span(2028).First);
        Assert.Equal(3, span.TertialOf(D(2027, 12, 31)));
        Assert.Equal(2027, wheel.YearOf(D(2027, 12, 31)));
        Assert.Equal(2028, wheel.YearOf(D(2028, 1, 1)));
    }

    [Fact]
    public void The_boundary_days_count_in_Swedish_time()
    {
        var span = QualityYearSpan.Of(2027, 11);

        // 1 November 2026 00:00 in Sweden (CET) is 23:00 UTC on 31 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero), span.StartsAt);
        Assert.True(span.Contains(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero)));
        Assert.False(span.Contains(new DateTimeOffset(2026, 10, 31, 22, 59, 59, TimeSpan.Zero)));

        // 31 October 2027 ends at 23:00 UTC; 23:30 UTC is already 1 November in Sweden, wheel year 2028.
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 23, 0, 0, TimeSpan.Zero), span.EndsAt);
        Assert.True(span.Contains(new DateTimeOffset(2027, 10, 31, 22, 59, 59, TimeSpan.Zero)));
        Assert.False(span.Contains(new DateTimeOffset(2027, 10, 31, 23, 30, 0, TimeSpan.Zero)));

        // A summer-time boundary (Nordmaling's T2 starts 1 May, CEST): 22:00 UTC on 30 April is already May in Sweden.
        var calendar = QualityYearSpan.Of(2027, 1);
        Assert.Equal(2, calendar.TertialOf(new DateTimeOffset(2027, 4, 30, 22, 0, 0, TimeSpan.Zero)));
        Assert.Equal(1, calendar.TertialOf(new DateTimeOffset(2027, 4, 30, 21, 59, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-11-30", 2026)] // 2027's analysis days (September) are far off; 2026's were held: its report is the one to write
    [InlineData("2026-11-01", 2026)]
    [InlineData("2027-08-31", 2026)]
    [InlineData("2027-09-01", 2027)] // stop 10 of 2027 opens
    [InlineData("2027-10-31", 2027)]
    [InlineData("2027-11-01", 2027)] // the new wheel year 2028 has begun; 2027's report is still the one
    public void The_report_year_is_the_last_whose_report_stop_has_opened(string today, int expected) =>
        Assert.Equal(expected, OrganisationWheel.From(WheelTemplates.Vetlanda, 2026).ReportYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2027-10-31", 2026)] // Nordmaling's last room (November–December) of 2027 has not opened
    [InlineData("2027-11-01", 2027)]
    [InlineData("2028-01-15", 2027)]
    public void The_report_year_follows_the_wheels_own_report_stop(string today, int expected) =>
        Assert.Equal(expected, OrganisationWheel.From(WheelTemplates.Nordmaling, 2026).ReportYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_wheel_without_a_report_stop_reports_the_current_year()
    {
        var stops = WheelTemplates.Vetlanda.Stops.Select(s => s with { ProducesQualityReport = false }).ToList();
        var wheel = new OrganisationWheel([new WheelVersion(2026, "egen", stops)]);

        Assert.Equal(2027, wheel.ReportYear(new DateOnly(2026, 11, 30)));
    }
}
