using TeamsQuality.Jobs.Stops;

namespace TeamsQuality.Jobs;

/// <summary>Where Hangfire keeps its jobs and whether this process runs them; the "Hangfire" configuration section.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Hangfire";

    /// <summary>InMemory (one process, the default) or PostgreSql (shared by several servers).</summary>
    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    public string? PostgreSqlConnectionString { get; set; }

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
