using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Tests;

/// <summary>When a tenant's people are left alone: the default 08–17 on working days, or the operator's hours for them.</summary>
public sealed class QuietHoursTests
{
    private static readonly QuietHours Evenings = new(true, new TimeOnly(7, 0), new TimeOnly(20, 0));

    private static DateTimeOffset Swedish(int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, month, day, hour, minute, 0, SwedishTime.Zone.GetUtcOffset(new DateTime(2026, month, day, hour, minute, 0))).ToUniversalTime();

    [Fact]
    public void By_default_a_notice_goes_between_eight_and_five_on_a_working_day()
    {
        Assert.True(QuietHours.Default.Allows(Swedish(11, 23, 8)));
        Assert.True(QuietHours.Default.Allows(Swedish(11, 23, 16, 59)));
        Assert.False(QuietHours.Default.Allows(Swedish(11, 23, 17)));
        Assert.False(QuietHours.Default.Allows(Swedish(11, 23, 7, 59)));
        Assert.False(QuietHours.Default.Allows(Swedish(11, 28, 10))); // Saturday
    }

    [Fact]
    public void A_tenants_own_hours_let_a_notice_go_in_its_evening_and_hold_it_in_its_night()
    {
        Assert.True(Evenings.Allows(Swedish(11, 23, 19, 30)));
        Assert.True(Evenings.Allows(Swedish(11, 23, 7)));
        Assert.False(Evenings.Allows(Swedish(11, 23, 20)));
        Assert.Equal(Swedish(11, 24, 7), Evenings.NextAllowed(Swedish(11, 23, 21)));
        Assert.Equal(Swedish(11, 24, 8), QuietHours.Default.NextAllowed(Swedish(11, 23, 18)));
    }

    [Fact]
    public void After_Fridays_working_day_a_notice_waits_for_Monday_morning_in_summer_time_too()
    {
        Assert.Equal(Swedish(6, 8, 7), Evenings.NextAllowed(Swedish(6, 5, 20, 30)));
        Assert.Equal(Swedish(6, 8, 8), QuietHours.Default.NextAllowed(Swedish(6, 6, 12)));
    }

    [Fact]
    public void Quiet_hours_off_let_everything_go_at_once()
    {
        var off = QuietHours.Default with { On = false };
        var sundayNight = Swedish(11, 29, 23);

        Assert.True(off.Allows(sundayNight));
        Assert.Equal(sundayNight, off.NextAllowed(sundayNight));
    }

    [Fact]
    public void A_working_day_that_ends_before_it_starts_is_a_problem()
    {
        Assert.Null(Evenings.Problem());
        Assert.NotNull(new QuietHours(true, new TimeOnly(17, 0), new TimeOnly(8, 0)).Problem());
        Assert.NotNull(new QuietHours(true, new TimeOnly(8, 0), new TimeOnly(8, 0)).Problem());
    }
}
