using TeamsQuality.Benchmarks.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Jobs.Wheel;
using TeamsQuality.Storage;

namespace TeamsQuality.Benchmarks.Scenarios;

/// <summary>
/// Scenario 1: plan the year for every unit (Vetlanda's wheel), then run the daily due scan on the Monday stop 1
/// (Samverkan, November) falls due for every unit, again the same morning, the next day and the day after.
/// </summary>
public static class DueScanBenchmark
{
    /// <summary>Monday 1 November 2027: wheel year 2028 starts, stop 1 opens.</summary>
    public static readonly DateOnly DueDay = new(2027, 11, 1);

    public const int WheelYear = 2028;

    private sealed record Run(string Label, DueStopsJob.Result? Result, Measured Measured);

    /// <summary>Plans the year (as the nightly job does at 02:30 on the first day of the wheel year); returns what it measured.</summary>
    public static async Task<(int Added, Measured Measured)> PlanAsync(BenchmarkWorld world, CancellationToken cancellationToken)
    {
        world.Clock.Set(BenchmarkClock.Swedish(DueDay, 2, 30));
        var planner = world.Get<WheelPlanningJob>();
        var measurement = world.Measure();
        var added = await planner.PlanTenantAsync(world.Tenant, cancellationToken);
        return (added, measurement.Stop());
    }

    public static async Task RunAsync(BenchmarkWorld world, (int Added, Measured Measured) planning, TextWriter output, CancellationToken cancellationToken)
    {
        var units = world.Organisation.Units.Count;
        output.WriteLine($"## 1. Daily due scan: {units} units x 10 stops, one tenant, Vetlanda's wheel (WheelTemplates.Vetlanda)");
        output.WriteLine();
        output.WriteLine($"Organisation: {units} units, {world.Organisation.People.Count} people ({world.OrganisationRows} rows in its partition); conversation references stored");
        output.WriteLine("for every manager's 1:1 chat and every unit channel (the app is installed). Clock: Swedish time, set per run.");
        output.WriteLine();

        // Planning: the first run adds the year; the nightly rerun finds it planned.
        var again = await PlanAsync(world, cancellationToken);
        output.WriteLine($"Planning (WheelPlanningJob.PlanTenantAsync at 02:30 on Mon {DueDay:yyyy-MM-dd}, wheel year {WheelYear})");
        output.WriteLine();
        var plan = new TextTable("run", "stops added", "requests", "per unit", "query", "point", "insert", "update", "txn", "rows read", "time");
        AddPlanRow(plan, "first (plans the year)", planning.Added, planning.Measured, units);
        AddPlanRow(plan, "nightly rerun (nothing new)", again.Added, again.Measured, units);
        plan.Print(output);
        PrintByTable(output, world.Prefix, ("first planning", planning.Measured), ("rerun", again.Measured));

        // The last completed scan day: the day before, so Monday's scan covers Monday (see README).
        await world.Get<JobState>().SetLastCompletedDayAsync(world.Tenant, DueStopsJob.StateName, DueDay.AddDays(-1), cancellationToken);

        var job = world.Get<DueStopsJob>();
        var runs = new List<Run>
        {
            await ScanAsync(world, job, $"Mon {DueDay:MM-dd} 09:00, stop 1 due", DueDay, 9, 0, cancellationToken),
            await ScanAsync(world, job, "Mon 09:05, same day again", DueDay, 9, 5, cancellationToken),
            await ScanAsync(world, job, "Tue 09:00 (rescans Mon)", DueDay.AddDays(1), 9, 0, cancellationToken),
            await ScanAsync(world, job, "Wed 09:00, nothing due", DueDay.AddDays(2), 9, 0, cancellationToken),
        };
        world.Clock.Set(BenchmarkClock.Swedish(DueDay.AddDays(2), 9, 15));
        var delivery = world.Measure();
        var delivered = await world.Get<OutboxDeliveryJob>().RunAsync(cancellationToken);
        runs.Add(new Run("Wed 09:15 outbox run (every minute)", new DueStopsJob.Result(0, 0, delivered, false), delivery.Stop()));

        output.WriteLine("Due scan (DueStopsJob.ScanAsync: due index -> outbox -> delivery) and the outbox's delivery run with nothing due (OutboxDeliveryJob.RunAsync)");
        output.WriteLine();
        var outcome = new TextTable("run", "days", "due entries", "new intents", "sent", "connector calls", "channel threads", "1:1 posts", "time");
        foreach (var run in runs)
        {
            outcome.Add(run.Label, run.Result?.DaysScanned, DueEntries(world, run), run.Result?.Intended, run.Result?.Sent, run.Measured.Connector.Total,
                run.Measured.Connector.Conversations, run.Measured.Connector.Activities, run.Measured.Elapsed);
        }

        outcome.Print(output);

        var requests = new TextTable("run", "requests", "per due entry", "query", "point", "insert", "update", "txn", "failed", "rows read", "KB in");
        foreach (var run in runs)
        {
            var t = run.Measured.Tables;
            var due = DueEntries(world, run);
            requests.Add(run.Label, t.Requests, due > 0 ? (double)t.Requests / due : null, t.Of(RequestKind.Query).Requests, t.Of(RequestKind.PointRead).Requests,
                t.Of(RequestKind.Insert).Requests, t.Of(RequestKind.Update).Requests, t.Of(RequestKind.Transaction).Requests, t.Failed, t.Rows, t.BytesIn / 1024);
        }

        requests.Print(output);
        output.WriteLine("(\"failed\": answered 404/409/412, e.g. an intent already recorded; \"per due entry\": requests / rows read from the due index)");
        output.WriteLine();
        PrintByTable(output, world.Prefix, runs.Take(3).Select(r => (r.Label, r.Measured)).ToArray());
    }

