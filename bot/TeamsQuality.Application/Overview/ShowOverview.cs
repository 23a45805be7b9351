using System.Collections.Concurrent;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Overview;

/// <summary>
/// The management view's first page (issue 11 item 3) for a person and a wheel year: every unit they see × the year's
/// stops with each stop's state (Försenad: not Klar after its due date, Swedish time), the wheel with each stop's state
/// over those units, open and overdue actions; and for those who see figures (<see cref="OverviewAudiences.SeesFigures"/>)
/// the self-check results, the reports per tertial and kind of the units whose reports they count
/// (<see cref="DeviationStatistics.UnitsCountedFor"/>), and the current risks in the 4×4 matrix.
/// </summary>
/// <remarks>
/// Built for 300 units in under a second. For those who see every unit the tenant's rows are read at once, one range
/// query per table over the tenant's partitions (stops of the year, actions, risks; each the rows and columns shown
/// only, paged by 1,000 rows), with the self-check year (the plans' points from each plan's head row, one row a plan; the
/// latest results) and the report year (columns selected: the quality report's own read): about 20 requests for 300
/// units where one query per unit and table took 934. A manager or staff member sees a unit or a few: their units are
/// read partition by partition, in parallel with a bound, which for them is less than every unit's rows. Besides the
/// organisation and the wheel (<see cref="OverviewScope"/>) and a unit's plan head row, no point read.
/// </remarks>
public sealed class ShowOverview(
    OverviewScope scope,
    LearningStopRepository stops,
    ImprovementActionRepository actions,
    RiskRepository risks,
    DeviationRepository reports,
    SelfCheckPlanRepository plans,
    SelfCheckResultRepository results) : IUseCase
{
    /// <summary>How many units are read at once when they are read unit by unit: enough to hide the round trips, few enough not to crowd the table service.</summary>
    public const int UnitsAtOnce = 16;

    /// <summary>How many overdue actions the first page lists (oldest due first); the counts cover them all.</summary>
    public const int OverdueListed = 20;

    public async Task<Outcome<ManagementOverview>> RunAsync(TenantId tenant, string personId, int? year, CancellationToken cancellationToken)
    {
        var found = await scope.RunAsync(tenant, personId, year, cancellationToken);
        if (found.IsRefused)
        {
            return found.As<ManagementOverview>();
        }

        var basis = found.Value;
        var figures = basis.Audience.SeesFigures();
        // A manager of one unit counts that unit's reports: read those only, not the tenant's year. The reports per tertial
        // are the wheel year's: the calendar-year partitions its span touches, kept to the span.
        var reportRead = basis.CountedUnits.Count > 0
            ? basis.FiledInSpanAsync(y => reports.FactsOfYearAsync(tenant, y, basis.CountedUnits.Count == 1 ? basis.CountedUnits.Single() : null, cancellationToken))
            : null;

        var holders = basis.Units.Select(u => (Unit: u, Group: false)).ToList();
        if (basis.ManagerGroup is { } group)
        {
            holders.Add((group, true));
        }

        var read = basis.Audience == OverviewAudience.AllUnits
            ? await ReadTenantAsync(basis, figures, cancellationToken)
            : await ReadUnitsAsync(basis, holders.Select(h => h.Unit.Id).ToList(), figures, cancellationToken);
        var unitRead = (Unit holder, bool isGroup) => new HolderRead(
            read.Stops.GetValueOrDefault(holder.Id) ?? [],
            isGroup ? [] : read.Actions.GetValueOrDefault(holder.Id) ?? [],
            isGroup ? [] : read.Risks.GetValueOrDefault(holder.Id) ?? []);

        var tallies = figures
            ? basis.Units.ToDictionary(
                u => u.Id,
                u => SelfCheckCounts.Of(SelfCheckProgress.Tally(read.Points!.GetValueOrDefault(u.Id) ?? [], basis.Year, read.Results![u.Id].ToList(), basis.Today)),
                StringComparer.Ordinal)
            : null;
        var filed = reportRead is null ? [] : (await reportRead)
            .Where(r => basis.CountedUnits.Contains(r.UnitId))
            .ToList();
        var filedPerUnit = filed.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var rows = holders.Select(h =>
        {
            var holderRead = unitRead(h.Unit, h.Group);
            return new HolderRow(
                h.Unit,
                h.Group,
                basis.StatesOf(h.Unit.Id, holderRead.Stops),
                ActionCounts.Of(holderRead.Actions, basis.Today),
                figures && !h.Group ? tallies?.GetValueOrDefault(h.Unit.Id) ?? new SelfCheckCounts(0, 0, 0, 0, 0) : null,
                basis.CountedUnits.Contains(h.Unit.Id) ? filedPerUnit.GetValueOrDefault(h.Unit.Id) : null,
                figures && !h.Group ? holderRead.Risks.Count(r => r.IsCurrent) : null);
        }).ToList();

        var wheel = basis.Stops.OrderBy(d => d.Number).Select(d =>
        {
            var states = rows.SelectMany(r => r.Stops.Where(s => s.Number == d.Number)).ToList();
            var counts = Enum.GetValues<StopState>().ToDictionary(s => s, s => states.Count(x => x.State == s));
            var due = states.Select(s => s.DueDate).DefaultIfEmpty(Domain.Stops.QualityYear.DueDate(d, basis.Year, basis.StartMonth)).Max();
            return new WheelStopState(d, due, OverviewAudiences.Aggregate(states.Select(s => s.State).ToList()), counts);
        }).ToList();

        var unitActions = holders.Where(h => !h.Group).SelectMany(h => unitRead(h.Unit, false).Actions.Select(a => (h.Unit, Action: a))).ToList();
        var overdue = unitActions.Where(x => x.Action.IsOverdue(basis.Today))
            .OrderBy(x => x.Action.DueDate).ThenBy(x => x.Unit.Name, StringComparer.Ordinal)
            .Take(OverdueListed)
            .Select(x => new OverdueAction(x.Unit, x.Action))
            .ToList();

        return new ManagementOverview(
            basis.Year,
            basis.Today,
            basis.Audience,
            wheel,
            rows,
            ActionCounts.Of(unitActions.Select(x => x.Action), basis.Today),
            overdue,
            tallies is null ? null : SelfCheckCounts.Sum(rows.Where(r => r.SelfChecks is not null).Select(r => r.SelfChecks!)),
            basis.CountedUnits.Count == 0 ? null : PerTertial(basis.Span, filed),
            figures ? Matrix(holders.Where(h => !h.Group).SelectMany(h => unitRead(h.Unit, false).Risks)) : null);
    }

    /// <summary>
    /// The quality year's three tertials (counted from its first month, as the kvalitetsberättelse counts them), each with
    /// every kind counted (zeros too, so a chart has all its bars); reports outside the span are not counted.
    /// </summary>
    public static IReadOnlyList<TertialCounts> PerTertial(QualityYearSpan span, IEnumerable<FiledReportFacts> filed)
    {
        var counted = filed.Where(r => span.Contains(r.FiledAt)).GroupBy(r => (span.TertialOf(r.FiledAt), r.Kind)).ToDictionary(g => g.Key, g => g.Count());
        return span.Tertials
            .Select(t => new TertialCounts(t, Enum.GetValues<DeviationKind>().ToDictionary(k => k, k => counted.GetValueOrDefault((t.Number, k)))))
            .ToList();
    }

    /// <summary>The current risks per probability × consequence, every one of the 16 cells (highest probability first, as the matrix is drawn).</summary>
    public static IReadOnlyList<RiskCell> Matrix(IEnumerable<RiskLine> lines)
    {
        var counted = lines.Where(r => r.IsCurrent).GroupBy(r => (r.Probability, r.Consequence)).ToDictionary(g => g.Key, g => g.Count());
        return Enum.GetValues<Probability>().OrderByDescending(p => p)
            .SelectMany(p => Enum.GetValues<Consequence>().Select(c => new RiskCell(p, c, counted.GetValueOrDefault((p, c)))))
            .ToList();
    }

    /// <summary>Every holder's rows of the tenant: one range query per table (each paged by 1,000 rows), all at once.</summary>
    private async Task<ViewRead> ReadTenantAsync(OverviewBasis basis, bool figures, CancellationToken cancellationToken)
    {
        var tenant = basis.Actor.Tenant;
        var stopRead = stops.StatusesOfYearByHolderAsync(tenant, null, basis.Year, cancellationToken);
        var actionRead = actions.LinesByUnitAsync(tenant, null, cancellationToken);
        var riskRead = figures ? risks.LinesByUnitAsync(tenant, null, cancellationToken) : null;
        var pointRead = figures ? plans.PointsOfYearAsync(tenant, basis.Year, null, cancellationToken) : null;
        var resultRead = figures ? results.LatestOfYearAsync(tenant, basis.Year, cancellationToken) : null;
        return new ViewRead(
            await stopRead,
            await actionRead,
            riskRead is null ? new Dictionary<string, IReadOnlyList<RiskLine>>(StringComparer.Ordinal) : await riskRead,
            pointRead is null ? null : await pointRead,
            resultRead is null ? null : (await resultRead).ToLookup(r => r.UnitId, StringComparer.Ordinal));
    }

    /// <summary>The holders' own partitions, unit by unit, <see cref="UnitsAtOnce"/> at a time (the manager group: its stops only).</summary>
    private async Task<ViewRead> ReadUnitsAsync(OverviewBasis basis, IReadOnlyList<string> holderIds, bool figures, CancellationToken cancellationToken)
    {
        var tenant = basis.Actor.Tenant;
        var stopsOf = new ConcurrentDictionary<string, IReadOnlyList<StopStatusLine>>(StringComparer.Ordinal);
        var actionsOf = new ConcurrentDictionary<string, IReadOnlyList<ActionLine>>(StringComparer.Ordinal);
        var risksOf = new ConcurrentDictionary<string, IReadOnlyList<RiskLine>>(StringComparer.Ordinal);
        var pointsOf = new ConcurrentDictionary<string, IReadOnlyList<ControlPoint>>(StringComparer.Ordinal);
        var resultsOf = new ConcurrentBag<SelfCheckResult>();
        await Parallel.ForEachAsync(
            holderIds,
            new ParallelOptions { MaxDegreeOfParallelism = UnitsAtOnce, CancellationToken = cancellationToken },
            async (holderId, ct) =>
            {
                // The manager group has no plan and no register of its own: only its stops are read.
                var unit = holderId != ManagerGroup.Id;
                var stopRead = stops.StatusesOfYearAsync(tenant, holderId, basis.Year, ct);
                var actionRead = unit ? actions.LinesAsync(tenant, holderId, ct) : null;
                var riskRead = unit && figures ? risks.LinesAsync(tenant, holderId, ct) : null;
                var pointRead = unit && figures ? plans.PointsOfYearAsync(tenant, basis.Year, holderId, ct) : null;
                var resultRead = unit && figures ? results.LatestOfUnitAsync(tenant, holderId, basis.Year, ct) : null;
                stopsOf[holderId] = await stopRead;
                if (actionRead is not null)
                {
                    actionsOf[holderId] = await actionRead;
                }

                if (riskRead is not null)
                {
                    risksOf[holderId] = await riskRead;
                }

                if (pointRead is not null && (await pointRead).GetValueOrDefault(holderId) is { } points)
                {
                    pointsOf[holderId] = points;
                }

                foreach (var result in resultRead is null ? [] : await resultRead)
                {
                    resultsOf.Add(result);
                }
            });
        return new ViewRead(stopsOf, actionsOf, risksOf, figures ? pointsOf : null, figures ? resultsOf.ToLookup(r => r.UnitId, StringComparer.Ordinal) : null);
    }

    /// <summary>What the page read, per holder; the self-checks only for those who see figures.</summary>
    private sealed record ViewRead(
        IReadOnlyDictionary<string, IReadOnlyList<StopStatusLine>> Stops,
        IReadOnlyDictionary<string, IReadOnlyList<ActionLine>> Actions,
        IReadOnlyDictionary<string, IReadOnlyList<RiskLine>> Risks,
        IReadOnlyDictionary<string, IReadOnlyList<ControlPoint>>? Points,
        ILookup<string, SelfCheckResult>? Results);

    private sealed record HolderRead(IReadOnlyList<StopStatusLine> Stops, IReadOnlyList<ActionLine> Actions, IReadOnlyList<RiskLine> Risks);
}
