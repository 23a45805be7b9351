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

    /// <summary>
    /// Nudges wait for working hours (Monday-Friday 08-17 Swedish time). Only for trying the app locally at any hour
    /// (./run turns this off); never in production.
    /// </summary>
    public bool QuietHours { get; set; } = true;

    /// <summary>When the daily due scan runs, as a cron expression in Swedish time (default: working days 08:30).</summary>
    public string DueScanSchedule { get; set; } = DueStopsJob.DefaultScanSchedule;
}

public enum JobStorageKind
{
    InMemory,
    PostgreSql,
}
