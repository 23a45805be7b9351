using Azure.Data.Tables;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Deviations;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Protocol;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Jobs.Wheel;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Integration.Tests.Jobs;

/// <summary>
/// One tenant can never stop another: rows in the tenant registry that are not tenant ids (written before the
/// protocol edge refused them) and a tenant whose data cannot be read leave every scheduled job running for all other
/// tenants, and the tenant that failed is tried again on its own.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TenantIsolationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    /// <summary>A tenant whose organisation cannot be read (a person with a role that does not exist); sorts before the demo tenant.</summary>
    private const string BrokenTenant = "00000000-0000-4000-8000-0000000000b1";

    private DemoTeams _demo = null!;

    public async Task InitializeAsync()
    {
        // The broken tenant is enabled (or the jobs would pass it by without trying).
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0), new Dictionary<string, string?> { [$"Tenants:{BrokenTenant}:Enabled"] = "true" });
        var tables = new TableServiceClient(azurite.ConnectionString);
        var registry = tables.GetTableClient(_demo.Bot.TablePrefix + "Tenants");

        // What the registry held after a blank tenant id came in before the fix, and other rows that are not tenants.
        await registry.UpsertEntityAsync(new TableEntity(string.Empty, "tenant") { ["TenantId"] = string.Empty });
        await registry.UpsertEntityAsync(new TableEntity(" ", "tenant") { ["TenantId"] = " " });
        await registry.UpsertEntityAsync(new TableEntity("not-a-tenant", "tenant") { ["TenantId"] = "not-a-tenant" });
        await registry.UpsertEntityAsync(new TableEntity("0-no-id", "tenant"));
        await registry.UpsertEntityAsync(new TableEntity(BrokenTenant, "tenant") { ["TenantId"] = BrokenTenant });

        var organisation = tables.GetTableClient(_demo.Bot.TablePrefix + "Organisation");
        await organisation.UpsertEntityAsync(new TableEntity(BrokenTenant, "organisation") { ["Name"] = "Trasiga kommunen" });
        await organisation.UpsertEntityAsync(new TableEntity(BrokenTenant, "person~x") { ["PersonId"] = "x", ["Name"] = "X", ["Role"] = "NoSuchRole" });
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task The_due_scan_reaches_every_other_tenant_and_tries_the_broken_one_again_alone()
    {
        var result = await RunAsync<DueStopsJob, DueStopsJob.Result>(job => job.ScanAsync(CancellationToken.None));

        // The demo tenant's three unit channels and three managers all got their nudge.
        Assert.Equal(6, result.Sent);
        Assert.Equal(3, _demo.Teams.Calls.Count(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == true));
        Assert.Equal([BrokenTenant], RetriesOf<DueStopsJob>(nameof(DueStopsJob.RetryScanAsync)));
    }

    [Fact]
    public async Task Planning_delivery_and_IVO_reminders_run_for_the_other_tenants_too()
    {
        var planned = await RunAsync<WheelPlanningJob, int>(job => job.RunAsync(CancellationToken.None));
        var delivered = await RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));
        var reminded = await RunAsync<IvoDecisionNudgeJob, int>(job => job.RunAsync(CancellationToken.None))
            + await RunAsync<AssessmentReminderJob, int>(job => job.RunAsync(CancellationToken.None));
        var pruned = await RunAsync<PruneInboundActivityMarksJob, int>(job => job.RunAsync(CancellationToken.None));

        // The demo tenant was planned at start and has nothing waiting: the jobs ran through and found nothing to do.
        Assert.Equal(0, planned + delivered + reminded + pruned);
        Assert.Equal([BrokenTenant], RetriesOf<WheelPlanningJob>(nameof(WheelPlanningJob.RetryTenantAsync)));
        Assert.Equal([BrokenTenant], RetriesOf<IvoDecisionNudgeJob>(nameof(IvoDecisionNudgeJob.RetryTenantAsync)));
        Assert.Equal([BrokenTenant], RetriesOf<AssessmentReminderJob>(nameof(AssessmentReminderJob.RetryTenantAsync)));
    }

    [Fact]
    public async Task A_retry_of_the_broken_tenant_fails_on_its_own_so_Hangfire_tries_it_again()
    {
        using var scope = _demo.Services.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<DueStopsJob>();

        await Assert.ThrowsAnyAsync<Exception>(() => job.RetryScanAsync(BrokenTenant, CancellationToken.None));
        await job.RetryScanAsync(DemoOrganisation.Tenant.Value, CancellationToken.None);
        Assert.Equal(3, _demo.Teams.Calls.Count(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == true));
    }

    private async Task<T> RunAsync<TJob, T>(Func<TJob, Task<T>> run)
        where TJob : notnull
    {
        using var scope = _demo.Services.CreateScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    /// <summary>The tenants a retry job is scheduled for with the given job's method.</summary>
    private List<string> RetriesOf<TJob>(string method) =>
        _demo.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 100)
            .Where(j => j.Value.Job?.Type == typeof(TJob) && j.Value.Job.Method.Name == method)
            .Select(j => (string)j.Value.Job.Args[0])
            .ToList();
}
