using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Tests.QualityReports;

/// <summary>The quality report's draft (who reads and writes, the free-text rule, every save in the history) and the compiled counts.</summary>
public sealed class QualityReportDraftTests
{
    private static readonly TenantId Tenant = new("7c1e9a52-5a7e-4a55-9d0f-3b4c5d6e7f80");
    private static readonly DateTimeOffset Now = new(2027, 10, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly Person Anna = new("anna", "Anna Berg", Role.Enhetschef, "hemtjanst");
    private static readonly Person Erik = new("erik", "Erik Lund", Role.Medarbetare, "hemtjanst");
    private static readonly Person Karin = new("karin", "Karin Holm", Role.Enhetschef, "ifo");
    private static readonly Person Johan = new("johan", "Johan Ek", Role.Verksamhetsutvecklare, null);
    private static readonly Person Eva = new("eva", "Eva Sundberg", Role.BitradandeSocialchef, null);
    private static readonly Unit Hemtjanst = new("hemtjanst", "Hemtjänst Norra", Anna.Id, null);

    private static QualityReportDraft UnitDraft() => QualityReportDraft.Empty(ReportDraftKey.OfUnit(Tenant, Hemtjanst.Id, 2027));

    [Fact]
    public void The_units_manager_quality_developers_and_the_deputy_director_read_staff_and_other_managers_do_not()
    {
        Assert.True(QualityReportDraft.CanRead(Anna, ReportScope.Enhet, Hemtjanst, Now));
        Assert.True(QualityReportDraft.CanRead(Johan, ReportScope.Enhet, Hemtjanst, Now));
        Assert.True(QualityReportDraft.CanRead(Eva, ReportScope.Enhet, Hemtjanst, Now));
        Assert.False(QualityReportDraft.CanRead(Erik, ReportScope.Enhet, Hemtjanst, Now));
        Assert.False(QualityReportDraft.CanRead(Karin, ReportScope.Enhet, Hemtjanst, Now));
        Assert.False(QualityReportDraft.CanRead(Anna, ReportScope.Forvaltning, null, Now));
        Assert.True(QualityReportDraft.CanWrite(Eva, ReportScope.Forvaltning, null, Now));
        Assert.False(QualityReportDraft.CanWrite(Johan, ReportScope.Forvaltning, null, Now));
        Assert.False(QualityReportDraft.CanWrite(Eva, ReportScope.Enhet, Hemtjanst, Now));
    }

    [Fact]
    public void The_substitute_writes_the_units_report_while_on_and_not_after()
    {
        var unit = Hemtjanst with { Substitute = new Substitute(Erik.Id, new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 31), Anna.Id, Now.AddDays(-20)) };
        Assert.True(QualityReportDraft.CanWrite(Erik, ReportScope.Enhet, unit, Now));
        Assert.False(QualityReportDraft.CanWrite(Erik, ReportScope.Enhet, unit, Now.AddMonths(1)));
    }

    [Fact]
    public void Every_save_is_a_revision_kept_in_the_history_and_a_save_from_an_older_revision_is_refused()
    {
        var draft = UnitDraft();
        draft.Write(Anna, Hemtjanst, WrittenSectionKind.SarskildaHandelser, "  Första texten. ", 0, Now);
        draft.Write(Anna, Hemtjanst, WrittenSectionKind.SarskildaHandelser, "Andra texten.", 1, Now.AddHours(1));

        var refused = Assert.Throws<RuleException>(() => draft.Write(Anna, Hemtjanst, WrittenSectionKind.SarskildaHandelser, "Tredje.", 1, Now.AddHours(2)));
        Assert.Equal(new Refusal(RefusalReason.ChangedMeanwhile, Field.ReportSection), Assert.Single(refused.Refusals));
        Assert.Equal(["Andra texten.", "Första texten."], draft.HistoryOf(WrittenSectionKind.SarskildaHandelser).Select(h => h.Text));
        Assert.Equal(("Andra texten.", 2), (draft.Sections.Single().Text, draft.Sections.Single().Revision));
        Assert.Equal(2, draft.NewRevisions.Count);

        // Emptied: out of the report, kept in the history.
        draft.Write(Anna, Hemtjanst, WrittenSectionKind.SarskildaHandelser, " ", 2, Now.AddHours(3));
        Assert.Empty(draft.Sections);
        Assert.Equal(3, draft.HistoryOf(WrittenSectionKind.SarskildaHandelser).Count);
    }

