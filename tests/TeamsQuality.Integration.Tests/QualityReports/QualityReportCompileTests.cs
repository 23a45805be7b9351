using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;
using static TeamsQuality.Integration.Tests.QualityReports.QualityReportSeed;

namespace TeamsQuality.Integration.Tests.QualityReports;

/// <summary>
/// The kvalitetsberättelse compiled against Azurite from Hemtjänst Norra's seeded year (<see cref="QualityReportSeed"/>):
/// the figures Anna's report and Eva's administration report show, and who is refused.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class QualityReportCompileTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoTeams _demo = null!;

    public async Task InitializeAsync()
    {
        // 15 October 2027: the last month of wheel year 2027 (Vetlanda's runs November 2026 to October 2027).
        _demo = await DemoTeams.StartAsync(azurite, new DateTimeOffset(2027, 10, 15, 7, 0, 0, TimeSpan.Zero));
        await using var scope = _demo.Services.CreateAsyncScope();
        await SeedAsync(scope.ServiceProvider);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Annas_report_holds_the_years_stops_self_checks_reports_risks_and_actions()
    {
        var outcome = await RunAsync<CompileUnitReport, QualityReport>(DemoOrganisation.People.AnnaBerg, (use, actor) => use.RunAsync(actor, Unit, null, CancellationToken.None));

        var report = outcome.Value;
        Assert.Equal((ReportScope.Enhet, "Hemtjänst Norra", 2027, "Anna Berg"), (report.Scope, report.Title, report.Year, report.CompiledByName));

        // The unit's eight stops of the wheel year (7 and 8 are the manager group's); stop 1 finished with its conclusions.
        Assert.Equal([1, 2, 3, 4, 5, 6, 9, 10], report.Stops.Select(s => s.Number));
        var stop1 = report.Stops[0];
        Assert.Equal((StopStatus.Klar, new DateOnly(2026, 11, 20), true, Trend.Battre, StopComment, Conclusions, 1),
            (stop1.Status, stop1.HeldOn, stop1.NeedsAction, stop1.Trend, stop1.Comment, stop1.Conclusions, stop1.ActionsProposed));

        var process = report.Perspectives.Single(p => p.Perspective == QualityPerspective.Processkvalitet);
        Assert.Equal((true, Trend.Battre, false), (process.NeedsAction, process.Trend, process.Edited));
        Assert.Equal([1], process.FromStops);
        Assert.Contains(StopComment, process.Comment, StringComparison.Ordinal);
        Assert.Null(report.Perspectives.Single(p => p.Perspective == QualityPerspective.Strukturkvalitet).NeedsAction);

        // The monthly self-check: January–October 2027 planned (10: November and December are 2028's), 9 done, June Ej
        // godkänd with its reason.
        Assert.Equal((10, 9, 8, 1), (report.SelfChecks.Planned, report.SelfChecks.Done, report.SelfChecks.Godkand, report.SelfChecks.EjGodkand));
        var failure = Assert.Single(report.SelfChecks.Failures);
        Assert.Equal(("Genomförandeplaner är aktuella", "juni 2027", "Tas upp på hållplatsen om rättssäkerhet."), (failure.What, failure.Period, failure.Reason));

        // The wheel year's reports only, counted per tertial of the wheel year: 15 December 2026 is T1 of 2027; 31
        // October 2026 (Swedish time) is not the year's.
        Assert.Equal(7, report.Deviations.Total);
        Assert.Equal((2, 3, 0), (report.Deviations.OfKind(DeviationKind.Avvikelse, 1), report.Deviations.OfKind(DeviationKind.Avvikelse, 2), report.Deviations.OfKind(DeviationKind.Avvikelse, 3)));
        Assert.Equal(1, report.Deviations.Of(c => c.Kind == DeviationKind.Avvikelse && c.Severity == Severity.Mattlig));
        Assert.Equal(1, report.Deviations.OfKind(DeviationKind.Klagomal, 2));
        var ivo = Assert.Single(report.IvoCases);
        Assert.Equal((DeviationKind.Missforhallande, Severity.Allvarlig, new DateOnly(2027, 9, 20), (bool?)true), (ivo.Kind, ivo.Severity, ivo.DecidedOn, ivo.ReportToIvo));
        Assert.StartsWith("LS-2027", ivo.Reference, StringComparison.Ordinal);

        Assert.Equal(1, report.Risks.Of(RiskLevel.Kritisk).Assessed);

        // The stop's proposal became an action, due in March and not done: overdue.
        var action = Assert.Single(report.Actions);
        Assert.Equal(("Rutin för SIP", ActionOriginKind.Hallplats, "Erik Lund", ActionStatus.EjPaborjad, true), (action.Title, action.Origin, action.OwnerName, action.Status, action.Overdue));
        Assert.Empty(report.Written);
        Assert.Empty(report.Units);
    }

    [Fact]
    public async Task A_report_filed_on_15_December_2026_counts_in_wheel_year_2027s_report_and_not_in_2026s()
    {
        var of2027 = (await RunAsync<CompileUnitReport, QualityReport>(DemoOrganisation.People.AnnaBerg, (use, actor) => use.RunAsync(actor, Unit, 2027, CancellationToken.None))).Value;
        var of2026 = (await RunAsync<CompileUnitReport, QualityReport>(DemoOrganisation.People.AnnaBerg, (use, actor) => use.RunAsync(actor, Unit, 2026, CancellationToken.None))).Value;

        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2027, 10, 31)), (of2027.Span.First, of2027.Span.Last));
        Assert.Equal((new DateOnly(2025, 11, 1), new DateOnly(2026, 10, 31)), (of2026.Span.First, of2026.Span.Last));

        // 15 December 2026 is in T1 (November–February) of 2027, with 3 February 2027.
        Assert.Equal(2, of2027.Deviations.OfKind(DeviationKind.Avvikelse, 1));

        // 2026's report has only the one filed at 23:30 on 31 October 2026 (its T3, July–October), and none of 2027's
        // self-checks, risks or stops' actions.
        Assert.Equal(1, of2026.Deviations.Total);
        Assert.Equal(1, of2026.Deviations.OfKind(DeviationKind.Avvikelse, 3));
        Assert.Equal(0, of2026.SelfChecks.Planned);
        Assert.Equal(0, of2026.Risks.Assessed);
        Assert.Empty(of2026.IvoCases);
    }

    [Fact]
    public async Task Evas_administration_report_sums_every_unit_with_one_line_each()
    {
        var outcome = await RunAsync<CompileAdministrationReport, QualityReport>(DemoOrganisation.People.EvaSundberg, (use, actor) => use.RunAsync(actor, 2027, CancellationToken.None));

        var report = outcome.Value;
        Assert.Equal((ReportScope.Forvaltning, (string?)null, DemoOrganisation.Name), (report.Scope, report.UnitId, report.Title));
        Assert.Equal(["Barn och unga (IFO)", "Hemtjänst Norra", "LSS-boendet Ekbacken"], report.Units.Select(u => u.UnitName));
        var norra = report.Units.Single(u => u.UnitId == Unit);
        Assert.Equal((8, 1, 5, 1, 1, 1, 1, 1), (norra.StopsPlanned, norra.StopsFinished, norra.Deviations, norra.LexSarah, norra.Complaints, norra.ActionsOpen, norra.ActionsOverdue, norra.CriticalRisks));
        Assert.Equal((10, 9, 1), (norra.SelfChecksPlanned, norra.SelfChecksDone, norra.SelfChecksEjGodkand));

        // The sums are the units' lines summed; the stops are the manager group's (7 and 8).
        Assert.Equal(report.Units.Sum(u => u.SelfChecksPlanned), report.SelfChecks.Planned);
        Assert.Equal(report.Units.Sum(u => u.Deviations + u.LexSarah + u.Complaints), report.Deviations.Total);
        Assert.Equal([7, 8], report.Stops.Select(s => s.Number));
        Assert.Single(report.IvoCases);
    }

    [Fact]
    public async Task Staff_and_other_units_managers_are_refused_and_only_those_above_the_units_get_the_administrations()
    {
        var erik = await RunAsync<CompileUnitReport, QualityReport>(DemoOrganisation.People.ErikLund, (use, actor) => use.RunAsync(actor, Unit, 2027, CancellationToken.None));
        Assert.Equal(RefusalReason.NotAllowed, Assert.Single(erik.Refusals).Reason);
        var karin = await RunAsync<CompileUnitReport, QualityReport>(DemoOrganisation.People.KarinHolm, (use, actor) => use.RunAsync(actor, Unit, 2027, CancellationToken.None));
        Assert.Equal(RefusalReason.NotAllowed, Assert.Single(karin.Refusals).Reason);
        var anna = await RunAsync<CompileAdministrationReport, QualityReport>(DemoOrganisation.People.AnnaBerg, (use, actor) => use.RunAsync(actor, 2027, CancellationToken.None));
        Assert.Equal(RefusalReason.NotAllowed, Assert.Single(anna.Refusals).Reason);
        var johan = await RunAsync<CompileUnitReport, QualityReport>(DemoOrganisation.People.JohanEk, (use, actor) => use.RunAsync(actor, Unit, 2027, CancellationToken.None));
        Assert.Equal(7, johan.Value.Deviations.Total);
        var unknown = await RunAsync<CompileUnitReport, QualityReport>(DemoOrganisation.People.JohanEk, (use, actor) => use.RunAsync(actor, "finns-inte", 2027, CancellationToken.None));
        Assert.Equal(new Refusal(RefusalReason.NotFound, Field.Unit), Assert.Single(unknown.Refusals));
    }

    [Fact]
    public async Task Two_saves_at_once_of_different_sections_are_both_kept_each_a_revision_of_its_own()
    {
        var drafts = _demo.Services.GetRequiredService<TeamsQuality.Storage.QualityReports.QualityReportDraftRepository>();
        var organisation = (await _demo.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        var anna = organisation.FindPerson(DemoOrganisation.People.AnnaBerg)!;
        var unit = organisation.FindUnit(Unit)!;
        var key = ReportDraftKey.OfUnit(DemoOrganisation.Tenant, Unit, 2027);
        var at = _demo.Clock.GetUtcNow();

        // Both read the empty draft; the ETag makes the second read again and save on top, not over.
        await Task.WhenAll(
            drafts.ChangeAsync(key, d => d.Write(anna, unit, WrittenSectionKind.SarskildaHandelser, "Händelser.", null, at), CancellationToken.None),
            drafts.ChangeAsync(key, d => d.Write(anna, unit, WrittenSectionKind.PersonalOchEkonomi, "Personal.", null, at), CancellationToken.None));

        var stored = await drafts.FindAsync(key, CancellationToken.None);
        Assert.Equal(["Händelser.", "Personal."], stored.Sections.Select(s => s.Text));
        Assert.Equal([1, 2], stored.History.Select(h => h.Revision));
        Assert.Empty((await drafts.FindAsync(ReportDraftKey.OfUnit(DemoOrganisation.Tenant, Unit, 2026), CancellationToken.None)).History);
    }

    private async Task<Outcome<T>> RunAsync<TUseCase, T>(string personId, Func<TUseCase, Actor, Task<Outcome<T>>> run)
        where TUseCase : notnull
    {
        await using var scope = _demo.Services.CreateAsyncScope();
        var organisation = (await scope.ServiceProvider.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>(), new Actor(organisation, organisation.FindPerson(personId)!));
    }
}
