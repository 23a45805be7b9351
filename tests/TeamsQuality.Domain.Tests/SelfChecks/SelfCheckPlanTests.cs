using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.SelfChecks;

/// <summary>A unit's self-check plan: who keeps it, what a control point must say, starting a year, and its history.</summary>
public sealed class SelfCheckPlanTests
{
    private static readonly TenantId Tenant = new("11111111-2222-3333-4444-555555555555");

    /// <summary>Monday 23 November 2026, 09:00 in Sweden.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static Organisation Sample(Substitute? substitute = null) => new(
        Tenant,
        "Exempelby kommun",
        [
            new Unit("hemtjanst", "Hemtjänsten", "anna", null, substitute),
            new Unit("ifo", "IFO Barn och unga", "karin", null),
            new Unit("nyenhet", "Ny enhet", null, null),
        ],
        [
            new Person("anna", "Anna Berg", Role.Enhetschef, "hemtjanst"),
            new Person("erik", "Erik Lund", Role.Medarbetare, "hemtjanst"),
            new Person("fatima", "Fatima Hassan", Role.Medarbetare, "hemtjanst"),
            new Person("karin", "Karin Holm", Role.Enhetschef, "ifo"),
            new Person("oskar", "Oskar Nilsson", Role.Medarbetare, "ifo"),
            new Person("eva", "Eva Sundberg", Role.BitradandeSocialchef, null),
            new Person("johan", "Johan Ek", Role.Verksamhetsutvecklare, null),
        ]);

    private static readonly Organisation Org = Sample();

    private static Person P(string id) => Org.FindPerson(id)!;

    private static ControlPointDraft Draft(
        string? what = "Genomförandeplaner är aktuella",
        QualityPerspective? perspective = QualityPerspective.Processkvalitet,
        ControlMethod? method = ControlMethod.Checklista,
        CheckFrequency? frequency = CheckFrequency.Kvartalsvis,
        int[]? months = null,
        string? responsible = "erik",
        string? instructions = "Gå igenom planerna i Lifecare.",
        int? sample = null) =>
        new(what, perspective, method, frequency, months ?? [], responsible, instructions, sample);

    private static SelfCheckPlan Plan(string unit = "hemtjanst", int year = 2027) => SelfCheckPlan.Empty(Tenant, unit, year);

    private static IReadOnlyList<Refusal> Refused(Action act) => Assert.Throws<RuleException>(act).Refusals;

    [Fact]
    public void The_manager_adds_a_point_with_every_field_and_the_history_says_who_and_what()
    {
        var plan = Plan();

        var point = plan.Add("kp-1", Draft(), Org, P("anna"), Now);

        Assert.Equal("Genomförandeplaner är aktuella", point.What);
        Assert.Equal(QualityPerspective.Processkvalitet, point.Perspective);
        Assert.Equal(CheckFrequency.Kvartalsvis, point.Frequency);
        Assert.Equal(("erik", "Erik Lund"), (point.ResponsibleId, point.ResponsibleName));
        Assert.Equal("Gå igenom planerna i Lifecare.", point.Instructions);
        Assert.Equal([point], plan.Points);
        var change = Assert.Single(plan.History);
        Assert.Equal((SelfCheckPlanChangeKind.PointAdded, "anna", "Anna Berg", "kp-1", "Genomförandeplaner är aktuella", Now),
            (change.Kind, change.PersonId, change.PersonName, change.PointId, change.PointWhat, change.At));
    }

    [Theory]
    [InlineData("anna", true)]
    [InlineData("johan", true)]
    [InlineData("erik", false)]
    [InlineData("karin", false)]
    [InlineData("eva", false)]
    public void The_manager_and_the_quality_developers_keep_the_plan_staff_other_managers_and_the_deputy_director_do_not(string who, bool may)
    {
        var plan = Plan();

        if (may)
        {
            plan.Add("kp-1", Draft(), Org, P(who), Now);
            Assert.Single(plan.Points);
        }
        else
        {
            Assert.Contains(new Refusal(RefusalReason.NotAllowed), Refused(() => plan.Add("kp-1", Draft(), Org, P(who), Now)));
            Assert.Empty(plan.Points);
            Assert.Empty(plan.History);
        }
    }

    [Fact]
    public void The_managers_substitute_keeps_the_plan_only_while_the_period_is_on()
    {
        var substitute = new Substitute("fatima", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 11), "anna", Now);
        var organisation = Sample(substitute);
        var fatima = organisation.FindPerson("fatima")!;
        var unit = organisation.FindUnit("hemtjanst")!;

        Assert.False(SelfCheckPlan.CanKeep(fatima, unit, Now));
        Assert.True(SelfCheckPlan.CanKeep(fatima, unit, Now.AddDays(8)));
        Assert.False(SelfCheckPlan.CanKeep(fatima, unit, Now.AddDays(20)));

        var plan = Plan();
        plan.Add("kp-1", Draft(), organisation, fatima, Now.AddDays(8));
        Assert.Equal("Fatima Hassan", plan.History.Single().PersonName);
    }

    [Fact]
    public void Everyone_who_works_with_the_unit_may_read_the_plan()
    {
        var unit = Org.FindUnit("hemtjanst")!;
        Assert.True(SelfCheckPlan.CanSee(P("erik"), unit));
        Assert.True(SelfCheckPlan.CanSee(P("eva"), unit));
        Assert.False(SelfCheckPlan.CanSee(P("oskar"), unit));
    }

    [Fact]
    public void Every_field_is_refused_at_once_each_under_its_own_field()
    {
        var refusals = Refused(() => Plan().Add("kp-1", new ControlPointDraft(" ", null, null, null, [], "oskar", "Ring 19121212-1212 om det", 20), Org, P("anna"), Now));

        Assert.Equal(
            new[]
            {
                new Refusal(RefusalReason.Required, Field.ControlWhat),
                new Refusal(RefusalReason.Required, Field.ControlPerspective),
                new Refusal(RefusalReason.Required, Field.ControlMethod),
                new Refusal(RefusalReason.Required, Field.ControlFrequency),
                new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ControlInstructions),
                new Refusal(RefusalReason.Invalid, Field.ControlSampleSize),
                new Refusal(RefusalReason.NotInUnit, Field.ControlResponsible),
            },
            refusals);
    }

    [Fact]
    public void A_personnummer_in_what_is_checked_is_refused()
    {
        Assert.Equal(
            [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ControlWhat)],
            Refused(() => Plan().Add("kp-1", Draft(what: "Kontrollera 19121212-1212"), Org, P("anna"), Now)));
    }

    [Theory]
    [InlineData(CheckFrequency.Arsvis, new int[0], RefusalReason.Required)]
    [InlineData(CheckFrequency.Arsvis, new[] { 3, 9 }, RefusalReason.Invalid)]
    [InlineData(CheckFrequency.ValdaManader, new int[0], RefusalReason.Required)]
    [InlineData(CheckFrequency.ValdaManader, new[] { 3, 13 }, RefusalReason.Invalid)]
    [InlineData(CheckFrequency.Manadsvis, new[] { 3 }, RefusalReason.Invalid)]
    [InlineData(CheckFrequency.Kvartalsvis, new[] { 0 }, RefusalReason.Invalid)]
    public void The_months_must_fit_the_frequency(CheckFrequency frequency, int[] months, RefusalReason reason)
    {
        Assert.Equal([new Refusal(reason, Field.ControlMonths)], Refused(() => Plan().Add("kp-1", Draft(frequency: frequency, months: months), Org, P("anna"), Now)));
    }

    [Fact]
    public void Chosen_months_are_kept_in_order_once_each_and_a_yearly_check_takes_its_one_month()
    {
        var plan = Plan();
        Assert.Equal([3, 9], plan.Add("kp-1", Draft(frequency: CheckFrequency.ValdaManader, months: [9, 3, 9]), Org, P("anna"), Now).Months);
        Assert.Equal([10], plan.Add("kp-2", Draft(frequency: CheckFrequency.Arsvis, months: [10]), Org, P("anna"), Now).Months);
    }

    [Theory]
    [InlineData(null, RefusalReason.Required)]
    [InlineData(0, RefusalReason.Invalid)]
    [InlineData(501, RefusalReason.Invalid)]
    public void A_file_review_needs_a_sample_of_1_to_500(int? sample, RefusalReason reason)
    {
        Assert.Equal(
            [new Refusal(reason, Field.ControlSampleSize)],
            Refused(() => Plan().Add("kp-1", Draft(method: ControlMethod.Aktgranskning, sample: sample), Org, P("anna"), Now)));
    }

    [Fact]
    public void A_file_review_keeps_its_sample_size()
    {
        var point = Plan().Add("kp-1", Draft(method: ControlMethod.Aktgranskning, sample: 500), Org, P("anna"), Now);
        Assert.Equal(500, point.SampleSize);
        Assert.True(point.IsSampleCheck);
    }

    [Fact]
    public void No_responsible_means_the_manager_but_a_unit_without_one_must_name_someone()
    {
        var point = Plan().Add("kp-1", Draft(responsible: null), Org, P("anna"), Now);
        Assert.Null(point.ResponsibleId);

        Assert.Equal(
            [new Refusal(RefusalReason.Required, Field.ControlResponsible)],
            Refused(() => Plan("nyenhet").Add("kp-1", Draft(responsible: null), Org, P("johan"), Now)));
    }

    [Fact]
    public void The_responsible_person_is_one_of_the_units_own_the_manager_included_not_someone_above_the_units()
    {
        Assert.Equal("Anna Berg", Plan().Add("kp-1", Draft(responsible: "anna"), Org, P("anna"), Now).ResponsibleName);
        Assert.Equal(
            [new Refusal(RefusalReason.NotInUnit, Field.ControlResponsible)],
            Refused(() => Plan().Add("kp-1", Draft(responsible: "johan"), Org, P("anna"), Now)));
        Assert.Equal(
            [new Refusal(RefusalReason.NotInUnit, Field.ControlResponsible)],
            Refused(() => Plan().Add("kp-1", Draft(responsible: "nobody"), Org, P("anna"), Now)));
    }

    [Fact]
    public void A_change_keeps_the_points_id_and_the_history_what_it_was()
    {
        var plan = Plan();
        plan.Add("kp-1", Draft(), Org, P("anna"), Now);

        var changed = plan.Change("kp-1", Draft(what: "Genomförandeplaner följs upp", frequency: CheckFrequency.Manadsvis, responsible: "fatima"), Org, P("johan"), Now.AddDays(1));

        Assert.Equal("kp-1", changed.Id);
        Assert.Equal(("Genomförandeplaner följs upp", CheckFrequency.Manadsvis, "Fatima Hassan"), (changed.What, changed.Frequency, changed.ResponsibleName));
        Assert.Equal([changed], plan.Points);
        var change = plan.History[^1];
        Assert.Equal((SelfCheckPlanChangeKind.PointChanged, "Johan Ek", "Genomförandeplaner följs upp"), (change.Kind, change.PersonName, change.PointWhat));
        Assert.Contains("Genomförandeplaner är aktuella", change.Detail);
        Assert.Contains("Erik Lund", change.Detail);
    }

    [Fact]
    public void A_change_that_changes_nothing_adds_no_history_and_a_refused_change_leaves_the_point_as_it_was()
    {
        var plan = Plan();
        var point = plan.Add("kp-1", Draft(frequency: CheckFrequency.ValdaManader, months: [3, 9]), Org, P("anna"), Now);

        plan.Change("kp-1", Draft(frequency: CheckFrequency.ValdaManader, months: [9, 3]), Org, P("anna"), Now);
        Assert.Single(plan.History);

        Refused(() => plan.Change("kp-1", Draft(what: ""), Org, P("anna"), Now));
        Refused(() => plan.Change("kp-1", Draft(what: "Annat"), Org, P("erik"), Now));
        Assert.Equal([point], plan.Points);
        Assert.Equal([new Refusal(RefusalReason.NotFound)], Refused(() => plan.Change("kp-9", Draft(), Org, P("anna"), Now)));
    }

    [Fact]
    public void A_removed_point_stays_in_the_history_with_the_reason()
    {
        var plan = Plan();
        plan.Add("kp-1", Draft(), Org, P("anna"), Now);

        Assert.Contains(new Refusal(RefusalReason.NotAllowed), Refused(() => plan.Remove("kp-1", null, Org, P("erik"), Now)));
        Assert.Equal(
            [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ControlRemovalReason)],
            Refused(() => plan.Remove("kp-1", "Gäller 19121212-1212", Org, P("anna"), Now)));

        plan.Remove("kp-1", " Ersatt av brukarundersökningen ", Org, P("anna"), Now);

        Assert.Empty(plan.Points);
        var removed = plan.History[^1];
        Assert.Equal((SelfCheckPlanChangeKind.PointRemoved, "kp-1", "Genomförandeplaner är aktuella", "Ersatt av brukarundersökningen"),
            (removed.Kind, removed.PointId, removed.PointWhat, removed.Detail));
        Assert.Equal([new Refusal(RefusalReason.NotFound)], Refused(() => plan.Remove("kp-1", null, Org, P("anna"), Now)));
    }

    [Fact]
    public void Last_years_plan_is_copied_with_the_same_ids_keeping_the_responsible_still_in_the_unit()
    {
        var lastYear = Plan(year: 2026);
        lastYear.Add("kp-1", Draft(responsible: "erik"), Org, P("anna"), Now);
        lastYear.Add("kp-2", Draft(what: "Brukarundersökning", responsible: "fatima"), Org, P("anna"), Now);

        // Fatima has moved to IFO since.
        var now = Org.With(people: [new Person("fatima", "Fatima Hassan", Role.Medarbetare, "ifo")]);
        var plan = Plan(year: 2027);
        plan.StartFrom(lastYear, now, now.FindPerson("anna")!, Now);

        Assert.Equal(["kp-1", "kp-2"], plan.Points.Select(p => p.Id));
        Assert.Equal(("erik", "Erik Lund"), (plan.Points[0].ResponsibleId, plan.Points[0].ResponsibleName));
        Assert.Equal((null, null), (plan.Points[1].ResponsibleId, plan.Points[1].ResponsibleName));
        var started = Assert.Single(plan.History);
        Assert.Equal((SelfCheckPlanChangeKind.StartedFromEarlierYear, "2026"), (started.Kind, started.Detail));
    }

    [Fact]
    public void Only_an_empty_plan_starts_from_last_year_or_a_template_and_only_from_its_own_units_earlier_year()
    {
        var template = new SelfCheckTemplate("hemtjanst", "Hemtjänst", [new ControlPoint("t-1", "Larm testas", QualityPerspective.Strukturkvalitet, ControlMethod.Checklista, CheckFrequency.Manadsvis, [], "erik", "Erik Lund", null, null)]);
        var plan = Plan();
        plan.Add("kp-1", Draft(), Org, P("anna"), Now);

        Assert.Equal([new Refusal(RefusalReason.WrongState)], Refused(() => plan.StartFrom(template, Org, P("anna"), Now)));
        Assert.Equal([new Refusal(RefusalReason.NotAllowed)], Refused(() => Plan().StartFrom(template, Org, P("erik"), Now)));
        Assert.Equal([new Refusal(RefusalReason.NotFound)], Refused(() => Plan().StartFrom(Plan(year: 2026), Org, P("anna"), Now)));
        Assert.Throws<InvalidOperationException>(() => Plan().StartFrom(Plan("ifo", 2026), Org, P("anna"), Now));
        Assert.Throws<InvalidOperationException>(() => Plan(year: 2026).StartFrom(Plan(year: 2027), Org, P("anna"), Now));
    }

    [Fact]
    public void A_template_gives_its_points_to_be_done_by_the_manager_until_changed()
    {
        var template = new SelfCheckTemplate("hemtjanst", "Hemtjänst", [new ControlPoint("t-1", "Larm testas", QualityPerspective.Strukturkvalitet, ControlMethod.Checklista, CheckFrequency.Manadsvis, [], "erik", "Erik Lund", null, null)]);
        var plan = Plan();

        plan.StartFrom(template, Org, P("johan"), Now);

        var point = Assert.Single(plan.Points);
        Assert.Equal(("t-1", "Larm testas", null, null), (point.Id, point.What, point.ResponsibleId, point.ResponsibleName));
        Assert.Equal((SelfCheckPlanChangeKind.StartedFromTemplate, "Hemtjänst", "Johan Ek"), (plan.History[0].Kind, plan.History[0].Detail, plan.History[0].PersonName));
    }

    [Fact]
    public void A_past_years_plan_is_kept_as_it_was()
    {
        var lastYear = Plan(year: 2025);

        Assert.Equal([new Refusal(RefusalReason.AlreadyFinished)], Refused(() => lastYear.Add("kp-1", Draft(), Org, P("anna"), Now)));
        Assert.True(lastYear.IsClosed(Now));
        Assert.False(Plan(year: 2026).IsClosed(Now));
    }

    [Fact]
    public void A_full_plan_takes_no_more_points()
    {
        var plan = Plan();
        for (var i = 0; i < SelfCheckPlan.MostPoints; i++)
        {
            plan.Add($"kp-{i}", Draft(), Org, P("anna"), Now);
        }

        Assert.Equal([new Refusal(RefusalReason.TooLong)], Refused(() => plan.Add("kp-x", Draft(), Org, P("anna"), Now)));
    }

    [Fact]
    public void What_is_new_since_the_plan_was_read_is_what_storage_writes()
    {
        var stored = new ControlPoint("kp-1", "Larm testas", QualityPerspective.Strukturkvalitet, ControlMethod.Checklista, CheckFrequency.Manadsvis, [], null, null, null, null);
        var plan = new SelfCheckPlan(Tenant, "hemtjanst", 2027, [stored], [new SelfCheckPlanChange(Now, "anna", "Anna Berg", SelfCheckPlanChangeKind.PointAdded, "kp-1", "Larm testas", null)], "rev-1");

        plan.Add("kp-2", Draft(), Org, P("anna"), Now);
        plan.Add("kp-3", Draft(), Org, P("anna"), Now);
        plan.Remove("kp-3", null, Org, P("anna"), Now);
        plan.Remove("kp-1", null, Org, P("anna"), Now);

        Assert.Equal(["kp-2"], plan.TouchedPoints.Select(p => p.Id));
        Assert.Equal(["kp-1"], plan.RemovedPointIds);
        Assert.Equal(4, plan.NewChanges.Count());

        plan.Stored("rev-2");
        Assert.Equal(("rev-2", 5), (plan.Revision, plan.StoredHistoryCount));
        Assert.Empty(plan.TouchedPoints);
        Assert.Empty(plan.RemovedPointIds);
        Assert.Empty(plan.NewChanges);
    }
}
