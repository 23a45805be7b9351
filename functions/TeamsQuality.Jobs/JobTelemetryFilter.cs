using System.Diagnostics;
using Hangfire;
using Hangfire.Server;

namespace TeamsQuality.Jobs;

/// <summary>
/// A span and a <see cref="JobsTelemetry.JobDuration"/> per job run, tagged with the job's id (the recurring job's, e.g.
/// <c>deliver-outbox</c>, or the job's class and method for a one-off such as a tenant's retry) and its outcome.
/// A Hangfire server filter, so every job is measured the same way whichever server runs it.
/// </summary>
public sealed class JobTelemetryFilter : IServerFilter
{
    public static JobTelemetryFilter Instance { get; } = new();

    private const string SpanItem = "teamsquality.span";
    private const string StartedItem = "teamsquality.started";

    private JobTelemetryFilter()
    {
    }

    /// <summary>Adds the filter to Hangfire's (process-wide) filters once, however many hosts a process builds.</summary>
    public static IGlobalConfiguration UseIn(IGlobalConfiguration configuration)
    {
        lock (Instance)
        {
            return GlobalJobFilters.Filters.Contains(Instance) ? configuration : configuration.UseFilter(Instance);
        }
    }

    public void OnPerforming(PerformingContext context)
    {
        context.Items[StartedItem] = Stopwatch.GetTimestamp();
        var job = JobId(context);
        if (JobsTelemetry.Source.StartActivity("job " + job) is { } span)
        {
            span.SetTag("job", job);
            context.Items[SpanItem] = span;
        }
    }

    public void OnPerformed(PerformedContext context)
    {
        var outcome = context.Exception is null ? "succeeded" : context.Canceled ? "canceled" : "failed";
        var job = JobId(context);
        if (context.Items.TryGetValue(StartedItem, out var started) && started is long timestamp && JobsTelemetry.JobDuration.Enabled)
        {
            JobsTelemetry.JobDuration.Record(
                Stopwatch.GetElapsedTime(timestamp).TotalSeconds,
                new KeyValuePair<string, object?>("job", job),
                new KeyValuePair<string, object?>("outcome", outcome));
        }

        if (context.Items.TryGetValue(SpanItem, out var item) && item is Activity span)
        {
            span.SetTag("outcome", outcome);
            span.SetStatus(context.Exception is null ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
            span.Stop();
        }
    }

    private static string JobId(PerformContext context)
    {
        try
        {
            if (context.GetJobParameter<string>("RecurringJobId") is { Length: > 0 } recurring)
            {
                return recurring;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or Newtonsoft.Json.JsonException)
        {
            // Not a recurring job's run: named by its method below.
        }

        return context.BackgroundJob.Job is { } job ? $"{job.Type.Name}.{job.Method.Name}" : "unknown";
    }
}
