using System.Globalization;
using TeamsQuality.Benchmarks.Infrastructure;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Jobs.Actions;
using TeamsQuality.Jobs.SelfChecks;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Storage;

namespace TeamsQuality.Benchmarks.Scenarios;

/// <summary>
/// Scenario 1b: the other two daily scans of the same morning as the stop scan, over the same units: the self-check scan
/// (<see cref="DueSelfChecksJob"/>, every unit's plan of the year read at once) and the action reminders
/// (<see cref="ActionRemindersJob"/>, the actions' due index per day, then each entry's action). Printed beside the stop
/// scan's figures, in the same shape, so the three can be read side by side.
/// </summary>
public static class FollowUpBenchmark
{
    /// <summary>Monday 1 November 2027, the day the stop scan measures too: monthly checks open (and October's are overdue).</summary>
    public static readonly DateOnly ScanDay = DueScanBenchmark.DueDay;

    /// <summary>The plans and actions are written a week before, so every reminder day from the scan day on is in the due index.</summary>
    private static readonly DateOnly WrittenOn = ScanDay.AddDays(-7);

    /// <summary>
    /// Days from the scan day to each action's due date: overdue on the scan day, due on it, due in a week (reminded on
    /// it), then further out. Tuesday has the overdue reminders of Monday's; Wednesday has nothing.
    /// </summary>
    private static readonly int[] DueOffsets = [-3, 0, 7, 14, 21, 28, 45, 60, 90, 120];

    private sealed record Run(string Job, string Label, int DaysScanned, long DueItems, int Intended, int Sent, Measured Measured);

    /// <summary>
    /// Writes <paramref name="points"/> control points per unit (one plan per unit, saved by the repository as the plan use
    /// cases save it) and <paramref name="actionsPerUnit"/> open actions per unit (through the repository's AddAsync, which
    /// writes the due index as production does), and the 1:1 conversation references of the staff who do the checks and
    /// own actions. None of this is measured.
    /// </summary>
    public static async Task<IReadOnlyList<SelfCheckPlan>> SetUpAsync(BenchmarkWorld world, int points, int actionsPerUnit, CancellationToken cancellationToken)
    {
        world.Clock.Set(BenchmarkClock.Swedish(WrittenOn, 10, 0));
        var now = world.Clock.GetUtcNow();
        var plans = world.Get<SelfCheckPlanRepository>();
        var actions = world.Get<ImprovementActionRepository>();
        var references = world.Get<IConversationReferenceStore>();
        var written = new System.Collections.Concurrent.ConcurrentBag<SelfCheckPlan>();
        await Parallel.ForEachAsync(
            world.Units,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (unit, ct) =>
            {
                var manager = world.ManagerOf(unit);
                var staff = world.StaffOf(unit);
                foreach (var person in staff)
                {
                    await references.RememberAsync(BenchmarkWorld.PersonalChat(world.Tenant, world.ServiceUrl, person.Id, now), ct);
                }

                var plan = SelfCheckPlan.Empty(world.Tenant, unit.Id, ScanDay.Year);
                for (var i = 0; i < points; i++)
                {
                    plan.Add($"kp-{i:D2}", Draft(i, staff), world.Organisation, manager, now);
                }

                await plans.SaveAsync(plan, ct);
                written.Add(plan);

                var planned = Enumerable.Range(0, actionsPerUnit).Select(k => ImprovementAction.Plan(
                    world.Tenant, unit, $"ac-bench-{k:D3}", $"Åtgärd {k + 1}", "Det som egenkontrollen visade", Pick(staff, k), ScanDay.AddDays(Offset(k)),
                    k % 2 == 0 ? ActionPurpose.Korrigerande : ActionPurpose.Forebyggande, Origin(k), manager, now, manager)).ToList();
                await actions.AddAsync(planned, ct);
            });

        return written.OrderBy(p => p.UnitId, StringComparer.Ordinal).ToList();
    }

