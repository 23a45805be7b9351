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

    /// <summary>
    /// What the base of issue 12 measured for the same runs (1 tenant x 300 units, before this change), printed beside
    /// today's: the planning's requests per unit and the busy day's requests per due entry.
    /// </summary>
    public static readonly (double PlanFirst, double PlanRerun, double ScanBusyDay) Before1x300 = (28.0, 1.01, 15.1);

    /// <summary>
    /// What the busy day's scan measured before each posted channel card's place was read from its outbox message
    /// (issue 12's first session, batched recording and delivery; a point read and an update of the stop per posted
    /// card, and the organisation read again), per due entry: in all, the recording's and the delivery's, by shape
    /// (tenants, units per tenant). Printed beside today's.
    /// </summary>
    public static readonly IReadOnlyDictionary<(int Tenants, int Units), (double All, double Recording, double Delivery)> BeforePlaces =
        new Dictionary<(int, int), (double, double, double)>
        {
            [(1, 300)] = (2.25, 0.13, 2.12),
            [(30, 40)] = (2.50, 0.40, 2.10),
        };

    /// <summary>Issue 12's targets: planning at most 2 table requests per unit, the busy day's scan at most 1.1 per due entry.</summary>
    public const double PlanTarget = 2.0, ScanTarget = 1.1;

    /// <summary>Plans the year (as the nightly job does at 02:30 on the first day of the wheel year, every tenant); returns what it measured.</summary>
    public static async Task<(int Added, Measured Measured)> PlanAsync(BenchmarkWorld world, CancellationToken cancellationToken)
    {
        world.Clock.Set(BenchmarkClock.Swedish(DueDay, 2, 30));
        var planner = world.Get<WheelPlanningJob>();
        var measurement = world.Measure();
        var added = await planner.RunAsync(cancellationToken);
        return (added, measurement.Stop());
    }

    public static async Task RunAsync(BenchmarkWorld world, (int Added, Measured Measured) planning, TextWriter output, CancellationToken cancellationToken, string heading = "1. Daily due scan")
    {
        var tenants = world.Organisations.Count;
        var units = world.Organisations.Sum(o => o.Units.Count);
        output.WriteLine($"## {heading}: {(tenants == 1 ? "one tenant" : $"{tenants} tenants")} x {world.Organisation.Units.Count} units x 10 stops, Vetlanda's wheel (WheelTemplates.Vetlanda)");
        output.WriteLine();
        output.WriteLine($"Organisation{(tenants == 1 ? "" : " of each tenant")}: {world.Organisation.Units.Count} units, {world.Organisation.People.Count} people ({world.OrganisationRows} rows in its partition); conversation references stored");
        output.WriteLine("for every manager's 1:1 chat and every unit channel (the app is installed). Clock: Swedish time, set per run.");
        output.WriteLine();

        // Planning: the first run adds the year; the nightly rerun finds it planned.
        var again = await PlanAsync(world, cancellationToken);
        output.WriteLine($"Planning (WheelPlanningJob.RunAsync at 02:30 on Mon {DueDay:yyyy-MM-dd}, wheel year {WheelYear}, every tenant)");
        output.WriteLine();
        var plan = new TextTable("run", "stops added", "requests", "per unit", "query", "point", "insert", "update", "txn", "rows read", "time");
        AddPlanRow(plan, "first (plans the year)", planning.Added, planning.Measured, units);
        AddPlanRow(plan, "nightly rerun (nothing new)", again.Added, again.Measured, units);
        plan.Print(output);
        PrintByTable(output, world.Prefix, ("first planning", planning.Measured), ("rerun", again.Measured));

        // The last completed scan day: the day before, so Monday's scan covers Monday (see README).
        await Parallel.ForEachAsync(world.Organisations, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (organisation, ct) =>
            await world.Get<JobState>().SetLastCompletedDayAsync(organisation.Tenant, DueStopsJob.StateName, DueDay.AddDays(-1), ct));

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

        // Issue 12's figures beside the base's and the targets. The busy day's requests split into the recording side
        // (the scan: due index, stops, references, material, intents) and the delivery's (claims, sends' reads, marks,
        // the posted cards' places), which the outbox's sender owns.
        var busy = runs[0];
        var entries = DueEntries(world, busy);
        var ofDelivery = DeliveryRequests(world.Prefix, busy.Measured);
        var base1x300 = tenants == 1 && units == 300;
        var places = BeforePlaces.TryGetValue((tenants, units / tenants), out var p) ? p : ((double, double, double)?)null;
        var figures = new TextTable("figure", "before (base of issue 12, 1 x 300)", "before (cards' places on the stops)", "now", "target");
        figures.Add("planning, first run: requests per unit", base1x300 ? Before1x300.PlanFirst : "-", "-", (double)planning.Measured.Tables.Requests / units, $"<= {PlanTarget}");
        figures.Add("planning, nightly rerun: requests per unit", base1x300 ? Before1x300.PlanRerun : "-", "-", (double)again.Measured.Tables.Requests / units, "-");
        figures.Add("busy day's scan: requests per due entry", base1x300 ? Before1x300.ScanBusyDay : "-", places?.Item1, entries > 0 ? (double)busy.Measured.Tables.Requests / entries : null, $"<= {ScanTarget}");
        figures.Add("  of which the recording (scan)", "-", places?.Item2, entries > 0 ? (double)(busy.Measured.Tables.Requests - ofDelivery) / entries : null, "-");
        figures.Add("  of which the delivery (the outbox's sender)", "-", places?.Item3, entries > 0 ? (double)ofDelivery / entries : null, "-");
        figures.Print(output);
        output.WriteLine("(delivery: the Outbox table's point reads, updates and transactions (claims, marks) and the ConversationReferences point reads;");
        output.WriteLine(" the intents are the \"$batch\" transactions of 33. \"Cards' places on the stops\": before each posted card's place was read from its");
        output.WriteLine(" outbox message, when the delivery also read and updated the stop per posted card and read the organisation again)");
        output.WriteLine();
    }

    /// <summary>
    /// The busy day's requests that the delivery made (the outbox's sender), told apart by table and kind: the scan
    /// makes no point read of the references and records its intents in large transactions of 33 messages, which the
    /// counter cannot name a table for ("$batch"); the Outbox table's transactions are the sender's claims and marks.
    /// The sender's queries of what is due and its read of the references count as the scan's.
    /// </summary>
    private static long DeliveryRequests(string prefix, Measured measured)
    {
        long Count(string table, RequestKind kind) => measured.Tables.PerTable(prefix).Where(c => c.Table == table && c.Kind == kind).Sum(c => c.Count.Requests);
        return Count(TableKeys.ConversationReferencesTable, RequestKind.PointRead)
            + Count(TableKeys.OutboxTable, RequestKind.PointRead) + Count(TableKeys.OutboxTable, RequestKind.Update) + Count(TableKeys.OutboxTable, RequestKind.Transaction);
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
