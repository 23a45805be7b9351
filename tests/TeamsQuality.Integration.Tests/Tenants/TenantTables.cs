using Azure.Data.Tables;

namespace TeamsQuality.Integration.Tests.Tenants;

/// <summary>What a bot's tables hold of one tenant, found by reading every row of every table the bot has.</summary>
public static class TenantTables
{
    /// <summary>
    /// Every row, in any of the tables under <paramref name="tablePrefix"/>, that names the tenant anywhere: its keys or
    /// any text in it (as "table: partition / row").
    /// </summary>
    public static async Task<List<string>> RowsOfAsync(string connectionString, string tablePrefix, string tenantId)
    {
        var service = new TableServiceClient(connectionString);
        var found = new List<string>();
        foreach (var table in await NamesAsync(connectionString, tablePrefix))
        {
            await foreach (var row in service.GetTableClient(tablePrefix + table).QueryAsync<TableEntity>())
            {
                var texts = new[] { row.PartitionKey, row.RowKey }.Concat(row.Select(p => p.Value).OfType<string>());
                if (texts.Any(text => text.Contains(tenantId, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add($"{table}: {row.PartitionKey} / {row.RowKey}");
                }
            }
        }

        return found;
    }

    /// <summary>The tables the bot has made (under its prefix), to show the scan read something.</summary>
    public static async Task<List<string>> NamesAsync(string connectionString, string tablePrefix)
    {
        var names = new List<string>();
        await foreach (var table in new TableServiceClient(connectionString).QueryAsync())
        {
            if (table.Name.StartsWith(tablePrefix, StringComparison.Ordinal))
            {
                names.Add(table.Name[tablePrefix.Length..]);
            }
        }

        return names;
    }
}