    public static async Task RunAsync(BenchmarkWorld world, IReadOnlyList<SelfCheckPlan> plans, int actionsPerUnit, TextWriter output, CancellationToken cancellationToken)
    {
        var units = world.Organisation.Units.Count;
        var points = plans.Count > 0 ? plans[0].Points.Count : 0;
        output.WriteLine($"## 1b. The same morning's other scans: self-checks ({units} units x {points} control points) and action reminders ({units} units x {actionsPerUnit} open actions)");
        output.WriteLine();
        output.WriteLine($"Control points per unit by frequency: {string.Join(", ", (plans.Count > 0 ? plans[0] : null)?.Points.GroupBy(p => p.Frequency).Select(g => $"{g.Key} {g.Count()}") ?? [])};");
        output.WriteLine($"half of them done by one of the unit's staff, half by the manager; no results recorded. Actions due {string.Join(", ", Enumerable.Range(0, actionsPerUnit).Select(Offset).Distinct().Take(12).Select(d => d.ToString("+0;-0", CultureInfo.InvariantCulture)))} days from the scan day,");
        output.WriteLine("owned by staff or the manager; the staff's 1:1 conversation references stored too. Plans, actions and due index written a week before, not measured.");
        output.WriteLine();

        // As for the stop scan: the last completed day is the Sunday, so Monday's run covers Monday.
        var state = world.Get<JobState>();
        await state.SetLastCompletedDayAsync(world.Tenant, DueSelfChecksJob.StateName, ScanDay.AddDays(-1), cancellationToken);
        await state.SetLastCompletedDayAsync(world.Tenant, ActionRemindersJob.StateName, ScanDay.AddDays(-1), cancellationToken);

        var selfChecks = world.Get<DueSelfChecksJob>();
        var reminders = world.Get<ActionRemindersJob>();
        var runs = new List<Run>();
        foreach (var (label, day, hour, minute) in new[]
        {
            ($"Mon {ScanDay:MM-dd} 09:00", ScanDay, 9, 0),
            ("Mon 09:05, same day again", ScanDay, 9, 5),
            ("Tue 09:00 (rescans Mon)", ScanDay.AddDays(1), 9, 0),
            ("Wed 09:00, nothing due", ScanDay.AddDays(2), 9, 0),
        })
        {
            world.Clock.Set(BenchmarkClock.Swedish(day, hour, minute));
            var days = await DaysAsync(state, world.Tenant, DueSelfChecksJob.StateName, day, cancellationToken);
            var measurement = world.Measure();
            var checks = await selfChecks.ScanTenantAsync(world.Tenant, cancellationToken);
            var measured = measurement.Stop();
            runs.Add(new Run("self-checks", label, checks.DaysScanned, days.Sum(d => DueChecks(plans, world.Organisation, d)), checks.Intended, checks.Sent, measured));

            world.Clock.Set(BenchmarkClock.Swedish(day, hour, minute + 5));
            measurement = world.Measure();
            var actions = await reminders.RunTenantAsync(world.Tenant, cancellationToken);
            measured = measurement.Stop();
            runs.Add(new Run("action reminders", label, actions.DaysScanned, measured.RowsFrom(world.Prefix, TableKeys.ActionDueIndexTable), actions.Intended, actions.Sent, measured));
        }

        // Grouped by job, in the order they run in the morning (self-checks 08:35, actions 08:40).
        runs = runs.OrderByDescending(r => r.Job, StringComparer.Ordinal).ToList();
        output.WriteLine("Self-check scan (DueSelfChecksJob.ScanTenantAsync at 08:35: the year's plans and results -> outbox -> delivery) and action reminders");
        output.WriteLine("(ActionRemindersJob.RunTenantAsync at 08:40: due index per day -> each action's head -> outbox -> delivery), on the days and times shown,");
        output.WriteLine("the action reminders 5 minutes after the self-checks");
        output.WriteLine();
        var outcome = new TextTable("job", "run", "days", "due items", "new intents", "sent", "connector calls", "1:1 posts", "time");
        foreach (var run in runs)
        {
            outcome.Add(run.Job, run.Label, run.DaysScanned, run.DueItems, run.Intended, run.Sent, run.Measured.Connector.Total, run.Measured.Connector.Activities, run.Measured.Elapsed);
        }

        outcome.Print(output);

        var requests = new TextTable("job", "run", "requests", "per due item", "query", "point", "insert", "update", "txn", "failed", "rows read", "KB in");
        foreach (var run in runs)
        {
            var t = run.Measured.Tables;
            requests.Add(run.Job, run.Label, t.Requests, run.DueItems > 0 ? (double)t.Requests / run.DueItems : null, t.Of(RequestKind.Query).Requests,
                t.Of(RequestKind.PointRead).Requests, t.Of(RequestKind.Insert).Requests, t.Of(RequestKind.Update).Requests, t.Of(RequestKind.Transaction).Requests,
                t.Failed, t.Rows, t.BytesIn / 1024);
        }

        requests.Print(output);
        output.WriteLine("(\"due items\": for the self-checks, the messages the scanned days call for by the plans (a check opening, a week before, overdue; one list per");
        output.WriteLine("manager and day), whether recorded before or not; for the actions, the rows read from the due index. \"per due item\": requests / due items)");
        output.WriteLine();
        DueScanBenchmark.PrintByTable(output, world.Prefix, runs.Where(r => r.Label.StartsWith("Mon", StringComparison.Ordinal)).Select(r => ($"{r.Job}, {r.Label}", r.Measured)).ToArray());
    }

