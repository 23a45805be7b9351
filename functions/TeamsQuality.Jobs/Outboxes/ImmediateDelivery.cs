using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Jobs.Outboxes;

/// <summary>
/// An attempt to deliver a tenant's outbox right after a turn recorded a message, in the background: the person who
/// pressed the button gets their answer without waiting for Teams, and the message usually goes out within a second.
/// At most one attempt per tenant runs at a time (one more follows when kicked meanwhile). What it cannot send
/// stays in the outbox for <see cref="OutboxDeliveryJob"/>; claims make it safe next to the job and other servers.
/// </summary>
public sealed class ImmediateDelivery(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, ILogger<ImmediateDelivery> logger) : IHostedService, IDisposable
{
    private const int Idle = 0;
    private const int Running = 1;
    private const int RunAgain = 2;

    private readonly ConcurrentDictionary<string, int> _state = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _disposed;

    public void Kick(TenantId tenant)
    {
        if (!options.Value.SendImmediately || _stopping.IsCancellationRequested)
        {
            return;
        }

        while (true)
        {
            if (_state.TryAdd(tenant.Value, Running))
            {
                Start(tenant);
                return;
            }

            if (_state.TryUpdate(tenant.Value, RunAgain, Running) || (_state.TryGetValue(tenant.Value, out var state) && state == RunAgain))
            {
                return;
            }
        }
    }

    private void Start(TenantId tenant)
    {
        var task = Task.Run(async () =>
        {
            while (true)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverTenantAsync(tenant, _stopping.Token);
                }
                catch (Exception ex) when (!_stopping.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "The immediate delivery for tenant {Tenant} failed; the outbox job tries again", tenant);
                }
                catch (Exception)
                {
                    // Stopping: what was cut off is sent by the job when its lease ends.
                    _state.TryRemove(tenant.Value, out _);
                    return;
                }

                while (true)
                {
                    if (_state.TryUpdate(tenant.Value, Running, RunAgain))
                    {
                        break; // kicked meanwhile: once more
                    }

                    if (_state.TryRemove(KeyValuePair.Create(tenant.Value, Running)))
                    {
                        return;
                    }
                }
            }
        });
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits until no immediate delivery is running (for tests and a graceful stop).</summary>
    public async Task IdleAsync(CancellationToken cancellationToken)
    {
        while (!_running.IsEmpty)
        {
            await Task.WhenAll(_running.Keys.ToArray()).WaitAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            return; // a host stopped twice
        }

        // What is cut off stays claimed until its lease ends and is sent then, by this or another server.
        await _stopping.CancelAsync();
        try
        {
            await IdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
    }
}
