using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Protocol;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Storage;

namespace TeamsQuality.Integration.Tests.Jobs.Protocol;

[Collection(AzuriteCollection.Name)]
public sealed class PruneInboundActivityMarksJobTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_nightly_job_drops_old_marks_and_keeps_recent_ones()
    {
        var tables = new TableStore(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "j" + Guid.NewGuid().ToString("N")[..10] }));
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero));
        var log = new InboundActivityLog(tables, clock);
        var tenants = new TenantRegistry(tables);
        const string tenant = "3f0d6c1e-0b7a-4c39-8f43-7a1c2b3d4e5f";
        await tenants.EnsureAsync(tenant, CancellationToken.None);

        Assert.True(await log.TryBeginAsync(tenant, "a:1", "old", CancellationToken.None));
        clock.Now = clock.Now.AddDays(5);
        Assert.True(await log.TryBeginAsync(tenant, "a:1", "recent", CancellationToken.None));

        // No tenant enabled: the marks are bookkeeping, dropped for a tenant the operator turned off too.
        var dropped = await new PruneInboundActivityMarksJob(
            new EachTenant(tenants, TestTenants.Enabled(), new NoRetriesExpected(), NullLogger<EachTenant>.Instance), log, clock, NullLogger<PruneInboundActivityMarksJob>.Instance).RunAsync(CancellationToken.None);

        Assert.Equal(1, dropped);
        Assert.False(await log.TryBeginAsync(tenant, "a:1", "recent", CancellationToken.None));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Nothing fails here, so no tenant is scheduled to be tried again.</summary>
    private sealed class NoRetriesExpected : IBackgroundJobClient
    {
        public string Create(Job job, IState state) => throw new InvalidOperationException($"No retry was expected, but {job} was scheduled.");

        public bool ChangeState(string jobId, IState state, string expectedState) => throw new InvalidOperationException("No job state was expected to change.");
    }
}
