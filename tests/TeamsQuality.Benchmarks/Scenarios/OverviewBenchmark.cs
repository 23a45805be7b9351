using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application.Overview;
using TeamsQuality.Benchmarks.Infrastructure;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Benchmarks.Scenarios;

/// <summary>
/// Scenario 5 (issue 11): the management view's first page in the tab for the deputy director over every unit
/// (<see cref="ShowOverview"/>, as <c>GET /api/tab/overview</c> calls it), the drill into one unit
/// (<see cref="ShowUnitOverview"/>), and a unit manager's first page, on a year of data: the wheel year's stops (some
/// finished, some started), a self-check plan with results, actions, risks and reports per unit. The target: the first
/// page for 300 units in under a second.
/// </summary>
public static class OverviewBenchmark
{
    /// <summary>Monday 5 June 2028, in wheel year 2028 (November 2027 – October 2028): stops 1–5 are past their due dates.</summary>
    public static readonly DateOnly Today = new(2028, 6, 5);

    private const int PointsPerUnit = 40;
    private const int ResultsPerUnit = 6;
    private const int ActionsPerUnit = 10;
    private const int RisksPerUnit = 6;
    private const int ReportsPerUnit = 10;
    private const int Repeats = 5;

    private static readonly DeviationKind[] Kinds =
        [DeviationKind.Avvikelse, DeviationKind.Avvikelse, DeviationKind.Avvikelse, DeviationKind.Avvikelse, DeviationKind.Synpunkt, DeviationKind.Klagomal,
         DeviationKind.Avvikelse, DeviationKind.Missforhallande, DeviationKind.Berom, DeviationKind.Avvikelse];

    /// <summary>
    /// Writes the year (not measured): every unit's stop 1 finished in odd units, stops 2 and 6 started everywhere; a
    /// self-check plan of 40 points with 6 results; 10 actions (due dates from March to September); 6 risks over the
    /// matrix; 10 reports filed from January to May (every kind).
    /// </summary>
    public static async Task SetUpAsync(BenchmarkWorld world, CancellationToken cancellationToken)
    {
        world.Clock.Set(BenchmarkClock.Swedish(Today, 7, 0));
        var now = world.Clock.GetUtcNow();
        var stops = world.Get<LearningStopRepository>();
        var plans = world.Get<SelfCheckPlanRepository>();
        var results = world.Get<SelfCheckResultRepository>();
        var actions = world.Get<ImprovementActionRepository>();
        var risks = world.Get<RiskRepository>();
        var reports = world.Get<DeviationRepository>();
        var units = world.Units;
        var year = DueScanBenchmark.WheelYear;
        await Parallel.ForEachAsync(
            units.Select((unit, index) => (unit, index)),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (item, ct) =>
            {
                var (unit, index) = item;
                var manager = world.ManagerOf(unit);
                var staff = world.StaffOf(unit);
                if (index % 2 == 1)
                {
                    await stops.UpdateAsync(new StopKey(world.Tenant, unit.Id, year, 1), s => s.Finish(manager, unit, false, Trend.Oforandrad, null, now), ct);
                }

                foreach (var number in new[] { 2, 6 })
                {
                    await stops.UpdateAsync(new StopKey(world.Tenant, unit.Id, year, number), s => { s.Start(manager, unit, now); return 0; }, ct);
                }

                var plan = SelfCheckPlan.Empty(world.Tenant, unit.Id, year);
                for (var i = 0; i < PointsPerUnit; i++)
                {
                    plan.Add($"kp-{i:D2}", Draft(i), world.Organisation, manager, now);
                }

                await plans.SaveAsync(plan, ct);
                foreach (var point in plan.Points.Take(ResultsPerUnit))
                {
                    var occurrence = SelfCheckProgress.Of(point, year, [], Today).Select(o => o.Occurrence).Where(o => o.Opens <= Today).Last();
                    var verdict = point.Id.EndsWith('3') ? CheckVerdict.EjGodkand : CheckVerdict.Godkand;
                    var input = new CheckInput(verdict, null, null, null, verdict == CheckVerdict.EjGodkand ? "Rutinen följdes inte" : null);
                    await results.SaveAsync(world.Tenant, SelfCheckResult.Record(unit, point, occurrence, manager, input, verdict == CheckVerdict.EjGodkand ? "ac-ov-000" : null, now, null), null, ct);
                }

                var origin = new ActionOrigin(ActionOriginKind.Egenkontroll, "kp-03", "egenkontroll");
                await actions.AddAsync(
                    Enumerable.Range(0, ActionsPerUnit).Select(k => ImprovementAction.Create(
                        world.Tenant, unit.Id, $"ac-ov-{k:D3}", $"Åtgärd {k + 1}", manager.Id, manager.Name, Today.AddDays(-60 + (k * 14)), origin, manager, now)).ToList(),
                    ct);

                for (var k = 0; k < RisksPerUnit; k++)
                {
                    var risk = Risk.Identify($"risk-{k:D2}", unit, manager, "Process " + (k + 1), "Det som kan hända", (Probability)((k % 4) + 1), (Consequence)(((k * 3) % 4) + 1), now);
                    await risks.AddAsync(world.Tenant, risk, ct);
                }

                var reporter = staff.Count > 0 ? staff[0] : manager;
                for (var k = 0; k < ReportsPerUnit; k++)
                {
                    var kind = Kinds[k % Kinds.Length];
                    var filed = BenchmarkClock.Swedish(new DateOnly(2028, 1 + (k % 5), 3 + k), 10, 0);
                    var reference = new DeviationReference(kind.Prefix(), 2028, (index * ReportsPerUnit) + k + 1);
                    var filing = new DeviationFiling(kind, unit.Id, "Något hände som inte blev som det skulle.", filed.AddHours(-3), null, null);
                    await reports.AddAsync(DeviationReport.File(world.Tenant, reference, filing, reporter, unit, filed), ct);
                }
            });
    }

