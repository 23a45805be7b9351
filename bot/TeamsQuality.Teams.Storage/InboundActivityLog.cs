using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Teams.Storage;

/// <summary>
/// Marks inbound activities as taken on with a conditional insert: the first delivery wins, a redelivery (Teams
/// retries when an answer is slow) finds the mark and is skipped, on any number of servers. An invoke's answer is kept
/// with its mark, so a redelivered invoke is given the same answer (Teams shows an error for an empty one).
/// </summary>
public sealed class InboundActivityLog(TableStore tables, TimeProvider time) : IInboundActivityLog
{
    /// <summary>
    /// A property holds at most 64 KiB and an entity 1 MiB: the answer (a card can be ~80 KB of JSON) is compressed and
    /// split into parts of this size.
    /// </summary>
    private const int AnswerPartBytes = 60 * 1024;

    /// <summary>At most this many parts (well under the entity's 1 MiB); a larger answer is not kept.</summary>
    private const int MostAnswerParts = 12;

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

    public async Task RecordAnswerAsync(string tenantId, string conversationId, string activityId, InvokeResponse answer, CancellationToken cancellationToken)
    {
        var compressed = Compress(answer.Body?.ToJsonString(BotJson.Options));
        var parts = compressed.Chunk(AnswerPartBytes).ToList();
        if (parts.Count > MostAnswerParts)
        {
            throw new InvalidOperationException($"The answer is {compressed.Length} bytes compressed; at most {MostAnswerParts * AnswerPartBytes} are kept.");
        }

        var table = await tables.GetAsync(TableKeys.InboundActivitiesTable, cancellationToken);
        var row = TableKeys.InboundActivityRow(conversationId, activityId);
        foreach (var day in DaysToLook())
        {
            var entity = new TableEntity(TableKeys.InboundActivityPartition(tenantId, day), row)
            {
                ["AnswerStatus"] = answer.HttpStatus,
                ["AnswerParts"] = parts.Count,
            };
            for (var i = 0; i < parts.Count; i++)
            {
                entity["Answer" + i.ToString(CultureInfo.InvariantCulture)] = parts[i];
            }

            try
            {
                // Only onto an existing mark: a mark forgotten meanwhile stays forgotten.
                await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // The mark is from the day before (the turn ran over midnight, UTC): look there.
            }
        }
    }

    public async Task<InboundMark?> FindAsync(string tenantId, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.InboundActivitiesTable, cancellationToken);
        var row = TableKeys.InboundActivityRow(conversationId, activityId);
        foreach (var day in DaysToLook())
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.InboundActivityPartition(tenantId, day), row, cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                continue;
            }

            var mark = found.Value!;
            if (mark.GetInt32("AnswerParts") is not { } count || mark.GetInt32("AnswerStatus") is not { } status)
            {
                return new InboundMark(null);
            }

            var compressed = Enumerable.Range(0, count)
                .SelectMany(i => mark.GetBinary("Answer" + i.ToString(CultureInfo.InvariantCulture)) ?? [])
                .ToArray();
            var json = Decompress(compressed);
            return new InboundMark(InvokeResponse.FromBody(status, json is null ? null : JsonNode.Parse(json)));
        }

        return null;
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

    /// <summary>Today and yesterday (UTC): a mark is in the partition of the day it was made.</summary>
    private IEnumerable<DateOnly> DaysToLook()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return [today, today.AddDays(-1)];
    }

    /// <summary>An empty array stands for an answer without a body.</summary>
    private static byte[] Compress(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(json));
        }

        return buffer.ToArray();
    }

    private static string? Decompress(byte[] compressed)
    {
        if (compressed.Length == 0)
        {
            return null;
        }

        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
