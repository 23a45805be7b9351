using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage.Outboxes;

/// <summary>Where a proactive message goes.</summary>
public sealed record OutboxTarget(string Kind, string Id)
{
    public const string PersonKind = "person";
    public const string ChannelKind = "channel";
    public const string UpdateKind = "update";

    /// <summary>A person's 1:1 chat with the bot, by Entra object id.</summary>
    public static OutboxTarget Person(string personId) => new(PersonKind, personId);

    /// <summary>A new thread in a Teams channel, by channel id.</summary>
    public static OutboxTarget Channel(string teamsChannelId) => new(ChannelKind, teamsChannelId);

    /// <summary>The activity an earlier message (named by its key) was delivered as, updated in place.</summary>
    public static OutboxTarget UpdateOf(string postKey) => new(UpdateKind, postKey);
}

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>A message to record in the outbox.</summary>
/// <param name="Key">The idempotency key: the same intent recorded twice (a job run twice, two servers) is one message.</param>
/// <param name="Target">Where it goes.</param>
/// <param name="Kind">What kind of notice it is, for the list of what could not be delivered.</param>
/// <param name="About">What it is about without sensitive content (a report's reference, a stop), for that list.</param>
/// <param name="Activity">The activity to send, as JSON.</param>
/// <param name="AnyHour">Sent at any hour (a new lex Sarah report: the law says "genast"); otherwise it waits for working hours.</param>
/// <param name="Due">The first moment it may be sent.</param>
/// <param name="Group">A group the intent is listed under (e.g. the due scan's day), so a job rerun knows what it recorded.</param>
public sealed record OutboxIntent(string Key, OutboxTarget Target, string Kind, string? About, string Activity, bool AnyHour, DateTimeOffset Due, string? Group = null);

/// <summary>A message as recorded: whether it was sent, and as which conversation and activity.</summary>
/// <param name="WaitsUntil">
/// For a pending message no sender holds now: when it is due (in the past when it is due already); null when it was
/// sent, given up on, or a sender holds it.
/// </param>
public sealed record OutboxMessage(
    string Key, OutboxTarget Target, string Kind, string? About, OutboxStatus Status, int Attempts, DateTimeOffset RecordedAt,
    DateTimeOffset? SentAt, string? ConversationId, string? ActivityId, string? LastProblem, DateTimeOffset? FailedAt,
    DateTimeOffset? WaitsUntil = null);

/// <summary>A message waiting to be sent, as the sender reads it (its pending row); after a claim, the claimed one.</summary>
public sealed record PendingMessage(string Key, OutboxTarget Target, string Kind, string? About, string Activity, bool AnyHour, int Attempts, DateTimeOffset Due, string Row, ETag ETag);

/// <summary>
/// The outbox: every proactive message is recorded here before it is sent, and a sender delivers it.
/// <list type="bullet">
/// <item>Recording is a conditional insert keyed by the message's idempotency key, in one transaction with its pending
/// row (and its group row), so a job that runs twice or on two servers records it once, and nothing is half recorded.</item>
/// <item>The pending rows are keyed by when they are due, so the sender reads what is due by now with one range query
/// of its tenant's partition and never reads what was sent.</item>
/// <item>A sender claims a message by moving its pending row to the end of a lease (conditional on the row's ETag, so
/// only one sender gets it). A sender that dies leaves the row there, and it is due again when the lease ends.</item>
/// <item>Marking it sent, rescheduling it after a failure and giving up on it each remove the claimed row in one
/// transaction with the message's new state; when the row is gone (the lease ran out and someone else took it, or
/// newer content replaced it) the claim is lost and nothing is written.</item>
/// </list>
/// </summary>
public sealed class OutboxStore(TableStore tables)
{
    /// <summary>Messages per transaction when recording many (each is two or three rows; a transaction holds 100).</summary>
    private const int IntentsPerTransaction = 33;

    /// <summary>Claims or reschedules per transaction: each moves a pending row (delete, add) and notes it on the message.</summary>
    public const int MovesPerTransaction = 33;

    /// <summary>Sent-marks per transaction: each removes the claimed row and updates the message.</summary>
    public const int FinishesPerTransaction = 50;

