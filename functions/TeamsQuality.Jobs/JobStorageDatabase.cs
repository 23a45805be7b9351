using Azure.Core;
using Azure.Identity;
using Hangfire.PostgreSql;
using Npgsql;

namespace TeamsQuality.Jobs;

/// <summary>
/// The PostgreSQL database the servers share as Hangfire's job storage (schema <c>hangfire</c>; anything of ours goes
/// in schema <see cref="OwnSchema"/>). One pooled data source per process. Azure Database for PostgreSQL is signed in
/// to with the app's managed identity: a connection string without a password gets an Entra token as its password,
/// fetched again every few minutes (Azure.Identity renews the token before it expires), so no secret is stored.
/// </summary>
public sealed class JobStorageDatabase : IDisposable
{
    /// <summary>The schema Hangfire.PostgreSql creates and keeps its tables in.</summary>
    public const string HangfireSchema = "hangfire";

    /// <summary>Where our own tables go, if any (created by the code that uses them, idempotently).</summary>
    public const string OwnSchema = "teamsquality";

    /// <summary>The Entra scope of Azure Database for PostgreSQL.</summary>
    public const string EntraScope = "https://ossrdbms-aad.database.windows.net/.default";

    // A fresh token well within its hour; after a failure the next attempt comes soon.
    private static readonly TimeSpan TokenRefresh = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan TokenRetry = TimeSpan.FromSeconds(10);

    private JobStorageDatabase(NpgsqlDataSource dataSource, bool signsInWithEntra)
    {
        DataSource = dataSource;
        SignsInWithEntra = signsInWithEntra;
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Whether connections sign in with an Entra token (no password in the connection string).</summary>
    public bool SignsInWithEntra { get; }

    /// <summary>
    /// The data source for <paramref name="connectionString"/>: with its own password as given, else with a token of
    /// the user-assigned managed identity <paramref name="managedIdentityClientId"/> when one is configured.
    /// </summary>
    public static JobStorageDatabase Create(string connectionString, string? managedIdentityClientId) =>
        Create(connectionString, ManagedIdentity(managedIdentityClientId));

    /// <summary>The user-assigned managed identity's credential, or null when none is configured.</summary>
    public static TokenCredential? ManagedIdentity(string? managedIdentityClientId) =>
        string.IsNullOrWhiteSpace(managedIdentityClientId)
            ? null
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(managedIdentityClientId));

    /// <summary>As above with any Entra credential (the tests give their own).</summary>
    public static JobStorageDatabase Create(string connectionString, TokenCredential? credential)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var entra = credential is not null && string.IsNullOrEmpty(builder.ConnectionStringBuilder.Password);
        if (entra)
        {
            var request = new TokenRequestContext([EntraScope]);
            builder.UsePeriodicPasswordProvider(
                async (_, cancellationToken) => (await credential!.GetTokenAsync(request, cancellationToken)).Token,
                TokenRefresh,
                TokenRetry);
        }

        return new JobStorageDatabase(builder.Build(), entra);
    }

    /// <summary>
    /// Creates or upgrades Hangfire's schema, one server at a time: servers that start together would otherwise race in
    /// the installer's serializable transactions. A session advisory lock is released by PostgreSQL when its holder dies.
    /// False when the database does not answer: Hangfire.PostgreSql then retries on its own and starts without it.
    /// </summary>
    public bool TryInstallHangfireSchema()
    {
        try
        {
            using var connection = DataSource.OpenConnection();
            using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('teamsquality:hangfire-install'))", connection))
            {
                take.ExecuteNonQuery();
            }

            try
            {
                PostgreSqlObjectsInstaller.Install(connection, HangfireSchema);
            }
            finally
            {
                using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext('teamsquality:hangfire-install'))", connection);
                release.ExecuteNonQuery();
            }

            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>Hangfire's connections from the data source (pooled, signed in as above).</summary>
    public IConnectionFactory ConnectionFactory() => new DataSourceConnections(DataSource);

    /// <summary>
    /// Hangfire.PostgreSql's options from ours: a job whose server died is fetched again by another after
    /// <see cref="JobsOptions.InvisibilityTimeout"/> (a live server keeps renewing its hold: sliding invisibility), and a
    /// lock whose holder died is taken over after <see cref="JobsOptions.DistributedLockTimeout"/>.
    /// </summary>
    public static PostgreSqlStorageOptions StorageOptions(JobsOptions options) => new()
    {
        SchemaName = HangfireSchema,
        PrepareSchemaIfNecessary = true, // after TryInstallHangfireSchema only a version check, or its retries when that failed
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = options.InvisibilityTimeout,
        DistributedLockTimeout = options.DistributedLockTimeout,
        QueuePollInterval = options.QueuePollInterval,
    };

    public void Dispose() => DataSource.Dispose();

    private sealed class DataSourceConnections(NpgsqlDataSource dataSource) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
    }
}
