using System.Diagnostics;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsQuality.Storage;

/// <summary>Table storage did not answer a moment ago, so this call was not even tried: nothing was saved.</summary>
public sealed class StorageUnavailableException(string message) : Exception(message);

/// <summary>
/// Watches every table call of the process (a policy in the table client's pipeline, run for each try). When a try
/// gets no answer at all (connection refused or reset, or nothing within the network timeout) and nothing else has
/// answered since it started, storage is taken as unavailable for a short cool-down: calls then fail at once with
/// <see cref="StorageUnavailableException"/> instead of each waiting out its own timeouts and retries. So a user hears
/// "it could not be saved, try again" within Teams' time limit whether storage is down or hanging, and a job fails
/// fast and is retried. After the cool-down calls go through again: the app recovers by itself when storage is back.
/// </summary>
public sealed class StorageAvailability : HttpPipelinePolicy
{
    /// <summary>How long calls fail at once after storage did not answer.</summary>
    public static readonly TimeSpan CoolDown = TimeSpan.FromSeconds(5);

    private long _lastAnswer;
    private long _unavailableUntil;

    /// <summary>True while calls fail at once because storage did not answer a moment ago.</summary>
    public bool IsCoolingDown => Stopwatch.GetTimestamp() < Volatile.Read(ref _unavailableUntil);

    /// <summary>True when a failure means storage could not be reached or did not answer (so "try again later" is the honest answer).</summary>
    public static bool IsOutage(Exception exception) => exception switch
    {
        StorageUnavailableException => true,
        RequestFailedException failed => failed.Status is 0 or >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        TimeoutException or OperationCanceledException or IOException => true,
        _ => false,
    };

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Begin();
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception) when (!message.CancellationToken.IsCancellationRequested)
        {
            NoAnswer(started);
            throw;
        }

        Answered();
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Begin();
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (Exception) when (!message.CancellationToken.IsCancellationRequested)
        {
            NoAnswer(started);
            throw;
        }

        Answered();
    }

    private long Begin()
    {
        var now = Stopwatch.GetTimestamp();
        if (now < Volatile.Read(ref _unavailableUntil))
        {
            // Not a RequestFailedException or IOException: the client's retry policy does not retry it.
            throw new StorageUnavailableException("Table storage did not answer a moment ago; this call was not tried.");
        }

        return now;
    }

    /// <summary>A try got no answer. Unless another call was answered meanwhile (one slow call is not an outage), storage is unavailable.</summary>
    private void NoAnswer(long started)
    {
        if (Volatile.Read(ref _lastAnswer) < started)
        {
            Volatile.Write(ref _unavailableUntil, Stopwatch.GetTimestamp() + (long)(CoolDown.TotalSeconds * Stopwatch.Frequency));
        }
    }

    /// <summary>Any answer, an error status too, shows storage is reachable.</summary>
    private void Answered() => Volatile.Write(ref _lastAnswer, Stopwatch.GetTimestamp());
}
