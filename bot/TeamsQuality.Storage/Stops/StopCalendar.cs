using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;

namespace TeamsQuality.Storage.Stops;

/// <summary>An event of a stop on a day: what the daily scan finds without reading any stop.</summary>
public sealed record StopCalendarEntry(string UnitId, int Year, int Number, StopEventKind Kind, DateOnly On);

/// <summary>
/// The due index: each stop's events, keyed by the Swedish day they fall on, so the daily scan reads one small
/// partition per tenant and day instead of every stop.
/// </summary>
public sealed class StopCalendar(TableStore tables)
{
    public async Task AddAsync(TenantId tenant, IEnumerable<StopCalendarEntry> entries, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.DueIndexTable, cancellationToken);
        foreach (var day in entries.GroupBy(e => e.On))
        {
            var partition = TableKeys.DayPartition(tenant.Value, day.Key);
            foreach (var batch in day.Chunk(100))
            {
                await table.SubmitTransactionAsync(
                    batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, TableKeys.StopEventRow(e.UnitId, e.Year, e.Number, e.Kind.ToString()))
                    {
                        ["UnitId"] = e.UnitId,
                        ["Year"] = e.Year,
                        ["Number"] = e.Number,
                        ["Kind"] = e.Kind.ToString(),
                    })),
                    cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<StopCalendarEntry>> OnAsync(TenantId tenant, DateOnly day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.DueIndexTable, cancellationToken);
        var partition = TableKeys.DayPartition(tenant.Value, day);
        var entries = new List<StopCalendarEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            entries.Add(new StopCalendarEntry(row.GetString("UnitId"), row.GetInt32("Year")!.Value, row.GetInt32("Number")!.Value, Enum.Parse<StopEventKind>(row.GetString("Kind")), day));
        }

        return entries;
    }
}
