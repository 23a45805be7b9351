using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Benchmarks.Infrastructure;
using TeamsQuality.Cards;
using TeamsQuality.Documents.QualityReports;
using TeamsQuality.Documents.Rendering;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Benchmarks.Scenarios;

/// <summary>
/// Scenario 6 (issue 11): the quality report (kvalitetsberättelse) as a download makes it: the use case compiles it
/// (<see cref="CompileUnitReport"/>, <see cref="CompileAdministrationReport"/>), then Word and PDF are rendered
/// (<see cref="QualityReportWord"/>, <see cref="QualityReportPdf"/>). It runs on scenario 5's year (every unit's
/// stops, plan, actions, risks and reports) with one unit made the largest unit-year of the targets: 500 reports,
/// all its stops finished, 40 control points with results, 100 actions. Targets: that unit's report in under 2 s,
/// the administration's for every unit in under 30 s.
/// </summary>
public static class ReportBenchmark
{
    /// <summary>Friday 15 December 2028: the wheel year 2028 (Nov 2027 – Oct 2028) is over and all three tertials of 2028 have reports.</summary>
    public static readonly DateOnly Day = new(2028, 12, 15);

    public const int Reports = 500;
    public const int Actions = 100;
    private const int Repeats = 3;

    private static readonly DeviationKind[] Kinds =
        [DeviationKind.Avvikelse, DeviationKind.Avvikelse, DeviationKind.Avvikelse, DeviationKind.Avvikelse, DeviationKind.Avvikelse, DeviationKind.Klagomal,
         DeviationKind.Synpunkt, DeviationKind.Missforhallande, DeviationKind.PatagligRiskForMissforhallande, DeviationKind.Berom, DeviationKind.Klagomal];