    /// <summary>The days a run will scan: from the day after the last completed one through today (read before measuring).</summary>
    private static async Task<IReadOnlyList<DateOnly>> DaysAsync(JobState state, TenantId tenant, string job, DateOnly today, CancellationToken cancellationToken) =>
        await state.DaysToScanAsync(tenant, job, today, DueSelfChecksJob.LongestCatchUpDays, cancellationToken);

    /// <summary>What the plans call for on a day, counted from the plans the benchmark wrote (no results): each notice, and one list per unit's manager.</summary>
    private static long DueChecks(IReadOnlyList<SelfCheckPlan> plans, Organisation organisation, DateOnly day)
    {
        long due = 0;
        var managers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var plan in plans)
        {
            foreach (var point in plan.Points)
            {
                foreach (var occurrence in SelfCheckSchedule.Occurrences(point, day.Year))
                {
                    if (SelfCheckProgress.NoticeOn(occurrence, day, false) is { } kind)
                    {
                        due++;
                        if (kind != CheckNoticeKind.Reminder && organisation.FindUnit(plan.UnitId)?.ManagerId is { } manager)
                        {
                            managers.Add(manager);
                        }
                    }
                }
            }
        }

        return due + managers.Count;
    }

    /// <summary>
    /// A mix as the source documents' plans have it (mostly yearly, tertial and quarterly, a few monthly): of 40, 2 monthly,
    /// 8 quarterly, 8 per tertial, 6 half-yearly, 14 yearly (months spread over the year), 2 in chosen months; every third
    /// a file review.
    /// </summary>
    private static ControlPointDraft Draft(int i, IReadOnlyList<Person> staff)
    {
        var n = i % 40;
        var (frequency, months) = n switch
        {
            < 2 => (CheckFrequency.Manadsvis, Array.Empty<int>()),
            < 10 => (CheckFrequency.Kvartalsvis, []),
            < 18 => (CheckFrequency.Tertialvis, []),
            < 24 => (CheckFrequency.Halvarsvis, []),
            < 38 => (CheckFrequency.Arsvis, [((n - 24) % 12) + 1]),
            38 => (CheckFrequency.ValdaManader, [5, 11]),
            _ => (CheckFrequency.ValdaManader, [3, 9]),
        };
        var review = i % 3 == 0;
        return new ControlPointDraft(
            $"Kontrollpunkt {i + 1}: genomförandeplaner är aktuella",
            (QualityPerspective)(i % 3),
            review ? ControlMethod.Aktgranskning : i % 2 == 0 ? ControlMethod.Checklista : ControlMethod.Statistik,
            frequency,
            months,
            Pick(staff, i)?.Id,
            "Gå igenom ett urval och notera brister",
            review ? 10 : null);
    }

    /// <summary>Every other one of the unit's staff in turn; the others the manager (null).</summary>
    private static Person? Pick(IReadOnlyList<Person> staff, int i) => staff.Count > 0 && i % 2 == 1 ? staff[i / 2 % staff.Count] : null;

    private static int Offset(int k) => k < DueOffsets.Length ? DueOffsets[k] : DueOffsets[^1] + (7 * (k - DueOffsets.Length + 1));

    private static ActionOrigin Origin(int k) => (k % 3) switch
    {
        0 => new ActionOrigin(ActionOriginKind.Egenkontroll, $"kp-{k:D2}", "egenkontroll"),
        1 => new ActionOrigin(ActionOriginKind.Riskanalys, $"risk-{k:D2}", "riskanalys"),
        _ => new ActionOrigin(ActionOriginKind.Hallplats, $"{DueScanBenchmark.WheelYear}-01", "hållplats 1"),
    };
}
