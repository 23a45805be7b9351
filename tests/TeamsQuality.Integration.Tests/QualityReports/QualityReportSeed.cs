using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Integration.Tests.QualityReports;

/// <summary>
/// Hemtjänst Norra's quality year 2027 as Anna and her staff would have made it, written through the domain and the
/// repositories (the flows themselves are tested elsewhere): stop 1 finished with conclusions, a trend and a proposal;
/// a monthly self-check with results; reports in three tertials with a lex Sarah case sent to IVO; a critical risk; an
/// overdue action.
/// </summary>
internal static class QualityReportSeed
{
    public const int Year = 2027;
    public const string Unit = DemoOrganisation.Units.HemtjanstNorra;
    public const string Conclusions = "Vi behöver en gemensam rutin för samordnad individuell plan.";
    public const string StopComment = "Samverkan med hälso- och sjukvården har blivit bättre.";

    /// <summary>Everything the expected figures below come from.</summary>
    public static async Task SeedAsync(IServiceProvider services)
    {
        var organisation = (await services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        var unit = organisation.FindUnit(Unit)!;
        var anna = organisation.FindPerson(DemoOrganisation.People.AnnaBerg)!;
        var erik = organisation.FindPerson(DemoOrganisation.People.ErikLund)!;
        var eva = organisation.FindPerson(DemoOrganisation.People.EvaSundberg)!;
        var tenant = organisation.Tenant;

        // Stop 1 (Samverkan, Processkvalitet), held in November 2026: conclusions, one proposal, finished Bättre.
        var held = Swedish(2026, 11, 20);
        var (_, actions) = await services.GetRequiredService<LearningStopRepository>().UpdateAsync(new StopKey(tenant, Unit, Year, 1), stop =>
        {
            stop.Start(anna, unit, held);
            stop.WriteSummary(anna, unit, AnalysisStep.DraSlutsatser, Conclusions, 0, held);
            stop.Propose(anna, unit, "Rutin för SIP", erik, new DateOnly(2027, 3, 31), held, "p1");
            return stop.Finish(anna, unit, needsAction: true, Trend.Battre, StopComment, held, anna);
        }, CancellationToken.None);
        await services.GetRequiredService<ImprovementActionRepository>().AddAsync(actions, CancellationToken.None);

        // Reports of wheel year 2027 (1 November 2026 – 31 October 2027; T1 November–February, T2 March–June, T3
        // July–October): two deviations in T1 (one on 15 December 2026), three in T2; a lex Sarah report in T3 assessed 3
        // with the IVO decision; one complaint. One deviation late on 31 October 2026, Swedish time, is 2026's.
        var reports = services.GetRequiredService<DeviationRepository>();
        async Task<DeviationReference> FileAsync(DeviationKind kind, DateTimeOffset at, DeviationCategory? category = null)
        {
            var reference = await reports.NextReferenceAsync(tenant, kind, SwedishTime.Day(at).Year, CancellationToken.None);
            var filing = new DeviationFiling(kind, Unit, "Larmet gick inte fram till nattpatrullen.", at.AddHours(-2), "Ringde in extra personal.", category);
            await reports.AddAsync(DeviationReport.File(tenant, reference, filing, erik, unit, at), CancellationToken.None);
            return reference;
        }

        var first = await FileAsync(DeviationKind.Avvikelse, Swedish(2027, 2, 3), DeviationCategory.BristerIVerkstallighet);
        await reports.UpdateAsync(tenant, first, r => { r.Assess(anna, unit, Severity.Mattlig, "Rutinen gicks igenom.", DeviationCategory.BristerIVerkstallighet, Swedish(2027, 2, 4)); return 0; }, CancellationToken.None);
        await FileAsync(DeviationKind.Avvikelse, Swedish(2027, 3, 10), DeviationCategory.BristerIVerkstallighet);
        await FileAsync(DeviationKind.Avvikelse, Swedish(2027, 4, 28));
        await FileAsync(DeviationKind.Avvikelse, Swedish(2027, 6, 1));
        var sarah = await FileAsync(DeviationKind.Missforhallande, Swedish(2027, 9, 14), DeviationCategory.Forsummelse);
        await reports.UpdateAsync(tenant, sarah, r =>
        {
            r.Assess(anna, unit, Severity.Allvarlig, "Brukaren fick hjälp direkt.", DeviationCategory.Forsummelse, Swedish(2027, 9, 14));
            r.DecideIvo(eva, true, "Allvarligt missförhållande.", Swedish(2027, 9, 20));
            return 0;
        }, CancellationToken.None);
        await FileAsync(DeviationKind.Klagomal, Swedish(2027, 5, 5));
        await FileAsync(DeviationKind.Avvikelse, Swedish(2026, 12, 15));
        await FileAsync(DeviationKind.Avvikelse, new DateTimeOffset(2026, 10, 31, 22, 30, 0, TimeSpan.Zero)); // 23:30 in Sweden

        // A monthly self-check in the 2027 plan, done January to September; June Ej godkänd with a reason. (Its November
        // and December are wheel year 2028's.)
        var actor = new Actor(organisation, anna);
        var plan = await services.GetRequiredService<AddControlPoint>().RunAsync(actor, unit, Year,
            new ControlPointDraft("Genomförandeplaner är aktuella", QualityPerspective.Processkvalitet, ControlMethod.Checklista, CheckFrequency.Manadsvis, [], null, null, null),
            CancellationToken.None);
        Assert.False(plan.IsRefused, string.Join(", ", plan.Refusals));
        var point = plan.Value.Plan.Points.Single();
        var record = services.GetRequiredService<RecordSelfCheck>();
        for (var month = 1; month <= 9; month++)
        {
            var input = month == 6
                ? new CheckInput(CheckVerdict.EjGodkand, "Två planer var inte uppdaterade.", null, null, "Tas upp på hållplatsen om rättssäkerhet.")
                : new CheckInput(CheckVerdict.Godkand, null, null, null, null);
            var done = await record.RunAsync(actor, unit, Year, point.Id, month, input, null, CancellationToken.None);
            Assert.False(done.IsRefused, string.Join(", ", done.Refusals));
        }

        // A critical risk, assessed in 2027.
        await services.GetRequiredService<RiskRepository>().AddAsync(tenant,
            Risk.Identify("r1", unit, anna, "Nattpatrull", "Larm besvaras inte nattetid.", Probability.MycketStor, Consequence.Hog, Swedish(2027, 2, 1)), CancellationToken.None);
    }

    public static DateTimeOffset Swedish(int year, int month, int day) =>
        new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.Zero);
}