    private static long DueEntries(BenchmarkWorld world, Run run) => run.Measured.RowsFrom(world.Prefix, TableKeys.DueIndexTable);

    private static async Task<Run> ScanAsync(BenchmarkWorld world, DueStopsJob job, string label, DateOnly day, int hour, int minute, CancellationToken cancellationToken)
    {
        world.Clock.Set(BenchmarkClock.Swedish(day, hour, minute));
        var measurement = world.Measure();
        var result = await job.ScanAsync(cancellationToken);
        return new Run(label, result, measurement.Stop());
    }

    private static void AddPlanRow(TextTable table, string label, int added, Measured m, int units)
    {
        var t = m.Tables;
        table.Add(label, added, t.Requests, (double)t.Requests / units, t.Of(RequestKind.Query).Requests, t.Of(RequestKind.PointRead).Requests,
            t.Of(RequestKind.Insert).Requests, t.Of(RequestKind.Update).Requests, t.Of(RequestKind.Transaction).Requests, t.Rows, m.Elapsed);
    }

    /// <summary>Requests per table and kind, one column per run.</summary>
    public static void PrintByTable(TextWriter output, string prefix, params (string Label, Measured Measured)[] runs)
    {
        var keys = runs.SelectMany(r => r.Measured.Tables.PerTable(prefix).Select(c => (c.Table, c.Kind))).Distinct()
            .OrderBy(k => k.Table, StringComparer.Ordinal).ThenBy(k => k.Kind).ToList();
        var table = new TextTable(["by table and kind (requests / rows read)", .. runs.Select(r => r.Label)]);
        foreach (var (name, kind) in keys)
        {
            table.Add([$"{name} {KindName(kind)}", .. runs.Select(r => Cell(r.Measured.Tables.PerTable(prefix).FirstOrDefault(c => c.Table == name && c.Kind == kind).Count, kind))]);
        }

        table.Print(output);
    }

    private static object Cell(TableCount count, RequestKind kind) =>
        count.Requests == 0 ? "-"
        : kind is RequestKind.Query ? $"{count.Requests} / {count.Rows}"
        : count.Failed > 0 ? $"{count.Requests} ({count.Failed} failed)"
        : count.Requests;

    public static string KindName(RequestKind kind) => kind switch
    {
        RequestKind.Query => "query",
        RequestKind.PointRead => "point read",
        RequestKind.Insert => "insert",
        RequestKind.Update => "update",
        RequestKind.Transaction => "transaction",
        RequestKind.Delete => "delete",
        RequestKind.CreateTable => "create table",
        _ => kind.ToString(),
    };
}
