using System.Collections.Concurrent;
using System.Diagnostics;
using TeamsQuality.Benchmarks.Infrastructure;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Benchmarks.Scenarios;

/// <summary>
/// Scenario 3: several people of a unit contributing to the same stop at once, starting together on a stop nobody
/// has started (so the first submits race to change the stop row): requests per submit, retries, lost writes.
/// </summary>
public static class ConcurrentContributorsBenchmark
{
    public static async Task RunAsync(BenchmarkWorld world, int contributors, int perContributor, StopPool pool, TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"## 3. {contributors} people contributing to one stop at once, {perContributor} submits each (UpdateAsync, all starting together)");
        output.WriteLine();
        var stops = world.Get<LearningStopRepository>();
        var (unit, key) = pool.Next();
        var people = Enumerable.Range(1, contributors)
            .Select(i => new Person(BenchmarkWorld.PersonId(9000 + i, 1), $"Medarbetare {i}", Role.Medarbetare, unit.Id))
            .ToList();

        var saved = new ConcurrentBag<string>();
        var latencies = new ConcurrentBag<TimeSpan>();
        var gaveUp = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var measurement = world.Measure();
        var workers = people.Select(person => Task.Run(async () =>
        {
            await gate.Task;
            for (var i = 0; i < perContributor; i++)
            {
                var id = Guid.NewGuid().ToString("N");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await stops.UpdateAsync(key, s => s.Contribute(person, unit, AnalysisStep.Nulagesbeskrivning, SubmitBenchmark.ContributionText, world.Clock.GetUtcNow(), id), cancellationToken);
                    saved.Add(id);
                }
                catch (ConcurrencyConflictException)
                {
                    Interlocked.Increment(ref gaveUp);
                }

                latencies.Add(Stopwatch.GetElapsedTime(started));
            }
        }, cancellationToken)).ToList();
        gate.SetResult();
        await Task.WhenAll(workers);
        var measured = measurement.Stop();

        var stored = (await stops.FindAsync(key, cancellationToken))!.Contributions.Select(c => c.Id).ToList();
        var storedSet = stored.ToHashSet(StringComparer.Ordinal);
        var lost = saved.Count(id => !storedSet.Contains(id));
        var duplicates = stored.Count - storedSet.Count;
        var submits = contributors * perContributor;
        var transactions = measured.Tables.Of(RequestKind.Transaction).Requests;
        var sorted = latencies.Order().ToList();

        var table = new TextTable("submits", "saved", "gave up", "retries", "lost writes", "duplicates", "requests/submit", "query/submit", "txn/submit", "p50", "p95", "max", "wall time");
        table.Add(
            submits,
            saved.Count,
            gaveUp,
            transactions - submits,
            lost,
            duplicates,
            (double)measured.Tables.Requests / submits,
            (double)measured.Tables.Of(RequestKind.Query).Requests / submits,
            (double)transactions / submits,
            SubmitBenchmark.Percentile(sorted, 0.50),
            SubmitBenchmark.Percentile(sorted, 0.95),
            sorted.LastOrDefault(),
            measured.Elapsed);
        table.Print(output);
        output.WriteLine("(retries: transactions beyond one per submit, each after a 412 on the stop row and a fresh read; lost writes: submits that");
        output.WriteLine($" returned saved but whose contribution is not on the stop; the stop holds {stored.Count} contributions, status {(await stops.FindAsync(key, cancellationToken))!.Status})");
        output.WriteLine();
    }
}
