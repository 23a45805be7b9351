using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TeamsQuality.Teams.Hosting;

/// <summary>
/// Keeps track of turns that outlived their HTTP request, so they finish (and answer proactively) instead of being
/// cut off, and so a graceful shutdown waits for them.
/// </summary>
public sealed class BackgroundTurns(IHostApplicationLifetime lifetime, ILogger<BackgroundTurns> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    /// <summary>Cancelled when the host stops.</summary>
    public CancellationToken Stopping => lifetime.ApplicationStopping;

    /// <summary>Starts the work, tracked until it ends.</summary>
    public Task<T> Run<T>(Func<CancellationToken, Task<T>> work)
    {
        var task = Task.Run(() => work(Stopping), CancellationToken.None);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var pending = _running.Keys.ToArray();
        if (pending.Length == 0)
        {
            return;
        }

        logger.LogInformation("Waiting for {Count} turn(s) still running", pending.Length);
        try
        {
            await Task.WhenAll(pending).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            logger.LogWarning("Stopped before {Count} turn(s) finished", _running.Count);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A turn failed while the host was stopping");
        }
    }
}
