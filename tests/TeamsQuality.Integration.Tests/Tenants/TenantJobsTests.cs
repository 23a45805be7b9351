using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Deviations;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Jobs.Wheel;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Wheel;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Integration.Tests.Tenants;

/// <summary>
/// The scheduled jobs pass by a tenant the operator has not enabled (one that was, say, and is no longer): its data
/// stays as it was, nothing is planned, posted or reminded for it, while the enabled tenant is served as always; enabled
/// again (configuration reloaded, no restart), it is served at the next run.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TenantJobsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Disabled = "f0000000-0000-4000-8000-00000000000f";
    private const string Channel = "19:f-hemtjanst@thread.tacv2";

    private DemoTeams _demo = null!;

    public async Task InitializeAsync()
    {
        // Monday 23 November 2026, 09:00: stop 1 of the demo units is due (their channels and managers are told).
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

        // A tenant with an organisation (one unit, its channel and manager) and Teams' address, as it would have from
        // when it was enabled; the operator has not enabled it now.
        var services = _demo.Services;
        await services.GetRequiredService<TenantRegistry>().EnsureAsync(Disabled, CancellationToken.None);
        await services.GetRequiredService<OrganisationRepository>().CreateAsync(
            new Organisation(
                new TenantId(Disabled),
                "Fjärran kommun",
                [new Unit("hemtjanst", "Hemtjänsten", "f-manager", new UnitChannel("19:f-team@thread.tacv2", Channel, "Hemtjänsten"))],
                [new Person("f-manager", "Frida Fjärr", Role.Enhetschef, "hemtjanst")]),
            CancellationToken.None);
        await services.GetRequiredService<IConversationReferenceStore>().SetServiceUrlAsync(Disabled, _demo.Teams.ServiceUrl, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_job_run_touches_only_the_enabled_tenant_until_the_other_is_enabled()
    {
        var before = await RowsOfDisabledAsync();

        var planned = await _demo.RunAsync<WheelPlanningJob, int>(job => job.RunAsync(CancellationToken.None));
        var scan = await _demo.RunAsync<DueStopsJob, DueStopsJob.Result>(job => job.ScanAsync(CancellationToken.None));
        var delivered = await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));
        var reminded = await _demo.RunAsync<AssessmentReminderJob, int>(job => job.RunAsync(CancellationToken.None))
            + await _demo.RunAsync<IvoDecisionNudgeJob, int>(job => job.RunAsync(CancellationToken.None));

        // The demo tenant: its three channels and three managers were told (it was planned at start).
        Assert.Equal(6, scan.Sent);
        Assert.Equal(0, planned + delivered + reminded);
        Assert.DoesNotContain(_demo.Teams.Calls, c => c.Body?.ToJsonString().Contains(Channel, StringComparison.Ordinal) == true);
        // The other tenant: not a row more or less in any table (no wheel, stops, due index, outbox, job state).
        Assert.Equal(before, await RowsOfDisabledAsync());
        Assert.Null(await _demo.Services.GetRequiredService<WheelRepository>().FindAsync(new TenantId(Disabled), CancellationToken.None));

        // The operator enables it; the configuration is read again, and the next runs serve it.
        var configuration = (IConfigurationRoot)_demo.Services.GetRequiredService<IConfiguration>();
        configuration[$"Tenants:{Disabled}:Enabled"] = "true";
        configuration.Reload();

        Assert.Equal(10, await _demo.RunAsync<WheelPlanningJob, int>(job => job.RunAsync(CancellationToken.None)));
        var second = await _demo.RunAsync<DueStopsJob, DueStopsJob.Result>(job => job.ScanAsync(CancellationToken.None));
        Assert.Equal(2, second.Sent);
        Assert.Contains(_demo.Teams.Calls, c => c.Body?.ToJsonString().Contains(Channel, StringComparison.Ordinal) == true);
    }

    private async Task<List<string>> RowsOfDisabledAsync() =>
        (await TenantTables.RowsOfAsync(azurite.ConnectionString, _demo.Bot.TablePrefix, Disabled)).Order().ToList();
}
