using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.Overview;
using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;
using People = TeamsQuality.Bot.Demo.DemoOrganisation.People;
using Units = TeamsQuality.Bot.Demo.DemoOrganisation.Units;

namespace TeamsQuality.Integration.Tests.Overview;

/// <summary>
/// The management view's use cases against Azurite with the real repositories, on Sjöbacka's organisation on 10 June
/// 2027 (Vetlanda's wheel: wheel year 2027 runs November 2026 – October 2027). Hemtjänst Norra finished stop 1, started
/// stop 2 (due in December, so Försenad) and stop 6 (due at the end of June, so Påbörjad); Barn och unga finished stop 1;
/// the units have actions, risks and reports, and Norra a self-check plan with one Godkänd check. Eva sees every unit,
/// Anna only Norra (and only Norra's reports), Erik his unit's stops and actions and no figures at all.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OverviewUseCaseTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TenantId Tenant = DemoOrganisation.Tenant;
    private readonly ManualClock _clock = new(ManualClock.Swedish(2027, 6, 10, 9, 0));
    private ServiceProvider _services = null!;
    private Organisation _organisation = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "o" + Guid.NewGuid().ToString("N")[..10],
            [$"Tenants:{Tenant.Value}:Enabled"] = "true",
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddTeamsQualityStorage(configuration)
            .AddTeamsQualityUseCases()
            .BuildServiceProvider();
        await SeedAsync();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private T Use<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private Person Person(string id) => _organisation.FindPerson(id)!;

    private Unit Unit(string id) => _organisation.FindUnit(id)!;

    private async Task SeedAsync()
    {
        var ct = CancellationToken.None;
        Assert.True(await Use<OrganisationRepository>().CreateAsync(DemoOrganisation.Create(), ct));
        _organisation = (await Use<OrganisationRepository>().FindAsync(Tenant, ct))!;
        Assert.True(await Use<PlanYear>().RunAsync(Tenant, ct) > 0);

        var anna = Person(People.AnnaBerg);
        var karin = Person(People.KarinHolm);
        var norra = Unit(Units.HemtjanstNorra);
        var barn = Unit(Units.BarnOchUnga);
        var stops = Use<LearningStopRepository>();
        var at = ManualClock.Swedish(2026, 11, 20, 10, 0);
        await stops.UpdateAsync(new StopKey(Tenant, norra.Id, 2027, 1), s => s.Finish(anna, norra, false, Trend.Oforandrad, null, at), ct);
        await stops.UpdateAsync(new StopKey(Tenant, norra.Id, 2027, 2), s => { s.Start(anna, norra, at); return 0; }, ct);
        await stops.UpdateAsync(new StopKey(Tenant, norra.Id, 2027, 6), s => { s.Start(anna, norra, at); return 0; }, ct);
        await stops.UpdateAsync(new StopKey(Tenant, barn.Id, 2027, 1), s => s.Finish(karin, barn, false, Trend.Battre, null, at), ct);

        var origin = new ActionOrigin(ActionOriginKind.Hallplats, "2027-1", "hållplats 1");
        await Use<ImprovementActionRepository>().AddAsync(
        [
            ImprovementAction.Create(Tenant, norra.Id, "a-1", "Ny rutin för överrapportering", anna.Id, anna.Name, new DateOnly(2027, 5, 15), origin, anna, at),
            ImprovementAction.Create(Tenant, norra.Id, "a-2", "Kontaktlista till vikarier", People.ErikLund, "Erik Lund", new DateOnly(2027, 9, 1), origin, anna, at),
            ImprovementAction.Create(Tenant, Units.Ekbacken, "a-3", "Genomgång av genomförandeplaner", People.MatsJansson, "Mats Jansson", new DateOnly(2027, 8, 1), origin, Person(People.MatsJansson), at),
        ], ct);

        var risks = Use<RiskRepository>();
        await risks.AddAsync(Tenant, Risk.Identify("r-1", norra, anna, "Överrapportering", "Överrapporteringen kan falla bort.", Probability.Stor, Consequence.Hog, at), ct);
        await risks.AddAsync(Tenant, Risk.Identify("r-2", norra, anna, "Nycklar", "Nycklar kan komma bort.", Probability.Liten, Consequence.Mindre, at), ct);
        var ekbacken = Unit(Units.Ekbacken);
        await risks.AddAsync(Tenant, Risk.Identify("r-3", ekbacken, Person(People.MatsJansson), "Läkemedel", "Läkemedel kan ges fel.", Probability.MycketStor, Consequence.Betydande, at), ct);

        await FileAsync(DeviationKind.Avvikelse, norra, People.ErikLund, ManualClock.Swedish(2027, 2, 3, 10, 0));
        await FileAsync(DeviationKind.Avvikelse, norra, People.FatimaHassan, ManualClock.Swedish(2027, 5, 12, 10, 0));
        await FileAsync(DeviationKind.Klagomal, norra, People.ErikLund, ManualClock.Swedish(2027, 5, 20, 10, 0));
        await FileAsync(DeviationKind.Missforhallande, barn, People.OskarNilsson, ManualClock.Swedish(2027, 3, 1, 10, 0));
        // December 2026 is wheel year 2027's (its T1, November–February), though filed in calendar year 2026; 31 October
        // 2026 is wheel year 2026's.
        await FileAsync(DeviationKind.Avvikelse, norra, People.ErikLund, ManualClock.Swedish(2026, 12, 10, 10, 0));
        await FileAsync(DeviationKind.Avvikelse, norra, People.ErikLund, ManualClock.Swedish(2026, 10, 31, 23, 30));

        var annaActor = new Actor(_organisation, anna);
        var plan = await Use<StartPlanFromTemplate>().RunAsync(annaActor, norra, 2027, SelfCheckTemplates.IfoLssId, ct);
        Assert.False(plan.IsRefused, string.Join(", ", plan.Refusals));
        var point = plan.Value.Plan.Points.First(p => !p.IsSampleCheck && SelfCheckProgress.Of(p, 2027, [], new DateOnly(2027, 6, 10)).Any(o => o.Occurrence.Opens <= new DateOnly(2027, 6, 10)));
        var occurrence = SelfCheckProgress.Of(point, 2027, [], new DateOnly(2027, 6, 10)).Last(o => o.Occurrence.Opens <= new DateOnly(2027, 6, 10)).Occurrence;
        var result = SelfCheckResult.Record(norra, point, occurrence, anna, new CheckInput(CheckVerdict.Godkand, null, null, null, null), null, ManualClock.Swedish(2027, 6, 9, 14, 0), null);
        await Use<SelfCheckResultRepository>().SaveAsync(Tenant, result, null, ct);
    }

    private async Task FileAsync(DeviationKind kind, Unit unit, string reporterId, DateTimeOffset at)
    {
        var reports = Use<DeviationRepository>();
        var reference = await reports.NextReferenceAsync(Tenant, kind, at.Year, CancellationToken.None);
        var filing = new DeviationFiling(kind, unit.Id, "Något hände under kvällen som inte blev som det skulle.", at.AddHours(-2), null, null);
        await reports.AddAsync(DeviationReport.File(Tenant, reference, filing, Person(reporterId), unit, at), CancellationToken.None);
    }

    private async Task<ManagementOverview> OverviewOfAsync(string personId)
    {
        var shown = await Use<ShowOverview>().RunAsync(Tenant, personId, null, CancellationToken.None);
        Assert.False(shown.IsRefused, string.Join(", ", shown.Refusals));
        return shown.Value;
    }

    private static StopState StateOf(HolderRow row, int number) => row.Stops.Single(s => s.Number == number).State;

    [Fact]
    public async Task Eva_sees_every_unit_with_each_stops_state_the_wheel_the_actions_the_reports_per_tertial_and_the_risk_matrix()
    {
        var view = await OverviewOfAsync(People.EvaSundberg);

        Assert.Equal(2027, view.Year);
        Assert.Equal(OverviewAudience.AllUnits, view.Audience);
        var units = view.Rows.Where(r => !r.IsManagerGroup).ToList();
        Assert.Equal(["Barn och unga (IFO)", "Hemtjänst Norra", "LSS-boendet Ekbacken"], units.Select(r => r.Holder.Name));
        // The manager group holds stops 7 and 8 once, in a row of its own; the units hold the others.
        var group = Assert.Single(view.Rows, r => r.IsManagerGroup);
        Assert.Equal([7, 8], group.Stops.Select(s => s.Number));
        Assert.Equal([1, 2, 3, 4, 5, 6, 9, 10], units[1].Stops.Select(s => s.Number));

        var norra = units[1];
        Assert.Equal(StopState.Klar, StateOf(norra, 1));
        Assert.Equal(StopState.Forsenad, StateOf(norra, 2));  // started, but due 31 December
        Assert.Equal(StopState.Forsenad, StateOf(norra, 3));  // never started, due 31 January
        Assert.Equal(StopState.Paborjad, StateOf(norra, 6));  // started, due 30 June
        Assert.Equal(StopState.EjPaborjad, StateOf(norra, 9));
        Assert.Equal(new DateOnly(2026, 12, 31), norra.Stops.Single(s => s.Number == 2).DueDate);
        Assert.Equal(StopState.Klar, StateOf(units[0], 1));
        Assert.Equal(StopState.Forsenad, StateOf(units[2], 1));

        // The wheel: each stop's state over all holders, and how many are in each.
        Assert.Equal(Enumerable.Range(1, 10), view.Wheel.Select(s => s.Definition.Number));
        var first = view.Wheel[0];
        Assert.Equal(StopState.Forsenad, first.State);
        Assert.Equal(2, first.Counts[StopState.Klar]);
        Assert.Equal(1, first.Counts[StopState.Forsenad]);
        Assert.Equal(StopState.Paborjad, view.Wheel[5].State);   // Norra started stop 6; none is late yet
        Assert.Equal(StopState.EjPaborjad, view.Wheel[8].State);

        Assert.Equal(new ActionCounts(3, 1), view.Actions);
        Assert.Equal(new ActionCounts(2, 1), norra.Actions);
        Assert.Equal("Ny rutin för överrapportering", Assert.Single(view.Overdue).Action.Title);

        var tertials = view.Deviations!;
        // The wheel year's tertials, as the kvalitetsberättelse counts them: T1 November–February, T2 March–June.
        Assert.Equal([(11, 2), (3, 6), (7, 10)], tertials.Select(t => (t.Tertial.FirstMonth, t.Tertial.LastMonth)));
        Assert.Equal([2, 3, 0], tertials.Select(t => t.Total));
        Assert.Equal(2, tertials[0].PerKind[DeviationKind.Avvikelse]);
        Assert.Equal(1, tertials[1].PerKind[DeviationKind.Missforhallande]);
        Assert.Equal(1, tertials[1].PerKind[DeviationKind.Klagomal]);
        Assert.Equal(4, norra.Deviations);

        var matrix = view.RiskMatrix!;
        Assert.Equal(16, matrix.Count);
        Assert.Equal(3, matrix.Sum(c => c.Count));
        Assert.Equal(1, matrix.Single(c => c.Probability == Probability.Stor && c.Consequence == Consequence.Hog).Count);
        Assert.Equal(RiskLevel.Kritisk, matrix.Single(c => c.Probability == Probability.Stor && c.Consequence == Consequence.Hog).Level);
        Assert.Equal(2, norra.CurrentRisks);

        Assert.Equal(1, norra.SelfChecks!.Done);
        Assert.Equal(1, norra.SelfChecks.Godkand);
        Assert.True(norra.SelfChecks.Planned > norra.SelfChecks.Done);
        Assert.Equal(norra.SelfChecks.Planned, view.SelfChecks!.Planned);
    }

    [Fact]
    public async Task Anna_sees_only_her_unit_and_its_reports_and_may_not_drill_into_another()
    {
        var view = await OverviewOfAsync(People.AnnaBerg);

        Assert.Equal(OverviewAudience.Manager, view.Audience);
        Assert.Equal([Units.HemtjanstNorra], view.Rows.Where(r => !r.IsManagerGroup).Select(r => r.Holder.Id));
        Assert.Equal([2, 2, 0], view.Deviations!.Select(t => t.Total));  // not Barn och unga's lex Sarah report
        Assert.Equal(0, view.Deviations![1].PerKind[DeviationKind.Missforhallande]);
        Assert.Equal(2, view.RiskMatrix!.Sum(c => c.Count));
        Assert.Equal(new ActionCounts(2, 1), view.Actions);

        var other = await Use<ShowUnitOverview>().RunAsync(Tenant, People.AnnaBerg, Units.Ekbacken, null, CancellationToken.None);
        Assert.Equal(RefusalReason.NotFound, Assert.Single(other.Refusals).Reason);
    }

    [Fact]
    public async Task Erik_sees_his_units_stops_and_actions_and_no_report_self_check_or_risk_figures()
    {
        var view = await OverviewOfAsync(People.ErikLund);

        Assert.Equal(OverviewAudience.Staff, view.Audience);
        var row = Assert.Single(view.Rows);
        Assert.Equal(Units.HemtjanstNorra, row.Holder.Id);
        Assert.Equal(StopState.Forsenad, StateOf(row, 2));
        Assert.Equal(new ActionCounts(2, 1), row.Actions);
        Assert.Null(view.Deviations);
        Assert.Null(view.RiskMatrix);
        Assert.Null(view.SelfChecks);
        Assert.Null(row.Deviations);
        Assert.Null(row.CurrentRisks);
        Assert.Null(row.SelfChecks);

        var unit = (await Use<ShowUnitOverview>().RunAsync(Tenant, People.ErikLund, Units.HemtjanstNorra, null, CancellationToken.None)).Value;
        Assert.Equal(8, unit.Stops.Count);
        Assert.Equal(["Ny rutin för överrapportering", "Kontaktlista till vikarier"], unit.Actions.Select(a => a.Title));
        Assert.Null(unit.Deviations);
        Assert.Null(unit.Risks);
        Assert.Null(unit.SelfChecks);
    }

    [Fact]
    public async Task Eva_drills_into_Hemtjanst_Norra_its_stops_actions_self_check_points_risks_and_reports()
    {
        var unit = (await Use<ShowUnitOverview>().RunAsync(Tenant, People.EvaSundberg, Units.HemtjanstNorra, 2027, CancellationToken.None)).Value;

        Assert.Equal("Hemtjänst Norra", unit.Unit.Name);
        Assert.Equal(StopState.Klar, unit.Stops[0].State);
        Assert.Equal("Samverkan", unit.Stops[0].Theme);
        var overdue = unit.Actions[0];
        Assert.True(overdue.IsOverdue(unit.Today));
        Assert.Equal("Anna Berg", overdue.OwnerName);
        Assert.Equal(1, unit.Risks![RiskLevel.Kritisk]);
        Assert.Equal(0, unit.Risks[RiskLevel.Medium]);
        Assert.Equal(1, unit.Risks[RiskLevel.Lag]);
        Assert.Equal([2, 2, 0], unit.Deviations!.Select(t => t.Total)); // 10 December 2026 is in T1 of wheel year 2027
        var checkedPoint = Assert.Single(unit.SelfChecks!, p => p.LatestVerdict is not null);
        Assert.Equal(CheckVerdict.Godkand, checkedPoint.LatestVerdict);
        Assert.Equal(1, checkedPoint.Done);
    }

    [Fact]
    public async Task Someone_not_in_the_organisation_is_refused()
    {
        var shown = await Use<ShowOverview>().RunAsync(Tenant, DemoDirectory.NilsStrom, null, CancellationToken.None);

        Assert.Equal(RefusalReason.NotInTenant, Assert.Single(shown.Refusals).Reason);
    }
}
