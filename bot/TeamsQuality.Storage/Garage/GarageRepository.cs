using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage.Garage;

/// <summary>
/// A unit's Garage, one partition per unit, keyed by stop theme so what is parked under a theme is one range query. An
/// item is one row with its history in it; a decision replaces it on the ETag read, so two documenters deciding at
/// once never overwrite each other.
/// </summary>
public sealed class GarageRepository(TableStore tables)
{
    private const int MaxAttempts = 5;

    public async Task AddAsync(TenantId tenant, GarageItem item, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.GarageTable, cancellationToken);
        await table.AddEntityAsync(Row(tenant, item), cancellationToken);
    }

    /// <summary>Everything in the unit's Garage, by theme, oldest first within it.</summary>
    public async Task<IReadOnlyList<GarageItem>> ListAsync(TenantId tenant, string unitId, CancellationToken cancellationToken)
    {
        var partition = TableKeys.UnitPartition(tenant.Value, unitId);
        return await QueryAsync(e => e.PartitionKey == partition, cancellationToken);
    }

    /// <summary>What the unit has parked under a stop's theme (whatever its status), oldest first.</summary>
    public async Task<IReadOnlyList<GarageItem>> ListThemeAsync(TenantId tenant, string unitId, int stopNumber, CancellationToken cancellationToken)
    {
        var partition = TableKeys.UnitPartition(tenant.Value, unitId);
        var from = TableKeys.GarageThemePrefix(stopNumber);
        var to = TableKeys.RangeEnd(from);
        return await QueryAsync(e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken);
    }

    /// <summary>What every unit of the tenant has parked under a stop's theme: one range query over the tenant's partitions.</summary>
    public async Task<IReadOnlyList<GarageItem>> ListTenantThemeAsync(TenantId tenant, int stopNumber, CancellationToken cancellationToken)
    {
        var from = TableKeys.GarageThemePrefix(stopNumber);
        var table = await tables.GetAsync(TableKeys.GarageTable, cancellationToken);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {TableKeys.TenantPartitionsFrom(tenant.Value)} and PartitionKey lt {TableKeys.TenantPartitionsEnd(tenant.Value)} and RowKey ge {from} and RowKey lt {TableKeys.RangeEnd(from)}");
        var items = new List<GarageItem>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            items.Add(Item(row.GetString("UnitId"), row));
        }

        return items.OrderBy(i => i.ParkedAt).ToList();
    }

    public async Task<GarageItem?> FindAsync(TenantId tenant, string unitId, int stopNumber, string id, CancellationToken cancellationToken) =>
        (await FindRowAsync(tenant, unitId, stopNumber, id, cancellationToken))?.Item;

    /// <summary>
    /// Lets <paramref name="decide"/> change the item and saves it on the ETag read; when someone changed it meanwhile,
    /// reads it again and decides again on the fresh item (the domain refuses what is no longer allowed). Rule
    /// refusals pass through with nothing saved. Null when there is no such item.
    /// </summary>
    public async Task<GarageItem?> TryUpdateAsync(TenantId tenant, string unitId, int stopNumber, string id, Action<GarageItem> decide, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.GarageTable, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await FindRowAsync(tenant, unitId, stopNumber, id, cancellationToken) is not { } read)
            {
                return null;
            }

            var historyBefore = read.Item.History.Count;
            decide(read.Item);
            if (read.Item.History.Count == historyBefore)
            {
                return read.Item;
            }

            try
            {
                await table.UpdateEntityAsync(Row(tenant, read.Item), read.ETag, TableUpdateMode.Replace, cancellationToken);
                return read.Item;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxAttempts)
            {
                // Decided by someone else since it was read: read it again and decide again.
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                throw new ConcurrencyConflictException($"Garage item {id} of {unitId} kept changing; gave up after {MaxAttempts} attempts.", ex);
            }
        }
    }

    private async Task<(GarageItem Item, ETag ETag)?> FindRowAsync(TenantId tenant, string unitId, int stopNumber, string id, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.GarageTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.UnitPartition(tenant.Value, unitId), TableKeys.GarageRow(stopNumber, id), cancellationToken: cancellationToken);
        return row.HasValue ? (Item(unitId, row.Value!), row.Value!.ETag) : null;
    }

    private async Task<IReadOnlyList<GarageItem>> QueryAsync(System.Linq.Expressions.Expression<Func<TableEntity, bool>> filter, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.GarageTable, cancellationToken);
        var items = new List<GarageItem>();
        await foreach (var row in table.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            items.Add(Item(row.GetString("UnitId"), row));
        }

        return items.OrderBy(i => i.StopNumber).ThenBy(i => i.ParkedAt).ToList();
    }

    private static GarageItem Item(string unitId, TableEntity row) => new(
        row.GetString("Id"),
        unitId,
        Enum.Parse<GarageKind>(row.GetString("ItemKind")),
        row.GetString("Text"),
        row.GetInt32("StopNumber")!.Value,
        row.GetString("Theme"),
        row.GetString("ParkedById"),
        row.GetString("ParkedByName"),
        row.GetDateTimeOffset("ParkedAt")!.Value,
        Enum.Parse<GarageStatus>(row.GetString("Status")),
        row.GetString("ActionId"),
        row.GetString("ActionTitle"),
        row.GetString("Reason"),
        row.GetInt32("DecidedInYear"),
        JsonSerializer.Deserialize<List<GarageChange>>(row.GetString("History") ?? "[]", StorageJson.Options)!);

    private static TableEntity Row(TenantId tenant, GarageItem item) => new(TableKeys.UnitPartition(tenant.Value, item.UnitId), TableKeys.GarageRow(item.StopNumber, item.Id))
    {
        ["Id"] = item.Id,
        ["UnitId"] = item.UnitId,
        ["ItemKind"] = item.Kind.ToString(),
        ["Text"] = item.Text,
        ["StopNumber"] = item.StopNumber,
        ["Theme"] = item.Theme,
        ["ParkedById"] = item.ParkedById,
        ["ParkedByName"] = item.ParkedByName,
        ["ParkedAt"] = item.ParkedAt,
        ["Status"] = item.Status.ToString(),
        ["ActionId"] = item.ActionId,
        ["ActionTitle"] = item.ActionTitle,
        ["Reason"] = item.Reason,
        ["DecidedInYear"] = item.DecidedInYear,
        ["History"] = JsonSerializer.Serialize(item.History, StorageJson.Options),
    };
}
