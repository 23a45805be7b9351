using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Outboxes;

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

    /// <summary>Per tenant, what this process's delivery job saw in its latest run: (messages due, age of the oldest).</summary>
    private static readonly ConcurrentDictionary<string, (long Due, double OldestAge)> OutboxSeen = new(StringComparer.Ordinal);

    /// <summary>
    /// The outbox's depth per tenant (<c>tenant</c>): the messages due that the delivery job's latest run read. Read
    /// from what the job read anyway, so it costs no table request; 0 once a run finds nothing due.
    /// </summary>
    public static readonly ObservableGauge<long> OutboxDue = Meter.CreateObservableGauge(
        "teamsquality.outbox.due",
        () => OutboxSeen.Select(t => new Measurement<long>(t.Value.Due, new KeyValuePair<string, object?>("tenant", t.Key))),
        unit: "{message}",
        description: "Messages due in a tenant's outbox, as the delivery job's latest run saw them.");

    /// <summary>How long the oldest due message had waited past its due time when the latest run read it, per tenant.</summary>
    public static readonly ObservableGauge<double> OutboxOldestAge = Meter.CreateObservableGauge(
        "teamsquality.outbox.oldest_due.age",
        () => OutboxSeen.Select(t => new Measurement<double>(t.Value.OldestAge, new KeyValuePair<string, object?>("tenant", t.Key))),
        unit: "s",
        description: "Age of the oldest due message in a tenant's outbox, as the delivery job's latest run saw it.");

    /// <summary>
    /// What one read of the delivery job saw (<paramref name="pass"/> 0 starts a run; later passes add to it): the one
    /// call the delivery path makes for the depth and age gauges.
    /// </summary>
    public static void SawOutbox(TenantId tenant, int pass, IReadOnlyList<PendingMessage> due, DateTimeOffset now)
    {
        var age = due.Count == 0 ? 0 : Math.Max(0, (now - due.Min(m => m.Due)).TotalSeconds);
        OutboxSeen.AddOrUpdate(
            tenant.Value,
            _ => (due.Count, age),
            (_, seen) => pass == 0 ? (due.Count, age) : (seen.Due + due.Count, Math.Max(seen.OldestAge, age)));
    }
}
