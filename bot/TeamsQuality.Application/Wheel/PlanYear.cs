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

        // The manager group is made of the units' managers: with no unit there is no group to hold a stop yet.
        List<string> holders = organisation.Units.Count == 0 ? [] : organisation.Units.Select(u => u.Id).Append(ManagerGroup.Id).ToList();
        var added = 0;
        foreach (var wheelYear in years)
        {
            added += await PlanYearAsync(tenant, holders, wheel, wheelYear, today, cancellationToken);
        }

        if (added > 0)
        {
            logger.LogInformation("Planned {Count} stop(s) for {Organisation}", added, organisation.Name);
        }

        return added;
    }

    /// <summary>
    /// Plans the stops every holder (a unit, or the manager group) has of its own in a year. What is planned already is
    /// one tenant-wide read of the year's stop keys (a page per thousand stops), so the nightly rerun reads no unit on
    /// its own and a unit or wheel stop added since is planned the next night. Each holder's new stops are one
    /// transaction (its year is one partition), and the due index is written per day across all holders, up to 100
    /// rows a transaction (<see cref="StopCalendar.AddAsync"/>), not per holder and day.
    /// </summary>
    private async Task<int> PlanYearAsync(TenantId tenant, List<string> holders, OrganisationWheel wheel, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var version = wheel.For(year);
        var startMonth = wheel.StartMonth(year);
        var existing = holders.Count == 0 ? new HashSet<(string, int)>() : await stops.PlannedOfYearAsync(tenant, year, cancellationToken);
        var missing = holders
            .Select(holder => version.Stops.Where(d => ManagerGroup.HasOwn(holder, d) && !existing.Contains((holder, d.Number)))
                .Select(d => LearningStop.Plan(new StopKey(tenant, holder, year, d.Number), d, startMonth)).ToList())
            .Where(planned => planned.Count > 0)
            .ToList();
        var added = new System.Collections.Concurrent.ConcurrentBag<LearningStop>();
        await Parallel.ForEachAsync(
            missing,
            new ParallelOptions { MaxDegreeOfParallelism = HoldersAtOnce, CancellationToken = cancellationToken },
            async (planned, ct) =>
            {
                foreach (var stop in await stops.PlanAllAsync(planned, ct))
                {
                    added.Add(stop);
                }
            });

        // Only the stops added get their events: a stop that was there has them already.
        await calendar.AddAsync(
            tenant,
            added.SelectMany(stop => StopNudges.Plan(stop, today).Select(e => new StopCalendarEntry(stop.Key.UnitId, year, stop.Key.Number, e.Kind, e.On))),
            cancellationToken);
        return added.Count;
    }

    /// <summary>Holders whose year is written at the same time when a year is new (one transaction each).</summary>
    private const int HoldersAtOnce = 8;

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
