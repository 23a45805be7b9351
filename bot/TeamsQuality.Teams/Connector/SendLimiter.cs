using System.Net;
using Microsoft.Extensions.Options;

namespace TeamsQuality.Teams.Connector;

/// <summary>
/// Teams' limits on proactive sends (the "Teams:SendLimits" configuration section); the defaults are Teams' own
/// numbers: per app and tenant 50 requests a second, per bot and conversation 7 a second, 8 in 2 s, 60 in 30 s.
/// </summary>
public sealed class SendLimitOptions
{
    public const string SectionName = "Teams:SendLimits";

    public double TenantPerSecond { get; set; } = 50;

    public double ConversationPerSecond { get; set; } = 7;

    public double ConversationPerTwoSeconds { get; set; } = 8;

    public double ConversationPerThirtySeconds { get; set; } = 60;

    /// <summary>
    /// The share of each limit actually used (0–1): sends are spaced a little wider than the limit, so two sends that
    /// a busy machine or the network bunches together still land within it at Teams.
    /// </summary>
    public double Headroom { get; set; } = 0.95;

    /// <summary>The longest wait for a turn a sender holds claimed messages for; beyond it they are put back for that time.</summary>
    public TimeSpan LongestWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How much later than its turn a send may still go out in it. A send woken later (a busy machine) takes a new turn
    /// instead: going late would bunch it with the sends of the next turns, and Teams counts any 1-s window.
    /// </summary>
    public TimeSpan LateTolerance { get; set; } = TimeSpan.FromMilliseconds(15);

    /// <summary>One send's turn per tenant, the sends spaced evenly (no bursts: then no 1-s window holds more than the limit).</summary>
    public TimeSpan TenantInterval => Interval(TenantPerSecond, TimeSpan.FromSeconds(1));

    /// <summary>
    /// One send's turn per conversation: the strictest of the three limits, evenly spaced (60 in 30 s: one per 0.5 s),
    /// which keeps the other two (7 a second, 8 in 2 s) as well.
    /// </summary>
    public TimeSpan ConversationInterval =>
        new[]
        {
            Interval(ConversationPerSecond, TimeSpan.FromSeconds(1)),
            Interval(ConversationPerTwoSeconds, TimeSpan.FromSeconds(2)),
            Interval(ConversationPerThirtySeconds, TimeSpan.FromSeconds(30)),
        }.Max();

    private TimeSpan Interval(double count, TimeSpan window) =>
        count <= 0 ? TimeSpan.Zero : window / (count * Math.Clamp(Headroom, 0.1, 1.0));
}

/// <summary>When one send may go: at once or after <see cref="Wait"/>; or not in this turn, as its conversation is busy until then.</summary>
public readonly record struct SendTurn(TimeSpan Wait, bool ConversationBusy)
{
    public static SendTurn After(TimeSpan wait) => new(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, false);

    public static SendTurn Busy(TimeSpan until) => new(until < TimeSpan.Zero ? TimeSpan.Zero : until, true);
}

/// <summary>
/// Keeps proactive sends within Teams' limits before Teams refuses them: a turn per tenant and per conversation, shared
/// by every server that uses the same store, and a 429 from Teams pushes the tenant's and the conversation's turns past
/// its Retry-After for all of them.
/// </summary>
public interface ISendLimiter
{
    /// <summary>
    /// Turns for a batch of sends of one tenant, one per conversation (distinct keys): the tenant's turns are taken as
    /// one block (one round trip to a shared store), then each conversation's turn at its send's time.
    /// </summary>
    Task<IReadOnlyList<SendTurn>> TakeTurnsAsync(string tenantId, IReadOnlyList<string> conversations, CancellationToken cancellationToken);

    /// <summary>
    /// One more turn of the tenant, for a send that missed its own (woken too late): how long from now until it. The
    /// send's conversation keeps the turn it had, which came earlier.
    /// </summary>
    Task<TimeSpan> RetakeTenantTurnAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Teams answered 429: no send to the tenant (nor to the conversation) goes out before Retry-After has passed, on any server.</summary>
    Task ThrottledAsync(string tenantId, string? conversation, TimeSpan retryAfter, CancellationToken cancellationToken);
}

/// <summary>
/// Where the limiter keeps its "theoretical arrival times" (GCRA: one per key, the moment the key's next turn is free).
/// The times are kept on the store's own clock, so servers whose clocks differ still agree; each answer is an offset
/// from the moment the call was made, on the caller's clock (a shared store maps its clock to the caller's, so a slow
/// round trip does not shift the turns it hands out).
/// </summary>
public interface IRateStore
{
    /// <summary>Takes <paramref name="count"/> turns of a key, spaced by <paramref name="interval"/>; returns how long from now until the first.</summary>
    Task<TimeSpan> TakeAsync(string key, TimeSpan interval, int count, CancellationToken cancellationToken);

    /// <summary>
    /// For each key, the turn at its offset from now if the key is free by then (and then it is taken); otherwise how
    /// long until the key is free (nothing taken). Keys are distinct.
    /// </summary>
    Task<IReadOnlyList<TimeSpan?>> TryTakeAtAsync(IReadOnlyList<(string Key, TimeSpan At)> turns, TimeSpan interval, CancellationToken cancellationToken);

