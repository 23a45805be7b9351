using TeamsQuality.Testing;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the test run (<see cref="PostgresProcess"/>, shared with the benchmark), started before
/// the collection's tests and stopped after them. Each test asks for a database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly PostgresProcess _process = new();

    public int Port => _process.Port;

    /// <summary>The server's own maintenance database (for creating others).</summary>
    public string AdminConnectionString => _process.AdminConnectionString;

    public string ConnectionStringFor(string database) => _process.ConnectionStringFor(database);

    /// <summary>A new empty database, e.g. one job storage shared by the two servers of one test.</summary>
    public Task<string> CreateDatabaseAsync(string prefix = "tq") => _process.CreateDatabaseAsync(prefix);

    public Task InitializeAsync() => _process.StartAsync();

    public async Task DisposeAsync() => await _process.DisposeAsync();

    /// <summary>The folder with initdb and postgres: on PATH, else Debian's newest /usr/lib/postgresql/N/bin.</summary>
    public static string Binaries() => PostgresProcess.Binaries();
}

/// <summary>
/// The tests on PostgreSQL: the send limits (whose assertions are about when sends reach Teams) and the two real server
/// processes. They run on their own, after the other tests, so the rest of the run's load does not wake a send late
/// next to the following one or starve a server process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>, ICollectionFixture<AzuriteFixture>
{
    public const string Name = "PostgreSQL";
}
