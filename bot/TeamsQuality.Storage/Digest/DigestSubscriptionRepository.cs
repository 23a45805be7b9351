using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage.Digest;

/// <summary>One change of whether a person gets the weekly digest: on or off, by whom, when.</summary>
public sealed record DigestSubscriptionChange(bool On, string ById, DateTimeOffset At);

/// <summary>
/// Who turned the weekly digest (veckobrevet) off. Everyone gets it until they turn it off; only the people who did
/// have a row. The current setting and the change's history row are written in one transaction (one partition per
/// tenant), so the history never misses a change.
/// </summary>
public sealed class DigestSubscriptionRepository(TableStore tables)
{
    /// <summary>The people (lower-case ids) who have the digest off now: one query of the tenant's partition.</summary>
    public async Task<IReadOnlySet<string>> OffAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.DigestSubscriptionsTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var off = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo("p~") >= 0 && e.RowKey.CompareTo("p~~") < 0,
            select: ["PersonId", "On"], cancellationToken: cancellationToken))
        {
            if (row.GetBoolean("On") == false && row.GetString("PersonId") is { } personId)
            {
                off.Add(personId);
            }
        }

        return off;
    }

    /// <summary>Whether the person gets the digest (true until they turn it off).</summary>
    public async Task<bool> IsOnAsync(TenantId tenant, string personId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.DigestSubscriptionsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.TenantPartition(tenant.Value), TableKeys.DigestSubscriptionRow(personId), select: ["On"], cancellationToken: cancellationToken);
        return !row.HasValue || row.Value!.GetBoolean("On") != false;
    }

    /// <summary>
    /// Turns it on or off for the person and keeps the change in its history (who, when, which way), numbered so two
    /// changes in the same instant keep their order. Written on the ETag read, so two presses at once both keep their row.
    /// </summary>
    public async Task SetAsync(TenantId tenant, string personId, DigestSubscriptionChange change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.DigestSubscriptionsTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        for (var attempt = 1; ; attempt++)
        {
            var read = await table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.DigestSubscriptionRow(personId), cancellationToken: cancellationToken);
            var number = (read.HasValue ? read.Value!.GetInt32("Changes") ?? 0 : 0) + 1;
            var current = Row(partition, TableKeys.DigestSubscriptionRow(personId), personId, change);
            current["Changes"] = number;
            var history = Row(partition, TableKeys.DigestSubscriptionHistoryRow(personId, change.At, number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), personId, change);
            TableTransactionAction save = read.HasValue
                ? new(TableTransactionActionType.UpdateReplace, current, read.Value!.ETag)
                : new(TableTransactionActionType.Add, current);
            try
            {
                await table.SubmitTransactionAsync([save, new TableTransactionAction(TableTransactionActionType.Add, history)], cancellationToken);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < 5)
            {
                // Changed by another press meanwhile: read the count again.
            }
        }
    }

    private static TableEntity Row(string partition, string rowKey, string personId, DigestSubscriptionChange change) => new(partition, rowKey)
    {
        ["PersonId"] = personId.ToLowerInvariant(),
        ["On"] = change.On,
        ["ById"] = change.ById,
        ["At"] = change.At,
    };

    /// <summary>Every change of the person's setting, oldest first (two in the same tick keep the order they were read in).</summary>
    public async Task<IReadOnlyList<DigestSubscriptionChange>> HistoryAsync(TenantId tenant, string personId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.DigestSubscriptionsTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var from = TableKeys.DigestSubscriptionHistoryFrom(personId);
        var to = TableKeys.RangeEnd(from.TrimEnd(TableKeys.Separator));
        var changes = new List<DigestSubscriptionChange>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            changes.Add(new DigestSubscriptionChange(row.GetBoolean("On") ?? true, row.GetString("ById"), row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
        }

        return changes;
    }
}
