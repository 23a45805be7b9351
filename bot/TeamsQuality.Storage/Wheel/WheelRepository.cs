using System.Text.Json;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Storage.Wheel;

/// <summary>The organisation's wheel, one row per version (the year it applies from).</summary>
public sealed class WheelRepository(TableStore tables)
{
    public async Task<OrganisationWheel?> FindAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.WheelsTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var versions = new List<WheelVersion>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            versions.Add(new WheelVersion(
                row.GetInt32("FromYear")!.Value,
                row.GetString("TemplateId"),
                JsonSerializer.Deserialize<List<StopDefinition>>(LongText.Read(row, "Stops"), StorageJson.Options)!));
        }

        return versions.Count == 0 ? null : new OrganisationWheel(versions);
    }

    /// <summary>Saves a version; a version for a year that has one already replaces it only when <paramref name="replace"/> is set.</summary>
    public async Task<bool> SaveVersionAsync(TenantId tenant, WheelVersion version, bool replace, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.WheelsTable, cancellationToken);
        var row = new TableEntity(TableKeys.TenantPartition(tenant.Value), TableKeys.WheelVersionRow(version.FromYear))
        {
            ["FromYear"] = version.FromYear,
            ["TemplateId"] = version.TemplateId,
        };
        LongText.Write(row, "Stops", JsonSerializer.Serialize(version.Stops, StorageJson.Options));
        if (replace)
        {
            await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            return true;
        }

        try
        {
            await table.AddEntityAsync(row, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException ex) when (ex.IsConflict())
        {
            return false;
        }
    }
}
