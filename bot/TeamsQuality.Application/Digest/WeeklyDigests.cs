using System.Collections.Concurrent;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Digest;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Digest;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Digest;

/// <summary>
/// For the weekly digest job: every recipient's digest of the week <paramref name="now"/> falls in, as the domain decides
/// it (<see cref="WeeklyDigest"/>), leaving out those who turned it off and those with nothing due. Read per partition,
/// never per item: the organisation is passed in (read once per tenant), the people who turned it off one query, each
/// unit's stops and actions one query each (units in parallel, at most <see cref="ParallelUnits"/> at once), the
/// manager group's stops one, the wheel one, every unit's self-check plan and results of the year one each, and the two report indexes
/// the reminder jobs already read.
/// </summary>
public sealed class WeeklyDigests(
    LearningStopRepository stops,
    ImprovementActionRepository actions,
    SelfCheckPlanRepository plans,
    SelfCheckResultRepository results,
    DeviationRepository reports,
    DigestSubscriptionRepository subscriptions,
    CurrentWheel wheels) : IUseCase
{
    /// <summary>How many units are read at once: enough to keep a 300-unit tenant quick without flooding the storage account.</summary>
    public const int ParallelUnits = 8;

    public async Task<IReadOnlyList<PersonDigest>> RunAsync(Organisation organisation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tenant = organisation.Tenant;
        var today = SwedishTime.Day(now);
        var week = DigestWeek.Of(today);
        var off = await subscriptions.OffAsync(tenant, cancellationToken);
        var recipients = organisation.People.Where(p => !off.Contains(p.Id) && WeeklyDigest.Receives(p, organisation, now)).ToList();
        if (recipients.Count == 0)
        {
            return [];
        }

        // Stops live in the wheel's year (Vetlanda's 2027 runs from November 2026), self-checks in the calendar year.
        var stopYear = (await wheels.RunAsync(tenant, today, cancellationToken)).YearOf(today);
        var yearPlans = await plans.ListYearAsync(tenant, today.Year, cancellationToken);
        var yearResults = await results.LatestOfYearAsync(tenant, today.Year, cancellationToken);
        var awaiting = (await reports.AwaitingAssessmentAsync(tenant, cancellationToken)).Where(r => r.AwaitsAssessment).ToLookup(r => r.UnitId, StringComparer.Ordinal);
        var resultsByUnit = yearResults.ToLookup(r => r.UnitId, StringComparer.Ordinal);
        var plansByUnit = yearPlans.ToDictionary(p => p.UnitId, StringComparer.Ordinal);

        var parts = new ConcurrentDictionary<string, UnitDigest>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            organisation.Units,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelUnits, CancellationToken = cancellationToken },
            async (unit, ct) =>
            {
                var unitStops = await stops.ListYearAsync(tenant, unit.Id, stopYear, ct);
                var unitActions = await actions.ListAsync(tenant, unit.Id, ct);
                var checks = plansByUnit.TryGetValue(unit.Id, out var plan)
                    ? plan.Points.SelectMany(p => SelfCheckProgress.Of(p, today.Year, resultsByUnit[unit.Id], today)).Select(o => WeeklyDigest.SelfCheck(o, week, today))
                    : [];
                parts[unit.Id] = new UnitDigest(
                    unit,
                    WeeklyDigest.Ordered(unitStops.Select(s => WeeklyDigest.Stop(s, week, today)).OfType<DueItem>()),
                    WeeklyDigest.Ordered(checks.OfType<DueItem>()),
                    WeeklyDigest.Ordered(unitActions.Select(a => WeeklyDigest.Action(a, week, today)).OfType<DueItem>()),
                    awaiting[unit.Id].OrderBy(r => r.FiledAt).Select(r => r.Reference).ToList());
            });

        UnitDigest? group = null;
        if (recipients.Any(ManagerGroup.Includes))
        {
            var holder = organisation.ManagerGroup.AsHolder();
            var groupStops = await stops.ListYearAsync(tenant, ManagerGroup.Id, stopYear, cancellationToken);
            group = new UnitDigest(holder, WeeklyDigest.Ordered(groupStops.Select(s => WeeklyDigest.Stop(s, week, today)).OfType<DueItem>()), [], [], []);
        }

        IReadOnlyList<IvoPending> ivo = [];
        if (recipients.Any(p => p.Role == Role.BitradandeSocialchef))
        {
            ivo = (await reports.AwaitingIvoDecisionAsync(tenant, cancellationToken))
                .Where(r => r.AwaitsIvoDecision && organisation.FindUnit(r.UnitId) is not null)
                .Select(r => new IvoPending(r.Reference, organisation.FindUnit(r.UnitId)!.Name, r.Assessment!.At))
                .OrderBy(i => i.AssessedAt)
                .ToList();
        }

        return recipients
            .Select(p => WeeklyDigest.For(p, organisation, week, now, parts, group, ivo))
            .OfType<PersonDigest>()
            .ToList();
    }
}
