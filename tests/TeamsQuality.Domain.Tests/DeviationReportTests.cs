using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Tests;

public sealed class DeviationReportTests
{
    private static readonly TenantId Tenant = new("tenant-1");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Unit Hemtjansten = new("hemtjanst", "Hemtjänsten", "anna", null);
    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Fatima = new("fatima", "Fatima Hassan", Role.Medarbetare, "hemtjanst");
    private static readonly Person Karin = new("karin", "Karin Holm", Role.Enhetschef, "ifo");
    private static readonly Person Eva = new("eva", "Eva Sundberg", Role.BitradandeSocialchef, null);
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
    private static readonly Person Lars = new("lars", "Lars Wikström", Role.Socialchef, null);

    private static DeviationReport LexSarah() => DeviationReport.File(
        Tenant,
        new DeviationReference("LS", 2026, 1),
        new DeviationFiling(DeviationKind.Missforhallande, "hemtjanst", "Insatsen uteblev i tre dagar.", Now.AddDays(-1), "Insatsen utförd.", null),
        Erik,
        Hemtjansten,
        Now);

    [Theory]
    [InlineData("erik", true)]
    [InlineData("anna", true)]
    [InlineData("johan", true)]
    [InlineData("eva", true)]
    [InlineData("fatima", false)]
    [InlineData("karin", false)]
    [InlineData("lars", false)]
    public void A_report_is_seen_by_the_reporter_the_manager_quality_developers_and_the_deputy_director_only(string personId, bool sees)
    {
        var viewer = new[] { Erik, Anna, Johan, Eva, Fatima, Karin, Lars }.Single(p => p.Id == personId);

        Assert.Equal(sees, LexSarah().CanSee(viewer, Hemtjansten, Now));
    }

    [Fact]
    public void Filing_reports_every_problem_at_once()
    {
        var problems = DeviationReport.Check(new DeviationFiling(null, null, "  ", Now.AddDays(2), "Ring 19121212-1212", null), Now);

        Assert.Equal(
            [(Field.Kind, RefusalReason.Required), (Field.Unit, RefusalReason.Required), (Field.WhatHappened, RefusalReason.Required),
             (Field.ImmediateMeasures, RefusalReason.ContainsPersonalIdentityNumber), (Field.OccurredAt, RefusalReason.InTheFuture)],
            problems.Select(p => (p.Field, p.Reason)));
    }

    [Fact]
    public void A_serious_assessment_awaits_the_deputy_directors_IVO_decision_and_blocks_closing()
    {
        var report = LexSarah();
        report.Assess(Anna, Hemtjansten, Severity.Allvarlig, "Åtgärdat samma dag.", DeviationCategory.BristerIVerkstallighet, Now);

        Assert.True(report.AwaitsIvoDecision);
        Assert.Equal(RefusalReason.IvoDecisionMissing, Assert.Throws<RuleException>(() => report.Close(Johan, Hemtjansten, "Klart", Now)).Refusals.Single().Reason);
        Assert.Equal(RefusalReason.NotAllowed, Assert.Throws<RuleException>(() => report.DecideIvo(Anna, true, "x", Now)).Refusals.Single().Reason);

        report.DecideIvo(Eva, true, "Anmäls snarast.", Now);
        report.Close(Johan, Hemtjansten, "Utrett och åtgärdat.", Now);

        Assert.False(report.AwaitsIvoDecision);
        Assert.Equal(DeviationStatus.Avslutad, report.Status);
    }

    [Fact]
    public void A_minor_deviation_needs_no_IVO_decision()
    {
        var report = LexSarah();
        report.Assess(Anna, Hemtjansten, Severity.Mattlig, "Samtal med personalen.", null, Now);

        Assert.False(report.AwaitsIvoDecision);
    }

