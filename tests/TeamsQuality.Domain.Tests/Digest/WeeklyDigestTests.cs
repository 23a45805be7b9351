using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Digest;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.Digest;

/// <summary>The weekly digest's week (ISO, the first working day), what is due and overdue on the day it goes out, and who gets which view.</summary>
public sealed class WeeklyDigestTests
{
    private static readonly TenantId Tenant = new("t");
    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Karin = new("karin", "Karin Holm", Role.Enhetschef, "barn");
    private static readonly Person Eva = new("eva", "Eva Sundberg", Role.BitradandeSocialchef, null);
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
    private static readonly Person Director = new("sol", "Sol Chef", Role.Socialchef, null);

    [Theory]
    [InlineData(2027, 3, 29, 2027, 13, 2027, 3, 29)] // Annandag påsk: week 13 starts that Monday
    [InlineData(2027, 1, 1, 2026, 53, 2026, 12, 28)] // Friday 1 January 2027 is in week 53 of 2026
    [InlineData(2026, 12, 31, 2026, 53, 2026, 12, 28)]
    [InlineData(2027, 1, 4, 2027, 1, 2027, 1, 4)]
    public void The_week_is_the_ISO_week_from_its_Monday(int y, int m, int d, int isoYear, int number, int my, int mm, int md)
    {
        var week = DigestWeek.Of(new DateOnly(y, m, d));
        Assert.Equal((isoYear, number, new DateOnly(my, mm, md)), (week.Year, week.Number, week.Monday));
        Assert.Equal($"{isoYear:D4}-W{number:D2}", week.Key);
    }

    [Fact]
    public void It_goes_out_on_the_weeks_first_working_day_and_a_missed_run_is_caught_up_later_that_week_never_on_a_holiday_or_weekend()
    {
        // Easter 2027: Annandag påsk is Monday 29 March, so the week's digest goes out on Tuesday 30 March.
        var easter = DigestWeek.Of(new DateOnly(2027, 3, 29));
        Assert.Equal(new DateOnly(2027, 3, 30), easter.FirstWorkingDay);
        Assert.False(easter.SendsOn(new DateOnly(2027, 3, 29)));
        Assert.True(easter.SendsOn(new DateOnly(2027, 3, 30)));
        Assert.True(easter.SendsOn(new DateOnly(2027, 4, 1)));
        Assert.False(easter.SendsOn(new DateOnly(2027, 4, 3)));

        // An ordinary week: Monday, and the catch-up days after it.
        var ordinary = DigestWeek.Of(new DateOnly(2027, 3, 3));
        Assert.Equal(new DateOnly(2027, 3, 1), ordinary.FirstWorkingDay);
        Assert.True(ordinary.SendsOn(new DateOnly(2027, 3, 1)));
        Assert.False(ordinary.SendsOn(new DateOnly(2027, 3, 6)));

        // Christmas week 2026: Thursday 24 to Saturday 26 are free, the Monday works.
        Assert.Equal(new DateOnly(2026, 12, 21), DigestWeek.Of(new DateOnly(2026, 12, 24)).FirstWorkingDay);
    }

    [Fact]
    public void A_stop_is_due_once_its_window_opens_by_the_weeks_end_overdue_after_its_due_date_and_gone_when_finished()
    {
        var stop = LearningStop.Plan(new StopKey(Tenant, "hemtjanst", 2027, 1), WheelTemplates.Vetlanda.Stop(1)!, startMonth: 11);
        var opensWeek = DigestWeek.Of(stop.Opens);
        Assert.Null(WeeklyDigest.Stop(stop, DigestWeek.Of(stop.Opens.AddDays(-8)), stop.Opens.AddDays(-8)));

        var due = WeeklyDigest.Stop(stop, opensWeek, opensWeek.Monday);
        Assert.Equal(new DueItem("1. " + stop.Definition.Theme, stop.DueDate, DueState.Due), due);

        var after = stop.DueDate.AddDays(3);
        Assert.Equal(DueState.Overdue, WeeklyDigest.Stop(stop, DigestWeek.Of(after), after)!.State);

        stop.Finish(Anna, new Unit("hemtjanst", "Hemtjänst", Anna.Id, null), needsAction: false, Trend.Oforandrad, null, DateTimeOffset.UnixEpoch);
        Assert.Null(WeeklyDigest.Stop(stop, DigestWeek.Of(after), after));
    }

    [Fact]
    public void A_self_check_is_due_from_when_it_opens_overdue_after_its_due_day_and_gone_with_a_result()
    {
        var point = new ControlPoint("p", "Genomförandeplaner är aktuella", QualityPerspective.Processkvalitet, ControlMethod.Checklista, CheckFrequency.ValdaManader, [3], "erik", "Erik Lund", null, null);
        DueItem? On(DateOnly day, params SelfCheckResult[] results) =>
            SelfCheckProgress.Of(point, 2027, results, day).Select(o => WeeklyDigest.SelfCheck(o, DigestWeek.Of(day), day)).OfType<DueItem>().SingleOrDefault();

        // March's check opens Monday 1 March, is due Wednesday 31 March.
        Assert.Null(On(new DateOnly(2027, 2, 22)));
        Assert.Equal(new DueItem("Genomförandeplaner är aktuella", new DateOnly(2027, 3, 31), DueState.Due), On(new DateOnly(2027, 3, 1)));
        Assert.Equal(DueState.Overdue, On(new DateOnly(2027, 4, 5))!.State);

        var done = new SelfCheckResult("u", "p", 2027, 3, point.Perspective, [new CheckEntry(CheckVerdict.Godkand, null, null, null, null, null, "erik", "Erik Lund", DateTimeOffset.UnixEpoch)]);
        Assert.Null(On(new DateOnly(2027, 4, 5), done));
    }

