using Microsoft.Extensions.Logging;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Wheel;

namespace TeamsQuality.Application.Wheel;

/// <summary>
/// Gives every unit of an organisation its year: an instance of each stop of the organisation's wheel, with its due
/// date, and the stop's events in the due index. Idempotent (a stop that exists is left as it is). A month before a
/// wheel year starts, the next year is planned too. The nightly job runs it for every tenant; "hållplatser" runs it
/// for a unit the night has not reached yet.
/// </summary>
public sealed class PlanYear(
    OrganisationRepository organisations,
    WheelRepository wheels,
    TenantPolicies tenants,
    LearningStopRepository stops,
    StopCalendar calendar,
    TimeProvider time,
    ILogger<PlanYear> logger) : IUseCase
{
    /// <summary>Plans one tenant's units; returns how many stops were added.</summary>
    public async Task<int> RunAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        if (organisation is null)
        {
            return 0;
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var wheel = await WheelOfAsync(tenant, today, cancellationToken);
        var year = wheel.YearOf(today);
        var years = new List<int> { year };
        var nextStarts = QualityYear.Opens(wheel.For(year + 1).Stops.OrderBy(s => s.Number).First(), year + 1, wheel.StartMonth(year + 1));
        if (today >= nextStarts.AddMonths(-1))
        {
            years.Add(year + 1);
        }

        var added = 0;
        foreach (var unit in organisation.Units)
        {
            foreach (var wheelYear in years)
            {
                added += await PlanUnitYearAsync(tenant, unit, wheel, wheelYear, today, cancellationToken);
            }
        }

        if (added > 0)
        {
            logger.LogInformation("Planned {Count} stop(s) for {Organisation}", added, organisation.Name);
        }

        return added;
    }

    private async Task<int> PlanUnitYearAsync(TenantId tenant, Unit unit, OrganisationWheel wheel, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var existing = (await stops.ListYearAsync(tenant, unit.Id, year, cancellationToken)).Select(s => s.Key.Number).ToHashSet();
        var version = wheel.For(year);
        var startMonth = wheel.StartMonth(year);
        var entries = new List<StopCalendarEntry>();
        var added = 0;
        foreach (var definition in version.Stops.Where(d => !existing.Contains(d.Number)))
        {
            var stop = LearningStop.Plan(new StopKey(tenant, unit.Id, year, definition.Number), definition, startMonth);
            if (await stops.PlanAsync(stop, cancellationToken))
            {
                added++;
                entries.AddRange(StopNudges.Plan(stop, today).Select(e => new StopCalendarEntry(unit.Id, year, definition.Number, e.Kind, e.On)));
            }
        }

        await calendar.AddAsync(tenant, entries, cancellationToken);
        return added;
    }

    /// <summary>
    /// The organisation's wheel; an organisation without one starts this year from the tenant's template (the
    /// operator's <c>Tenants:&lt;tenantId&gt;:WheelTemplate</c>, else Vetlanda's Tryggve), and that is stored.
    /// </summary>
    private async Task<OrganisationWheel> WheelOfAsync(TenantId tenant, DateOnly today, CancellationToken cancellationToken)
    {
        if (await wheels.FindAsync(tenant, cancellationToken) is { } wheel)
        {
            return wheel;
        }

        var start = tenants.For(tenant).NewWheel(today);
        await wheels.SaveVersionAsync(tenant, start.Versions[0], replace: false, cancellationToken);
        return await wheels.FindAsync(tenant, cancellationToken) ?? start;
    }
}
