using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage;

/// <summary>
/// The reads that take either one unit's partition or every partition of a tenant at once: the management view and
/// the administration's report read the whole tenant in one range query per table (paged by 1,000 rows) instead of one
/// query per unit; a unit's own view reads its partition only. Keys come from <see cref="TableKeys"/>.
/// </summary>
internal static class TenantRange
{
    /// <summary>
    /// <paramref name="rows"/> (an OData filter on the rows' columns, or null for every row) in the one partition
    /// <paramref name="partition"/> names, or, when it is null, in every partition of the tenant
    /// (<see cref="TableKeys.TenantPartitionsFrom"/>).
    /// </summary>
    public static string Filter(TenantId tenant, string? partition, string? rows)
    {
        var partitions = partition is null
            ? TableClient.CreateQueryFilter($"PartitionKey ge {TableKeys.TenantPartitionsFrom(tenant.Value)} and PartitionKey lt {TableKeys.TenantPartitionsEnd(tenant.Value)}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        return rows is null ? partitions : $"{partitions} and ({rows})";
    }

    /// <summary>
    /// The rows of a table partitioned per unit (<see cref="TableKeys.UnitPartition"/>): one unit's partition, or with
    /// <paramref name="unitId"/> null every unit's of the tenant in one range query; each with its unit, and only rows
    /// whose partition is one of the tenant's unit partitions.
    /// </summary>
    public static async IAsyncEnumerable<(string Unit, TableEntity Row)> UnitRowsAsync(
        TableClient table,
        TenantId tenant,
        string? unitId,
        string? rows,
        string[]? select,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = Filter(tenant, unitId is null ? null : TableKeys.UnitPartition(tenant.Value, unitId), rows);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken))
        {
            if (TableKeys.UnitOfPartition(tenant.Value, row.PartitionKey) is { } unit)
            {
                yield return (unit, row);
            }
        }
    }

    /// <summary>Items grouped by the unit each belongs to, in the order given.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<T>> Grouped<T>(IEnumerable<(string Unit, T Item)> items) =>
        items.GroupBy(x => x.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.Select(x => x.Item).ToList(), StringComparer.Ordinal);
}
