using System.Collections.Concurrent;
using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
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
/// the self-check results (<see cref="SelfCheckReport"/>), the reports per tertial and kind of the units whose reports
/// they count (<see cref="DeviationStatistics.UnitsCountedFor"/>), and the current risks in the 4×4 matrix.
/// </summary>
/// <remarks>
/// Built for 300 units in under a second: the organisation and the wheel once, then per unit one query of each of its
/// partitions (stops of the year, actions, risks) selecting only the columns shown, units read in parallel with a
/// bound, while the tenant's self-check year (two queries) and report year (one query, columns selected: the quality report's own read) are read alongside.
/// No point read per item.
/// </remarks>
public sealed class ShowOverview(
    OverviewScope scope,
    LearningStopRepository stops,
    ImprovementActionRepository actions,
    RiskRepository risks,
    DeviationRepository reports,
    SelfCheckReport selfChecks,
    SelfCheckPlanRepository plans,
    SelfCheckResultRepository results) : IUseCase
{
    /// <summary>How many units are read at once: enough to hide the round trips, few enough not to crowd the table service.</summary>
    public const int UnitsAtOnce = 16;

    /// <summary>How many overdue actions the first page lists (oldest due first); the counts cover them all.</summary>
    public const int OverdueListed = 20;

    /// <summary>
    /// Up to this many units, each unit's self-checks are read from its own rows (its plan, its results); beyond, the
    /// tenant's whole year at once (<see cref="SelfCheckReport"/>, two queries), which a manager of one unit would
    /// otherwise pay for with every unit's plans.
    /// </summary>
    public const int SelfChecksPerUnitUpTo = 10;

    public async Task<Outcome<ManagementOverview>> RunAsync(TenantId tenant, string personId, int? year, CancellationToken cancellationToken)
    {
        var found = await scope.RunAsync(tenant, personId, year, cancellationToken);
        if (found.IsRefused)
        {
            return found.As<ManagementOverview>();
        }

        var basis = found.Value;
        var figures = basis.Audience.SeesFigures();
        var perUnitChecks = figures && basis.Units.Count <= SelfChecksPerUnitUpTo;
        var selfCheckRead = figures && !perUnitChecks ? selfChecks.RunAsync(basis.Actor, basis.Year, cancellationToken) : null;
        var reportRead = basis.CountedUnits.Count > 0 ? reports.FactsOfYearAsync(tenant, basis.Year, null, cancellationToken) : null;

        var holders = basis.Units.Select(u => (Unit: u, Group: false)).ToList();
        if (basis.ManagerGroup is { } group)
        {
            holders.Add((group, true));
        }

        var read = new ConcurrentDictionary<string, HolderRead>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            holders,
            new ParallelOptions { MaxDegreeOfParallelism = UnitsAtOnce, CancellationToken = cancellationToken },
            async (holder, ct) => read[holder.Unit.Id] = await ReadAsync(basis, holder.Unit.Id, holder.Group, figures, perUnitChecks && !holder.Group, ct));

        var tallies = selfCheckRead is not null
            ? (await selfCheckRead).Value.ToDictionary(t => t.Unit.Id, t => SelfCheckCounts.Of(t.Perspectives), StringComparer.Ordinal)
            : perUnitChecks ? read.Where(r => r.Value.SelfChecks is not null).ToDictionary(r => r.Key, r => r.Value.SelfChecks!, StringComparer.Ordinal)
            : null;
        var filed = reportRead is null ? [] : (await reportRead)
            .Where(r => basis.CountedUnits.Contains(r.UnitId) && SwedishTime.Day(r.FiledAt).Year == basis.Year)
            .ToList();
        var filedPerUnit = filed.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var rows = holders.Select(h =>
        {
            var unitRead = read[h.Unit.Id];
            return new HolderRow(
                h.Unit,
                h.Group,
                basis.StatesOf(h.Unit.Id, unitRead.Stops),
                ActionCounts.Of(unitRead.Actions, basis.Today),
                figures && !h.Group ? tallies?.GetValueOrDefault(h.Unit.Id) ?? new SelfCheckCounts(0, 0, 0, 0, 0) : null,
                basis.CountedUnits.Contains(h.Unit.Id) ? filedPerUnit.GetValueOrDefault(h.Unit.Id) : null,
                figures && !h.Group ? unitRead.Risks.Count(r => r.IsCurrent) : null);
        }).ToList();

        var wheel = basis.Stops.OrderBy(d => d.Number).Select(d =>
        {
            var states = rows.SelectMany(r => r.Stops.Where(s => s.Number == d.Number)).ToList();
            var counts = Enum.GetValues<StopState>().ToDictionary(s => s, s => states.Count(x => x.State == s));
            var due = states.Select(s => s.DueDate).DefaultIfEmpty(Domain.Stops.QualityYear.DueDate(d, basis.Year, basis.StartMonth)).Max();
            return new WheelStopState(d, due, OverviewAudiences.Aggregate(states.Select(s => s.State).ToList()), counts);
        }).ToList();

        var unitActions = holders.Where(h => !h.Group).SelectMany(h => read[h.Unit.Id].Actions.Select(a => (h.Unit, Action: a))).ToList();
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
            basis.CountedUnits.Count == 0 ? null : PerTertial(basis.Year, filed),
            figures ? Matrix(holders.Where(h => !h.Group).SelectMany(h => read[h.Unit.Id].Risks)) : null);
    }

    /// <summary>The year's three tertials, each with every kind counted (zeros too, so a chart has all its bars).</summary>
    public static IReadOnlyList<TertialCounts> PerTertial(int year, IEnumerable<FiledReportFacts> filed)
    {
        var counted = filed.GroupBy(r => (Tertial.Of(SwedishTime.Day(r.FiledAt)).Number, r.Kind)).ToDictionary(g => g.Key, g => g.Count());
        return Enumerable.Range(1, 3)
            .Select(n => new TertialCounts(new Tertial(year, n), Enum.GetValues<DeviationKind>().ToDictionary(k => k, k => counted.GetValueOrDefault((n, k)))))
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

    private async Task<HolderRead> ReadAsync(OverviewBasis basis, string holderId, bool group, bool figures, bool selfChecksToo, CancellationToken cancellationToken)
    {
        var tenant = basis.Actor.Tenant;
        var stopRead = stops.StatusesOfYearAsync(tenant, holderId, basis.Year, cancellationToken);
        // The manager group has no plan and no register of its own: only its stops are read.
        var actionRead = group ? Task.FromResult<IReadOnlyList<ActionLine>>([]) : actions.LinesAsync(tenant, holderId, cancellationToken);
        var riskRead = group || !figures ? Task.FromResult<IReadOnlyList<RiskLine>>([]) : risks.LinesAsync(tenant, holderId, cancellationToken);
        var planRead = selfChecksToo ? plans.FindAsync(tenant, holderId, basis.Year, cancellationToken) : null;
        var resultRead = selfChecksToo ? results.LatestOfUnitAsync(tenant, holderId, basis.Year, cancellationToken) : null;
        SelfCheckCounts? checks = null;
        if (planRead is not null && resultRead is not null)
        {
            var plan = await planRead;
            checks = SelfCheckCounts.Of(SelfCheckProgress.Tally(plan?.Points ?? [], basis.Year, await resultRead, basis.Today));
        }

        return new HolderRead(await stopRead, await actionRead, await riskRead, checks);
    }

    private sealed record HolderRead(IReadOnlyList<StopStatusLine> Stops, IReadOnlyList<ActionLine> Actions, IReadOnlyList<RiskLine> Risks, SelfCheckCounts? SelfChecks);
}
