using Azure;
using Azure.Data.Tables;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Storage;

/// <summary>
/// Marks inbound activities as taken on with a conditional insert: the first delivery wins, a redelivery (Teams
/// retries when an answer is slow) finds the mark and is skipped, on any number of servers.
/// </summary>
public sealed class InboundActivityLog(TableStore tables, TimeProvider time) : IInboundActivityLog
{
    public async Task<bool> TryBeginAsync(string tenantId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.InboundActivitiesTable, cancellationToken);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var row = TableKeys.InboundActivityRow(conversationId, activityId);

        if (now.UtcDateTime.TimeOfDay < TimeSpan.FromHours(1))
        {
            var yesterday = await table.GetEntityIfExistsAsync<TableEntity>(
                TableKeys.InboundActivityPartition(tenantId, today.AddDays(-1)), row, select: ["RowKey"], cancellationToken: cancellationToken);
            if (yesterday.HasValue)
            {
                return false;
            }
        }

        try
        {
            await table.AddEntityAsync(new TableEntity(TableKeys.InboundActivityPartition(tenantId, today), row) { ["FirstSeen"] = now }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.IsConflict())
        {
            return false;
        }
    }

    public async Task ForgetAsync(string tenantId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.InboundActivitiesTable, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await table.DeleteEntityAsync(TableKeys.InboundActivityPartition(tenantId, today), TableKeys.InboundActivityRow(conversationId, activityId), ETag.All, cancellationToken);
    }

    /// <summary>Drops the marks of one tenant's day, once redelivery of that day's activities is no longer possible.</summary>
    public async Task<int> DropDayAsync(string tenantId, DateOnly day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.InboundActivitiesTable, cancellationToken);
        var partition = TableKeys.InboundActivityPartition(tenantId, day);
        var dropped = 0;
        var keys = new List<TableTransactionAction>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, ETag.All));
        }

        foreach (var batch in keys.Chunk(100))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
            dropped += batch.Length;
        }

        return dropped;
    }
}
