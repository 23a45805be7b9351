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
/// date, and the stop's events in the due index. The stops the manager group holds (the template's Chefsgrupp stops)
/// are planned once, for the group (<see cref="ManagerGroup.Id"/>), not for each unit: a year planned before that keeps
/// its units' copies, which nobody is nudged about any more (<see cref="StopNudges.StillWanted(StopEventKind, LearningStop)"/>),
/// and gets the group's own on the next run. Idempotent (a stop that exists is left as it is). A month before a
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
        // The manager group is made of the units' managers: with no unit there is no group to hold a stop yet.
        var holders = organisation.Units.Count == 0 ? [] : organisation.Units.Select(u => u.Id).Append(ManagerGroup.Id);
        foreach (var holder in holders)
        {
            foreach (var wheelYear in years)
            {
                added += await PlanHolderYearAsync(tenant, holder, wheel, wheelYear, today, cancellationToken);
            }
        }

        if (added > 0)
        {
            logger.LogInformation("Planned {Count} stop(s) for {Organisation}", added, organisation.Name);
        }

        return added;
    }

    /// <summary>Plans the stops a holder (a unit, or the manager group) has of its own in a year.</summary>
    private async Task<int> PlanHolderYearAsync(TenantId tenant, string holderId, OrganisationWheel wheel, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var version = wheel.For(year);
        if (!version.Stops.Any(d => ManagerGroup.HasOwn(holderId, d)))
        {
            // A wheel without manager-group stops (Nordmaling's house) costs the group no read.
            return 0;
        }

        var existing = (await stops.ListYearAsync(tenant, holderId, year, cancellationToken)).Select(s => s.Key.Number).ToHashSet();
        var startMonth = wheel.StartMonth(year);
        var entries = new List<StopCalendarEntry>();
        var added = 0;
        foreach (var definition in version.Stops.Where(d => ManagerGroup.HasOwn(holderId, d) && !existing.Contains(d.Number)))
        {
            var stop = LearningStop.Plan(new StopKey(tenant, holderId, year, definition.Number), definition, startMonth);
            if (await stops.PlanAsync(stop, cancellationToken))
            {
                added++;
                entries.AddRange(StopNudges.Plan(stop, today).Select(e => new StopCalendarEntry(holderId, year, definition.Number, e.Kind, e.On)));
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
