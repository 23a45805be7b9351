using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Integration.Tests.QualityReports;

/// <summary>
/// Quality reports as the report engineer's use case compiles them, built by hand so the documents can be tested on
/// their own: a full unit report (Swedish letters everywhere), an administration's report over many units, a big one,
/// and a new unit's with no data at all.
/// </summary>
internal static class QualityReportFixtures
{
    public const string UnitName = "Hemtjänst Östra Åseda";
    public const string Organisation = "Vetlanda kommun – Socialförvaltningen";
    public const int Year = 2027;

    private static readonly TenantId Tenant = new("tenant-vetlanda");
    private static readonly DateTimeOffset Compiled = new(2027, 12, 1, 13, 5, 0, TimeSpan.Zero); // 14:05 in Sweden

    /// <summary>The deviations' counts: (kind, tertial, category, severity) → count.</summary>
    public static IReadOnlyList<DeviationCount> Counts(int scale = 1) =>
    [
        new(DeviationKind.Avvikelse, 1, DeviationCategory.BristerIVerkstallighet, Severity.Mindre, 7 * scale),
        new(DeviationKind.Avvikelse, 1, DeviationCategory.BristerIHandlaggning, Severity.Mattlig, 3 * scale),
        new(DeviationKind.Avvikelse, 2, DeviationCategory.BristerIVerkstallighet, Severity.Mindre, 11 * scale),
        new(DeviationKind.Avvikelse, 3, DeviationCategory.Forsummelse, Severity.Allvarlig, 2 * scale),
        new(DeviationKind.Avvikelse, 3, null, null, 4 * scale),
        new(DeviationKind.Missforhallande, 2, DeviationCategory.ValdEllerOvergrepp, Severity.Katastrofal, 1 * scale),
        new(DeviationKind.PatagligRiskForMissforhallande, 3, DeviationCategory.BristerIBemotande, Severity.Allvarlig, 2 * scale),
        new(DeviationKind.Klagomal, 1, DeviationCategory.BristerIBemotande, Severity.Mattlig, 5 * scale),
        new(DeviationKind.Synpunkt, 2, DeviationCategory.AnnanForm, Severity.Mindre, 6 * scale),
        new(DeviationKind.Berom, 3, null, null, 9 * scale),
    ];

    public static ReportedAction Action(int i, string unitId = "u-ostra") => new(
        $"a-{i}",
        unitId,
        i == 1 ? "Införa dubbelsignering vid läkemedelsöverlämning" : $"Åtgärd {i}: förbättra överlämning på kvällspasset",
        (ActionOriginKind)(i % 5),
        i == 1 ? "Överlämningen saknade rutin för kvällspasset" : "Rutin saknas",
        i % 3 == 0 ? null : "Märta Öberg",
        new DateOnly(Year, 1 + (i % 12), 15),
        (ActionStatus)(i % 3),
        i % 3 == 2 ? (ActionEffect)(i % 3 % 3) : null,
        Overdue: i == 1 || i % 7 == 0);

