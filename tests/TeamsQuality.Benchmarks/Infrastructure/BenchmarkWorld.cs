using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Graph;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Actions;
using TeamsQuality.Jobs.SelfChecks;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Jobs.Wheel;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Storage;

namespace TeamsQuality.Benchmarks.Infrastructure;

/// <summary>
/// One tenant's data in its own tables (a table prefix) in the shared Azurite, with the product's storage, connector
/// and jobs wired by hand as the hosts do it, the request counter on every table call and a clock the benchmark sets.
/// </summary>
public sealed class BenchmarkWorld : IAsyncDisposable
{
    public const string TenantGuid = "b3c4a000-0000-4000-8000-00000000be4c";

    private readonly ServiceProvider _services;
    private readonly FakeConnector _connector;

    private BenchmarkWorld(ServiceProvider services, FakeConnector connector, TableRequestCounter counter, BenchmarkClock clock, string prefix, IReadOnlyList<Organisation> organisations)
    {
        _services = services;
        _connector = connector;
        Counter = counter;
        Clock = clock;
        Prefix = prefix;
        Organisations = organisations;
    }

    /// <summary>Every tenant's organisation (one, except in the many-tenant scan: <see cref="CreateManyAsync"/>).</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    public TableRequestCounter Counter { get; }

    public BenchmarkClock Clock { get; }

    public string Prefix { get; }

    public Organisation Organisation => Organisations[0];

    public TenantId Tenant => Organisation.Tenant;

