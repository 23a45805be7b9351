using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Graph;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Protocol;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Storage;
using TeamsQuality.Testing;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace TeamsQuality.Integration.Tests.Jobs;

/// <summary>
/// The outbox keeps within Teams' send limits (issue 12), as Teams would notice it: a stand-in Teams over HTTP that
/// enforces the limits (429 with Retry-After past them), the outbox on Azurite, and the limiter shared by two senders
/// ("servers", each with its own services) through one real PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SendLimitTests(PostgresServer postgres, AzuriteFixture azurite) : IAsyncLifetime
{
    private const string TenantA = "5e2d0000-0000-4000-8000-0000000000a1";
    private const string TenantB = "5e2d0000-0000-4000-8000-0000000000b2";

    private readonly List<ServiceProvider> _servers = [];
    private readonly string _prefix = "sl" + Guid.NewGuid().ToString("N")[..10];
    private LimitedTeams _teams = null!;
    private string _database = null!;

    public async Task InitializeAsync() => _database = await postgres.CreateDatabaseAsync("limits");

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.DisposeAsync();
        }

        if (_teams is not null)
        {
            await _teams.DisposeAsync();
        }
    }

    [Fact]
    public async Task Two_servers_sending_one_tenants_backlog_never_exceed_its_limit_in_any_second_and_send_each_message_once()
    {
        await StartTeamsAsync(tenantPerSecond: 20);
        var (one, two) = (Server(limit: 20), Server(limit: 20));
        var keys = await RecordAsync(one, TenantA, people: 150);

        // Four to one person as well: their conversation's own limit (at most 7 a second) holds too.
        keys.AddRange(await RecordAsync(one, TenantA, people: 1, messagesEach: 4, personOffset: 500));

        await DeliverAllAsync(keys.Count, one, two);

        var taken = _teams.Requests.Where(r => r.Taken).Select(r => r.Text!).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), taken.Order(StringComparer.Ordinal)); // each once, none lost
        var most = _teams.MostInAnyWindow(TenantA, TimeSpan.FromSeconds(1));
        Assert.True(most <= 20, $"Teams got {most} requests of the tenant within one second (its limit: 20).");
        var refused = _teams.Requests.Count(r => !r.Taken);
        Assert.True(refused <= keys.Count / 100, $"Teams refused {refused} of {keys.Count} sends (429).");
    }

    [Fact]
    public async Task A_429_seen_by_one_server_holds_back_the_other_servers_sends_to_that_tenant()
    {
        await using var storeOne = new PostgresRateStore(_database);
        await using var storeTwo = new PostgresRateStore(_database);
        var limits = Options.Create(new SendLimitOptions());
        var one = new GcraSendLimiter(storeOne, limits);
        var two = new GcraSendLimiter(storeTwo, limits);

        // Before: the other server's turn is at once.
        Assert.True((await two.TakeTurnsAsync(TenantA, ["person:p1"], CancellationToken.None)).Single().Wait < TimeSpan.FromMilliseconds(200));

        await one.ThrottledAsync(TenantA, "person:p2", TimeSpan.FromSeconds(3), CancellationToken.None);

        var afterward = (await two.TakeTurnsAsync(TenantA, ["person:p3"], CancellationToken.None)).Single();
        Assert.True(afterward.Wait > TimeSpan.FromSeconds(2.5), $"The other server's next send to the tenant waits {afterward.Wait}, not Teams' Retry-After (3 s).");

        // Another tenant is not held back.
        Assert.True((await two.TakeTurnsAsync(TenantB, ["person:p1"], CancellationToken.None)).Single().Wait < TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task When_Teams_throttles_nothing_is_lost_or_sent_twice_and_no_attempt_is_spent()
    {
        // Teams allows less than the limiter thinks (another app of the tenant's, say): it answers 429 with Retry-After.
        await StartTeamsAsync(tenantPerSecond: 5);

        // One attempt only: a 429 counted as a failed attempt would give the message up.
        var (one, two) = (Server(limit: 20, maxAttempts: 1), Server(limit: 20, maxAttempts: 1));
        var keys = await RecordAsync(one, TenantA, people: 40);

        await DeliverAllAsync(keys.Count, one, two);

        Assert.Contains(_teams.Requests, r => !r.Taken);
        var taken = _teams.Requests.Where(r => r.Taken).Select(r => r.Text!).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), taken.Order(StringComparer.Ordinal));
        var store = one.GetRequiredService<OutboxStore>();
        Assert.Empty(await store.FailedAsync(new TenantId(TenantA), 10, CancellationToken.None));
        foreach (var key in keys)
        {
            Assert.Equal(OutboxStatus.Sent, (await store.FindAsync(new TenantId(TenantA), key, CancellationToken.None))!.Status);
        }
    }

    [Fact]
    public async Task A_tenant_with_a_big_backlog_does_not_hold_up_another_tenant()
    {
        await StartTeamsAsync(tenantPerSecond: 20);
        var server = Server(limit: 20);
        var big = await RecordAsync(server, TenantA, people: 120);
        var small = await RecordAsync(server, TenantB, people: 20);

        var started = Stopwatch.GetTimestamp();
        await DeliverAllAsync(big.Count + small.Count, server);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var taken = _teams.Requests.Where(r => r.Taken).ToList();
        Assert.Equal(big.Count + small.Count, taken.Count);
        var bigDone = taken.Where(r => r.Tenant == TenantA).Max(r => r.At);
        var smallDone = taken.Where(r => r.Tenant == TenantB).Max(r => r.At);
        var first = taken.Min(r => r.At);

        // 20 messages at 16 a second take little more than a second; the big tenant's 120 about eight.
        Assert.True(smallDone < bigDone, "The small tenant's messages went out only after the big tenant's.");
        Assert.True(smallDone - first < TimeSpan.FromSeconds(4), $"The small tenant's 20 messages took {smallDone - first} (the whole run {elapsed}).");
    }

    private async Task StartTeamsAsync(int tenantPerSecond)
    {
        _teams = new LimitedTeams(tenantPerSecond);
        await _teams.StartAsync();
    }

    /// <summary>A sender as a host wires it (storage, connector, outbox), its limiter in the shared PostgreSQL.</summary>
    private ServiceProvider Server(int limit, int maxAttempts = 8)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = _prefix,
            ["Hangfire:Storage"] = "PostgreSql",
            ["Hangfire:PostgreSqlConnectionString"] = _database,
            ["Outbox:SendImmediately"] = "false",
            ["Outbox:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Teams:SendLimits:TenantPerSecond"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Two fifths to spare: on the shared 2-core machine, with the whole test run beside it, the two servers' turns
            // (timed from the database's clock) land bunched by a few hundred milliseconds; 0.8 still let 22 through in
            // one second against 20. The product's default (0.95) spares less, which the fan-out benchmark's 429s show.
            ["Teams:SendLimits:Headroom"] = "0.6",
            [$"Tenants:{TenantA}:Enabled"] = "true",
            [$"Tenants:{TenantB}:Enabled"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddTeamsQualityStorage(configuration);
        services.AddBotStateStores();
        services.AddTeamsQualityOutbox(configuration);
        services.AddBotConnector(configuration);
        services.AddTeamsQualityGraph(configuration);
        var provider = services.BuildServiceProvider();
        _servers.Add(provider);
        return provider;
    }

    /// <summary>Records messages to people of a tenant whose 1:1 chats the bot knows (at the stand-in); returns their keys (each message's text).</summary>
    private async Task<List<string>> RecordAsync(IServiceProvider server, string tenant, int people, int messagesEach = 1, int personOffset = 0)
    {
        var tables = server.GetRequiredService<TableStore>();
        foreach (var table in TableKeys.AllTables)
        {
            await tables.GetAsync(table, CancellationToken.None);
        }

        await server.GetRequiredService<TenantRegistry>().EnsureAsync(tenant, CancellationToken.None);
        var references = server.GetRequiredService<IConversationReferenceStore>();
        await references.SetServiceUrlAsync(tenant, _teams.ServiceUrlFor(tenant), CancellationToken.None);
        var persons = Enumerable.Range(personOffset, people).Select(p => $"{p:D8}-0000-4000-8000-{tenant[^12..]}").ToList();
        await Parallel.ForEachAsync(persons, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (person, ct) =>
            await references.RememberAsync(
                new ConversationReference
                {
                    TenantId = tenant,
                    ServiceUrl = _teams.ServiceUrlFor(tenant),
                    ConversationId = "a:chat-" + person,
                    ConversationType = "personal",
                    AadObjectId = person,
                    LastSeen = DateTimeOffset.UtcNow,
                },
                ct));

        var now = DateTimeOffset.UtcNow;
        var intents = persons
            .SelectMany(person => Enumerable.Range(1, messagesEach).Select(n => (Person: person, Key: $"{tenant[^2..]}-{person[..8]}-{n}")))
            .Select(m => new OutboxIntent(
                m.Key, OutboxTarget.Person(m.Person), "Test", null,
                JsonSerializer.Serialize(Activity.Message(m.Key), BotJson.Options), AnyHour: true, Due: now.AddSeconds(-1)))
            .ToList();
        await server.GetRequiredService<OutboxStore>().RecordAllAsync(new TenantId(tenant), intents, now, CancellationToken.None);
        return intents.Select(i => i.Key).ToList();
    }

    /// <summary>Both senders run the delivery job at once, again while something is put back (a 429's wait), until all is taken.</summary>
    private async Task DeliverAllAsync(int expected, params ServiceProvider[] servers)
    {
        var deadline = Stopwatch.StartNew();
        while (_teams.Requests.Count(r => r.Taken) < expected && deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.WhenAll(servers.Select(s => s.GetRequiredService<OutboxDeliveryJob>().RunAsync(CancellationToken.None)));
            if (_teams.Requests.Count(r => r.Taken) < expected)
            {
                await Task.Delay(500);
            }
        }
    }
}