    [Fact]
    public void Only_the_manager_assesses_and_only_quality_developers_investigate()
    {
        var report = LexSarah();

        Assert.Throws<RuleException>(() => report.Assess(Karin, Hemtjansten, Severity.Mindre, "x", null, Now));
        Assert.Throws<RuleException>(() => report.Assess(Erik, Hemtjansten, Severity.Mindre, "x", null, Now));
        report.Assess(Anna, Hemtjansten, Severity.Mindre, "x", null, Now);
        Assert.Throws<RuleException>(() => report.Investigate(Anna, InvestigationTopic.Orsaker, "y", true, Now, "i1"));
        var entry = report.Investigate(Johan, InvestigationTopic.Orsaker, "Schemat ändrades.", isFact: true, Now, "i1");

        Assert.Equal((InvestigationTopic.Orsaker, true, "Johan Ek"), (entry.Topic, entry.IsFact, entry.AuthorName));
        Assert.Equal(DeviationStatus.UnderUtredning, report.Status);
    }

    [Fact]
    public void A_new_assessment_keeps_the_earlier_one_in_the_history()
    {
        var report = LexSarah();
        report.Assess(Anna, Hemtjansten, Severity.Mattlig, "Första bedömningen.", null, Now);
        report.Assess(Anna, Hemtjansten, Severity.Allvarlig, "Andra bedömningen.", null, Now.AddHours(1));

        Assert.Contains(report.History, h => h.Kind == DeviationChangeKind.Assessed && h.Detail!.Contains("Första bedömningen.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_actions_owner_is_one_of_the_units_people_or_its_manager()
    {
        var report = LexSarah();
        report.Assess(Anna, Hemtjansten, Severity.Mattlig, "Åtgärdat samma dag.", null, Now);

        foreach (var outsider in new[] { Karin, Johan, Eva })
        {
            var refusal = Assert.Throws<RuleException>(() => report.AddAction(Johan, Hemtjansten, "Kontroll vid schemabyte", outsider, null, Now, "a-" + outsider.Id));
            Assert.Equal((Field.ActionOwner, RefusalReason.NotInUnit), (refusal.Refusals.Single().Field, refusal.Refusals.Single().Reason));
        }

        Assert.Empty(report.ActionIds);
        Assert.DoesNotContain(report.History, h => h.Kind == DeviationChangeKind.ActionAdded);

        Assert.Equal("fatima", report.AddAction(Johan, Hemtjansten, "Kontroll vid schemabyte", Fatima, null, Now, "a1").OwnerId);
        Assert.Equal("anna", report.AddAction(Johan, Hemtjansten, "Uppföljning", Anna with { UnitId = null }, null, Now, "a2").OwnerId);
    }

    [Fact]
    public void An_action_without_a_title_and_with_an_outsider_as_owner_is_refused_for_both_at_once()
    {
        var report = LexSarah();

        var refusal = Assert.Throws<RuleException>(() => report.AddAction(Anna, Hemtjansten, " ", Karin, null, Now, "a1"));

        Assert.Equal(
            [(Field.ActionTitle, RefusalReason.Required), (Field.ActionOwner, RefusalReason.NotInUnit)],
            refusal.Refusals.Select(p => (p.Field, p.Reason)));
    }

    [Theory]
    [InlineData(99)]
    [InlineData(-1)]
    [InlineData(7)] // one past the last category
    public void A_category_that_does_not_exist_is_refused_on_assessment_and_on_filing(int value)
    {
        var report = LexSarah();

        var refusal = Assert.Throws<RuleException>(() => report.Assess(Anna, Hemtjansten, Severity.Mattlig, "Åtgärdat.", (DeviationCategory)value, Now));

        Assert.Equal((Field.Category, RefusalReason.UnknownChoice), (refusal.Refusals.Single().Field, refusal.Refusals.Single().Reason));
        Assert.Null(report.Assessment);
        Assert.Null(report.Category);
        Assert.Equal(DeviationStatus.Inkommen, report.Status);
        var filing = new DeviationFiling(DeviationKind.Avvikelse, "hemtjanst", "Dörren stod olåst.", Now.AddHours(-1), null, (DeviationCategory)value);
        Assert.Contains(DeviationReport.Check(filing, Now), p => p is { Field: Field.Category, Reason: RefusalReason.UnknownChoice });
    }

    [Fact]
    public void A_risk_names_each_field_that_is_missing_and_none_borrows_another_fields_name()
    {
        var refusal = Assert.Throws<RuleException>(() => Risk.Identify("r1", Hemtjansten, Anna, " ", null, null, null, Now));

        Assert.Equal(
            [(Field.Process, RefusalReason.Required), (Field.Description, RefusalReason.Required),
             (Field.Probability, RefusalReason.Required), (Field.Consequence, RefusalReason.Required)],
            refusal.Refusals.Select(p => (p.Field, p.Reason)));

        var withoutProbability = Assert.Throws<RuleException>(() => Risk.Identify("r1", Hemtjansten, Anna, "Verkställighet", "Insats uteblir", null, Consequence.Hog, Now));
        Assert.Equal((Field.Probability, RefusalReason.Required), (withoutProbability.Refusals.Single().Field, withoutProbability.Refusals.Single().Reason));
        var outOfScale = Assert.Throws<RuleException>(() => Risk.Identify("r1", Hemtjansten, Anna, "Verkställighet", "Insats uteblir", Probability.Stor, (Consequence)5, Now));
        Assert.Equal(Field.Consequence, outOfScale.Refusals.Single().Field);
    }

    [Fact]
    public void Statistics_are_for_managers_and_those_who_follow_all_units_and_count_their_units()
    {
        var organisation = new Organisation(Tenant, "Sjöbacka", [Hemtjansten, new Unit("ifo", "IFO", "karin", null)], [Anna, Erik, Fatima, Karin, Eva, Johan, Lars]);

        Assert.False(DeviationStatistics.IsFor(Erik));
        Assert.Empty(DeviationStatistics.UnitsCountedFor(organisation, Erik));
        Assert.Equal(["hemtjanst"], DeviationStatistics.UnitsCountedFor(organisation, Anna));
        Assert.All(new[] { Eva, Johan, Lars }, p => Assert.Equal(["hemtjanst", "ifo"], DeviationStatistics.UnitsCountedFor(organisation, p).Order()));
    }

    [Fact]
    public void References_read_as_people_write_them()
    {
        Assert.Equal("AV-2026-0042", new DeviationReference("AV", 2026, 42).ToString());
        Assert.True(DeviationReference.TryParse("ls-2026-0001", out var parsed));
        Assert.Equal(new DeviationReference("LS", 2026, 1), parsed);
        Assert.False(DeviationReference.TryParse("XX-2026-1", out _));
    }

    [Theory]
    [InlineData(1, 1, RiskLevel.Lag)]
    [InlineData(1, 3, RiskLevel.Lag)]
    [InlineData(2, 2, RiskLevel.Medium)]
    [InlineData(1, 4, RiskLevel.Medium)]
    [InlineData(2, 4, RiskLevel.Kritisk)]
    [InlineData(4, 4, RiskLevel.Kritisk)]
    public void A_risks_value_is_probability_times_consequence_and_8_up_is_critical(int probability, int consequence, RiskLevel level)
    {
        var risk = Risk.Identify("r1", Hemtjansten, Anna, "Verkställighet", "Insats uteblir vid schemabyte", (Probability)probability, (Consequence)consequence, Now);

        Assert.Equal(probability * consequence, risk.Value);
        Assert.Equal(level, risk.Level);
    }

    [Fact]
    public void Statistics_count_per_tertial_unit_kind_category_and_severity()
    {
        DeviationReport Filed(int number, DeviationKind kind, DateTimeOffset at, string unit = "hemtjanst")
        {
            var u = unit == "hemtjanst" ? Hemtjansten : new Unit(unit, unit, null, null);
            return DeviationReport.File(Tenant, new DeviationReference(kind.Prefix(), at.Year, number), new DeviationFiling(kind, unit, "Händelse", at.AddHours(-1), null, DeviationCategory.Forsummelse), Erik with { UnitId = unit }, u, at);
        }

        var assessed = Filed(3, DeviationKind.Avvikelse, new DateTimeOffset(2026, 9, 2, 9, 0, 0, TimeSpan.Zero));
        assessed.Assess(Anna, Hemtjansten, Severity.Mattlig, "x", null, Now);
        var statistics = DeviationStatistics.Of(
            [Filed(1, DeviationKind.Avvikelse, new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero)), Filed(2, DeviationKind.Klagomal, new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero), "ifo"), assessed],
            new DateOnly(2026, 1, 1),
            new DateOnly(2026, 12, 31));

        Assert.Equal(3, statistics.Total);
        Assert.Equal(1, statistics.PerTertial[new Tertial(2026, 1)]);
        Assert.Equal(1, statistics.PerTertial[new Tertial(2026, 2)]);
        Assert.Equal(1, statistics.PerTertial[new Tertial(2026, 3)]);
        Assert.Equal(2, statistics.PerUnit["hemtjanst"]);
        Assert.Equal(2, statistics.PerKind[DeviationKind.Avvikelse]);
        Assert.Equal(3, statistics.PerCategory[DeviationCategory.Forsummelse]);
        Assert.Equal(1, statistics.PerSeverity[Severity.Mattlig]);
        Assert.Equal(1, statistics.NotAssessed);
    }

    [Fact]
    public void A_risks_process_and_description_follow_the_one_free_text_rule_with_its_length_limit()
    {
        var tooLong = new string('x', FreeText.LongestText + 1);

        var refusal = Assert.Throws<RuleException>(() => Risk.Identify("r1", Hemtjansten, Anna, tooLong, "Ring 19121212-1212", Probability.Stor, Consequence.Hog, Now));

        Assert.Equal(
            [(Field.Process, RefusalReason.TooLong), (Field.Description, RefusalReason.ContainsPersonalIdentityNumber)],
            refusal.Refusals.Select(r => (r.Field, r.Reason)));
        var longest = new string('x', FreeText.LongestText);
        Assert.Equal(longest, Risk.Identify("r1", Hemtjansten, Anna, "Verkställighet", longest, Probability.Stor, Consequence.Hog, Now).Description);
    }

    [Fact]
    public void Only_the_units_manager_and_the_quality_developers_add_risks()
    {
        Assert.Equal([true, true, false, false, false], new[] { Anna, Johan, Erik, Karin, Eva }.Select(p => Risk.CanAdd(p, Hemtjansten)));

        var refusal = Assert.Throws<RuleException>(() => Risk.Identify("r1", Hemtjansten, Erik, "Verkställighet", "Insats uteblir", Probability.Stor, Consequence.Hog, Now));

        Assert.Equal((Field.Description, RefusalReason.NotAllowed), (refusal.Refusals.Single().Field, refusal.Refusals.Single().Reason));
    }

    [Fact]
    public void The_reporter_hears_when_someone_else_assesses_and_the_deputy_director_decides_on_IVO()
    {
        var organisation = new Organisation(Tenant, "Sjöbacka", [Hemtjansten], [Anna, Erik, Eva, Johan, Lars]);
        var report = LexSarah();

        Assert.Null(DeviationRecipients.OfStatusChange(organisation, report, Anna));
        report.Assess(Anna, Hemtjansten, Severity.Allvarlig, "Åtgärdat samma dag.", null, Now);
        Assert.Equal("erik", DeviationRecipients.OfStatusChange(organisation, report, Anna)?.Id);
        Assert.Null(DeviationRecipients.OfStatusChange(organisation, report, Erik));
        Assert.Null(DeviationRecipients.OfStatusChange(new Organisation(Tenant, "Sjöbacka", [Hemtjansten], [Anna]), report, Anna));

        // The director may not see report details, so never gets a card that opens one.
        Assert.Equal(["eva"], DeviationRecipients.OfIvoDecision(organisation, escalated: false).Select(p => p.Id));
        Assert.Equal(["eva", "johan"], DeviationRecipients.OfIvoDecision(organisation, escalated: true).Select(p => p.Id).Order());
    }

    [Theory]
    [InlineData(23, null, false)]
    [InlineData(24, 1, false)]
    [InlineData(47, 1, false)]
    [InlineData(48, 2, true)]
    [InlineData(73, 3, true)]
    public void A_reminder_is_due_every_interval_and_escalates_after_a_while(int hoursWaited, int? number, bool escalated)
    {
        var due = new ReminderSchedule(TimeSpan.FromHours(24), TimeSpan.FromHours(48)).Due(TimeSpan.FromHours(hoursWaited));

        Assert.Equal(number is null ? null : new Reminder(number.Value, escalated), due);
    }
}