    public IReadOnlyList<Unit> Units => Organisation.Units.OrderBy(u => u.Id, StringComparer.Ordinal).ToList();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A scope as the host makes one per turn: the use cases live in it.</summary>
    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>
    /// Builds the services, creates the tables, and stores the organisation (units with a manager, staff and a channel)
    /// and the conversation references of every manager's 1:1 chat and every unit channel, as if the app had been
    /// installed. None of this is measured.
    /// </summary>
    public static async Task<BenchmarkWorld> CreateAsync(Azurite azurite, FakeConnector connector, string prefix, int units, int staffPerUnit, CancellationToken cancellationToken)
    {
        var organisation = BuildOrganisation(new TenantId(TenantGuid), units, staffPerUnit);
        var (provider, counter, clock) = await ServicesAsync(azurite, prefix, [organisation.Tenant], cancellationToken);
        await provider.GetRequiredService<TenantRegistry>().EnsureAsync(organisation.Tenant.Value, cancellationToken);
        if (!await provider.GetRequiredService<OrganisationRepository>().CreateAsync(organisation, cancellationToken))
        {
            throw new InvalidOperationException("The benchmark's organisation existed already: the table prefix is not fresh.");
        }

        var references = provider.GetRequiredService<IConversationReferenceStore>();
        await references.SetServiceUrlAsync(organisation.Tenant.Value, connector.ServiceUrl, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(
            organisation.Units,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (unit, ct) =>
            {
                await references.RememberAsync(PersonalChat(organisation.Tenant, connector.ServiceUrl, unit.ManagerId!, now), ct);
                await references.RememberAsync(ChannelOf(organisation.Tenant, connector.ServiceUrl, unit, now), ct);
            });

        return new BenchmarkWorld(provider, connector, counter, clock, prefix, [organisation]);
    }

    /// <summary>
    /// The many-tenant shape (issue 12): <paramref name="tenants"/> tenants of <paramref name="units"/> units each, in
    /// their own tables, each as <see cref="CreateAsync"/> stores one. To keep the setup short the organisations are
    /// created by the repository 8 at a time and each tenant's conversation references are written as
    /// <see cref="IConversationReferenceStore.RememberAsync"/> writes them (the same rows), 100 rows a transaction.
    /// </summary>
    public static async Task<BenchmarkWorld> CreateManyAsync(Azurite azurite, FakeConnector connector, string prefix, int tenants, int units, int staffPerUnit, CancellationToken cancellationToken)
    {
        var organisations = Enumerable.Range(1, tenants)
            .Select(t => BuildOrganisation(new TenantId($"b3c4a{t:D3}-0000-4000-8000-00000000be4c"), units, staffPerUnit))
            .ToList();
        var (provider, counter, clock) = await ServicesAsync(azurite, prefix, organisations.Select(o => o.Tenant).ToList(), cancellationToken);
        var registry = provider.GetRequiredService<TenantRegistry>();
        var repository = provider.GetRequiredService<OrganisationRepository>();
        var table = await provider.GetRequiredService<TableStore>().GetAsync(TableKeys.ConversationReferencesTable, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(
            organisations,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (organisation, ct) =>
            {
                await registry.EnsureAsync(organisation.Tenant.Value, ct);
                if (!await repository.CreateAsync(organisation, ct))
                {
                    throw new InvalidOperationException("The benchmark's organisation existed already: the table prefix is not fresh.");
                }

                var partition = TableKeys.TenantPartition(organisation.Tenant.Value);
                var rows = new List<TableEntity> { new(partition, TableKeys.ServiceUrlRow) { ["ServiceUrl"] = connector.ServiceUrl } };
                foreach (var unit in organisation.Units)
                {
                    var chat = PersonalChat(organisation.Tenant, connector.ServiceUrl, unit.ManagerId!, now);
                    var channel = ChannelOf(organisation.Tenant, connector.ServiceUrl, unit, now);
                    rows.Add(ReferenceRow(partition, TableKeys.ConversationRow(chat.ConversationId), chat));
                    rows.Add(ReferenceRow(partition, TableKeys.PersonalConversationRow(chat.AadObjectId!), chat));
                    rows.Add(ReferenceRow(partition, TableKeys.ConversationRow(channel.ConversationId), channel));
                    rows.Add(ReferenceRow(partition, TableKeys.ChannelConversationRow(channel.TeamsChannelId!), channel));
                }

                foreach (var batch in rows.Chunk(100))
                {
                    await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct);
                }
            });

        return new BenchmarkWorld(provider, connector, counter, clock, prefix, organisations);
    }

    private static TableEntity ReferenceRow(string partition, string row, ConversationReference reference) =>
        new(partition, row) { ["Reference"] = System.Text.Json.JsonSerializer.Serialize(reference, BotJson.Options) };

    private static ConversationReference ChannelOf(TenantId tenant, string serviceUrl, Unit unit, DateTimeOffset lastSeen) => new()
    {
        TenantId = tenant.Value,
        ServiceUrl = serviceUrl,
        ConversationId = unit.Channel!.ChannelId,
        ConversationType = "channel",
        TeamId = unit.Channel.TeamId,
        TeamsChannelId = unit.Channel.ChannelId,
        LastSeen = lastSeen,
    };

    private static async Task<(ServiceProvider Provider, TableRequestCounter Counter, BenchmarkClock Clock)> ServicesAsync(
        Azurite azurite, string prefix, IReadOnlyList<TenantId> tenants, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,

            // Azurite answers a query by scanning the whole table (its Loki store has no partition index), so on a busy
            // machine a partition query of a large table can take longer than the product's fail-fast 3 s: the benchmark
            // waits for it and reports the time rather than failing with a timeout.
            ["Storage:NetworkTimeout"] = "00:00:30",
            ["Hangfire:QuietHours"] = "true",

            // What a press records in the outbox is measured as the press records it, not sent in the background
            // meanwhile (the sending's requests would land in the next press's count).
            ["Outbox:SendImmediately"] = "false",
        };
        foreach (var tenant in tenants)
        {
            // The jobs pass by a tenant the operator has not enabled (EachTenant): without this the scans measure nothing.
            settings[$"Tenants:{tenant.Value}:Enabled"] = "true";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var counter = new TableRequestCounter();
        var clock = new BenchmarkClock();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(clock);

        // The hosts have the configuration in the container; the Graph clients read it from there.
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(sp => new TableStore(sp.GetRequiredService<IOptions<StorageOptions>>(), counter));
        services.AddTeamsQualityStorage(configuration);
        services.AddBotStateStores();
        services.AddBotConnector(configuration);
        services.AddTeamsQualityOutbox(configuration);
        services.AddTeamsQualityGraph(configuration);

        // The jobs run tenant by tenant (EachTenant), which schedules a failed tenant's retry with Hangfire: here in memory.
        services.AddSingleton<Hangfire.IBackgroundJobClient>(new Hangfire.BackgroundJobClient(new Hangfire.InMemory.InMemoryStorage()));
        services.AddTransient<EachTenant>();
        services.AddTransient<WheelPlanningJob>();
        services.AddTransient<DueStopsJob>();
        services.AddTransient<DueSelfChecksJob>();
        services.AddTransient<ActionRemindersJob>();
        services.AddTransient<StopChannelNotices>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var tables = provider.GetRequiredService<TableStore>();
        foreach (var table in TableKeys.AllTables)
        {
            await tables.GetAsync(table, cancellationToken);
        }

        return (provider, counter, clock);
    }

    /// <summary>The reference of a person's 1:1 chat with the bot, as Teams gives it when they first write (Swedish).</summary>
    public static ConversationReference PersonalChat(TenantId tenant, string serviceUrl, string personId, DateTimeOffset lastSeen) => new()
    {
        TenantId = tenant.Value,
        ServiceUrl = serviceUrl,
        ConversationId = "a:bench-" + personId,
        ConversationType = "personal",
        AadObjectId = personId,
        Locale = "sv-SE",
        LastSeen = lastSeen,
    };

    /// <summary>Rows of the organisation partition (what every job run and every turn loads).</summary>
    public int OrganisationRows => 1 + Organisation.Units.Count + Organisation.People.Count;

    public static string PersonId(int unit, int n) => $"{unit:D8}-0000-4000-8000-{n:D12}";

    public Person ManagerOf(Unit unit) => Organisation.FindPerson(unit.ManagerId!)!;

    public IReadOnlyList<Person> StaffOf(Unit unit) =>
        Organisation.MembersOf(unit.Id).Where(p => p.Role == Role.Medarbetare).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>Starts measuring: table requests, connector calls and wall time until <see cref="Measurement.Stop"/>.</summary>
    public Measurement Measure() => new(this);

    public ConnectorCalls ConnectorCalls => _connector.Calls;

    /// <summary>Where the fake connector answers: the service URL of every conversation reference.</summary>
    public string ServiceUrl => _connector.ServiceUrl;

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private static Organisation BuildOrganisation(TenantId tenant, int units, int staffPerUnit)
    {
        var unitList = new List<Unit>();
        var people = new List<Person>
        {
            new(PersonId(0, 1), "Eva Sundberg", Role.BitradandeSocialchef, null),
            new(PersonId(0, 2), "Johan Ek", Role.Verksamhetsutvecklare, null),
        };
        for (var u = 1; u <= units; u++)
        {
            var id = "enhet-" + u.ToString("D3", CultureInfo.InvariantCulture);
            var name = "Enhet " + u.ToString("D3", CultureInfo.InvariantCulture);
            var manager = new Person(PersonId(u, 1), $"Chef {u}", Role.Enhetschef, id);
            people.Add(manager);
            for (var s = 1; s <= staffPerUnit; s++)
            {
                people.Add(new Person(PersonId(u, 1 + s), $"Medarbetare {u}-{s}", Role.Medarbetare, id));
            }

            unitList.Add(new Unit(id, name, manager.Id, new UnitChannel("19:bench-team@thread.tacv2", $"19:{id}@thread.tacv2", name)));
        }

        return new Organisation(tenant, "Benchmarks kommun, socialförvaltningen", unitList, people);
    }
}

/// <summary>Table requests, connector calls and wall time between start and <see cref="Stop"/>.</summary>
public sealed class Measurement
{
    private readonly BenchmarkWorld _world;
    private readonly TableCounts _tables;
    private readonly ConnectorCalls _connector;
    private readonly long _started;

    internal Measurement(BenchmarkWorld world)
    {
        _world = world;
        _tables = world.Counter.Snapshot();
        _connector = world.ConnectorCalls;
        _started = Stopwatch.GetTimestamp();
    }

    public Measured Stop()
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        return new Measured(_world.Counter.Snapshot() - _tables, _world.ConnectorCalls - _connector, elapsed);
    }
}

public sealed record Measured(TableCounts Tables, ConnectorCalls Connector, TimeSpan Elapsed)
{
    /// <summary>Rows that came back from one table's queries.</summary>
    public long RowsFrom(string prefix, string table) =>
        Tables.ByTableAndKind.Where(c => c.Key.Table == prefix + table).Sum(c => c.Value.Rows);

    public long Reads => Tables.Of(RequestKind.Query).Requests + Tables.Of(RequestKind.PointRead).Requests;

    public long Writes => Tables.Of(RequestKind.Insert).Requests + Tables.Of(RequestKind.Update).Requests + Tables.Of(RequestKind.Transaction).Requests + Tables.Of(RequestKind.Delete).Requests;
}
