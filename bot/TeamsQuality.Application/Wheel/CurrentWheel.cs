using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Wheel;

namespace TeamsQuality.Application.Wheel;

/// <summary>
/// The organisation's wheel as stored, or, for one that has none yet, the wheel it starts with: the template the
/// operator named for the tenant (<c>Tenants:&lt;tenantId&gt;:WheelTemplate</c>), else Vetlanda's Tryggve.
/// </summary>
public sealed class CurrentWheel(WheelRepository wheels, TenantPolicies tenants) : IUseCase
{
    public async Task<OrganisationWheel> RunAsync(TenantId tenant, DateOnly today, CancellationToken cancellationToken) =>
        await wheels.FindAsync(tenant, cancellationToken) ?? tenants.For(tenant).NewWheel(today);
}
