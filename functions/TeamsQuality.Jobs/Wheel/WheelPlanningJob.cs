using Hangfire;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Jobs.Tenants;

namespace TeamsQuality.Jobs.Wheel;

/// <summary>
/// Gives every unit its year, tenant by tenant (<see cref="PlanYear"/>: an instance of each stop of the organisation's
/// wheel, with its due date, and the stop's events in the due index). Runs daily and on start; planning is idempotent.
/// </summary>
public sealed class WheelPlanningJob(EachTenant eachTenant, PlanYear planYear)
{
    public const string RecurringJobId = "plan-wheel-years";

    /// <summary>Every night at 02:30 Swedish time.</summary>
    public const string Schedule = "30 2 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var planned = await eachTenant.RunAsync<WheelPlanningJob, int>(
            RecurringJobId, tenant => PlanTenantAsync(tenant, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken);
        return planned.Sum();
    }

    /// <summary>The planning of one tenant whose planning failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        await PlanTenantAsync(new TenantId(tenantId), cancellationToken);

    /// <summary>Plans one tenant's units (the use case "hållplatser" runs too); returns how many stops were added.</summary>
    public Task<int> PlanTenantAsync(TenantId tenant, CancellationToken cancellationToken) => planYear.RunAsync(tenant, cancellationToken);
}
