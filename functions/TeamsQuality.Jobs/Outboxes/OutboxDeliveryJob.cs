using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Application.Outboxes;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;

using Stopwatch = System.Diagnostics.Stopwatch;

namespace TeamsQuality.Jobs.Outboxes;

/// <summary>
/// Sends what the outbox holds. Every minute, for each tenant on its own (one tenant's failure is logged and does not
/// stop the others), it reads what is due by now (one range query a pass; nothing already sent is read), claims the
/// messages with a lease (a transaction per few dozen), sends each in its turn and marks them sent (a transaction per
/// few dozen). A failed attempt is tried again after a delay that doubles each time; after
/// <see cref="OutboxOptions.MaxAttempts"/> the message is given up on, logged, kept in the list of what could not be
/// delivered, and the quality developers get a card saying how many and to whom (never what they said).
/// Outside working hours (when quiet hours are on) only messages marked to go at any hour are sent; the rest wait.
/// </summary>
/// <remarks>
/// <para>Delivery is at least once, nothing lost: a sender that dies after Teams took a message but before it was marked
/// sent leaves it claimed, and it is sent again when the lease ends (Teams has no way to ask whether a message
/// arrived, nor to send one idempotently). A send is cut off before its lease ends, so two senders never hold the
/// same message at once.</para>
/// <para>Sends keep within Teams' limits by design (<see cref="ISendLimiter"/>, shared by the servers): each waits for
/// its tenant's and its conversation's turn. A 429 from Teams pushes those turns past its Retry-After for every server,
/// and the message is put back for that long without counting as a failed attempt. Tenants with a backlog take turns
/// (a few passes each, round robin, many at once since each mostly waits for its turns), so a tenant with thousands of
/// messages does not hold up the others.</para>
/// </remarks>
public sealed class OutboxDeliveryJob(
    TenantRegistry tenants,
    OutboxStore store,
    OrganisationRepository organisations,
    ProactiveMessenger messenger,
    PersonalChats personalChats,
    Outbox outbox,
    OutboxDeliveryJob.FailureChecks failureChecks,
    IEnumerable<IOutboxSentHandler> sentHandlers,
    IOptions<OutboxOptions> options,
    TenantPolicies policies,
    ISendLimiter limiter,
    IOptions<SendLimitOptions> limits,
    IConversationReferenceStore references,
    TimeProvider time,
    ILogger<OutboxDeliveryJob> logger)
{
    public const string RecurringJobId = "deliver-outbox";

    /// <summary>Every minute: the first retry after a failure comes a minute later.</summary>
    public const string Schedule = "* * * * *";

    /// <summary>Messages read per pass: four claim transactions, about three seconds of a tenant's turns at Teams' limit.</summary>
    private const int PassSize = 4 * OutboxStore.MovesPerTransaction;

    /// <summary>Sends per round of turns: one claim transaction's worth, one round trip to the limiter's store.</summary>
    private const int TurnsPerRound = OutboxStore.MovesPerTransaction;

    /// <summary>Passes per tenant and run (about 10 000 messages); what is left goes out in the next run.</summary>
    private const int MaxPasses = 100;

    /// <summary>Passes a tenant makes before the next tenant with a backlog has its go (round robin).</summary>
    private const int PassesPerVisit = 5;

    /// <summary>
    /// Tenants served at once: every tenant with a backlog, up to this many. Each mostly waits for its turns (Teams
    /// allows each tenant so many sends a second, whatever the others do), so a tenant left waiting for a free worker
    /// is rate lost: with 32 at once, 50 tenants' backlogs took two tenants' times.
    /// </summary>
    private const int TenantsAtOnce = 256;

    /// <summary>Sends woken too late that take a new turn (each time) before they are put back to the outbox as due now.</summary>
    private const int MostRetakes = 3;

    /// <summary>
    /// How soon before a pass's last turn the next pass is read and claimed, so a tenant's sends go out without gaps
    /// (reading and claiming a pass can take a second on a busy store).
    /// </summary>
    private static readonly TimeSpan PassLead = TimeSpan.FromSeconds(2.5);

    /// <summary>
    /// How far ahead of now a tenant's turns are taken: a round is claimed and its turns taken once the turns already
    /// taken end within this (claiming and asking the limiter can take a second on a busy machine). Taking more ahead
    /// would only hold claims and, at a low limit, run past <see cref="SendLimitOptions.LongestWait"/>.
    /// </summary>
    private static readonly TimeSpan RoundLead = TimeSpan.FromSeconds(1.5);

    /// <summary>The most turns a round spans in time, so a round's last turn stays well within LongestWait at any limit.</summary>
    private static readonly TimeSpan RoundSpan = TimeSpan.FromSeconds(2.5);

    /// <summary>The shortest pause before asking again for a busy conversation's turn.</summary>
    private static readonly TimeSpan MinimumPause = TimeSpan.FromMilliseconds(10);

    /// <summary>How often the list of failures still to be told is read when nothing was given up on in a run.</summary>
    private static readonly TimeSpan FailureCheckInterval = TimeSpan.FromHours(1);

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 50)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // A tenant the operator has not enabled (or no longer enables) is sent nothing.
        var runs = (await tenants.ListAsync(cancellationToken)).Where(policies.IsEnabled).Select(t => new TenantRun(new TenantId(t))).ToList();
        if (runs.Count == 0)
        {
            return 0;
        }

        // Round robin: a tenant with more due after its visit goes to the back of the queue.
        var queue = Channel.CreateUnbounded<TenantRun>();
        foreach (var run in runs)
        {
            queue.Writer.TryWrite(run);
        }

        var left = runs.Count;
        var workers = Enumerable.Range(0, Math.Min(TenantsAtOnce, runs.Count)).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var run in queue.Reader.ReadAllAsync(cancellationToken))
                {
                    var more = false;
                    try
                    {
                        more = await VisitAsync(run, PassesPerVisit, cancellationToken);
                        if (!more)
                        {
                            await FinishAsync(run, organisation: null, cancellationToken);
                        }
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        more = false;
                        logger.LogError(ex, "Delivering the outbox of tenant {Tenant} failed; the other tenants go on, and it is tried again next run", run.Tenant);
                    }

                    if (more)
                    {
                        queue.Writer.TryWrite(run);
                    }
                    else if (Interlocked.Decrement(ref left) == 0)
                    {
                        queue.Writer.TryComplete();
                    }
                }
            },
            cancellationToken)).ToList();
        await Task.WhenAll(workers);
        return runs.Sum(r => r.Sent);
    }

    /// <summary>Sends what is due in one tenant's outbox; returns how many were sent.</summary>
    public Task<int> DeliverTenantAsync(TenantId tenant, CancellationToken cancellationToken) =>
        DeliverTenantAsync(tenant, organisation: null, cancellationToken);

    /// <summary>
    /// The same, for a job that has read the tenant's organisation already in this run (it is read once per run, not
    /// again here); null reads it when it is needed.
    /// </summary>
    public async Task<int> DeliverTenantAsync(TenantId tenant, Organisation? organisation, CancellationToken cancellationToken)
    {
        var run = new TenantRun(tenant);
        while (await VisitAsync(run, MaxPasses, cancellationToken))
        {
            // Come back for what was put back for a moment (see VisitAsync).
        }

        await FinishAsync(run, organisation, cancellationToken);
        return run.Sent;
    }

    /// <summary>A tenant's delivery in one run: its conversation references (read once) and what it has done.</summary>
    private sealed class TenantRun(TenantId tenant)
    {
        private int _sent;
        private int _gaveUp;

        public TenantId Tenant { get; } = tenant;

        public TenantConversations? Conversations { get; set; }

        public int Passes { get; set; }

        /// <summary>When (on <see cref="Stopwatch"/>'s clock) the last turn taken for this tenant comes.</summary>
        public long TurnsEnd { get; set; } = Stopwatch.GetTimestamp();

        private DateTimeOffset? _comeBackAt;

        /// <summary>Some of the tenant's messages were put back until then for a moment (Teams' Retry-After, a turn missed): the run comes back for them.</summary>
        public void ComeBackFor(DateTimeOffset at)
        {
            lock (this)
            {
                _comeBackAt = _comeBackAt is { } earlier && earlier < at ? earlier : at;
            }
        }

        /// <summary>When the run should come back (null: nothing put back for a moment), forgotten once asked (<paramref name="take"/>).</summary>
        public DateTimeOffset? ComeBackAt(bool take)
        {
            lock (this)
            {
                var at = _comeBackAt;
                if (take)
                {
                    _comeBackAt = null;
                }

                return at;
            }
        }

        /// <summary>Set by a 429: until then (<see cref="Stopwatch"/>'s clock) no send of this run goes out, even in a turn taken before.</summary>
        public long ThrottledUntil;

        public int Sent => _sent;

        public int GaveUp => _gaveUp;

        public void Count(Outcome outcome)
        {
            if (outcome == Outcome.Sent)
            {
                Interlocked.Increment(ref _sent);
            }
            else if (outcome == Outcome.GaveUp)
            {
                Interlocked.Increment(ref _gaveUp);
            }
        }
    }

    /// <summary>After a tenant's passes: the quality developers are told what was given up on (and those cards sent).</summary>
    private async Task FinishAsync(TenantRun run, Organisation? organisation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tenant = run.Tenant;
        if (run.GaveUp > 0 || !failureChecks.At.TryGetValue(tenant.Value, out var checkedAt) || now - checkedAt >= FailureCheckInterval)
        {
            var told = await TellQualityDevelopersAsync(tenant, organisation, cancellationToken);
            failureChecks.At[tenant.Value] = now;
            if (told)
            {
                // The cards to the quality developers go out in this run.
                await VisitAsync(run, 1, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Up to <paramref name="passes"/> passes over what is due, each read while the previous one's last turns are still
    /// to come: each message handled leaves the due range (sent, put back to a later time, or claimed), so every pass
    /// reads new ones. True when more may be due.
    /// </summary>
    private async Task<bool> VisitAsync(TenantRun run, int passes, CancellationToken cancellationToken)
    {
        if (run.ComeBackAt(take: true) is { } back && back - time.GetUtcNow() is { } untilBack && untilBack > TimeSpan.Zero)
        {
            await Task.Delay(Min(untilBack, limits.Value.LongestWait), cancellationToken);
        }

        var previous = Task.CompletedTask;
        var more = true;
        for (var pass = 0; pass < passes && more && run.Passes < MaxPasses; pass++)
        {
            var lead = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), run.TurnsEnd) - PassLead;
            if (lead > TimeSpan.Zero)
            {
                await Task.Delay(lead, cancellationToken);
            }

            run.Passes++;
            (var finishing, more) = await StartPassAsync(run, cancellationToken);
            await previous;
            previous = finishing;
        }

        await previous;

        // What a 429 or a missed turn put back for a moment is come back for in this run (the tenant goes round again),
        // not left to the next run a minute later.
        var comeBack = run.ComeBackAt(take: false) is { } at && at - time.GetUtcNow() <= limits.Value.LongestWait;
        return (more || comeBack) && run.Passes < MaxPasses;
    }

    /// <summary>A message being sent in its turn, and how it ended.</summary>
    private sealed class Send(PendingMessage pending, string conversation)
    {
        public PendingMessage Pending { get; } = pending;

        public string Conversation { get; } = conversation;

        /// <summary>The message as claimed (null until its round claims it).</summary>
        public PendingMessage Claimed { get; set; } = null!;

        public long ClaimedAt { get; set; }

        public ProactiveDelivery? Delivered { get; set; }

        /// <summary>Marked sent right after its send (a card update), not with the pass's batch; whether its claim was lost then.</summary>
        public bool? MarkedAlone { get; set; }

        /// <summary>Put back to this time without counting as an attempt (waiting for a turn, for Teams, or for the post an update is for).</summary>
        public DateTimeOffset? PutBackUntil { get; set; }

        /// <summary>Put back for a moment by the tenant's own limits (a 429, a missed turn): the run comes back for it.</summary>
        public bool ComeBack { get; set; }

        public string? Problem { get; set; }

        public bool Permanent { get; set; }
    }

    /// <summary>
    /// Reads what is due, claims it, takes the sends' turns and starts them; returns the task that ends when they are
    /// all sent and marked, and whether more may be due.
    /// </summary>
    private async Task<(Task Finishing, bool More)> StartPassAsync(TenantRun run, CancellationToken cancellationToken)
    {
        var tenant = run.Tenant;
        var now = time.GetUtcNow();
        var due = await store.DueAsync(tenant, now, PassSize, cancellationToken);
        JobsTelemetry.SawOutbox(tenant, run.Passes - 1, due, now); // the outbox's depth and age gauges, from this read
        if (due.Count == 0)
        {
            return (Task.CompletedTask, false);
        }

        var quiet = policies.For(tenant).QuietHours;
        var notNow = due.Where(m => !m.AnyHour && !quiet.Allows(now)).ToList();
        if (notNow.Count > 0)
        {
            // It became due in working hours but is read after them: it waits for the next working hour (not an attempt).
            await store.RescheduleAllAsync(tenant, notNow.Select(m => (m, quiet.NextAllowed(now))).ToList(), now, cancellationToken);
        }

        var toSend = due.Where(m => m.AnyHour || quiet.Allows(now)).ToList();
        if (toSend.Count == 0)
        {
            return (Task.CompletedTask, due.Count == PassSize);
        }

        // The tenant's 1:1 and channel references, read once per run instead of once per message.
        run.Conversations ??= await references.ListTenantAsync(tenant.Value, cancellationToken);

        // Rounds of sends to distinct conversations: each round is claimed (a transaction per few dozen) just before its
        // turns are taken, so a claim is held from its turn to its send only; a conversation's next message waits
        // unclaimed for a later round, when the conversation is free again.
        var lease = options.Value.Lease;
        var conversationInterval = limits.Value.ConversationInterval;
        var longestWait = limits.Value.LongestWait;
        var turnsPerRound = Math.Clamp((int)(RoundSpan / limits.Value.TenantInterval), 1, TurnsPerRound);
        var waiting = toSend.Select(m => new Send(m, ConversationOf(m.Target))).ToList();
        var freeAt = new Dictionary<string, long>(StringComparer.Ordinal);
        var sending = new List<Task<Send>>(waiting.Count);
        var putBack = new List<Send>();
        try
        {
            while (waiting.Count > 0)
            {
                // Turns are taken only a little ahead (RoundLead): held longer, claims wait idle, and at a low limit the
                // last turns of a pass would be so far off that they are put back, their turns lost.
                var ahead = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), run.TurnsEnd) - RoundLead;
                if (ahead > TimeSpan.Zero)
                {
                    await Task.Delay(ahead, cancellationToken);
                }

                var soon = Stopwatch.GetTimestamp() + (long)(RoundLead.TotalSeconds * Stopwatch.Frequency);
                var round = waiting
                    .DistinctBy(w => w.Conversation, StringComparer.Ordinal)
                    .Where(w => !freeAt.TryGetValue(w.Conversation, out var free) || free <= soon)
                    .Take(turnsPerRound)
                    .ToList();
                if (round.Count == 0)
                {
                    // Every conversation left has just had its turn: wait until the first is free again.
                    var first = waiting.Min(w => freeAt[w.Conversation]);
                    await Task.Delay(Max(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), first) - RoundLead, MinimumPause), cancellationToken);
                    continue;
                }

                var unclaimed = round.Where(r => r.Claimed is null).ToList();
                if (unclaimed.Count > 0)
                {
                    // The lease runs from before the claim's request, so a send's budget (80 % of it) is counted from
                    // there too: counted from the answer, a slow claim would eat into the margin against a second send.
                    var now2 = time.GetUtcNow();
                    var claimedAt = Stopwatch.GetTimestamp();
                    var claimed = (await store.TryClaimAllAsync(tenant, unclaimed.Select(r => r.Pending).ToList(), now2, now2 + lease, cancellationToken))
                        .ToDictionary(c => c.Key, StringComparer.Ordinal);
                    foreach (var send in unclaimed)
                    {
                        if (claimed.TryGetValue(send.Pending.Key, out var mine))
                        {
                            (send.Claimed, send.ClaimedAt) = (mine, claimedAt);
                        }
                        else
                        {
                            // Another sender has it (or it was replaced): not ours to send.
                            waiting.Remove(send);
                            round.Remove(send);
                        }
                    }

                    if (round.Count == 0)
                    {
                        continue;
                    }
                }

                var asked = Stopwatch.GetTimestamp();
                var turns = await limiter.TakeTurnsAsync(tenant.Value, round.Select(r => r.Conversation).ToList(), cancellationToken);
                for (var i = 0; i < round.Count; i++)
                {
                    var (send, turn) = (round[i], turns[i]);
                    var at = asked + (long)(turn.Wait.TotalSeconds * Stopwatch.Frequency);
                    if (turn.Wait > longestWait)
                    {
                        // Throttled for longer than a claim should be held: back to the outbox until then (not an attempt).
                        send.PutBackUntil = time.GetUtcNow() + turn.Wait;
                        putBack.Add(send);
                        waiting.Remove(send);
                    }
                    else if (turn.ConversationBusy)
                    {
                        freeAt[send.Conversation] = at; // another sender's turn: it stays claimed and asks again then
                    }
                    else
                    {
                        freeAt[send.Conversation] = at + (long)(conversationInterval.TotalSeconds * Stopwatch.Frequency);
                        run.TurnsEnd = Math.Max(run.TurnsEnd, at);
                        sending.Add(SendInTurnAsync(run, send, at, cancellationToken));
                        waiting.Remove(send);
                    }
                }
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The limiter's or the table's store failed mid-pass: what this pass claimed and has not sent goes back to the
            // outbox at once (not held for its lease, not an attempt), and what it sent is marked, before the failure
            // is reported.
            foreach (var send in waiting.Where(w => w.Claimed is not null))
            {
                send.PutBackUntil = time.GetUtcNow();
                putBack.Add(send);
            }

            await FinishPassAsync(run, sending, putBack, CancellationToken.None);
            throw;
        }

        return (FinishPassAsync(run, sending, putBack, cancellationToken), due.Count == PassSize);
    }

    /// <summary>Waits for the sends of a pass, then marks what was sent (in batches), puts back what waits and counts the failures.</summary>
    private async Task FinishPassAsync(TenantRun run, List<Task<Send>> sending, List<Send> putBack, CancellationToken cancellationToken)
    {
        var tenant = run.Tenant;
        var sends = (await Task.WhenAll(sending)).Concat(putBack).ToList();
        var sent = sends.Where(s => s.Delivered is not null).ToList();
        if (sent.Count > 0)
        {
            var batch = sent.Where(s => s.MarkedAlone is null).ToList();
            var lost = batch.Count == 0
                ? new HashSet<string>(StringComparer.Ordinal)
                : (await store.MarkAllSentAsync(tenant, batch.Select(s => (s.Claimed, s.Delivered!.ConversationId, s.Delivered.ActivityId)).ToList(), time.GetUtcNow(), cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var send in sent)
            {
                if (lost.Contains(send.Claimed.Key) || send.MarkedAlone == false)
                {
                    logger.LogWarning("The {Kind} message {Key} was sent, but its claim had been lost meanwhile", send.Claimed.Kind, send.Claimed.Key);
                }

                run.Count(Outcome.Sent);
                foreach (var handler in sentHandlers)
                {
                    try
                    {
                        await handler.SentAsync(tenant, send.Claimed, send.Delivered!, cancellationToken);
                    }
                    catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                    {
                        logger.LogError(ex, "After sending the {Kind} message {Key}: {Handler} failed", send.Claimed.Kind, send.Claimed.Key, handler.GetType().Name);
                    }
                }
            }
        }

        var waiting = sends.Where(s => s.PutBackUntil is not null).ToList();
        if (waiting.Count > 0)
        {
            // Waiting for a turn, for Teams or for the post an update is for is not an attempt.
            await store.RescheduleAllAsync(tenant, waiting.Select(s => (s.Claimed with { Attempts = s.Claimed.Attempts - 1 }, s.PutBackUntil!.Value)).ToList(), time.GetUtcNow(), cancellationToken);
            foreach (var send in waiting.Where(s => s.ComeBack))
            {
                run.ComeBackFor(send.PutBackUntil!.Value);
            }
        }

        foreach (var failed in sends.Where(s => s.Delivered is null && s.PutBackUntil is null))
        {
            run.Count(await FailedAttemptAsync(tenant, failed.Claimed, failed.Problem ?? "unknown", failed.Permanent, cancellationToken));
        }
    }

    /// <summary>Sends one claimed message at its turn (on <see cref="Stopwatch"/>'s clock).</summary>
    private async Task<Send> SendInTurnAsync(TenantRun run, Send send, long at, CancellationToken cancellationToken)
    {
        var tenant = run.Tenant;
        var tag = new KeyValuePair<string, object?>("tenant", tenant.Value);
        var waitFor = TimeSpan.Zero;
        var answered = Stopwatch.GetTimestamp();
        for (var retakes = 0; ; retakes++)
        {
            var untilTurn = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), at);
            if (untilTurn > TimeSpan.Zero)
            {
                await Task.Delay(untilTurn, cancellationToken);
                waitFor += untilTurn;
            }

            // Woken late (a busy machine), a send does not go: it would land beside the sends of the turns after its
            // own, and Teams counts any 1-s window. It takes a new turn; its own goes unused. A turn already come when
            // the limiter answered is counted from the answer (the round trip is not a late wake, and its turn being
            // now means the turns before it are past).
            var late = Stopwatch.GetElapsedTime(Math.Max(at, answered));
            TeamsTelemetry.SendLateness.Record(Math.Max(0, late.TotalSeconds), tag);
            if (late <= limits.Value.LateTolerance)
            {
                break;
            }

            if (retakes == MostRetakes)
            {
                // Too late too often: back to the outbox, due now (not an attempt).
                (send.PutBackUntil, send.ComeBack) = (time.GetUtcNow(), true);
                return send;
            }

            var asked = Stopwatch.GetTimestamp();
            var wait = await limiter.RetakeTenantTurnAsync(tenant.Value, cancellationToken);
            if (wait > limits.Value.LongestWait)
            {
                // The tenant's turns are far off (a 429 pushed them): back to the outbox until then (not an attempt).
                send.PutBackUntil = time.GetUtcNow() + wait;
                return send;
            }

            at = asked + (long)(wait.TotalSeconds * Stopwatch.Frequency);
            answered = Stopwatch.GetTimestamp();
        }

        var throttledFor = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), Interlocked.Read(ref run.ThrottledUntil));
        var budget = (options.Value.Lease * 0.8) - Stopwatch.GetElapsedTime(send.ClaimedAt);
        if (throttledFor > TimeSpan.Zero || budget <= TimeSpan.Zero)
        {
            // Teams throttled this tenant since the turn was taken, or the claim is nearly over: back to the outbox.
            send.PutBackUntil = time.GetUtcNow() + (throttledFor > TimeSpan.Zero ? throttledFor : TimeSpan.Zero);
            send.ComeBack = throttledFor > TimeSpan.Zero;
            return send;
        }

        TeamsTelemetry.SendWait.Record(Math.Max(0, waitFor.TotalSeconds), tag);
        using (var cut = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        using (ConnectorThrottling.SurfaceToCaller())
        {
            // A send never outlives its claim: cut off well before the lease ends.
            cut.CancelAfter(budget);
            try
            {
                var attempt = await SendAsync(tenant, send.Claimed, run.Conversations, cut.Token);
                send.Delivered = attempt.Delivered;
                send.PutBackUntil = attempt.WaitUntil;
                send.Problem = attempt.Problem;
                send.Permanent = attempt.Permanent;
            }
            catch (Exception ex) when (ConnectorThrottling.IsThrottled(ex, out var retryAfter))
            {
                // Teams said no for now: every server waits its Retry-After for this tenant and conversation, and the
                // message goes back to the outbox for that long; no attempt counted, nothing dropped.
                TeamsTelemetry.Throttled.Add(1, tag);
                TeamsTelemetry.Sends.Add(1, tag, new KeyValuePair<string, object?>("outcome", "throttled"));
                var until = Stopwatch.GetTimestamp() + (long)(retryAfter.TotalSeconds * Stopwatch.Frequency);
                InterlockedMax(ref run.ThrottledUntil, until);
                await limiter.ThrottledAsync(tenant.Value, send.Conversation, retryAfter, CancellationToken.None);
                (send.PutBackUntil, send.ComeBack) = (time.GetUtcNow() + retryAfter, true);
                logger.LogInformation("Teams throttled tenant {Tenant} (429); its sends wait {RetryAfter} on every server", tenant, retryAfter);
                return send;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                send.Problem = Describe(ex);
            }
        }

        if (send.PutBackUntil is null)
        {
            TeamsTelemetry.Sends.Add(1, tag, new KeyValuePair<string, object?>("outcome", send.Delivered is not null ? "sent" : "failed"));
        }

        if (send.Delivered is { } delivered && send.Claimed.Target.Kind == OutboxTarget.UpdateKind)
        {
            // A card update is marked at once, not with the pass's batch: while it is claimed, a newer version of the
            // card waits for the claim's lease (so an older one never lands after it), and people press on quickly.
            send.MarkedAlone = await store.MarkSentAsync(tenant, send.Claimed, delivered.ConversationId, delivered.ActivityId, time.GetUtcNow(), cancellationToken);
        }

        return send;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>The conversation (thread) a message goes to, for its turns: a person's 1:1 chat, a channel, the thread of a post.</summary>
    private static string ConversationOf(OutboxTarget target) => target.Kind + ":" + target.Id;

    /// <summary>When each tenant's failures still to be told were last read (one per process).</summary>
    public sealed class FailureChecks
    {
        public ConcurrentDictionary<string, DateTimeOffset> At { get; } = new(StringComparer.Ordinal);
    }

    private enum Outcome
    {
        Sent,
        NotNow,
        Failed,
        GaveUp,
    }

    private async Task<Outcome> FailedAttemptAsync(TenantId tenant, PendingMessage claimed, string problem, bool permanent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var max = Math.Max(1, options.Value.MaxAttempts);
        if (permanent || claimed.Attempts >= max)
        {
            if (await store.GiveUpAsync(tenant, claimed, problem, now, cancellationToken))
            {
                logger.LogError(
                    "Gave up on the {Kind} message {Key} to {Target} after {Attempts} attempt(s): {Problem}. It is on the list of undelivered messages and the quality developers are told",
                    claimed.Kind, claimed.Key, claimed.Target.Kind + ":" + claimed.Target.Id, claimed.Attempts, problem);
                return Outcome.GaveUp;
            }

            return Outcome.Failed;
        }

        var next = now + Backoff(claimed.Attempts);
        if (!claimed.AnyHour)
        {
            next = policies.For(tenant).QuietHours.NextAllowed(next);
        }

        await store.RescheduleAsync(tenant, claimed, next, problem, now, cancellationToken);
        logger.LogWarning(
            "Could not send the {Kind} message {Key} to {Target} (attempt {Attempt} of {Max}): {Problem}. Tried again at {Next}",
            claimed.Kind, claimed.Key, claimed.Target.Kind + ":" + claimed.Target.Id, claimed.Attempts, max, problem, next);
        return Outcome.Failed;
    }

    /// <summary>The wait after the n-th failed attempt: the base delay doubled each time, capped, with up to a quarter more as jitter.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var delay = o.RetryBaseDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        if (delay > o.RetryMaxDelay)
        {
            delay = o.RetryMaxDelay;
        }

        return delay + (delay * (Random.Shared.NextDouble() * 0.25));
    }

    private sealed record Attempt(ProactiveDelivery? Delivered, string? Problem, bool Permanent, DateTimeOffset? WaitUntil)
    {
        public static Attempt Failed(string problem, bool permanent = false) => new(null, problem, permanent, null);
    }

    private async Task<Attempt> SendAsync(TenantId tenant, PendingMessage message, TenantConversations? known, CancellationToken cancellationToken)
    {
        Activity activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(message.Activity, BotJson.Options) ?? throw new JsonException("empty");
        }
        catch (JsonException ex)
        {
            return Attempt.Failed("The recorded message cannot be read: " + ex.Message, permanent: true);
        }

        ProactiveDelivery delivery;
        switch (message.Target.Kind)
        {
            case OutboxTarget.PersonKind:
                try
                {
                    delivery = await personalChats.SendAsync(tenant, message.Target.Id, activity, cancellationToken, known);
                }
                catch (DirectoryException ex)
                {
                    // Consent missing or the person not in the tenant will not mend by waiting: given up on at once, and
                    // the quality developers are told as for any undelivered message (to whom and what kind, no content).
                    return Attempt.Failed(
                        "Teams would not open a chat with the person, and installing the app for them through Microsoft Graph failed: " + ex.Message,
                        permanent: ex.Failure is DirectoryFailure.ConsentMissing or DirectoryFailure.NotFound);
                }

                break;
            case OutboxTarget.ChannelKind:
                delivery = await messenger.PostToChannelAsync(tenant.Value, message.Target.Id, activity, cancellationToken, known);
                break;
            case OutboxTarget.UpdateKind:
                var post = await store.FindAsync(tenant, message.Target.Id, cancellationToken);
                switch (post?.Status)
                {
                    case null:
                    case OutboxStatus.Failed:
                        return Attempt.Failed("The card to update was never posted.", permanent: true);
                    case OutboxStatus.Pending:
                        // The post goes first. One that waits (for working hours, or after a failure) holds its
                        // update back as long, rather than the update being claimed every run meanwhile.
                        var postDue = post.WaitsUntil is { } waits && waits > time.GetUtcNow() ? waits : time.GetUtcNow();
                        return new Attempt(null, null, false, postDue + options.Value.RetryBaseDelay);
                }

                if (post.Target.Kind != OutboxTarget.ChannelKind || post.ConversationId is null || post.ActivityId is null)
                {
                    return Attempt.Failed("Only a card posted to a channel, where Teams said, can be updated.", permanent: true);
                }

                delivery = await messenger.UpdateInChannelAsync(tenant.Value, post.Target.Id, post.ConversationId, post.ActivityId, activity, cancellationToken, known);
                break;
            default:
                return Attempt.Failed($"Unknown target '{message.Target.Kind}'.", permanent: true);
        }

        return delivery.Delivered ? new Attempt(delivery, null, false, null) : Attempt.Failed(delivery.Problem ?? "not delivered");
    }

    /// <summary>
    /// Tells the quality developers what was given up on since they were last told: one card each, in their language,
    /// recorded in this same outbox under a key made of the failures, so a rerun after a crash tells them once.
    /// Failures of these cards themselves are only logged (and listed), so a dead chat cannot feed itself.
    /// </summary>
    private async Task<bool> TellQualityDevelopersAsync(TenantId tenant, Organisation? organisation, CancellationToken cancellationToken)
    {
        var failures = await store.UnreportedFailuresAsync(tenant, cancellationToken);
        if (failures.Count == 0)
        {
            return false;
        }

        var told = false;

        var toTell = failures.Where(f => f.Kind != nameof(NoticeKind.DeliveryFailed)).ToList();
        if (toTell.Count > 0)
        {
            organisation ??= await organisations.FindAsync(tenant, cancellationToken);
            var developers = organisation?.People.Where(p => p.Role.HearsOfUndeliveredMessages()).ToList() ?? [];
            if (developers.Count == 0)
            {
                logger.LogError("{Count} message(s) could not be delivered in tenant {Tenant}, and it has no quality developer to tell", toTell.Count, tenant);
                return false;
            }

            var key = "delivery-failed~" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(string.Join('\n', toTell.Select(f => f.Key).Order(StringComparer.Ordinal)))))[..32];
            var notices = toTell.Select(f => Undelivered.Of(organisation, f)).Select(u => new UndeliveredNotice(u.PersonName, u.ChannelOfUnit, u.Kind, u.About, u.FailedAt)).ToList();
            foreach (var developer in developers)
            {
                told |= await outbox.SendToPersonAsync(
                    tenant, developer.Id, $"{key}~{developer.Id}", NoticeKind.DeliveryFailed,
                    language => DeliveryFailedCard.Build(language, notices),
                    cancellationToken);
            }
        }

        await store.MarkReportedAsync(tenant, failures.Select(f => f.Key), cancellationToken);
        return told;
    }

    private static string Describe(Exception ex) => ex switch
    {
        ConnectorException connector => $"Teams answered {(int)connector.StatusCode}",
        OperationCanceledException => "The send took too long and was cut off",
        HttpRequestException http => "Teams could not be reached: " + http.Message,
        _ => ex.GetType().Name + ": " + ex.Message,
    };
}
