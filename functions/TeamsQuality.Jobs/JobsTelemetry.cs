using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TeamsQuality.Jobs;

/// <summary>The jobs' and the outbox's traces and metrics (see <c>TeamsTelemetry</c> for the naming).</summary>
public static class JobsTelemetry
{
    public const string Name = "TeamsQuality.Jobs";

    /// <summary>A span per job run and per tenant in it.</summary>
    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>How long a job run took, tagged <c>job</c> and <c>outcome</c> (succeeded, failed).</summary>
    public static readonly Histogram<double> JobDuration =
        Meter.CreateHistogram<double>("teamsquality.job.duration", unit: "s", description: "Duration of a scheduled job's run.");
}
