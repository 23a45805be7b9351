using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Tenants;

/// <summary>
/// "Tenants" configuration section: what the operator says per tenant, keyed by the Entra tenant id
/// (<c>Tenants:&lt;tenantId&gt;:Enabled</c> = true, <c>Tenants:&lt;tenantId&gt;:Administrators:0</c> = an object id, …).
/// Read through <see cref="TenantPolicies"/>, the one place that says what holds for a tenant.
/// </summary>
public sealed class TenantsOptions
{
    public const string SectionName = "Tenants";

    /// <summary>Per tenant id (any case).</summary>
    public Dictionary<string, TenantSettings> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Tenants enabled without being listed: a single-tenant deployment's own tenant (<c>Bot:TenantId</c>) and, in
    /// local mode, the demo tenant. Any case.
    /// </summary>
    public HashSet<string> EnabledWithoutListing { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether quiet hours hold where a tenant does not say (<c>Hangfire:QuietHours</c>, true unless turned off for trying
    /// the app at any hour).
    /// </summary>
    public bool QuietHours { get; set; } = true;

    /// <summary>The operator's settings of one tenant; defaults when none were given.</summary>
    public TenantSettings For(TenantId tenant) => Settings.GetValueOrDefault(tenant.Value) ?? new TenantSettings();
}

/// <summary>
/// One tenant's settings from configuration (<c>Tenants:&lt;tenantId&gt;:…</c>). A setting left out takes the global
/// default (<see cref="TenantPolicies"/> resolves them).
/// </summary>
public sealed class TenantSettings
{
    /// <summary>
    /// Whether the operator serves this tenant. A tenant not enabled is told so and nothing of it is stored; the jobs
    /// pass it by.
    /// </summary>
    public bool Enabled { get; set; }

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

    /// <summary>The wheel template a new organisation starts with (a template id, e.g. <c>nordmaling-huset</c>).</summary>
    public string? WheelTemplate { get; set; }

    /// <summary>Whether nudges and non-urgent notices wait for working hours (default <c>Hangfire:QuietHours</c>).</summary>
    public bool? QuietHours { get; set; }

    /// <summary>When the working day starts, Swedish time (default 08:00).</summary>
    public TimeOnly? WorkdayStarts { get; set; }

    /// <summary>When the working day ends, Swedish time (default 17:00).</summary>
    public TimeOnly? WorkdayEnds { get; set; }

    /// <summary>How long between reminders of a missing IVO decision (default <c>Deviations:IvoReminderInterval</c>).</summary>
    public TimeSpan? IvoReminderInterval { get; set; }

    /// <summary>When the IVO reminders also go to the quality developers (default <c>Deviations:IvoEscalateAfter</c>).</summary>
    public TimeSpan? IvoEscalateAfter { get; set; }

    /// <summary>How long between reminders of a report not yet assessed (default <c>Deviations:AssessmentReminderInterval</c>).</summary>
    public TimeSpan? AssessmentReminderInterval { get; set; }

    /// <summary>When the assessment reminders also go to the quality developers (default <c>Deviations:AssessmentEscalateAfter</c>).</summary>
    public TimeSpan? AssessmentEscalateAfter { get; set; }
}

/// <summary>Refuses settings that cannot be used (<see cref="TenantPolicies.Problems"/>), all of them in one message, at start.</summary>
internal sealed class TenantsOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<TenantsOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, TenantsOptions options)
    {
        var problems = TenantPolicies.Problems(options).ToList();
        return problems.Count == 0
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Success
            : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problems);
    }
}
