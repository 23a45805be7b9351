using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Tests.Risks;

/// <summary>
/// The risk register's rules: who may assess a risk again and with what, the history that keeps every assessment, a
/// risk marked no longer current (kept, never deleted), the register's order and this year's summary per level.
/// </summary>
public sealed class RiskTests
{
    private static readonly TenantId Tenant = new("tenant");
    private static readonly Unit Hemtjansten = new("hemtjanst", "Hemtjänsten", "anna", null);
    private static readonly Unit Ifo = new("ifo", "IFO", "karin", null);
    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Karin = new("karin", "Karin Holm", Role.Enhetschef, "ifo");
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
    private static readonly Person Eva = new("eva", "Eva Sundberg", Role.BitradandeSocialchef, null);

    /// <summary>10 March 2026, 09:00 Swedish time.</summary>
    private static readonly DateTimeOffset March = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static Risk Alarm(DateTimeOffset? at = null) =>
        Risk.Identify("r1", Hemtjansten, Anna, "Verkställighet", "Larm besvaras inte nattetid.", Probability.Stor, Consequence.Hog, at ?? March);

    // ---- Assessing again ----

    [Theory]
    [InlineData("anna")] // the unit's manager
    [InlineData("johan")] // a quality developer
    public void The_manager_or_a_quality_developer_assesses_a_risk_again_and_the_history_keeps_from_and_to_with_who_when_and_why(string who)
    {
        var by = who == "anna" ? Anna : Johan;
        var risk = Alarm();
        var later = March.AddDays(30);

        risk.Reassess(by, Hemtjansten, Probability.Liten, Consequence.Hog, "  Ny larmmottagare i varje nattbil.  ", risk.Revision, later);

        Assert.Equal((Probability.Liten, Consequence.Hog, 8, RiskLevel.Kritisk), (risk.Probability, risk.Consequence, risk.Value, risk.Level));
        Assert.Equal(later, risk.AssessedAt);
        var change = risk.History[^1];
        Assert.Equal((RiskChangeKind.Omvarderad, by.Id, by.Name, later), (change.Kind, change.PersonId, change.PersonName, change.At));
        Assert.Equal(new RiskAssessment(Probability.Stor, Consequence.Hog), change.From);
        Assert.Equal(new RiskAssessment(Probability.Liten, Consequence.Hog), change.To);
        Assert.Equal("Ny larmmottagare i varje nattbil.", change.Comment);

        // The first assessment is still there, as it was.
        Assert.Equal(new RiskAssessment(Probability.Stor, Consequence.Hog), risk.History[0].To);
        Assert.Equal(2, risk.Revision);
    }

    [Fact]
    public void The_same_values_again_is_a_review_that_is_kept_and_counts_as_this_years_assessment()
    {
        var risk = Alarm(new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero));

        risk.Reassess(Anna, Hemtjansten, Probability.Stor, Consequence.Hog, "Granskad på hållplats 4: oförändrad.", risk.Revision, March);

