using Microsoft.Extensions.Options;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Application.Tenants;

/// <summary>
/// What holds for one tenant, resolved: the operator's <c>Tenants:&lt;tenantId&gt;:…</c> where given, the global
/// defaults (<c>Deviations:…</c>, <c>Hangfire:QuietHours</c>, Vetlanda's wheel) otherwise.
/// </summary>
/// <param name="Enabled">Whether the operator serves the tenant.</param>
/// <param name="Administrators">The bootstrap list of who may set up the organisation (Entra object ids).</param>
/// <param name="WheelTemplate">The template a new organisation's wheel starts from.</param>
/// <param name="QuietHours">When nudges and non-urgent notices wait.</param>
/// <param name="IvoReminders">How a missing IVO decision is reminded of.</param>
/// <param name="AssessmentReminders">How a report not yet assessed is reminded of.</param>
public sealed record TenantPolicy(
    TenantId Tenant,
    bool Enabled,
    IReadOnlyList<string> Administrators,
    WheelTemplate WheelTemplate,
    QuietHours QuietHours,
    ReminderSchedule IvoReminders,
    ReminderSchedule AssessmentReminders)
{
    /// <summary>The wheel of an organisation that has none stored yet: the tenant's template from this wheel year.</summary>
    public OrganisationWheel NewWheel(DateOnly today) => OrganisationWheel.Default(today, WheelTemplate);
}

/// <summary>
/// The one place that answers "the setting for this tenant": the handlers' gate, the jobs, the outbox and the use cases
/// ask here, so a per-tenant setting overrides the global default everywhere at once and a new one is added in one
/// place. Reads the options as they are now (configuration can change while the app runs).
/// </summary>
public sealed class TenantPolicies(IOptionsMonitor<TenantsOptions> tenants, IOptionsMonitor<DeviationOptions> deviations)
{
    /// <summary>Whether the operator serves this tenant: listed with <c>Enabled=true</c>, or enabled without listing.</summary>
    public bool IsEnabled(string? tenantId)
    {
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return false;
        }

        var options = tenants.CurrentValue;
        var id = tenantId.Trim();
        return options.EnabledWithoutListing.Contains(id) || options.Settings.GetValueOrDefault(id)?.Enabled == true;
    }

    public bool IsEnabled(TenantId tenant) => IsEnabled(tenant.Value);

    public TenantPolicy For(TenantId tenant)
    {
        var options = tenants.CurrentValue;
        var own = options.For(tenant);
        var global = deviations.CurrentValue;
        return new TenantPolicy(
            tenant,
            IsEnabled(tenant),
            own.Administrators,
            WheelTemplateOf(tenant, own),
            QuietHoursOf(own, options),
            new ReminderSchedule(own.IvoReminderInterval ?? global.IvoReminderInterval, own.IvoEscalateAfter ?? global.IvoEscalateAfter),
            new ReminderSchedule(own.AssessmentReminderInterval ?? global.AssessmentReminderInterval, own.AssessmentEscalateAfter ?? global.AssessmentEscalateAfter));
    }

    /// <summary>
    /// What in the settings cannot be used (a wheel template that does not exist, a working day that ends before it
    /// starts, a reminder interval that is not positive), one line each: checked when the app starts, so a mistake stops
    /// the start instead of a job at night.
    /// </summary>
    public static IEnumerable<string> Problems(TenantsOptions options)
    {
        foreach (var (tenantId, settings) in options.Settings)
        {
            if (settings.WheelTemplate is { } template && WheelTemplates.Find(template.Trim()) is null)
            {
                yield return $"Tenants:{tenantId}:WheelTemplate '{template}' is not a wheel template ({string.Join(", ", WheelTemplates.All.Select(t => t.Id))})";
            }

            if (QuietHoursOf(settings, options).Problem() is { } hours)
            {
                yield return $"Tenants:{tenantId}: {hours}";
            }

            foreach (var (name, value) in new[]
            {
                (nameof(settings.IvoReminderInterval), settings.IvoReminderInterval),
                (nameof(settings.IvoEscalateAfter), settings.IvoEscalateAfter),
                (nameof(settings.AssessmentReminderInterval), settings.AssessmentReminderInterval),
                (nameof(settings.AssessmentEscalateAfter), settings.AssessmentEscalateAfter),
            })
            {
                if (value <= TimeSpan.Zero)
                {
                    yield return $"Tenants:{tenantId}:{name} must be longer than zero";
                }
            }
        }
    }

    private static WheelTemplate WheelTemplateOf(TenantId tenant, TenantSettings own) =>
        own.WheelTemplate is { } id ? WheelTemplates.Find(id.Trim()) ?? throw new InvalidOperationException($"Tenants:{tenant.Value}:WheelTemplate '{id}' is not a wheel template.")
            : WheelTemplates.Vetlanda;

    private static QuietHours QuietHoursOf(TenantSettings own, TenantsOptions options) => new(
        own.QuietHours ?? options.QuietHours,
        own.WorkdayStarts ?? QuietHours.Default.DayStarts,
        own.WorkdayEnds ?? QuietHours.Default.DayEnds);
}
