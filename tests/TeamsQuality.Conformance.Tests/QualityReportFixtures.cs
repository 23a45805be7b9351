using TeamsQuality.Cards;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.QualityReports;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Conformance.Tests;

/// <summary>The quality report's cards (kvalitetsberättelsen) with a unit's and the administration's report of 2027.</summary>
public static class QualityReportFixtures
{
    private static readonly DateTimeOffset At = new(2027, 10, 15, 8, 0, 0, TimeSpan.Zero);

    public static QualityReport Unit(IReadOnlyList<WrittenSection>? written = null) => new(
        BotCardCatalogue.Organisation.Tenant,
        ReportScope.Enhet,
        BotCardCatalogue.HomeCareNorth.Id,
        BotCardCatalogue.HomeCareNorth.Name,
        BotCardCatalogue.Organisation.Name,
        2027,
        At,
        "Eva Ek",
        [
            new(QualityPerspective.Strukturkvalitet, null, Trend.EjBedomd, null, [], false),
            new(QualityPerspective.Processkvalitet, true, Trend.Battre, "1. Samverkan: Samverkan med hälso- och sjukvården har blivit bättre.", [1, 3], false),
            new(QualityPerspective.Resultatkvalitet, false, Trend.Oforandrad, new string('x', 900), [], true),
        ],
        [
            new(1, "Samverkan", QualityPerspective.Processkvalitet, StopStatus.Klar, new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 20), true, Trend.Battre, "Bättre.", "Rutin för SIP behövs.", 1),
            new(2, "Bemötande och förhållningssätt", QualityPerspective.Processkvalitet, StopStatus.EjPaborjad, new DateOnly(2026, 12, 31), null, null, Trend.EjBedomd, null, null, 0),
        ],
        new ReportedSelfChecks(
            [new(QualityPerspective.Processkvalitet, 12, 10, 9, 8, 1), new(QualityPerspective.Strukturkvalitet, 0, 0, 0, 0, 0), new(QualityPerspective.Resultatkvalitet, 0, 0, 0, 0, 0)],
            [new("p1", "Genomförandeplaner är aktuella", QualityPerspective.Processkvalitet, "juni 2027", new DateOnly(2027, 6, 30), "Två planer.", "Tas upp på hållplatsen.", [])]),
        new ReportedDeviations(2027, [new(DeviationKind.Avvikelse, 1, DeviationCategory.BristerIVerkstallighet, Severity.Mattlig, 3), new(DeviationKind.Missforhallande, 3, DeviationCategory.Forsummelse, Severity.Allvarlig, 1), new(DeviationKind.Klagomal, 2, null, null, 1)]),
        [new ReportedIvoCase("LS-2027-0001", BotCardCatalogue.HomeCareNorth.Id, DeviationKind.Missforhallande, Severity.Allvarlig, new DateOnly(2027, 9, 14), new DateOnly(2027, 9, 20), true, null, null)],
        new RiskYearSummary(2027, [new(RiskLevel.Kritisk, 1, 1), new(RiskLevel.Medium, 2, 0), new(RiskLevel.Lag, 0, 0)]),
        [new ReportedAction("a1", BotCardCatalogue.HomeCareNorth.Id, "Rutin för SIP", ActionOriginKind.Hallplats, null, "Eva Ek", new DateOnly(2027, 3, 31), ActionStatus.EjPaborjad, null, true)],
        written ?? [],
        [],
        QualityYearSpan.Of(2027, 11));

    public static QualityReport Administration() => Unit() with
    {
        Scope = ReportScope.Forvaltning,
        UnitId = null,
        Title = BotCardCatalogue.Organisation.Name,
        Units = Enumerable.Range(1, 20).Select(i => new UnitSummary($"enhet-{i}", $"Enhet {i} med ett ganska långt namn", 8, 3, 1, 12, 9, 1, 40, 2, 3, 5, 2, 1)).ToList(),
    };

    public static QualityReportDraft Draft()
    {
        var draft = QualityReportDraft.Empty(ReportDraftKey.OfUnit(BotCardCatalogue.Organisation.Tenant, BotCardCatalogue.HomeCareNorth.Id, 2027));
        draft.Write(BotCardCatalogue.Manager, BotCardCatalogue.HomeCareNorth, WrittenSectionKind.SarskildaHandelser, "Ett larm gick inte fram i september.", null, At.AddDays(-3));
        draft.Write(BotCardCatalogue.Manager, BotCardCatalogue.HomeCareNorth, WrittenSectionKind.SarskildaHandelser, new string('y', 3000), null, At.AddDays(-1));
        return draft;
    }

    public static IEnumerable<(string Name, AdaptiveCard Card)> Cards(UiLanguage language)
    {
        const string word = "https://teamsquality.example/files/abc.def";
        const string pdf = "https://teamsquality.example/files/ghi.jkl";
        var written = Draft().Sections;
        ReportChoice[] others = [new(QualityReportPress.Administration, "Förvaltningen"), new("ifo-barn", "IFO Barn och unga")];
        yield return ("quality-report-unit-manager", QualityReportCard.Build(language, Unit(written), canWrite: true, word, pdf, [], Texts.For(language).QualityReportSaved));
        yield return ("quality-report-unit-reader", QualityReportCard.Build(language, Unit(), canWrite: false, word, pdf, others));
        yield return ("quality-report-administration", QualityReportCard.Build(language, Administration(), canWrite: true, word, pdf, others));
        yield return ("quality-report-section-form", QualityReportFormCards.Section(language, "Hemtjänst Norra", "hemtjanst-norra", 2027, WrittenSectionKind.SarskildaHandelser, Draft()));
        yield return ("quality-report-section-refused", QualityReportFormCards.Section(
            language, "Hemtjänst Norra", "hemtjanst-norra", 2027, WrittenSectionKind.PersonalOchEkonomi, Draft(), "Brukaren 19121212-1212 fick vänta.", 0,
            [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ReportSection)]));
        var process = Unit().Perspectives[1];
        yield return ("quality-report-perspective-form", QualityReportFormCards.Perspective(language, "Hemtjänst Norra", "hemtjanst-norra", 2027, process));
        yield return ("quality-report-perspective-refused", QualityReportFormCards.Perspective(
            language, "Hemtjänst Norra", "hemtjanst-norra", 2027, process, new QualityReportPress("hemtjanst-norra", 2027, null, QualityPerspective.Processkvalitet, null, null, null, null, "Ok"),
            [new Refusal(RefusalReason.Required, Field.NeedsAction), new Refusal(RefusalReason.Required, Field.ReportTrend)]));
        yield return ("quality-report-chooser", QualityReportFormCards.Chooser(language, 2027, others));
    }
}
