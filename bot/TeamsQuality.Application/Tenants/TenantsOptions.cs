using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Tenants;

/// <summary>
/// "Tenants" configuration section: what the operator says per tenant, keyed by the Entra tenant id
/// (<c>Tenants:&lt;tenantId&gt;:Administrators:0</c> = an object id).
/// </summary>
public sealed class TenantsOptions
{
    public const string SectionName = "Tenants";

    /// <summary>Per tenant id (any case).</summary>
    public Dictionary<string, TenantSettings> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The operator's settings of one tenant; defaults when none were given.</summary>
    public TenantSettings For(TenantId tenant) => Settings.GetValueOrDefault(tenant.Value) ?? new TenantSettings();
}

/// <summary>One tenant's settings from configuration.</summary>
public sealed class TenantSettings
{
    /// <summary>
    /// Entra object ids of the people who may set up the organisation before anyone has the app role
    /// (<see cref="Administration.AppRole"/>): the bootstrap for the first setup.
    /// </summary>
    public List<string> Administrators { get; set; } = [];
}