        Assert.Equal(risk.History[^1].From, risk.History[^1].To);
        Assert.Equal(new RiskAssessment(Probability.Stor, Consequence.Hog), risk.LastAssessmentIn(2026));
    }

    [Theory]
    [InlineData("erik")] // staff of the unit
    [InlineData("karin")] // another unit's manager
    [InlineData("eva")] // follows every unit, manages none
    public void Anyone_else_is_refused_and_nothing_changes(string who)
    {
        var by = who switch { "erik" => Erik, "karin" => Karin, _ => Eva };
        var risk = Alarm();

        var refused = Assert.Throws<RuleException>(() => risk.Reassess(by, Hemtjansten, Probability.Liten, Consequence.Mindre, "Bättre nu.", risk.Revision, March.AddDays(1)));

        Assert.Equal([new Refusal(RefusalReason.NotAllowed, Field.None)], refused.Refusals);
        Assert.Equal((12, 1), (risk.Value, risk.History.Count));
    }

    [Fact]
    public void A_reassessment_needs_a_probability_a_consequence_and_a_motivation_and_names_each_field()
    {
        var risk = Alarm();

        var refused = Assert.Throws<RuleException>(() => risk.Reassess(Anna, Hemtjansten, null, (Consequence)9, "  ", risk.Revision, March.AddDays(1)));

        Assert.Equal(
            [new Refusal(RefusalReason.Required, Field.Probability), new Refusal(RefusalReason.Required, Field.Consequence), new Refusal(RefusalReason.Required, Field.RiskComment)],
            refused.Refusals);
        Assert.Equal(1, risk.Revision);
    }

    [Fact]
    public void A_motivation_with_a_personnummer_is_refused()
    {
        var risk = Alarm();

        var refused = Assert.Throws<RuleException>(() => risk.Reassess(Anna, Hemtjansten, Probability.Liten, Consequence.Hog, "Gäller brukaren 19121212-1212.", risk.Revision, March.AddDays(1)));

        Assert.Equal([new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.RiskComment)], refused.Refusals);
        Assert.Equal(12, risk.Value);
    }

    [Fact]
    public void A_reassessment_made_on_an_older_card_is_refused_rather_than_saved_over_the_newer_assessment()
    {
        var risk = Alarm();
        var seen = risk.Revision;
        risk.Reassess(Johan, Hemtjansten, Probability.MycketStor, Consequence.Hog, "Två larm missades.", seen, March.AddDays(1));

        var refused = Assert.Throws<RuleException>(() => risk.Reassess(Anna, Hemtjansten, Probability.Liten, Consequence.Hog, "Bättre nu.", seen, March.AddDays(2)));

        Assert.Equal(RefusalReason.ChangedMeanwhile, Assert.Single(refused.Refusals).Reason);
        Assert.Equal(16, risk.Value);
    }

    [Fact]
    public void A_risk_of_another_unit_cannot_be_changed_through_this_units_manager()
    {
        var risk = Alarm();

        Assert.Throws<RuleException>(() => risk.Reassess(Karin, Ifo, Probability.Liten, Consequence.Hog, "Bättre.", risk.Revision, March.AddDays(1)));
    }

    // ---- No longer current ----

    [Fact]
    public void A_risk_marked_no_longer_current_is_kept_with_its_reason_and_can_neither_be_assessed_nor_get_actions()
    {
        var risk = Alarm();

        risk.Close(Anna, Hemtjansten, RiskState.Atgardad, "Nya mottagare i alla nattbilar.", risk.Revision, March.AddDays(60));

        Assert.Equal((RiskState.Atgardad, "Nya mottagare i alla nattbilar.", false), (risk.State, risk.ClosingReason, risk.IsCurrent));
        Assert.Equal((RiskChangeKind.Avslutad, RiskState.Atgardad), (risk.History[^1].Kind, risk.History[^1].State));
        Assert.Equal(RefusalReason.WrongState, Assert.Single(Assert.Throws<RuleException>(() => risk.Reassess(Anna, Hemtjansten, Probability.Liten, Consequence.Mindre, "x", risk.Revision, March.AddDays(61))).Refusals).Reason);
        Assert.Equal(RefusalReason.WrongState, Assert.Single(Assert.Throws<RuleException>(() => risk.RequireActionable(Anna, Hemtjansten)).Refusals).Reason);
    }

    [Fact]
    public void Closing_needs_åtgärdad_or_inaktuell_and_a_reason()
    {
        var risk = Alarm();

        var refused = Assert.Throws<RuleException>(() => risk.Close(Anna, Hemtjansten, RiskState.Aktuell, null, risk.Revision, March.AddDays(1)));

        Assert.Equal([new Refusal(RefusalReason.Required, Field.RiskState), new Refusal(RefusalReason.Required, Field.RiskClosing)], refused.Refusals);
        Assert.True(risk.IsCurrent);
        Assert.Throws<RuleException>(() => risk.Close(Erik, Hemtjansten, RiskState.Inaktuell, "Inte aktuell.", risk.Revision, March.AddDays(1)));
    }

    [Fact]
    public void Only_the_manager_or_a_quality_developer_plans_actions_against_a_risk()
    {
        var risk = Alarm();

        risk.RequireActionable(Anna, Hemtjansten);
        risk.RequireActionable(Johan, Hemtjansten);
        Assert.Equal(RefusalReason.NotAllowed, Assert.Single(Assert.Throws<RuleException>(() => risk.RequireActionable(Erik, Hemtjansten)).Refusals).Reason);
    }

    // ---- The register's order ----

    [Fact]
    public void The_register_lists_Kritisk_first_then_the_highest_value_then_the_newest_and_those_no_longer_current_last()
    {
        Risk Make(string id, Probability p, Consequence c, int day) =>
            Risk.Identify(id, Hemtjansten, Anna, "Process", $"Risk {id}", p, c, March.AddDays(day));

        var low = Make("low", Probability.MycketLiten, Consequence.Betydande, 1); // 3
        var mediumOld = Make("medium-old", Probability.Liten, Consequence.Betydande, 1); // 6
        var mediumNew = Make("medium-new", Probability.Stor, Consequence.Mattlig, 5); // 6
        var critical = Make("critical", Probability.Liten, Consequence.Hog, 2); // 8
        var worst = Make("worst", Probability.MycketStor, Consequence.Hog, 0); // 16
        var closed = Make("closed", Probability.MycketStor, Consequence.Hog, 9); // 16, no longer current
        closed.Close(Anna, Hemtjansten, RiskState.Inaktuell, "Verksamheten är nedlagd.", closed.Revision, March.AddDays(10));

        var sorted = RiskOrder.Sort([low, closed, mediumOld, critical, mediumNew, worst]);

        Assert.Equal(["worst", "critical", "medium-new", "medium-old", "low", "closed"], sorted.Select(r => r.Id));
    }

    // ---- This year's summary ----

    [Fact]
    public void The_years_summary_counts_each_risk_once_at_its_last_level_that_year_and_how_many_have_actions()
    {
        var lastYear = new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);
        var alarm = Alarm(lastYear); // 12 Kritisk in 2025 …
        alarm.Reassess(Anna, Hemtjansten, Probability.Liten, Consequence.Mattlig, "Ny rutin.", alarm.Revision, March); // … 4 Medium in 2026
        var key = Risk.Identify("r2", Hemtjansten, Anna, "Verkställighet", "Nyckel kvar i dörren.", Probability.Stor, Consequence.Hog, March.AddDays(1)); // 12 Kritisk
        key.Reassess(Anna, Hemtjansten, Probability.MycketStor, Consequence.Hog, "Hände två gånger.", key.Revision, March.AddDays(40)); // 16 Kritisk: still one risk
        var hearing = Risk.Identify("r3", Hemtjansten, Anna, "Utredning", "Brukaren hörs inte.", Probability.MycketLiten, Consequence.Mindre, March.AddDays(2)); // 1 Låg
        var old = Risk.Identify("r4", Hemtjansten, Anna, "Utredning", "Akter olåsta.", Probability.Stor, Consequence.Hog, lastYear); // 2025 only
        var fax = Risk.Identify("r5", Hemtjansten, Anna, "Utredning", "Fax.", Probability.Stor, Consequence.Betydande, March.AddDays(3)); // 9 Kritisk …
        fax.Close(Anna, Hemtjansten, RiskState.Inaktuell, "Faxen är borta.", fax.Revision, March.AddDays(50)); // … closed, still assessed in 2026

        var plan = new[]
        {
            ImprovementAction.Create(Tenant, Hemtjansten.Id, "a1", "Larmrutin", "erik", "Erik Lund", null, RiskActions.Origin(key), Anna, March),
            ImprovementAction.Create(Tenant, Hemtjansten.Id, "a2", "Larmtest", "erik", "Erik Lund", null, RiskActions.Origin(key), Anna, March),
            ImprovementAction.Create(Tenant, Hemtjansten.Id, "a3", "Akter låses", "erik", "Erik Lund", null, RiskActions.Origin(old), Anna, March),
            ImprovementAction.Create(Tenant, Hemtjansten.Id, "a4", "Från en hållplats", "erik", "Erik Lund", null, new ActionOrigin(ActionOriginKind.Hallplats, "r3", "Hållplats 3"), Anna, March),
        };

        var summary = RiskYearSummary.Of(2026, [alarm, key, hearing, old, fax], plan);

        Assert.Equal(new RiskLevelCount(RiskLevel.Kritisk, 2, 1), summary.Of(RiskLevel.Kritisk));
        Assert.Equal(new RiskLevelCount(RiskLevel.Medium, 1, 0), summary.Of(RiskLevel.Medium));
        Assert.Equal(new RiskLevelCount(RiskLevel.Lag, 1, 0), summary.Of(RiskLevel.Lag)); // a stop's action named "r3" is not the risk's
        Assert.Equal(4, summary.Assessed);
        Assert.Equal(new RiskLevelCount(RiskLevel.Kritisk, 2, 1), RiskYearSummary.Of(2025, [alarm, key, hearing, old, fax], plan).Of(RiskLevel.Kritisk));
    }

    [Fact]
    public void The_year_is_the_Swedish_calendar_year()
    {
        // 23:30 on New Year's Eve in UTC is already 1 January in Stockholm.
        var risk = Alarm(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Null(risk.LastAssessmentIn(2025));
        Assert.NotNull(risk.LastAssessmentIn(2026));
    }
}
