using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Logbook;

namespace TeamsQuality.Storage.Logbook;

/// <summary>A unit's logbook, keyed by stop theme so the notes under a theme are one range query.</summary>
public sealed class LogbookRepository(TableStore tables)
{
    public async Task AddAsync(TenantId tenant, LogbookNote note, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LogbookTable, cancellationToken);
        await table.AddEntityAsync(
            new TableEntity(TableKeys.UnitPartition(tenant.Value, note.UnitId), TableKeys.LogbookRow(note.StopNumber, note.At, note.Id))
            {
                ["Id"] = note.Id,
                ["UnitId"] = note.UnitId,
                ["StopNumber"] = note.StopNumber,
                ["Theme"] = note.Theme,
                ["AuthorId"] = note.AuthorId,
                ["AuthorName"] = note.AuthorName,
                ["Text"] = note.Text,
                ["At"] = note.At,
            },
            cancellationToken);
    }

    /// <summary>The unit's notes under a stop's theme written since a point in time, oldest first.</summary>
    public async Task<IReadOnlyList<LogbookNote>> ListAsync(TenantId tenant, string unitId, int stopNumber, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LogbookTable, cancellationToken);
        var partition = TableKeys.UnitPartition(tenant.Value, unitId);
        var from = TableKeys.LogbookRow(stopNumber, since, string.Empty);
        var to = TableKeys.LogbookStopPrefix(stopNumber) + "~";
        var notes = new List<LogbookNote>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0,
            cancellationToken: cancellationToken))
        {
            notes.Add(new LogbookNote(row.GetString("Id"), unitId, stopNumber, row.GetString("Theme"), row.GetString("AuthorId"), row.GetString("AuthorName"), row.GetString("Text"), row.GetDateTimeOffset("At")!.Value));
        }

        return notes;
    }

    /// <summary>
    /// Every unit's notes under a stop's theme written since a point in time: one range query over the tenant's
    /// partitions (for a job that counts a theme's notes for many units at once), oldest first within a unit.
    /// </summary>
    public async Task<IReadOnlyList<LogbookNote>> ListTenantThemeAsync(TenantId tenant, int stopNumber, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LogbookTable, cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {TableKeys.TenantPartitionsFrom(tenant.Value)} and PartitionKey lt {TableKeys.TenantPartitionsEnd(tenant.Value)} and RowKey ge {TableKeys.LogbookRow(stopNumber, since, string.Empty)} and RowKey lt {TableKeys.LogbookStopPrefix(stopNumber) + "~"}");
        var notes = new List<LogbookNote>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            notes.Add(new LogbookNote(row.GetString("Id"), row.GetString("UnitId"), stopNumber, row.GetString("Theme"), row.GetString("AuthorId"), row.GetString("AuthorName"), row.GetString("Text"), row.GetDateTimeOffset("At")!.Value));
        }

        return notes;
    }
}