    /// <summary>Records a message unless one with its key was recorded before; false when it was.</summary>
    public async Task<bool> RecordAsync(TenantId tenant, OutboxIntent intent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        try
        {
            await table.SubmitTransactionAsync(RowsOf(tenant, intent, now), cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Records many messages, a transaction per few dozen; returns how many were new.</summary>
    public async Task<int> RecordAllAsync(TenantId tenant, IEnumerable<OutboxIntent> intents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var recorded = 0;
        foreach (var chunk in intents.DistinctBy(i => i.Key, StringComparer.Ordinal).Chunk(IntentsPerTransaction))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk.SelectMany(i => RowsOf(tenant, i, now)), cancellationToken);
                recorded += chunk.Length;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // Some were recorded already (another server, a rerun): one at a time, each once.
                foreach (var intent in chunk)
                {
                    recorded += await RecordAsync(tenant, intent, now, cancellationToken) ? 1 : 0;
                }
            }
        }

        return recorded;
    }

    /// <summary>
    /// Records a message that was delivered without the outbox (before it existed), with where Teams put it, so what
    /// refers to it by its key (an update of a posted card) finds it; false when a message with its key was recorded
    /// before (that one stands). Nothing is sent.
    /// </summary>
    public async Task<bool> RecordSentAsync(
        TenantId tenant, string key, OutboxTarget target, string kind, string? about, string conversationId, string activityId, DateTimeOffset sentAt, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        try
        {
            await table.AddEntityAsync(
                new TableEntity(TableKeys.OutboxPartition(tenant.Value), TableKeys.OutboxMessageRow(key))
                {
                    ["Key"] = key,
                    ["TargetKind"] = target.Kind,
                    ["TargetId"] = target.Id,
                    ["Kind"] = kind,
                    ["About"] = about,
                    ["AnyHour"] = true,
                    ["Status"] = nameof(OutboxStatus.Sent),
                    ["Attempts"] = 0,
                    ["RecordedAt"] = now,
                    ["SentAt"] = sentAt,
                    ["ConversationId"] = conversationId,
                    ["ActivityId"] = activityId,
                    ["PendingRow"] = string.Empty,
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Records the message, replacing what an earlier one with the same key would send (an update of a posted card:
    /// the latest content wins). While a sender holds the earlier one, the new one waits for its lease, so an older
    /// version never lands after a newer one.
    /// </summary>
    public async Task RecordLatestAsync(TenantId tenant, OutboxIntent intent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var partition = TableKeys.OutboxPartition(tenant.Value);
        var messageRow = TableKeys.OutboxMessageRow(intent.Key);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, messageRow, cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                if (await RecordAsync(tenant, intent, now, cancellationToken))
                {
                    return;
                }

                continue;
            }

            var message = found.Value!;
            var due = intent.Due;
            if (message.GetDateTimeOffset("LeaseUntil") is { } leaseUntil && leaseUntil > due)
            {
                due = leaseUntil;
            }

            var pending = PendingRow(tenant, intent with { Due = due }, attempts: 0);
            var actions = new List<TableTransactionAction>();
            if (message.GetString("PendingRow") is { Length: > 0 } oldRow && oldRow != pending.RowKey)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, oldRow), ETag.All));
            }

            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, pending));
            actions.Add(new TableTransactionAction(
                TableTransactionActionType.UpdateMerge,
                new TableEntity(partition, messageRow)
                {
                    ["Status"] = nameof(OutboxStatus.Pending),
                    ["Attempts"] = 0,
                    ["PendingRow"] = pending.RowKey,
                    ["RecordedAt"] = now,
                    ["AnyHour"] = intent.AnyHour,
                },
                message.ETag));
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                // A sender claimed or finished it meanwhile: read it again.
            }
        }

        throw new ConcurrencyConflictException($"Outbox message {intent.Key} kept changing.");
    }

    /// <summary>What is due by <paramref name="now"/> in the tenant's outbox, oldest first (at most <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<PendingMessage>> DueAsync(TenantId tenant, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var partition = TableKeys.OutboxPartition(tenant.Value);
        var from = TableKeys.OutboxPendingFrom;
        var through = TableKeys.OutboxPendingThrough(now);
        var due = new List<PendingMessage>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(through) < 0,
            maxPerPage: Math.Min(max, 1000),
            cancellationToken: cancellationToken))
        {
            due.Add(ReadPending(row));
            if (due.Count >= max)
            {
                break;
            }
        }

        return due;
    }

    /// <summary>
    /// Claims a pending message until <paramref name="leaseUntil"/>, counting the attempt; null when another sender
    /// has it, it was replaced, or it is gone.
    /// </summary>
    public async Task<PendingMessage?> TryClaimAsync(TenantId tenant, PendingMessage pending, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var claimed = pending with { Attempts = pending.Attempts + 1, Due = leaseUntil, Row = TableKeys.OutboxPendingRow(leaseUntil, pending.Key), ETag = ETag.All };
        return await MoveAsync(tenant, pending, claimed, new TableEntity { ["LeaseUntil"] = leaseUntil, ["LastAttemptAt"] = now }, cancellationToken)
            ? claimed
            : null;
    }

    /// <summary>
    /// Claims many pending messages as <see cref="TryClaimAsync"/> does, a transaction per <see cref="MovesPerTransaction"/>
    /// (each claim moves its pending row: three rows). When another sender took some of a transaction's messages, the
    /// rest are read again (one range query) and claimed in one more transaction, and only if that fails too one at a
    /// time: two senders working through one tenant's backlog collide on whole rounds, and a round claimed one message
    /// at a time cost 34 requests. Returns the ones claimed.
    /// </summary>
    public async Task<IReadOnlyList<PendingMessage>> TryClaimAllAsync(TenantId tenant, IReadOnlyList<PendingMessage> pending, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var claimed = new List<PendingMessage>(pending.Count);
        foreach (var first in pending.Chunk(MovesPerTransaction))
        {
            IReadOnlyList<PendingMessage> chunk = first;
            if (await ClaimAllAsync(chunk) || (chunk = await StillPendingAsync(tenant, first, cancellationToken)).Count == 0 || await ClaimAllAsync(chunk))
            {
                continue;
            }

            foreach (var message in chunk)
            {
                if (await TryClaimAsync(tenant, message, now, leaseUntil, cancellationToken) is { } one)
                {
                    claimed.Add(one);
                }
            }
        }

        return claimed;

        async Task<bool> ClaimAllAsync(IReadOnlyList<PendingMessage> chunk)
        {
            var moves = chunk.Select(p => (From: p, To: p with { Attempts = p.Attempts + 1, Due = leaseUntil, Row = TableKeys.OutboxPendingRow(leaseUntil, p.Key), ETag = ETag.All })).ToList();
            if (!await MoveAllAsync(tenant, moves, _ => new TableEntity { ["LeaseUntil"] = leaseUntil, ["LastAttemptAt"] = now }, cancellationToken))
            {
                return false;
            }

            claimed.AddRange(moves.Select(m => m.To));
            return true;
        }
    }

    /// <summary>Those of some pending messages still where they were read (not claimed, rescheduled or replaced since), read again in one range query.</summary>
    private async Task<IReadOnlyList<PendingMessage>> StillPendingAsync(TenantId tenant, PendingMessage[] pending, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var partition = TableKeys.OutboxPartition(tenant.Value);
        var wanted = pending.ToDictionary(p => p.Row, StringComparer.Ordinal);
        var (from, through) = (wanted.Keys.Min(StringComparer.Ordinal)!, wanted.Keys.Max(StringComparer.Ordinal)!);
        var still = new List<PendingMessage>(pending.Length);
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(through) <= 0,
            cancellationToken: cancellationToken))
        {
            if (wanted.ContainsKey(row.RowKey))
            {
                still.Add(ReadPending(row));
            }
        }

        return still;
    }

    /// <summary>
    /// Puts many messages back as <see cref="RescheduleAsync"/> does (each to its own time, without a problem: waiting
    /// for a turn is not a failure), a transaction per <see cref="MovesPerTransaction"/>; one at a time when a claim was lost.
    /// </summary>
    public async Task RescheduleAllAsync(TenantId tenant, IReadOnlyList<(PendingMessage Message, DateTimeOffset Due)> messages, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var chunk in messages.Chunk(MovesPerTransaction))
        {
            var moves = chunk.Select(m => (From: m.Message, To: m.Message with { Due = m.Due, Row = TableKeys.OutboxPendingRow(m.Due, m.Message.Key), ETag = ETag.All })).ToList();
            if (moves.Any(m => m.From.Row == m.To.Row) || !await MoveAllAsync(tenant, moves, _ => new TableEntity { ["LeaseUntil"] = now }, cancellationToken))
            {
                foreach (var (message, due) in chunk)
                {
                    await RescheduleAsync(tenant, message, due, null, now, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// Marks many claimed messages sent as <see cref="MarkSentAsync"/> does, a transaction per <see cref="FinishesPerTransaction"/>;
    /// when a claim in one was lost, that transaction's are marked one at a time. Returns the keys whose claim was lost.
    /// </summary>
    public async Task<IReadOnlySet<string>> MarkAllSentAsync(TenantId tenant, IReadOnlyList<(PendingMessage Claimed, string? ConversationId, string? ActivityId)> sent, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var partition = TableKeys.OutboxPartition(tenant.Value);
        var lost = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in sent.Chunk(FinishesPerTransaction))
        {
            try
            {
                await table.SubmitTransactionAsync(
                    chunk.SelectMany(s => FinishActions(partition, s.Claimed, SentChanges(s.ConversationId, s.ActivityId, at), at)),
                    cancellationToken);
                continue;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
            {
                // A claim in it was lost (its lease ran out and another sender moved the row): find which, one at a time.
            }

            foreach (var (claimed, conversationId, activityId) in chunk)
            {
                if (!await MarkSentAsync(tenant, claimed, conversationId, activityId, at, cancellationToken))
                {
                    lost.Add(claimed.Key);
                }
            }
        }

        return lost;
    }

    /// <summary>Puts a message back to be sent at <paramref name="due"/> (after a failure, or to wait for working hours); false when the claim was lost.</summary>
    public Task<bool> RescheduleAsync(TenantId tenant, PendingMessage pending, DateTimeOffset due, string? problem, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rescheduled = pending with { Due = due, Row = TableKeys.OutboxPendingRow(due, pending.Key), ETag = ETag.All };
        var message = new TableEntity { ["LeaseUntil"] = now };
        if (problem is not null)
        {
            message["LastProblem"] = problem;
        }

        return MoveAsync(tenant, pending, rescheduled, message, cancellationToken);
    }

    /// <summary>Marks a claimed message sent, with where it was delivered; false when the claim was lost meanwhile.</summary>
    public Task<bool> MarkSentAsync(TenantId tenant, PendingMessage claimed, string? conversationId, string? activityId, DateTimeOffset at, CancellationToken cancellationToken) =>
        FinishAsync(tenant, claimed, SentChanges(conversationId, activityId, at), extra: [], at, cancellationToken);

    private static TableEntity SentChanges(string? conversationId, string? activityId, DateTimeOffset at) => new()
    {
        ["Status"] = nameof(OutboxStatus.Sent),
        ["SentAt"] = at,
        ["ConversationId"] = conversationId,
        ["ActivityId"] = activityId,
    };

    /// <summary>
    /// Gives up on a claimed message after its last attempt: it is marked failed, kept in the list of what could not
    /// be delivered, and listed for the quality developers to be told. False when the claim was lost meanwhile.
    /// </summary>
    public Task<bool> GiveUpAsync(TenantId tenant, PendingMessage claimed, string problem, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var partition = TableKeys.OutboxPartition(tenant.Value);
        TableEntity Failure(string row) => new(partition, row)
        {
            ["Key"] = claimed.Key,
            ["TargetKind"] = claimed.Target.Kind,
            ["TargetId"] = claimed.Target.Id,
            ["Kind"] = claimed.Kind,
            ["About"] = claimed.About,
            ["Attempts"] = claimed.Attempts,
            ["FailedAt"] = at,
            ["LastProblem"] = problem,
        };

        return FinishAsync(
            tenant,
            claimed,
            new TableEntity { ["Status"] = nameof(OutboxStatus.Failed), ["FailedAt"] = at, ["LastProblem"] = problem },
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, Failure(TableKeys.OutboxFailedRow(at, claimed.Key))),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, Failure(TableKeys.OutboxUnreportedRow(claimed.Key))),
            ],
            at,
            cancellationToken);
    }

    /// <summary>The message recorded with this key, e.g. to find the activity a channel post was delivered as.</summary>
    public async Task<OutboxMessage?> FindAsync(TenantId tenant, string key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.OutboxPartition(tenant.Value), TableKeys.OutboxMessageRow(key), cancellationToken: cancellationToken);
        return found.HasValue ? ReadMessage(found.Value!) : null;
    }

    /// <summary>When the app was last installed for a person through Microsoft Graph so a message could reach them; null if never.</summary>
    public async Task<DateTimeOffset?> AppInstalledAsync(TenantId tenant, string personId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.OutboxPartition(tenant.Value), TableKeys.OutboxInstalledRow(personId), ["InstalledAt"], cancellationToken);
        return found.HasValue ? found.Value!.GetDateTimeOffset("InstalledAt") : null;
    }

    /// <summary>Remembers that the app was installed for a person now (through Microsoft Graph).</summary>
    public async Task RememberAppInstalledAsync(TenantId tenant, string personId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        await table.UpsertEntityAsync(
            new TableEntity(TableKeys.OutboxPartition(tenant.Value), TableKeys.OutboxInstalledRow(personId)) { ["InstalledAt"] = at.ToUniversalTime() },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>The keys recorded under a group: what a job already recorded, in one query.</summary>
    public async Task<IReadOnlySet<string>> KeysInGroupAsync(TenantId tenant, string group, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in RangeAsync(tenant, TableKeys.OutboxGroupFrom(group), ["Key"], cancellationToken))
        {
            keys.Add(row.GetString("Key"));
        }

        return keys;
    }

    /// <summary>The messages that could not be delivered, newest first.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> FailedAsync(TenantId tenant, int max, CancellationToken cancellationToken)
    {
        var failed = new List<OutboxMessage>();
        await foreach (var row in RangeAsync(tenant, TableKeys.OutboxFailedFrom, null, cancellationToken))
        {
            failed.Add(ReadFailure(row));
            if (failed.Count >= max)
            {
                break;
            }
        }

        return failed;
    }

    /// <summary>The messages given up on that the quality developers have not yet been told about.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> UnreportedFailuresAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var failed = new List<OutboxMessage>();
        await foreach (var row in RangeAsync(tenant, TableKeys.OutboxUnreportedFrom, null, cancellationToken))
        {
            failed.Add(ReadFailure(row));
        }

        return failed;
    }

    /// <summary>Takes failures off the list still to be told (the telling is recorded in the outbox itself).</summary>
    public async Task MarkReportedAsync(TenantId tenant, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var partition = TableKeys.OutboxPartition(tenant.Value);
        foreach (var key in keys)
        {
            try
            {
                await table.DeleteEntityAsync(partition, TableKeys.OutboxUnreportedRow(key), ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.IsNotFound())
            {
            }
        }
    }

    private async IAsyncEnumerable<TableEntity> RangeAsync(TenantId tenant, string prefix, IEnumerable<string>? select, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var partition = TableKeys.OutboxPartition(tenant.Value);
        var end = TableKeys.RangeEnd(prefix);
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(prefix) >= 0 && e.RowKey.CompareTo(end) < 0, select: select, cancellationToken: cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>Moves a pending row (claim or reschedule): the old row goes (conditional on its ETag), the new one comes, the message notes it.</summary>
    private Task<bool> MoveAsync(TenantId tenant, PendingMessage from, PendingMessage to, TableEntity messageChanges, CancellationToken cancellationToken) =>
        from.Row == to.Row ? Task.FromResult(false) : MoveAllAsync(tenant, [(from, to)], _ => messageChanges, cancellationToken);

    /// <summary>Moves pending rows in one transaction (at most <see cref="MovesPerTransaction"/>); false when any was gone or changed.</summary>
    private async Task<bool> MoveAllAsync(TenantId tenant, List<(PendingMessage From, PendingMessage To)> moves, Func<PendingMessage, TableEntity> messageChanges, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        var partition = TableKeys.OutboxPartition(tenant.Value);
        var actions = new List<TableTransactionAction>(moves.Count * 3);
        foreach (var (from, to) in moves)
        {
            var changes = messageChanges(from);
            changes.PartitionKey = partition;
            changes.RowKey = TableKeys.OutboxMessageRow(from.Key);
            changes["PendingRow"] = to.Row;
            changes["Attempts"] = to.Attempts;
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, from.Row), from.ETag));
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, PendingRow(tenant, to)));
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, changes, ETag.All));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Ends a claim: the claimed row goes (it is gone when the claim was lost), the message gets its final state.</summary>
    private async Task<bool> FinishAsync(TenantId tenant, PendingMessage claimed, TableEntity messageChanges, IReadOnlyList<TableTransactionAction> extra, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.OutboxTable, cancellationToken);
        try
        {
            await table.SubmitTransactionAsync([.. FinishActions(TableKeys.OutboxPartition(tenant.Value), claimed, messageChanges, at), .. extra], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    private static IEnumerable<TableTransactionAction> FinishActions(string partition, PendingMessage claimed, TableEntity messageChanges, DateTimeOffset at)
    {
        messageChanges.PartitionKey = partition;
        messageChanges.RowKey = TableKeys.OutboxMessageRow(claimed.Key);
        messageChanges["PendingRow"] = string.Empty;
        messageChanges["LeaseUntil"] = at;
        messageChanges["Attempts"] = claimed.Attempts;
        yield return new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, claimed.Row), claimed.ETag);
        yield return new TableTransactionAction(TableTransactionActionType.UpdateMerge, messageChanges, ETag.All);
    }

    private static IEnumerable<TableTransactionAction> RowsOf(TenantId tenant, OutboxIntent intent, DateTimeOffset now)
    {
        var partition = TableKeys.OutboxPartition(tenant.Value);
        var pending = PendingRow(tenant, intent, attempts: 0);
        yield return new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, TableKeys.OutboxMessageRow(intent.Key))
        {
            ["Key"] = intent.Key,
            ["TargetKind"] = intent.Target.Kind,
            ["TargetId"] = intent.Target.Id,
            ["Kind"] = intent.Kind,
            ["About"] = intent.About,
            ["AnyHour"] = intent.AnyHour,
            ["Status"] = nameof(OutboxStatus.Pending),
            ["Attempts"] = 0,
            ["RecordedAt"] = now,
            ["PendingRow"] = pending.RowKey,
        });
        yield return new TableTransactionAction(TableTransactionActionType.Add, pending);
        if (intent.Group is { } group)
        {
            yield return new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, TableKeys.OutboxGroupRow(group, intent.Key)) { ["Key"] = intent.Key });
        }
    }

    private static TableEntity PendingRow(TenantId tenant, OutboxIntent intent, int attempts) =>
        PendingRow(tenant, new PendingMessage(intent.Key, intent.Target, intent.Kind, intent.About, intent.Activity, intent.AnyHour, attempts, intent.Due, TableKeys.OutboxPendingRow(intent.Due, intent.Key), ETag.All));

    private static TableEntity PendingRow(TenantId tenant, PendingMessage message)
    {
        var row = new TableEntity(TableKeys.OutboxPartition(tenant.Value), message.Row)
        {
            ["Key"] = message.Key,
            ["TargetKind"] = message.Target.Kind,
            ["TargetId"] = message.Target.Id,
            ["Kind"] = message.Kind,
            ["About"] = message.About,
            ["AnyHour"] = message.AnyHour,
            ["Attempts"] = message.Attempts,
            ["Due"] = message.Due,
        };
        LongText.Write(row, "Activity", message.Activity);
        return row;
    }

    private static PendingMessage ReadPending(TableEntity row) => new(
        row.GetString("Key"),
        new OutboxTarget(row.GetString("TargetKind"), row.GetString("TargetId")),
        row.GetString("Kind"),
        row.GetString("About"),
        LongText.Read(row, "Activity"),
        row.GetBoolean("AnyHour") ?? false,
        row.GetInt32("Attempts") ?? 0,
        row.GetDateTimeOffset("Due") ?? DateTimeOffset.MinValue,
        row.RowKey,
        row.ETag);

    private static OutboxMessage ReadMessage(TableEntity row)
    {
        var status = Enum.TryParse<OutboxStatus>(row.GetString("Status"), out var read) ? read : OutboxStatus.Pending;

        // A claim moves the pending row to the lease's end and notes that end on the message: a row due later than the
        // last lease waits, one due at it is held by a sender now (a second's tolerance for the stored time's precision).
        var due = status == OutboxStatus.Pending && row.GetString("PendingRow") is { Length: > 0 } pendingRow ? TableKeys.OutboxPendingDue(pendingRow) : null;
        var waitsUntil = due is { } d && (row.GetDateTimeOffset("LeaseUntil") is not { } leaseUntil || leaseUntil < d - TimeSpan.FromSeconds(1)) ? due : null;
        return new(
            row.GetString("Key"),
            new OutboxTarget(row.GetString("TargetKind"), row.GetString("TargetId")),
            row.GetString("Kind"),
            row.GetString("About"),
            status,
            row.GetInt32("Attempts") ?? 0,
            row.GetDateTimeOffset("RecordedAt") ?? row.Timestamp ?? DateTimeOffset.MinValue,
            row.GetDateTimeOffset("SentAt"),
            row.GetString("ConversationId"),
            row.GetString("ActivityId"),
            row.GetString("LastProblem"),
            row.GetDateTimeOffset("FailedAt"),
            waitsUntil);
    }

    private static OutboxMessage ReadFailure(TableEntity row) => new(
        row.GetString("Key"),
        new OutboxTarget(row.GetString("TargetKind"), row.GetString("TargetId")),
        row.GetString("Kind"),
        row.GetString("About"),
        OutboxStatus.Failed,
        row.GetInt32("Attempts") ?? 0,
        row.GetDateTimeOffset("FailedAt") ?? DateTimeOffset.MinValue,
        null,
        null,
        null,
        row.GetString("LastProblem"),
        row.GetDateTimeOffset("FailedAt"));
}