    [Fact]
    public void A_personnummer_or_a_text_over_the_limit_is_refused_and_staff_may_not_write()
    {
        var draft = UnitDraft();
        var personnummer = Assert.Throws<RuleException>(() => draft.Write(Anna, Hemtjanst, WrittenSectionKind.PersonalOchEkonomi, "Gäller 19121212-1212.", null, Now));
        Assert.Equal(RefusalReason.ContainsPersonalIdentityNumber, Assert.Single(personnummer.Refusals).Reason);
        var tooLong = Assert.Throws<RuleException>(() => draft.Write(Anna, Hemtjanst, WrittenSectionKind.PersonalOchEkonomi, new string('a', FreeText.LongestText + 1), null, Now));
        Assert.Equal(RefusalReason.TooLong, Assert.Single(tooLong.Refusals).Reason);
        var staff = Assert.Throws<RuleException>(() => draft.Write(Erik, Hemtjanst, WrittenSectionKind.PersonalOchEkonomi, "Text.", null, Now));
        Assert.Equal(RefusalReason.NotManager, Assert.Single(staff.Refusals).Reason);
        Assert.Empty(draft.History);
    }

    [Fact]
    public void A_perspective_assessment_needs_the_bedomning_and_the_trend_and_then_replaces_the_compiled_one()
    {
        var draft = UnitDraft();
        var refused = Assert.Throws<RuleException>(() => draft.Assess(Anna, Hemtjanst, QualityPerspective.Processkvalitet, null, null, "19121212-1212", Now));
        Assert.Equal([Field.NeedsAction, Field.ReportTrend, Field.Comment], refused.Refusals.Select(r => r.Field));

        draft.Assess(Anna, Hemtjanst, QualityPerspective.Processkvalitet, false, Trend.Samre, "Fler larm.", Now);
        var compiled = QualityReportCompiler.Perspectives([], draft).Single(p => p.Perspective == QualityPerspective.Processkvalitet);
        Assert.Equal((false, Trend.Samre, "Fler larm.", true), (compiled.NeedsAction, compiled.Trend, compiled.Comment, compiled.Edited));
        var revision = Assert.Single(draft.History);
        Assert.Equal((QualityPerspective.Processkvalitet, (bool?)false, (Trend?)Trend.Samre, "Anna Berg"), (revision.Perspective, revision.NeedsAction, revision.Trend, revision.ByName));
    }

    [Fact]
    public void Reports_are_counted_per_kind_tertial_category_and_severity_and_lex_Sarah_cases_of_severity_3_or_with_a_decision_go_to_IVO()
    {
        FiledReportFacts Filed(string reference, DeviationKind kind, int month, Severity? severity = null, bool? toIvo = null) =>
            new(reference, Hemtjanst.Id, kind, new DateTimeOffset(2027, month, 10, 10, 0, 0, TimeSpan.Zero), DeviationCategory.AnnanForm, severity, toIvo, toIvo is null ? null : Now);
        FiledReportFacts[] reports =
        [
            Filed("AV-2027-0001", DeviationKind.Avvikelse, 1, Severity.Mindre),
            Filed("AV-2027-0002", DeviationKind.Avvikelse, 2, Severity.Mindre),
            Filed("AV-2027-0003", DeviationKind.Avvikelse, 12),
            Filed("LS-2027-0001", DeviationKind.Missforhallande, 6, Severity.Allvarlig),
            Filed("LS-2027-0002", DeviationKind.Missforhallande, 7, Severity.Mattlig),
            Filed("LS-2027-0003", DeviationKind.PatagligRiskForMissforhallande, 9, Severity.Mattlig, toIvo: false),
        ];

        var counted = QualityReportCompiler.Deviations(QualityYearSpan.Of(2027, 1), reports);
        Assert.Equal(6, counted.Total);
        Assert.Equal(new DeviationCount(DeviationKind.Avvikelse, 1, DeviationCategory.AnnanForm, Severity.Mindre, 2), counted.Counts[0]);
        Assert.Equal(1, counted.OfKind(DeviationKind.Avvikelse, 3));
        Assert.Equal(["LS-2027-0001", "LS-2027-0003"], QualityReportCompiler.IvoCases(QualityYearSpan.Of(2027, 1), reports).Select(c => c.Reference));
    }
}
