using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TeamsQuality.Storage.Organisations;

/// <summary>
/// The tenants the bot works for, so scheduled jobs know whom to run for without scanning other tables. Only Entra
/// tenant ids (GUIDs) are kept: the protocol edge refuses any other, and a row written before it did is skipped, so
/// one bad row can never stop the jobs for every tenant.
/// </summary>
public sealed class TenantRegistry(TableStore tables, ILogger<TenantRegistry>? logger = null)
{
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);
    private readonly ILogger _logger = logger ?? NullLogger<TenantRegistry>.Instance;

    public async Task EnsureAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (!IsTenantId(tenantId?.Trim()))
        {
            throw new ArgumentException("A tenant id is an Entra tenant id (a GUID).", nameof(tenantId));
        }

        var partition = TableKeys.TenantPartition(tenantId!);
        if (_known.ContainsKey(partition))
        {
            return;
        }

        var table = await tables.GetAsync(TableKeys.TenantsTable, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(partition, TableKeys.TenantRow) { ["TenantId"] = tenantId!.Trim().ToLowerInvariant() }, TableUpdateMode.Merge, cancellationToken);
        _known.TryAdd(partition, 0);
    }

    /// <summary>The tenants' ids (lower case); rows that do not hold a tenant id are left out and logged.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.TenantsTable, cancellationToken);
        var result = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.RowKey == TableKeys.TenantRow, select: ["PartitionKey", "TenantId"], cancellationToken: cancellationToken))
        {
            var tenantId = row.GetString("TenantId")?.Trim();
            if (IsTenantId(tenantId))
            {
                result.Add(tenantId!.ToLowerInvariant());
            }
            else
            {
                _logger.LogWarning("The tenant registry has a row that is not a tenant id (partition {Partition}); it is skipped", ForLog(row.PartitionKey));
            }
        }

        return result;
    }

    /// <summary>
    /// An Entra tenant id as Teams sends it: a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx). The same shape the protocol
    /// edge lets in (ActivityShape.IsTenantId); written again here because storage does not see the protocol.
    /// </summary>
    private static bool IsTenantId(string? value) => value is { Length: 36 } && Guid.TryParseExact(value, "D", out _);

    /// <summary>
    /// A key read back, fit for a log line: URI-escaped (no line breaks, control or bidirectional characters can forge
    /// or hide a line) and cut, as the protocol's LogSafe does for values from activities.
    /// </summary>
    private static string ForLog(string key)
    {
        var escaped = Uri.EscapeDataString(key);
        return escaped.Length <= 160 ? escaped : escaped[..160] + "…";
    }
}
