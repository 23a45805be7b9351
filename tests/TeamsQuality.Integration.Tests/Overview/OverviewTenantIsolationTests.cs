using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.Overview;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.Stops;
using People = TeamsQuality.Bot.Demo.DemoOrganisation.People;
using Units = TeamsQuality.Bot.Demo.DemoOrganisation.Units;

namespace TeamsQuality.Integration.Tests.Overview;

/// <summary>
/// The management view and the administration's report read every unit's rows of a tenant in one range query per table
/// (over the partitions "{tenant}~…"). Another tenant's rows must never come in: neither those of a tenant with the same
/// unit ids (tenant B), nor those of a tenant whose id begins with this one's and '~' (tenant C), whose partitions lie
/// inside this tenant's range and are kept out only by the check of each row's partition key.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OverviewTenantIsolationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TenantId TenantA = DemoOrganisation.Tenant;
    private static readonly TenantId TenantB = new("b0000000-0000-4000-8000-00000000000b");
    private static readonly TenantId TenantC = new(DemoOrganisation.Tenant.Value + "~x");
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly ManualClock _clock = new(ManualClock.Swedish(2027, 6, 10, 9, 0));
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = "i" + Guid.NewGuid().ToString("N")[..10],
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddTeamsQualityStorage(configuration)
            .AddTeamsQualityUseCases()
            .BuildServiceProvider();
        await SeedAsync(TenantA, finishAll: false);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private T Use<T>()
        where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    [Fact]
    public async Task Tenant_As_overview_and_administration_report_show_none_of_another_tenants_rows()
    {
        var overviewBefore = await OverviewJsonAsync(TenantA);
        var reportBefore = await AdministrationReportJsonAsync(TenantA);

        // B and C hold the same units, every stop 1 finished, and more actions, risks and reports than A.
        await SeedAsync(TenantB, finishAll: true);
        await SeedAsync(TenantC, finishAll: true);

        Assert.Equal(overviewBefore, await OverviewJsonAsync(TenantA));
        Assert.Equal(reportBefore, await AdministrationReportJsonAsync(TenantA));

        // What A must not see is there to be seen: C's own view shows C's rows.
        var c = (await Use<ShowOverview>().RunAsync(TenantC, People.EvaSundberg, null, CancellationToken.None)).Value;
        Assert.Equal(3, c.Wheel[0].Counts[StopState.Klar]);
        Assert.Equal(new ActionCounts(6, 6), c.Actions);
        Assert.Equal(6, c.RiskMatrix!.Sum(cell => cell.Count));
        var a = (await Use<ShowOverview>().RunAsync(TenantA, People.EvaSundberg, null, CancellationToken.None)).Value;
        Assert.Equal(0, a.Wheel[0].Counts[StopState.Klar]);
        Assert.Equal(new ActionCounts(3, 3), a.Actions);
        Assert.Equal(3, a.RiskMatrix!.Sum(cell => cell.Count));
    }

    private async Task<string> OverviewJsonAsync(TenantId tenant)
    {
        var shown = await Use<ShowOverview>().RunAsync(tenant, People.EvaSundberg, null, CancellationToken.None);
        Assert.False(shown.IsRefused, string.Join(", ", shown.Refusals));
        return JsonSerializer.Serialize(shown.Value, Json);
    }

    private async Task<string> AdministrationReportJsonAsync(TenantId tenant)
    {
        var organisation = (await Use<OrganisationRepository>().FindAsync(tenant, CancellationToken.None))!;
        var actor = new Actor(organisation, organisation.FindPerson(People.EvaSundberg)!);
        var report = await Use<CompileAdministrationReport>().RunAsync(actor, 2027, CancellationToken.None);
        Assert.False(report.IsRefused, string.Join(", ", report.Refusals));
        return JsonSerializer.Serialize(report.Value, Json);
    }

    /// <summary>The demo organisation under <paramref name="tenant"/>, its year planned, and per unit an overdue action, a risk and a report.</summary>
    private async Task SeedAsync(TenantId tenant, bool finishAll)
    {
        var ct = CancellationToken.None;
        var demo = DemoOrganisation.Create();
        var organisation = new Organisation(tenant, demo.Name, demo.Units, demo.People, demo.ManagerGroupChannel);
        Assert.True(await Use<OrganisationRepository>().CreateAsync(organisation, ct));
        Assert.True(await Use<PlanYear>().RunAsync(tenant, ct) > 0);

        var at = ManualClock.Swedish(2026, 11, 20, 10, 0);
        var origin = new ActionOrigin(ActionOriginKind.Hallplats, "2027-1", "hållplats 1");
        var n = 0;
        foreach (var unit in organisation.Units)
        {
            var manager = organisation.FindPerson(unit.ManagerId!)!;
            if (finishAll)
            {
                await Use<LearningStopRepository>().UpdateAsync(new StopKey(tenant, unit.Id, 2027, 1), s => s.Finish(manager, unit, false, Trend.Battre, null, at), ct);
            }

            var actions = Enumerable.Range(0, finishAll ? 2 : 1)
                .Select(i => ImprovementAction.Create(tenant, unit.Id, $"a-{unit.Id}-{i}", $"Åtgärd {i} för {unit.Name}", manager.Id, manager.Name, new DateOnly(2027, 5, 15 + i), origin, manager, at))
                .ToList();
            await Use<ImprovementActionRepository>().AddAsync(actions, ct);
            for (var i = 0; i < (finishAll ? 2 : 1); i++)
            {
                await Use<RiskRepository>().AddAsync(tenant, Risk.Identify($"r-{unit.Id}-{i}", unit, manager, "Process", "Något kan gå fel.", Probability.Stor, Consequence.Hog, at), ct);
            }

            var reports = Use<DeviationRepository>();
            var filed = ManualClock.Swedish(2027, 2, 3 + n++, 10, 0);
            var reference = await reports.NextReferenceAsync(tenant, DeviationKind.Avvikelse, 2027, ct);
            var filing = new DeviationFiling(DeviationKind.Avvikelse, unit.Id, "Något hände under kvällen som inte blev som det skulle.", filed.AddHours(-2), null, null);
            await reports.AddAsync(DeviationReport.File(tenant, reference, filing, manager, unit, filed), ct);
        }
    }
}
