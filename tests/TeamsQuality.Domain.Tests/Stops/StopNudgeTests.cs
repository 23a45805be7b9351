using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.Stops;

public sealed class StopNudgeTests
{
    private static LearningStop Stop(int number) =>
        LearningStop.Plan(new StopKey(new TenantId("t"), "u", 2027, number), WheelTemplates.Vetlanda.Stop(number)!, 11);

    [Fact]
    public void A_stop_planned_before_its_month_is_posted_when_the_month_opens_reminded_a_week_before_it_ends_and_flagged_after()
    {
        var processer = Stop(3); // January 2027

        var events = StopNudges.Plan(processer, new DateOnly(2026, 11, 10));

        Assert.Equal(
            [(StopEventKind.Due, new DateOnly(2027, 1, 1)), (StopEventKind.Reminder, new DateOnly(2027, 1, 24)), (StopEventKind.Overdue, new DateOnly(2027, 2, 1))],
            events.Select(e => (e.Kind, e.On)));
    }

    [Fact]
    public void A_stop_whose_month_has_begun_is_posted_today()
    {
        var samverkan = Stop(1); // November 2026

        var events = StopNudges.Plan(samverkan, new DateOnly(2026, 11, 22));

        Assert.Equal(new DateOnly(2026, 11, 22), events.Single(e => e.Kind == StopEventKind.Due).On);
        Assert.Equal(new DateOnly(2026, 11, 23), events.Single(e => e.Kind == StopEventKind.Reminder).On);
    }

    [Fact]
    public void A_stop_already_past_its_due_date_gets_no_nudges() =>
        Assert.Empty(StopNudges.Plan(Stop(1), new DateOnly(2026, 12, 5)));

    [Theory]
    [InlineData(StopEventKind.Due, StopStatus.EjPaborjad, true)]
    [InlineData(StopEventKind.Due, StopStatus.Klar, false)]
    [InlineData(StopEventKind.Reminder, StopStatus.EjPaborjad, true)]
    [InlineData(StopEventKind.Reminder, StopStatus.Paborjad, false)]
    [InlineData(StopEventKind.Overdue, StopStatus.Paborjad, true)]
    [InlineData(StopEventKind.Overdue, StopStatus.Klar, false)]
    public void A_nudge_is_only_sent_while_it_still_applies(StopEventKind kind, StopStatus status, bool wanted) =>
        Assert.Equal(wanted, StopNudges.StillWanted(kind, status));

    [Theory]
    [InlineData("2026-11-23T08:00:00+01:00", true)]
    [InlineData("2026-11-23T16:59:00+01:00", true)]
    [InlineData("2026-11-23T07:59:00+01:00", false)]
    [InlineData("2026-11-23T17:00:00+01:00", false)]
    [InlineData("2026-11-22T10:00:00+01:00", false)]
    [InlineData("2026-11-21T10:00:00+01:00", false)]
    public void Nudges_are_sent_on_working_days_between_8_and_17_only(string swedishTime, bool allowed) =>
        Assert.Equal(allowed, WorkingDays.IsWithinWorkingHours(DateTimeOffset.Parse(swedishTime, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-23T10:00:00+01:00", "2026-11-23T10:00:00+01:00")] // within working hours: now
    [InlineData("2026-11-23T06:30:00+01:00", "2026-11-23T08:00:00+01:00")] // early morning: at eight
    [InlineData("2026-11-23T22:00:00+01:00", "2026-11-24T08:00:00+01:00")] // evening: next morning
    [InlineData("2026-11-27T17:00:00+01:00", "2026-11-30T08:00:00+01:00")] // Friday after five: Monday
    [InlineData("2026-11-22T10:00:00+01:00", "2026-11-23T08:00:00+01:00")] // Sunday: Monday
    [InlineData("2027-03-27T20:00:00+01:00", "2027-03-30T08:00:00+02:00")] // over the change to summer time and Easter (Monday the 29th is Annandag påsk)
    [InlineData("2026-12-23T17:30:00+01:00", "2026-12-28T08:00:00+01:00")] // the eve of Christmas, Christmas and Boxing Day, then a weekend
    public void A_message_that_waits_for_working_hours_goes_at_the_next_working_hour(string swedishTime, string expected) =>
        Assert.Equal(
            DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            WorkingDays.NextWorkingTime(DateTimeOffset.Parse(swedishTime, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_wheel_change_applies_from_next_year_and_leaves_this_year_as_it_was()
    {
        var wheel = OrganisationWheel.From(WheelTemplates.Vetlanda, 2027);
        var shorter = WheelTemplates.Vetlanda.Stops.Take(5).ToList();

        wheel.Change(shorter, currentYear: 2027, "vetlanda-tryggve-edited");

        Assert.Equal(10, wheel.For(2027).Stops.Count);
        Assert.Equal(5, wheel.For(2028).Stops.Count);
        Assert.Equal(5, wheel.For(2030).Stops.Count);
    }

    [Fact]
    public void The_Vetlanda_wheel_year_starts_in_November()
    {
        var wheel = OrganisationWheel.From(WheelTemplates.Vetlanda, 2027);

        Assert.Equal(2027, wheel.YearOf(new DateOnly(2026, 11, 22)));
        Assert.Equal(2027, wheel.YearOf(new DateOnly(2027, 10, 31)));
        Assert.Equal(2028, wheel.YearOf(new DateOnly(2027, 11, 1)));
    }
}