    public static QualityReport Unit(int actions = 3, int scale = 1) => new(
        Tenant,
        ReportScope.Enhet,
        "u-ostra",
        UnitName,
        Organisation,
        Year,
        Compiled,
        "Anna Berg",
        [
            new PerspectiveAssessment(QualityPerspective.Strukturkvalitet, true, Trend.Samre, "Bemanningen på helger räcker inte.", [1, 4], Edited: false),
            new PerspectiveAssessment(QualityPerspective.Processkvalitet, false, Trend.Battre, "Genomförandeplanerna följs upp i tid.", [2], Edited: true),
            new PerspectiveAssessment(QualityPerspective.Resultatkvalitet, null, Trend.EjBedomd, null, [], Edited: false),
        ],
        [
            new ReportedStop(1, "Samverkan med hälso- och sjukvården", QualityPerspective.Strukturkvalitet, StopStatus.Klar, new DateOnly(Year, 2, 15), new DateOnly(Year, 2, 12), true, Trend.Samre, "Svårt att nå sjuksköterska.", "Överlämningar brister kvällstid; rutin ska tas fram.", 2),
            new ReportedStop(2, "Genomförandeplaner", QualityPerspective.Processkvalitet, StopStatus.Klar, new DateOnly(Year, 4, 15), new DateOnly(Year, 4, 20), false, Trend.Battre, null, "Planerna följs upp i tid.", 0),
            new ReportedStop(3, "Brukarnas upplevelse", QualityPerspective.Resultatkvalitet, StopStatus.EjPaborjad, new DateOnly(Year, 11, 15), null, null, Trend.EjBedomd, null, null, 0),
        ],
        new ReportedSelfChecks(
            [
                new PerspectiveTally(QualityPerspective.Strukturkvalitet, 12, 12, 11, 9, 2),
                new PerspectiveTally(QualityPerspective.Processkvalitet, 8, 8, 8, 8, 0),
                new PerspectiveTally(QualityPerspective.Resultatkvalitet, 4, 3, 2, 2, 0),
            ],
            [
                new FailedSelfCheck("p-1", "Läkemedelsskåpet är låst", QualityPerspective.Strukturkvalitet, "mars 2027", new DateOnly(Year, 3, 28), "Skåpet stod öppet.", null, [Action(1)]),
                new FailedSelfCheck("p-2", "Brandövning genomförd", QualityPerspective.Strukturkvalitet, "T2 2027", new DateOnly(Year, 8, 30), null, "Övningen flyttad till räddningstjänstens schema", []),
            ]),
        new ReportedDeviations(Year, Counts(scale)),
        [
            new ReportedIvoCase("LS-2027-004", "u-ostra", DeviationKind.Missforhallande, Severity.Katastrofal, new DateOnly(Year, 6, 3), new DateOnly(Year, 6, 10), true, new DateOnly(Year, 6, 12), "3.1.1-12345/2027"),
        ],
        new RiskYearSummary(Year, [new RiskLevelCount(RiskLevel.Kritisk, 2, 1), new RiskLevelCount(RiskLevel.Medium, 5, 3), new RiskLevelCount(RiskLevel.Lag, 4, 0)]),
        Enumerable.Range(1, actions).Select(i => Action(i)).ToList(),
        [
            new WrittenSection(WrittenSectionKind.SarskildaHandelser, "Under våren ersattes larmsystemet.\nÖvergången gick utan störningar för brukarna.", "Anna Berg", Compiled.AddDays(-3), 2),
            new WrittenSection(WrittenSectionKind.PersonalOchEkonomi, "Två undersköterskor har gått utbildning i förflyttningsteknik.", "Anna Berg", Compiled.AddDays(-2), 1),
        ],
        [],
        QualityYearSpan.Of(Year, 11));

    public static UnitSummary Summary(int i) => new(
        $"u-{i}", i == 1 ? "Särskilt boende Ängsgården" : $"Enhet {i} Björkåsen", 10, i % 10, i % 3, 40, 30 + (i % 10), i % 4, 50 + i, i % 3, 7 + (i % 5), 12, i % 6, i % 2);

    public static QualityReport Administration(int units = 4, int actions = 6) => Unit(actions: 0) with
    {
        Scope = ReportScope.Forvaltning,
        UnitId = null,
        Title = Organisation,
        CompiledByName = "Eva Ström",
        Actions = Enumerable.Range(1, actions).Select(i => Action(i, $"u-{1 + (i % units)}")).ToList(),
        IvoCases = [new ReportedIvoCase("LS-2027-011", "u-1", DeviationKind.PatagligRiskForMissforhallande, Severity.Allvarlig, new DateOnly(Year, 9, 1), null, null, null, null)],
        Units = Enumerable.Range(1, units).Select(Summary).ToList(),
    };

    /// <summary>A unit set up this year: nothing compiled, nothing written.</summary>
    public static QualityReport Empty() => new(
        Tenant, ReportScope.Enhet, "u-ny", "Nya enheten Ödeshög", Organisation, Year, Compiled, "Anna Berg",
        [], [], new ReportedSelfChecks([], []), new ReportedDeviations(Year, []), [],
        new RiskYearSummary(Year, RiskYearSummary.Order.Select(l => new RiskLevelCount(l, 0, 0)).ToList()), [], [], [], QualityYearSpan.Of(Year, 11));
}
