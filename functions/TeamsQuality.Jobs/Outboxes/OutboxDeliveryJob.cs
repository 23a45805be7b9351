using System.Collections.Concurrent;
using System.Text.Json;
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

namespace TeamsQuality.Jobs.Outboxes;

/// <summary>
/// Sends what the outbox holds. Every minute, for each tenant on its own (one tenant's failure is logged and does not
/// stop the others), it reads what is due by now (one range query; nothing already sent is read), claims each message
/// with a lease, sends it and marks it sent. A failed attempt is tried again after a delay that doubles each time;
/// after <see cref="OutboxOptions.MaxAttempts"/> the message is given up on, logged, kept in the list of what could
/// not be delivered, and the quality developers get a card saying how many and to whom (never what they said).
/// Outside working hours (when quiet hours are on) only messages marked to go at any hour are sent; the rest wait.
/// </summary>
/// <remarks>
/// Delivery is at least once, nothing lost: a sender that dies after Teams took a message but before it was marked
/// sent leaves it claimed, and it is sent again when the lease ends (Teams has no way to ask whether a message
/// arrived, nor to send one idempotently). A send is cut off before its lease ends, so two senders never hold the
/// same message at once.
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
    TimeProvider time,
    ILogger<OutboxDeliveryJob> logger)
{
    public const string RecurringJobId = "deliver-outbox";

    /// <summary>Every minute: the first retry after a failure comes a minute later.</summary>
    public const string Schedule = "* * * * *";

    /// <summary>Messages read per query.</summary>
    private const int BatchSize = 200;

    /// <summary>Batches per tenant and run (10 000 messages); what is left goes out in the next run.</summary>
    private const int MaxPasses = 50;

    /// <summary>Sends at once per tenant, so one slow recipient does not hold up the rest.</summary>
    private const int SendsAtOnce = 4;

    /// <summary>Tenants served at once, so one tenant's slow Teams does not hold up the others.</summary>
    private const int TenantsAtOnce = 4;

    /// <summary>How often the list of failures still to be told is read when nothing was given up on in a run.</summary>
    private static readonly TimeSpan FailureCheckInterval = TimeSpan.FromHours(1);

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 50)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        // A tenant the operator has not enabled (or no longer enables) is sent nothing.
        await Parallel.ForEachAsync(
            (await tenants.ListAsync(cancellationToken)).Where(policies.IsEnabled),
            new ParallelOptions { MaxDegreeOfParallelism = TenantsAtOnce, CancellationToken = cancellationToken },
            async (tenantId, ct) =>
            {
                try
                {
                    Interlocked.Add(ref sent, await DeliverTenantAsync(new TenantId(tenantId), ct));
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    logger.LogError(ex, "Delivering the outbox of tenant {Tenant} failed; the other tenants go on, and it is tried again next run", tenantId);
                }
            });
        return sent;
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
        var (sent, gaveUp) = await DeliverDueAsync(tenant, cancellationToken);
        var now = time.GetUtcNow();
        if (gaveUp > 0 || !failureChecks.At.TryGetValue(tenant.Value, out var checkedAt) || now - checkedAt >= FailureCheckInterval)
        {
            var told = await TellQualityDevelopersAsync(tenant, organisation, cancellationToken);
            failureChecks.At[tenant.Value] = now;
            if (told)
            {
                // The cards to the quality developers go out in this run.
                sent += (await DeliverDueAsync(tenant, cancellationToken)).Sent;
            }
        }

        return sent;
    }

    /// <summary>
    /// Sends what is due, a batch at a time until less than a batch is due: each message handled leaves the due range
    /// (sent, put back to a later time, or claimed by another sender until its lease ends), so every pass reads new ones.
    /// </summary>
    private async Task<(int Sent, int GaveUp)> DeliverDueAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var sent = 0;
        var gaveUp = 0;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var due = await store.DueAsync(tenant, time.GetUtcNow(), BatchSize, cancellationToken);
            JobsTelemetry.SawOutbox(tenant, pass, due, time.GetUtcNow()); // the outbox's depth and age gauges, from this read
            await Parallel.ForEachAsync(
                due,
                new ParallelOptions { MaxDegreeOfParallelism = SendsAtOnce, CancellationToken = cancellationToken },
                async (message, ct) =>
                {
                    switch (await DeliverAsync(tenant, message, ct))
                    {
                        case Outcome.Sent:
                            Interlocked.Increment(ref sent);
                            break;
                        case Outcome.GaveUp:
                            Interlocked.Increment(ref gaveUp);
                            break;
                    }
                });
            if (due.Count < BatchSize)
            {
                break;
            }
        }

        return (sent, gaveUp);
    }

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

    private async Task<Outcome> DeliverAsync(TenantId tenant, PendingMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var quiet = policies.For(tenant).QuietHours;
        if (!message.AnyHour && !quiet.Allows(now))
        {
            // It became due in working hours but is read after them: it waits for the next working hour (not an attempt).
            await store.RescheduleAsync(tenant, message, quiet.NextAllowed(now), null, now, cancellationToken);
            return Outcome.NotNow;
        }

        var lease = options.Value.Lease;
        if (await store.TryClaimAsync(tenant, message, now, now + lease, cancellationToken) is not { } claimed)
        {
            return Outcome.NotNow; // another sender has it
        }

        Attempt attempt;
        using (var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            // A send never outlives its claim: cut off well before the lease ends.
            budget.CancelAfter(lease * 0.8);
            try
            {
                attempt = await SendAsync(tenant, claimed, budget.Token);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                attempt = Attempt.Failed(Describe(ex));
            }
        }

        if (attempt.Delivered is { } delivery)
        {
            if (!await store.MarkSentAsync(tenant, claimed, delivery.ConversationId, delivery.ActivityId, time.GetUtcNow(), cancellationToken))
            {
                logger.LogWarning("The {Kind} message {Key} was sent, but its claim had been lost meanwhile", claimed.Kind, claimed.Key);
            }

            foreach (var handler in sentHandlers)
            {
                try
                {
                    await handler.SentAsync(tenant, claimed, delivery, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "After sending the {Kind} message {Key}: {Handler} failed", claimed.Kind, claimed.Key, handler.GetType().Name);
                }
            }

            return Outcome.Sent;
        }

        if (attempt.WaitUntil is { } until)
        {
            // Waiting for something else (the post an update is for): not an attempt.
            await store.RescheduleAsync(tenant, claimed with { Attempts = claimed.Attempts - 1 }, until, null, now, cancellationToken);
            return Outcome.NotNow;
        }

        return await FailedAttemptAsync(tenant, claimed, attempt.Problem ?? "unknown", attempt.Permanent, cancellationToken);
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

    private async Task<Attempt> SendAsync(TenantId tenant, PendingMessage message, CancellationToken cancellationToken)
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
                    delivery = await personalChats.SendAsync(tenant, message.Target.Id, activity, cancellationToken);
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
                delivery = await messenger.PostToChannelAsync(tenant.Value, message.Target.Id, activity, cancellationToken);
                break;
            case OutboxTarget.UpdateKind:
                var post = await store.FindAsync(tenant, message.Target.Id, cancellationToken);
                switch (post?.Status)
                {
                    case null:
                    case OutboxStatus.Failed:
                        return Attempt.Failed("The card to update was never posted.", permanent: true);
                    case OutboxStatus.Pending:
                        return new Attempt(null, null, false, time.GetUtcNow() + options.Value.RetryBaseDelay);
                }

                if (post.Target.Kind != OutboxTarget.ChannelKind || post.ConversationId is null || post.ActivityId is null)
                {
                    return Attempt.Failed("Only a card posted to a channel, where Teams said, can be updated.", permanent: true);
                }

                delivery = await messenger.UpdateInChannelAsync(tenant.Value, post.Target.Id, post.ConversationId, post.ActivityId, activity, cancellationToken);
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
