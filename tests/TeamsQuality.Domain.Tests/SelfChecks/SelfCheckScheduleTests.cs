using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.SelfChecks;

/// <summary>When a control point is posted, reminded, due and overdue in a calendar year, on Swedish working days.</summary>
public sealed class SelfCheckScheduleTests
{
    private static ControlPoint Point(CheckFrequency frequency, params int[] months) =>
        new("kp-1", "Genomförandeplaner är aktuella", QualityPerspective.Processkvalitet, ControlMethod.Checklista, frequency, months, null, null, null, null);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_monthly_check_falls_due_on_the_last_working_day_of_each_month()
    {
        var occurrences = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Manadsvis), 2026);

        Assert.Equal(12, occurrences.Count);
        Assert.Equal(Enumerable.Range(1, 12), occurrences.Select(o => o.Period));

        // 28 February 2026 is a Saturday; 31 May a Sunday; 31 October a Saturday.
        Assert.Equal(D(2026, 2, 27), occurrences[1].Due);
        Assert.Equal(D(2026, 5, 29), occurrences[4].Due);
        Assert.Equal(D(2026, 10, 30), occurrences[9].Due);
        Assert.Equal("2026-02", occurrences[1].Key);
    }

    [Fact]
    public void A_monthly_check_in_December_is_due_the_30th_and_overdue_after_the_new_year_holiday_in_the_next_year()
    {
        var december = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Manadsvis), 2026)[11];

        // Nyårsafton (Thursday 31 December) is a free eve; 1 January is nyårsdagen, then a weekend.
        Assert.Equal(D(2026, 12, 30), december.Due);
        Assert.Equal(D(2026, 12, 1), december.Opens);
        Assert.Equal(D(2026, 12, 23), december.RemindOn);
        Assert.Equal(D(2027, 1, 4), december.OverdueOn);
        Assert.Equal(D(2026, 12, 31), december.Ends);
    }

    [Fact]
    public void Easter_moves_the_due_day_back_to_skartorsdagen_and_the_overdue_day_past_annandag_pask()
    {
        // 2024: Easter Sunday 31 March, so 29 March is Good Friday and 30 March påskafton (a Saturday).
        var march = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Manadsvis), 2024)[2];

        Assert.Equal(D(2024, 3, 28), march.Due);
        Assert.Equal(D(2024, 4, 2), march.OverdueOn);
    }

    [Fact]
    public void A_check_that_opens_on_new_years_day_is_posted_on_the_first_working_day_after()
    {
        // 1 January 2027 is a Friday and a holiday, then a weekend.
        var january = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Manadsvis), 2027)[0];

        Assert.Equal(D(2027, 1, 4), january.Opens);
        Assert.Equal(D(2027, 1, 29), january.Due);
    }

    [Fact]
    public void Midsummer_eve_is_not_a_working_day_for_a_june_check()
    {
        // Midsommarafton 2028 is Friday 23 June; the last day of June 2028 is a Friday and a working day.
        var june = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Arsvis, 6), 2028).Single();
        Assert.Equal(D(2028, 6, 30), june.Due);
        Assert.Equal(D(2028, 6, 22), june.RemindOn);
    }

    [Fact]
    public void Quarters_tertials_and_halves_cover_the_calendar_year()
    {
        var quarters = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Kvartalsvis), 2026);
        Assert.Equal([D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 30)], quarters.Select(o => o.Due));
        Assert.Equal([D(2026, 1, 1), D(2026, 4, 1), D(2026, 7, 1), D(2026, 10, 1)], quarters.Select(o => o.Starts));
        Assert.Equal(D(2026, 3, 2), quarters[0].Opens);

        var tertials = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Tertialvis), 2026);
        Assert.Equal([D(2026, 4, 30), D(2026, 8, 31), D(2026, 12, 30)], tertials.Select(o => o.Due));
        Assert.Equal([D(2026, 1, 1), D(2026, 5, 1), D(2026, 9, 1)], tertials.Select(o => o.Starts));

        // The first tertial ends on Thursday 30 April; 1 May is a holiday and then a weekend.
        Assert.Equal(D(2026, 5, 4), tertials[0].OverdueOn);

        var halves = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Halvarsvis), 2026);
        Assert.Equal([D(2026, 6, 30), D(2026, 12, 30)], halves.Select(o => o.Due));
        Assert.Equal([1, 2], halves.Select(o => o.Period));
    }

    [Fact]
    public void A_yearly_check_and_chosen_months_fall_in_the_months_chosen_named_by_their_month()
    {
        var yearly = SelfCheckSchedule.Occurrences(Point(CheckFrequency.Arsvis, 9), 2026).Single();
        Assert.Equal(D(2026, 9, 30), yearly.Due);
        Assert.Equal("2026-09", yearly.Key);

        var chosen = SelfCheckSchedule.Occurrences(Point(CheckFrequency.ValdaManader, 10, 3), 2026);
        Assert.Equal([3, 10], chosen.Select(o => o.Period));
        Assert.Equal([D(2026, 3, 31), D(2026, 10, 30)], chosen.Select(o => o.Due));
    }

    [Fact]
    public void The_current_occurrence_is_the_one_whose_period_holds_the_day()
    {
        var point = Point(CheckFrequency.Tertialvis);

        Assert.Equal(2, SelfCheckSchedule.Current(point, D(2026, 7, 15))!.Period);
        Assert.Null(SelfCheckSchedule.Current(Point(CheckFrequency.Arsvis, 9), D(2026, 7, 15)));
    }

    [Fact]
    public void A_point_changed_mid_year_is_scheduled_by_what_it_is_now()
    {
        var monthly = Point(CheckFrequency.Manadsvis);
        var changed = monthly with { Frequency = CheckFrequency.Kvartalsvis };

        // In May the monthly point was due at the end of May; changed to quarterly, the period is April–June.
        Assert.Equal(D(2026, 5, 29), SelfCheckSchedule.Current(monthly, D(2026, 5, 12))!.Due);
        var now = SelfCheckSchedule.Current(changed, D(2026, 5, 12))!;
        Assert.Equal(D(2026, 6, 30), now.Due);
        Assert.Equal("2026-02", now.Key);
        Assert.Equal("kp-1", now.PointId);
    }
}