    [Fact]
    public void An_action_is_listed_when_due_by_the_weeks_end_overdue_after_its_date_never_when_done_or_without_date()
    {
        var monday = new DateOnly(2027, 3, 1);
        var week = DigestWeek.Of(monday);
        ImprovementAction Action(DateOnly? due) => ImprovementAction.Create(
            Tenant, "hemtjanst", Guid.NewGuid().ToString("N"), "Uppdatera rutinen för nyckelhantering", Anna.Id, Anna.Name, due,
            new ActionOrigin(ActionOriginKind.Riskanalys, "r", "Riskanalys"), Anna, DateTimeOffset.UnixEpoch);

        Assert.Equal(DueState.Due, WeeklyDigest.Action(Action(new DateOnly(2027, 3, 7)), week, monday)!.State);
        Assert.Null(WeeklyDigest.Action(Action(new DateOnly(2027, 3, 8)), week, monday));
        Assert.Equal(DueState.Overdue, WeeklyDigest.Action(Action(new DateOnly(2027, 2, 26)), week, monday)!.State);
        Assert.Null(WeeklyDigest.Action(Action(null), week, monday));

        var done = Action(new DateOnly(2027, 2, 26));
        done.Change(Anna, new Unit("hemtjanst", "Hemtjänst", Anna.Id, null), ActionStatus.Genomford, null, null, "klart", DateTimeOffset.UnixEpoch.AddDays(1));
        Assert.Null(WeeklyDigest.Action(done, week, monday));
    }

    [Fact]
    public void Managers_get_their_units_the_ersattare_too_while_on_the_deputy_director_every_unit_and_IVO_quality_developers_every_unit_without_IVO()
    {
        var now = new DateTimeOffset(2027, 3, 1, 7, 0, 0, TimeSpan.Zero);
        var substitute = new Substitute(Karin.Id, new DateOnly(2027, 2, 22), new DateOnly(2027, 3, 12), Eva.Id, now.AddDays(-10));
        var home = new Unit("hemtjanst", "Hemtjänst Norra", Anna.Id, null, substitute);
        var children = new Unit("barn", "Barn och unga", Karin.Id, null);
        var organisation = new Organisation(Tenant, "Kommunen", [home, children], [Anna, Erik, Karin, Eva, Johan, Director]);
        var week = DigestWeek.Of(SwedishTime.Day(now));
        var overdue = new DueItem("Rutin", new DateOnly(2027, 2, 20), DueState.Overdue);
        var parts = new Dictionary<string, UnitDigest>
        {
            [home.Id] = new(home, [], [], [overdue, overdue], [new DeviationReference("AV", 2027, 3)]),
            [children.Id] = new(children, [new DueItem("2. Bemötande", new DateOnly(2027, 3, 31), DueState.Due)], [], [], []),
        };
        IvoPending[] ivo = [new(new DeviationReference("LS", 2027, 1), home.Name, now.AddDays(-3))];

        var anna = WeeklyDigest.For(Anna, organisation, week, now, parts, null, ivo)!;
        Assert.Equal((DigestScope.Units, 0), (anna.Scope, anna.IvoPending.Count));
        Assert.Equal(["Hemtjänst Norra"], anna.Units.Select(u => u.Unit.Name));

        // Karin stands in for Anna: she gets both units, each with its own list.
        Assert.Equal(["Barn och unga", "Hemtjänst Norra"], WeeklyDigest.For(Karin, organisation, week, now, parts, null, ivo)!.Units.Select(u => u.Unit.Name));

        // Eva: every unit, the most overdue first, and the IVO decisions; Johan the same units without IVO.
        var eva = WeeklyDigest.For(Eva, organisation, week, now, parts, null, ivo)!;
        Assert.Equal((DigestScope.AcrossUnits, 1), (eva.Scope, eva.IvoPending.Count));
        Assert.Equal(["Hemtjänst Norra", "Barn och unga"], eva.Units.Select(u => u.Unit.Name));
        var johan = WeeklyDigest.For(Johan, organisation, week, now, parts, null, ivo)!;
        Assert.Equal((2, 0), (johan.Units.Count, johan.IvoPending.Count));

        // Staff and the director get none; nor does a manager with nothing due.
        Assert.False(WeeklyDigest.Receives(Erik, organisation, now));
        Assert.False(WeeklyDigest.Receives(Director, organisation, now));
        var empty = new Dictionary<string, UnitDigest> { [home.Id] = new(home, [], [], [], []) };
        Assert.Null(WeeklyDigest.For(Anna, organisation, week, now, empty, null, []));
    }

    [Fact]
    public void The_manager_groups_stops_go_to_its_members_only()
    {
        var now = new DateTimeOffset(2027, 3, 1, 7, 0, 0, TimeSpan.Zero);
        var home = new Unit("hemtjanst", "Hemtjänst Norra", Anna.Id, null);
        var organisation = new Organisation(Tenant, "Kommunen", [home], [Anna, Eva, Johan]);
        var group = new UnitDigest(organisation.ManagerGroup.AsHolder(), [new DueItem("7. Öppna jämförelser", new DateOnly(2027, 3, 31), DueState.Due)], [], [], []);
        var week = DigestWeek.Of(SwedishTime.Day(now));
        var none = new Dictionary<string, UnitDigest>();

        Assert.Same(group, WeeklyDigest.For(Anna, organisation, week, now, none, group, [])!.ManagerGroup);
        Assert.Same(group, WeeklyDigest.For(Eva, organisation, week, now, none, group, [])!.ManagerGroup);
        Assert.Null(WeeklyDigest.For(Johan, organisation, week, now, none, group, []));
    }
}
