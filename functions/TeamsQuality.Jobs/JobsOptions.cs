using TeamsQuality.Jobs.Stops;

namespace TeamsQuality.Jobs;

/// <summary>Where Hangfire keeps its jobs and whether this process runs them; the "Hangfire" configuration section.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Hangfire";

    /// <summary>InMemory (one process, the default) or PostgreSql (shared by several servers).</summary>
    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    /// <summary>
    /// Npgsql connection string of the shared job storage (else ConnectionStrings:Hangfire). Without a password and with
    /// a managed identity (<see cref="ManagedIdentityClientId"/> or AZURE_CLIENT_ID), the servers sign in with an Entra
    /// token (Azure Database for PostgreSQL), renewed while they run.
    /// </summary>
    public string? PostgreSqlConnectionString { get; set; }

    /// <summary>The user-assigned managed identity that signs in to PostgreSQL (default: AZURE_CLIENT_ID).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// How long a job fetched by a server that stopped answering stays invisible to the others: a running job's server
    /// renews its hold every fifth of this (sliding), so a dead server's job is run by another within about this time.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a lock (<c>[DisableConcurrentExecution]</c>, the recurring scheduler's) lasts: a lock whose holder died
    /// is taken over after this. Longer than a job that holds a lock ever runs (the due scan of the largest tenant).
    /// </summary>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an idle server asks the job storage for work (PostgreSQL only).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a server looks for scheduled and recurring jobs that are due (below a minute, cron with seconds fires on time).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether this process runs jobs. Turn off in the bot when TeamsQuality.Worker runs them.</summary>
    public bool ServerEnabled { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    // Hangfire:QuietHours (whether nudges wait for working hours) is read with the tenants' own quiet hours, as their
    // default, by TeamsQuality.Application.Tenants.TenantPolicies.

    /// <summary>When the daily due scan runs, as a cron expression in Swedish time (default: working days 08:30).</summary>
    public string DueScanSchedule { get; set; } = DueStopsJob.DefaultScanSchedule;
}

public enum JobStorageKind
{
    InMemory,
    PostgreSql,
}