    /// <summary>No turn of these keys before <paramref name="wait"/> from now.</summary>
    Task PushAsync(IReadOnlyList<string> keys, TimeSpan wait, CancellationToken cancellationToken);
}

/// <summary>
/// The limiter as GCRA (generic cell rate algorithm) over an <see cref="IRateStore"/>: one time per tenant and one per
/// conversation, each the moment its next turn is free; taking a turn moves it on by the key's interval.
/// </summary>
public sealed class GcraSendLimiter(IRateStore store, IOptions<SendLimitOptions> options) : ISendLimiter
{
    public static string TenantKey(string tenantId) => "t:" + tenantId;

    public static string ConversationKey(string tenantId, string conversation) => "c:" + tenantId + ":" + conversation;

    public async Task<IReadOnlyList<SendTurn>> TakeTurnsAsync(string tenantId, IReadOnlyList<string> conversations, CancellationToken cancellationToken)
    {
        if (conversations.Count == 0)
        {
            return [];
        }

        var o = options.Value;
        var tenantInterval = o.TenantInterval;
        var first = await store.TakeAsync(TenantKey(tenantId), tenantInterval, conversations.Count, cancellationToken);
        var at = conversations.Select((c, i) => (ConversationKey(tenantId, c), first + (tenantInterval * i))).ToList();
        var conversationTurns = await store.TryTakeAtAsync(at, o.ConversationInterval, cancellationToken);

        // A conversation busy at its send's time gives up that tenant turn (it goes unused), so the tenant's sends
        // never come closer together than the interval.
        return at.Select((turn, i) => conversationTurns[i] is { } busyFor ? SendTurn.Busy(busyFor) : SendTurn.After(turn.Item2)).ToList();
    }

    public Task<TimeSpan> RetakeTenantTurnAsync(string tenantId, CancellationToken cancellationToken) =>
        store.TakeAsync(TenantKey(tenantId), options.Value.TenantInterval, 1, cancellationToken);

    public Task ThrottledAsync(string tenantId, string? conversation, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        // Teams does not say which limit it was: both wait, as Teams asks.
        List<string> keys = conversation is null ? [TenantKey(tenantId)] : [TenantKey(tenantId), ConversationKey(tenantId, conversation)];
        return store.PushAsync(keys, retryAfter, cancellationToken);
    }
}

/// <summary>The limiter's times in this process: for one server (the default). Several servers share <c>PostgresRateStore</c>.</summary>
public sealed class InProcessRateStore : IRateStore
{
    private readonly Dictionary<string, TimeSpan> _free = new(StringComparer.Ordinal);
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public Task<TimeSpan> TakeAsync(string key, TimeSpan interval, int count, CancellationToken cancellationToken)
    {
        lock (_free)
        {
            var now = _clock.Elapsed;
            var start = _free.TryGetValue(key, out var free) && free > now ? free : now;
            _free[key] = start + (interval * count);
            return Task.FromResult(start - now);
        }
    }

    public Task<IReadOnlyList<TimeSpan?>> TryTakeAtAsync(IReadOnlyList<(string Key, TimeSpan At)> turns, TimeSpan interval, CancellationToken cancellationToken)
    {
        lock (_free)
        {
            var now = _clock.Elapsed;
            var result = new TimeSpan?[turns.Count];
            for (var i = 0; i < turns.Count; i++)
            {
                var (key, at) = turns[i];
                if (_free.TryGetValue(key, out var free) && free > now + at)
                {
                    result[i] = free - now;
                }
                else
                {
                    _free[key] = now + at + interval;
                }
            }

            return Task.FromResult<IReadOnlyList<TimeSpan?>>(result);
        }
    }

    public Task PushAsync(IReadOnlyList<string> keys, TimeSpan wait, CancellationToken cancellationToken)
    {
        lock (_free)
        {
            var until = _clock.Elapsed + wait;
            foreach (var key in keys)
            {
                if (!_free.TryGetValue(key, out var free) || free < until)
                {
                    _free[key] = until;
                }
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Lets a caller that handles Teams' 429 itself (the outbox, through <see cref="ISendLimiter"/>) have it surface at once
/// as a <see cref="ConnectorException"/> with its Retry-After, instead of the connector client waiting it out: a wait
/// in one server's retry is not seen by the others.
/// </summary>
public static class ConnectorThrottling
{
    private static readonly AsyncLocal<bool> Surfacing = new();

    /// <summary>True inside <see cref="SurfaceToCaller"/>.</summary>
    public static bool SurfacesToCaller => Surfacing.Value;

    /// <summary>Until disposed, a 429 in this flow is not retried by the connector client.</summary>
    public static IDisposable SurfaceToCaller()
    {
        var before = Surfacing.Value;
        Surfacing.Value = true;
        return new Restore(before);
    }

    /// <summary>Whether an exception is Teams' 429, and how long it asked to wait (1 s when it did not say).</summary>
    public static bool IsThrottled(Exception ex, out TimeSpan retryAfter)
    {
        if (ex is ConnectorException { StatusCode: HttpStatusCode.TooManyRequests } refused)
        {
            retryAfter = refused.RetryAfter ?? TimeSpan.FromSeconds(1);
            return true;
        }

        retryAfter = TimeSpan.Zero;
        return false;
    }

    private sealed class Restore(bool before) : IDisposable
    {
        public void Dispose() => Surfacing.Value = before;
    }
}
