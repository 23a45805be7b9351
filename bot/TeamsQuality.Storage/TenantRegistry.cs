using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace TeamsQuality.Storage;

/// <summary>The tenants the bot works for, so scheduled jobs know whom to run for without scanning other tables.</summary>
public sealed class TenantRegistry(TableStore tables)
{
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);

    public async Task EnsureAsync(string tenantId, CancellationToken cancellationToken)
    {
        var partition = TableKeys.TenantPartition(tenantId);
        if (_known.ContainsKey(partition))
        {
            return;
        }

        var table = await tables.GetAsync(TableKeys.TenantsTable, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(partition, TableKeys.TenantRow) { ["TenantId"] = tenantId.Trim().ToLowerInvariant() }, TableUpdateMode.Merge, cancellationToken);
        _known.TryAdd(partition, 0);
    }

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.TenantsTable, cancellationToken);
        var result = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.RowKey == TableKeys.TenantRow, select: ["TenantId"], cancellationToken: cancellationToken))
        {
            result.Add(row.GetString("TenantId"));
        }

        return result;
    }
}