    public static async Task RunAsync(BenchmarkWorld world, TextWriter output, CancellationToken cancellationToken)
    {
        var units = world.Organisation.Units.Count;
        output.WriteLine($"## 5. The management view (Översikt) in the tab: the first page over {units} units, the drill into one unit, a manager's first page");
        output.WriteLine();
        output.WriteLine($"Wheel year {DueScanBenchmark.WheelYear} on Mon {Today:yyyy-MM-dd} 10:00: per unit 10 stops (stop 1 finished in every other unit, stops 2 and 6 started),");
        output.WriteLine($"a self-check plan of {PointsPerUnit} points with {ResultsPerUnit} results, {ActionsPerUnit} actions, {RisksPerUnit} risks and {ReportsPerUnit} reports; written before, not measured.");
        output.WriteLine("Each call is the use case the tab's API calls (ShowOverview, ShowUnitOverview), in a scope of its own as per request;");
        output.WriteLine($"the first call is the first view after the setup, then {Repeats} more of each (median shown).");
        output.WriteLine();

        world.Clock.Set(BenchmarkClock.Swedish(Today, 10, 0));
        var eva = world.Organisation.People.First(p => p.Role == Role.BitradandeSocialchef);
        var unit = world.Units[^1];
        var manager = world.ManagerOf(unit);
        var runs = new List<(string Label, Measured Measured, string Shows)>();

        async Task<(Measured Measured, string Shows)> OverviewAsync(Person person)
        {
            await using var scope = world.CreateScope();
            var use = scope.ServiceProvider.GetRequiredService<ShowOverview>();
            var measurement = world.Measure();
            var view = (await use.RunAsync(world.Tenant, person.Id, null, cancellationToken)).Value;
            var measured = measurement.Stop();
            var late = view.Rows.Sum(r => r.Stops.Count(s => s.State == StopState.Forsenad));
            return (measured, $"{view.Rows.Count} rows, {late} late stops, {view.Actions.Open} open actions, {view.Deviations?.Sum(t => t.Total) ?? 0} reports, {view.RiskMatrix?.Sum(c => c.Count) ?? 0} risks");
        }

        async Task<(Measured Measured, string Shows)> UnitAsync(Person person)
        {
            await using var scope = world.CreateScope();
            var use = scope.ServiceProvider.GetRequiredService<ShowUnitOverview>();
            var measurement = world.Measure();
            var view = (await use.RunAsync(world.Tenant, person.Id, unit.Id, null, cancellationToken)).Value;
            var measured = measurement.Stop();
            return (measured, $"{view.Stops.Count} stops, {view.Actions.Count} actions, {view.SelfChecks?.Count ?? 0} points");
        }

        foreach (var (label, call) in new (string, Func<Task<(Measured, string)>>)[]
        {
            ($"first page, {eva.Name} (all {units} units)", () => OverviewAsync(eva)),
            ($"drill into {unit.Name}", () => UnitAsync(eva)),
            ($"first page, {manager.Name} (1 unit)", () => OverviewAsync(manager)),
        })
        {
            var (first, shows) = await call();
            runs.Add(($"{label}: first", first, shows));
            var again = new List<Measured>();
            for (var i = 0; i < Repeats; i++)
            {
                again.Add((await call()).Item1);
            }

            runs.Add(($"{label}: median of {Repeats}", again.OrderBy(m => m.Elapsed).ElementAt(Repeats / 2), shows));
        }

        var table = new TextTable("call", "shows", "requests", "query", "point", "rows read", "KB in", "time");
        foreach (var (label, measured, shows) in runs)
        {
            var t = measured.Tables;
            table.Add(label, shows, t.Requests, t.Of(RequestKind.Query).Requests, t.Of(RequestKind.PointRead).Requests, t.Rows, t.BytesIn / 1024, measured.Elapsed);
        }

        table.Print(output);
        output.WriteLine("(\"query\" counts each page of a query; the first page for all units reads each table's rows of the tenant in one range query,");
        output.WriteLine($" a manager's reads per unit one query of each of its partitions, {ShowOverview.UnitsAtOnce} units at a time)");
        output.WriteLine();
        DueScanBenchmark.PrintByTable(output, world.Prefix, runs.Where(r => r.Label.EndsWith(": first", StringComparison.Ordinal)).Select(r => (r.Label.Replace(": first", string.Empty, StringComparison.Ordinal), r.Measured)).ToArray());
    }

    /// <summary>A plan as the source documents have them: mostly yearly, tertial and quarterly points, a few monthly ones; no file reviews (no counts to give).</summary>
    private static ControlPointDraft Draft(int i)
    {
        var (frequency, months) = (i % 10) switch
        {
            0 => (CheckFrequency.Manadsvis, Array.Empty<int>()),
            < 4 => (CheckFrequency.Kvartalsvis, []),
            < 7 => (CheckFrequency.Tertialvis, []),
            _ => (CheckFrequency.Arsvis, [(i % 5) + 1]),
        };
        return new ControlPointDraft($"Kontrollpunkt {i + 1}", (QualityPerspective)(i % 3), i % 2 == 0 ? ControlMethod.Checklista : ControlMethod.Statistik, frequency, months, null, "Gå igenom och notera brister", null);
    }
}
