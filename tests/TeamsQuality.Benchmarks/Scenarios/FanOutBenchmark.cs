using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Benchmarks.Infrastructure;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Graph;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Storage;
using TeamsQuality.Testing;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace TeamsQuality.Benchmarks.Scenarios;

/// <summary>
/// Scenario 7 (issue 12): a fan-out of many messages against a stand-in Teams that enforces Teams' limits (429 with
/// Retry-After past them), delivered by two senders (each with its own services, as two servers) that share the
/// outbox's tables and, through PostgreSQL, the send limiter. Each case records the messages (not measured), then the
/// two senders run the outbox's delivery job side by side, again while anything is left (a 429's wait), until every
/// message is taken or a deadline passes.
/// </summary>
public static class FanOutBenchmark
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    public sealed record Case(string Name, int Tenants, int PerTenant, int TenantPerSecond);

    public static async Task RunAsync(Azurite azurite, IReadOnlyList<Case> cases, TextWriter output, CancellationToken cancellationToken)
    {
        await using var postgres = new PostgresProcess();
        await postgres.StartAsync();
        var table = new TextTable(
            "case", "messages", "allowed/s", "achieved/s", "of allowed", "429s", "429 % of sends", "duplicates", "lost",
            "busiest 1 s", "late wakes", "lateness p50/p99", "table requests", "per message", "time");
        var tolerance = new SendLimitOptions().LateTolerance;
        foreach (var c in cases)
        {
            var r = await RunCaseAsync(azurite, await postgres.CreateDatabaseAsync("fanout"), c, output, cancellationToken);
            var lateness = r.Lateness.Order().ToList();
            table.Add(
                c.Name, r.Messages, r.Allowed, r.Achieved.ToString("0.0", CultureInfo.InvariantCulture),
                (r.Achieved / r.Allowed).ToString("0.0 %", CultureInfo.InvariantCulture), r.Refused,
                (100.0 * r.Refused / Math.Max(1, r.Taken)).ToString("0.00", CultureInfo.InvariantCulture) + " %",
                r.Duplicates, r.Lost, $"{r.Busiest}/{c.TenantPerSecond}",
                $"{lateness.Count(l => l > tolerance.TotalSeconds)} of {lateness.Count}",
                $"{Percentile(lateness, 0.5) * 1000:0.0}/{Percentile(lateness, 0.99) * 1000:0.0} ms",
                r.TableRequests, (r.TableRequests / (double)r.Messages).ToString("0.00", CultureInfo.InvariantCulture), TextTable.Milliseconds(r.Elapsed));
            output.WriteLine($"  {c.Name}: sends Teams took per whole second (per tenant, between its first and last): {r.PerSecond}");
        }

        output.WriteLine();
        output.WriteLine("7. Fan-out: two senders, the limiter shared in PostgreSQL, a stand-in Teams that enforces the limits");
        output.WriteLine($"   busiest 1 s: the most requests (taken or refused) one tenant made in any 1-s window, against its limit;");
        output.WriteLine($"   late wakes: sends woken more than {tolerance.TotalMilliseconds} ms after their turn (each took a new turn) of all wake-ups");
        table.Print(output);
        output.WriteLine();
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private sealed record Result(
        int Messages, int Allowed, double Achieved, int Taken, int Refused, int Duplicates, int Lost, int Busiest,
        IReadOnlyList<double> Lateness, string PerSecond, long TableRequests, TimeSpan Elapsed);

    /// <summary>How late each send woke after its turn (the delivery's <c>teamsquality.sends.lateness</c>), while listened to.</summary>
    private sealed class LatenessListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<double> _seen = new();

        public LatenessListener()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TeamsTelemetry.Name && instrument.Name == "teamsquality.sends.lateness")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, value, _, _) => _seen.Enqueue(value));
            _listener.Start();
        }

        public IReadOnlyList<double> Seen => _seen.ToList();

        public void Dispose() => _listener.Dispose();
    }

    private static async Task<Result> RunCaseAsync(Azurite azurite, string database, Case c, TextWriter output, CancellationToken cancellationToken)
    {
        await using var teams = new LimitedTeams(c.TenantPerSecond);
        await teams.StartAsync(cancellationToken);
        var prefix = "f" + Guid.NewGuid().ToString("N")[..8];
        var counter = new TableRequestCounter();
        var tenants = Enumerable.Range(1, c.Tenants).Select(t => $"f4a0{t:D4}-0000-4000-8000-00000000f4a0").ToList();
        await using var one = Sender(azurite, prefix, database, tenants, c.TenantPerSecond, counter);
        await using var two = Sender(azurite, prefix, database, tenants, c.TenantPerSecond, counter);

        var setup = Stopwatch.StartNew();
        var keys = new List<string>();
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (tenant, ct) =>
        {
            var recorded = await RecordAsync(one, teams, tenant, c.PerTenant, ct);
            lock (keys)
            {
                keys.AddRange(recorded);
            }
        });
        output.WriteLine($"Setup of fan-out case '{c.Name}' ({keys.Count} messages, their 1:1 conversation references): {TextTable.Milliseconds(setup.Elapsed)}");

        using var lateness = new LatenessListener();
        var before = counter.Snapshot();
        var clock = Stopwatch.StartNew();
        while (teams.Requests.Count(r => r.Taken) < keys.Count && clock.Elapsed < Deadline)
        {
            await Task.WhenAll(
                one.GetRequiredService<OutboxDeliveryJob>().RunAsync(cancellationToken),
                two.GetRequiredService<OutboxDeliveryJob>().RunAsync(cancellationToken));
            if (teams.Requests.Count(r => r.Taken) < keys.Count)
            {
                await Task.Delay(250, cancellationToken);
            }
        }

        var elapsed = clock.Elapsed;
        var requests = (counter.Snapshot() - before).Requests;
        var all = teams.Requests;
        var taken = all.Where(r => r.Taken).ToList();
        var distinct = taken.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count();

        // The achieved rate: messages taken over the time from Teams' first request to its last one taken.
        var span = taken.Count > 1 ? (taken.Max(r => r.At) - all.Min(r => r.At)).TotalSeconds : double.NaN;
        var busiest = tenants.Max(t => teams.MostInAnyWindow(t, TimeSpan.FromSeconds(1)));

        // Whole seconds of each tenant's sending (its first request to its last one taken), and how many Teams took in
        // each: a hole shows turns lost, a second at the limit shows bunching.
        var perSecond = taken.GroupBy(r => r.Tenant).SelectMany(g =>
        {
            var start = all.Where(r => r.Tenant == g.Key).Min(r => r.At);
            var seconds = (int)(g.Max(r => r.At) - start).TotalSeconds;
            var counts = new int[Math.Max(1, seconds)];
            foreach (var r in g)
            {
                var second = (int)(r.At - start).TotalSeconds;
                if (second < counts.Length)
                {
                    counts[second]++;
                }
            }

            return counts;
        }).Order().ToList();
        var histogram = string.Join(", ", perSecond.GroupBy(n => n).Select(g => $"{g.Key}×{g.Count()}"));
        return new Result(
            keys.Count, c.Tenants * c.TenantPerSecond, taken.Count / span, taken.Count, all.Count(r => !r.Taken),
            taken.Count - distinct, keys.Except(taken.Select(r => r.Text!), StringComparer.Ordinal).Count(), busiest,
            lateness.Seen, histogram, requests, elapsed);
    }

    /// <summary>A sender as a host wires it (storage with the request counter, connector, outbox), the limiter in the shared PostgreSQL.</summary>
    private static ServiceProvider Sender(Azurite azurite, string prefix, string database, IEnumerable<string> tenants, int tenantPerSecond, TableRequestCounter counter)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Storage:NetworkTimeout"] = "00:00:30",
            ["Hangfire:Storage"] = "PostgreSql",
            ["Hangfire:PostgreSqlConnectionString"] = database,
            ["Outbox:SendImmediately"] = "false",
            ["Teams:SendLimits:TenantPerSecond"] = tenantPerSecond.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var tenant in tenants)
        {
            settings[$"Tenants:{tenant}:Enabled"] = "true";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(sp => new TableStore(sp.GetRequiredService<IOptions<StorageOptions>>(), counter));
        services.AddTeamsQualityStorage(configuration);
        services.AddBotStateStores();
        services.AddTeamsQualityOutbox(configuration);
        services.AddBotConnector(configuration);
        services.AddTeamsQualityGraph(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Records one message to each of a tenant's people, whose 1:1 chats the bot knows (at the stand-in); returns their keys (each message's text).</summary>
    private static async Task<List<string>> RecordAsync(IServiceProvider sender, LimitedTeams teams, string tenant, int people, CancellationToken cancellationToken)
    {
        var tables = sender.GetRequiredService<TableStore>();
        foreach (var name in TableKeys.AllTables)
        {
            await tables.GetAsync(name, cancellationToken);
        }

        await sender.GetRequiredService<TenantRegistry>().EnsureAsync(tenant, cancellationToken);
        var references = sender.GetRequiredService<IConversationReferenceStore>();
        await references.SetServiceUrlAsync(tenant, teams.ServiceUrlFor(tenant), cancellationToken);
        var persons = Enumerable.Range(1, people).Select(p => $"{p:D8}-0000-4000-8000-{tenant[..8]}0000").ToList();
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(persons, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (person, ct) =>
            await references.RememberAsync(BenchmarkWorld.PersonalChat(new TenantId(tenant), teams.ServiceUrlFor(tenant), person, now), ct));

        var intents = persons.Select(person => $"{tenant[..8]}~{person[..8]}").Select((key, i) => new OutboxIntent(
            key, OutboxTarget.Person(persons[i]), "FanOut", null, JsonSerializer.Serialize(Activity.Message(key), BotJson.Options), AnyHour: true, Due: now.AddSeconds(-1)))
            .ToList();
        await sender.GetRequiredService<OutboxStore>().RecordAllAsync(new TenantId(tenant), intents, now, cancellationToken);
        return intents.Select(i => i.Key).ToList();
    }
}
