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

    /// <summary>
    /// The app's id in this tenant's Teams app catalog (each customer uploads the package to their own catalog, which
    /// gives it an id of its own), used to install the app for a person through Microsoft Graph; empty = Graph:TeamsAppCatalogId.
    /// </summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>Whether notices also go to the activity feed in this tenant; empty = Graph:ActivityFeed.</summary>
    public bool? ActivityFeed { get; set; }
}
