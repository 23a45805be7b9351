using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Protocol;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Integration.Tests.Servers;

/// <summary>
/// Signing in to the job storage as Azure Database for PostgreSQL wants it: a connection string without a password and
/// an Entra token for the managed identity as the password. The test's PostgreSQL asks one role for its password (as
/// Azure asks an Entra user), and the "token" is that role's password; the credential stands in for Entra. Teams' send
/// limits, kept in the same PostgreSQL when the servers share it, sign in the same way.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class JobStorageSignInTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly string _role = "entra_" + Guid.NewGuid().ToString("N")[..8];
    private string _token = null!;

    public async Task InitializeAsync()
    {
        _token = "eyJ0eXAi." + Guid.NewGuid().ToString("N");
        await using var admin = new NpgsqlConnection(postgres.AdminConnectionString);
        await admin.OpenAsync();
        await ExecuteAsync(admin, $"CREATE ROLE {_role} LOGIN PASSWORD '{_token}'");

        // Only this role must give a password (the other tests' connections stay trusted): first line of pg_hba.conf.
        var hba = (string)(await new NpgsqlCommand("SHOW hba_file", admin).ExecuteScalarAsync())!;
        var lines = await File.ReadAllTextAsync(hba);
        await File.WriteAllTextAsync(hba, $"host all {_role} 127.0.0.1/32 scram-sha-256\n" + lines);
        await ExecuteAsync(admin, "SELECT pg_reload_conf()");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Without_a_password_the_server_signs_in_with_a_token_for_Azure_Database_for_PostgreSQL()
    {
        var entra = new StandInEntra(_token);
        using var database = JobStorageDatabase.Create(ConnectionString(), entra);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var user = (string)(await new NpgsqlCommand("SELECT current_user", connection).ExecuteScalarAsync())!;

        Assert.True(database.SignsInWithEntra);
        Assert.Equal(_role, user);
        Assert.Contains(entra.Asked, scopes => scopes.SequenceEqual(["https://ossrdbms-aad.database.windows.net/.default"]));
    }

    [Fact]
    public async Task A_token_Entra_did_not_give_is_refused()
    {
        using var database = JobStorageDatabase.Create(ConnectionString(), new StandInEntra("not-the-token"));

        var refused = await Assert.ThrowsAsync<PostgresException>(async () => await database.DataSource.OpenConnectionAsync());
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
    }

    [Fact]
    public async Task A_connection_string_with_its_own_password_does_not_ask_Entra()
    {
        var entra = new StandInEntra("unused");
        using var database = JobStorageDatabase.Create(ConnectionString() + $";Password={_token}", entra);

        await using var connection = await database.DataSource.OpenConnectionAsync();

        Assert.False(database.SignsInWithEntra);
        Assert.Empty(entra.Asked);
    }

    [Fact]
    public async Task Teams_send_limits_kept_in_the_job_storage_sign_in_with_the_token_as_well()
    {
        // A database of the test's own, where the role may create the limiter's schema.
        var database = new NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync()).Database!;
        await using (var admin = new NpgsqlConnection(postgres.AdminConnectionString))
        {
            await admin.OpenAsync();
            await ExecuteAsync(admin, $"GRANT CREATE ON DATABASE {database} TO {_role}");
        }

        var entra = new StandInEntra(_token);
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hangfire:Storage"] = "PostgreSql",
            ["Hangfire:PostgreSqlConnectionString"] = ConnectionString().Replace("Database=postgres", $"Database={database}", StringComparison.Ordinal),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TokenCredential>(entra);
        services.AddTeamsQualityOutbox(settings);
        await using var provider = services.BuildServiceProvider();

        // A send's turn, taken in the shared table as the delivery takes it.
        var store = provider.GetRequiredService<IRateStore>();
        await store.TakeAsync("tenant:kommunen", TimeSpan.FromMilliseconds(20), 1, CancellationToken.None);

        Assert.IsType<PostgresRateStore>(store);
        Assert.NotEmpty(entra.Asked);
        await using var check = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Database = database }.ConnectionString);
        await check.OpenAsync();
        var owner = (string?)await new NpgsqlCommand("SELECT tableowner::text FROM pg_tables WHERE schemaname = 'teamsquality' AND tablename = 'send_limits'", check).ExecuteScalarAsync();
        var turns = (long)(await new NpgsqlCommand("SELECT count(*) FROM teamsquality.send_limits WHERE key = 'tenant:kommunen'", check).ExecuteScalarAsync())!;
        Assert.Equal(_role, owner);
        Assert.Equal(1, turns);
    }

    private string ConnectionString() =>
        $"Host=127.0.0.1;Port={postgres.Port};Username={_role};Database=postgres;Pooling=false;Timeout=15";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Entra as the managed identity's credential sees it: a token per scope asked for.</summary>
    private sealed class StandInEntra(string token) : TokenCredential
    {
        public List<string[]> Asked { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Asked)
            {
                Asked.Add(requestContext.Scopes);
            }

            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
