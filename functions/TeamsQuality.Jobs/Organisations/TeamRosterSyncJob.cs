using Hangfire;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Jobs.Tenants;

namespace TeamsQuality.Jobs.Organisations;

/// <summary>
/// The nightly re-sync of the teams' rosters with Teams (<see cref="ResyncTeams"/>), tenant by tenant: events keep
/// them current during the day, this repairs what an event missed.
/// </summary>
public sealed class TeamRosterSyncJob(EachTenant eachTenant, ResyncTeams resync)
{
    public const string RecurringJobId = "resync-team-rosters";

    /// <summary>Every night at 01:45 Swedish time, before the wheel's planning and the due scan.</summary>
    public const string Schedule = "45 1 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        (await eachTenant.RunAsync<TeamRosterSyncJob, int>(
            RecurringJobId, tenant => ResyncTenantAsync(tenant, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken)).Sum();

    /// <summary>The re-sync of one tenant whose re-sync failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        await ResyncTenantAsync(new TenantId(tenantId), cancellationToken);

    private async Task<int> ResyncTenantAsync(TenantId tenant, CancellationToken cancellationToken) =>
        (await resync.RunAsync(tenant, cancellationToken)).Value;
}