    /// <summary>
    /// Makes the first unit the largest unit-year on top of scenario 5's data (not measured): reports up to
    /// <see cref="Reports"/> filed over 2028 (every kind, category and severity, assessed before they are stored),
    /// all its stops of the wheel year finished with a conclusion (8: the wheel gives the manager group the other 2), a result for every control point, actions up to <see cref="Actions"/>.
    /// </summary>
    public static async Task<Unit> SetUpAsync(BenchmarkWorld world, CancellationToken cancellationToken)
    {
        world.Clock.Set(BenchmarkClock.Swedish(Day, 7, 0));
        var now = world.Clock.GetUtcNow();
        var year = DueScanBenchmark.WheelYear;
        var unit = world.Units[0];
        var manager = world.ManagerOf(unit);
        var reporter = world.StaffOf(unit) is { Count: > 0 } staff ? staff[0] : manager;

        var stops = world.Get<LearningStopRepository>();
        foreach (var planned in await stops.ListYearAsync(world.Tenant, unit.Id, year, cancellationToken))
        {
            var n = planned.Key.Number;
            await stops.UpdateAsync(planned.Key, s =>
            {
                if (s.Status == StopStatus.Klar)
                {
                    return 0;
                }

                s.Start(manager, unit, now);
                s.Finish(manager, unit, n % 3 == 0, (Trend)(1 + (n % 3)), $"Slutsats av lärstopp {n}: rutinen fungerar men dokumentationen behöver ses över.", now);
                return 0;
            }, cancellationToken);
        }

        var plans = world.Get<SelfCheckPlanRepository>();
        var results = world.Get<SelfCheckResultRepository>();
        var plan = await plans.FindAsync(world.Tenant, unit.Id, year, cancellationToken)
            ?? throw new InvalidOperationException("Scenario 5's self-check plan is missing: run its setup first.");
        var recorded = (await results.LatestOfUnitAsync(world.Tenant, unit.Id, year, cancellationToken)).Select(r => r.PointId).ToHashSet(StringComparer.Ordinal);
        var end = new DateOnly(2028, 10, 31);
        foreach (var (point, i) in plan.Points.Select((p, i) => (p, i)).Where(p => !recorded.Contains(p.p.Id)))
        {
            var occurrence = SelfCheckProgress.Of(point, year, [], end).Select(o => o.Occurrence).Where(o => o.Opens <= end).Last();
            var verdict = i % 7 == 0 ? CheckVerdict.EjGodkand : CheckVerdict.Godkand;
            var input = new CheckInput(verdict, null, null, null, verdict == CheckVerdict.EjGodkand ? "Rutinen följdes inte" : null);
            await results.SaveAsync(world.Tenant, SelfCheckResult.Record(unit, point, occurrence, manager, input, null, now, null), null, cancellationToken);
        }

        var actions = world.Get<ImprovementActionRepository>();
        var existing = (await actions.ListAsync(world.Tenant, unit.Id, cancellationToken)).Count;
        var origin = new ActionOrigin(ActionOriginKind.Egenkontroll, "kp-03", "egenkontroll");
        var added = Enumerable.Range(existing, Math.Max(0, Actions - existing)).Select(k => ImprovementAction.Create(
            world.Tenant, unit.Id, $"ac-rp-{k:D3}", $"Åtgärd {k + 1}: se över rutinen och följ upp", manager.Id, manager.Name, new DateOnly(2028, 1, 10).AddDays(k * 3), origin, manager, now)).ToList();
        foreach (var chunk in added.Chunk(20))
        {
            await actions.AddAsync(chunk, cancellationToken);
        }

        // Scenario 5 filed 10 reports per unit with references from 1 up; these continue after the last of them.
        var reports = world.Get<DeviationRepository>();
        var first = (world.Units.Count * 10) + 1;
        var categories = Enum.GetValues<DeviationCategory>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, Reports - 10),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (k, ct) =>
            {
                var kind = Kinds[k % Kinds.Length];
                var filed = BenchmarkClock.Swedish(new DateOnly(2028, 1, 2).AddDays(k * 340 / Reports), 9 + (k % 8), 0);
                var category = kind.IsFeedback() ? (DeviationCategory?)null : categories[k % categories.Length];
                var filing = new DeviationFiling(kind, unit.Id, "Något hände som inte blev som det skulle.", filed.AddHours(-3), null, category);
                var report = DeviationReport.File(world.Tenant, new DeviationReference(kind.Prefix(), 2028, first + k), filing, reporter, unit, filed);
                if (!kind.IsFeedback() && k % 5 != 4)
                {
                    report.Assess(manager, unit, (Severity)(1 + (k % 4)), "Samtal med den enskilde samma dag.", null, filed.AddDays(1));
                }

                await reports.AddAsync(report, ct);
            });
        return unit;
    }

    public static async Task RunAsync(BenchmarkWorld world, Unit largest, TextWriter output, CancellationToken cancellationToken)
    {
        var units = world.Organisation.Units.Count;
        var year = DueScanBenchmark.WheelYear;
        output.WriteLine($"## 6. The quality report (kvalitetsberättelse) of wheel year {year}: compiled, then Word and PDF, for the largest unit-year and for the administration ({units} units)");
        output.WriteLine();
        output.WriteLine($"On Fri {Day:yyyy-MM-dd} 10:00, on scenario 5's year, with {largest.Name} made the largest unit-year: {Reports} reports over 2028 (every kind incl. lex Sarah");
        output.WriteLine($"and complaints, every category and severity), all its stops (8) finished with conclusions, every control point with a result, {Actions} actions; written before, not measured.");
        output.WriteLine("Compile is the use case a download calls (CompileUnitReport, CompileAdministrationReport), in a scope of its own; Word and PDF are");
        output.WriteLine($"QualityReportWord.Render and QualityReportPdf.Render in Swedish. The first call after the setup, then {Repeats} more of each (median shown).");
        output.WriteLine();

        world.Clock.Set(BenchmarkClock.Swedish(Day, 10, 0));
        // As the bot's host does in the background at start (DocumentWarmUpService): the fonts and renderers load
        // before the first download, so "first" below is a first download in a started host.
        var warmUp = Stopwatch.StartNew();
        DocumentWarmUp.Run();
        output.WriteLine($"The document renderers warmed up as the host does at start (DocumentWarmUp, not in the figures): {warmUp.ElapsedMilliseconds} ms");
        output.WriteLine();
        var eva = world.Organisation.People.First(p => p.Role == Role.BitradandeSocialchef);
        var manager = world.ManagerOf(largest);

        async Task<(Measured Compiled, QualityReport Report)> UnitAsync()
        {
            await using var scope = world.CreateScope();
            var use = scope.ServiceProvider.GetRequiredService<CompileUnitReport>();
            var measurement = world.Measure();
            var report = (await use.RunAsync(new Actor(world.Organisation, manager), largest.Id, year, cancellationToken)).Value;
            return (measurement.Stop(), report);
        }

        async Task<(Measured Compiled, QualityReport Report)> AdministrationAsync()
        {
            await using var scope = world.CreateScope();
            var use = scope.ServiceProvider.GetRequiredService<CompileAdministrationReport>();
            var measurement = world.Measure();
            var report = (await use.RunAsync(new Actor(world.Organisation, eva), year, cancellationToken)).Value;
            return (measurement.Stop(), report);
        }

        var rows = new List<Row>();
        var firsts = new List<(string, Measured)>();
        foreach (var (label, compile) in new (string, Func<Task<(Measured, QualityReport)>>)[]
        {
            ($"{largest.Name} ({manager.Name})", UnitAsync),
            ($"administration, {units} units ({eva.Name})", AdministrationAsync),
        })
        {
            var first = Once(await compile());
            rows.Add(first with { Label = $"{label}: first" });
            firsts.Add((label, first.Compiled));
            var again = new List<Row>();
            for (var i = 0; i < Repeats; i++)
            {
                again.Add(Once(await compile()));
            }

            rows.Add(new Row(
                $"{label}: median of {Repeats}",
                first.Shows,
                again.OrderBy(r => r.Compiled.Elapsed).ElementAt(Repeats / 2).Compiled,
                Median(again.Select(r => r.Word)),
                first.WordBytes,
                Median(again.Select(r => r.Pdf)),
                first.PdfBytes));
        }

        var table = new TextTable("report", "shows", "requests", "query", "point", "rows read", "KB in", "compile", "Word", "Word KB", "PDF", "PDF KB", "compile + Word + PDF");
        foreach (var r in rows)
        {
            var t = r.Compiled.Tables;
            table.Add(r.Label, r.Shows, t.Requests, t.Of(RequestKind.Query).Requests, t.Of(RequestKind.PointRead).Requests, t.Rows, t.BytesIn / 1024,
                r.Compiled.Elapsed, r.Word, r.WordBytes / 1024, r.Pdf, r.PdfBytes / 1024, r.Compiled.Elapsed + r.Word + r.Pdf);
        }

        table.Print(output);
        output.WriteLine("(\"query\" counts each page of a query; the administration's reads the tenant's stops of the year, risks and actions in one range query");
        output.WriteLine(" each, and the self-check plans' points, results and report facts of the year once; a download compiles once and renders one format)");
        output.WriteLine();
        DueScanBenchmark.PrintByTable(output, world.Prefix, [.. firsts]);
        output.WriteLine();
    }

    private static Row Once((Measured Compiled, QualityReport Report) compiled)
    {
        var (measured, report) = compiled;
        var clock = Stopwatch.StartNew();
        var word = QualityReportWord.Render(report, UiLanguage.Swedish);
        var wordTime = clock.Elapsed;
        clock.Restart();
        var pdf = QualityReportPdf.Render(report, UiLanguage.Swedish);
        var pdfTime = clock.Elapsed;
        var shows = $"{report.Units.Count} unit lines, {report.Stops.Count} stops, {report.Deviations.Counts.Sum(c => c.Count)} reports in {report.Deviations.Counts.Count} cells, {report.Actions.Count} actions";
        return new Row(string.Empty, shows, measured, wordTime, word.Length, pdfTime, pdf.Length);
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private sealed record Row(string Label, string Shows, Measured Compiled, TimeSpan Word, long WordBytes, TimeSpan Pdf, long PdfBytes);
}
