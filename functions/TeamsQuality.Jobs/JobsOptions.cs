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
}

public enum JobStorageKind
{
    InMemory,
    PostgreSql,
}
