using System.Text.Json;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;

namespace TeamsQuality.Storage.Risks;

/// <summary>A unit's risk register, one partition per unit.</summary>
public sealed class RiskRepository(TableStore tables)
{
    public async Task AddAsync(TenantId tenant, Risk risk, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.RisksTable, cancellationToken);
        await table.AddEntityAsync(Row(tenant, risk), cancellationToken);
    }

    public async Task<IReadOnlyList<Risk>> OfUnitAsync(TenantId tenant, string unitId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.RisksTable, cancellationToken);
        var partition = TableKeys.UnitPartition(tenant.Value, unitId);
        var risks = new List<Risk>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            risks.Add(new Risk(
                row.GetString("Id"),
                unitId,
                row.GetString("Process"),
                row.GetString("Description"),
                (Probability)row.GetInt32("Probability")!.Value,
                (Consequence)row.GetInt32("Consequence")!.Value,
                JsonSerializer.Deserialize<List<string>>(row.GetString("ActionIds") ?? "[]", StorageJson.Options)!,
                row.GetDateTimeOffset("AssessedAt")!.Value,
                JsonSerializer.Deserialize<List<RiskChange>>(row.GetString("History") ?? "[]", StorageJson.Options)!));
        }

        return risks.OrderByDescending(r => r.Value).ThenBy(r => r.Process, StringComparer.Ordinal).ToList();
    }

    private static TableEntity Row(TenantId tenant, Risk risk) => new(TableKeys.UnitPartition(tenant.Value, risk.UnitId), TableKeys.Escape(risk.Id))
    {
        ["Id"] = risk.Id,
        ["Process"] = risk.Process,
        ["Description"] = risk.Description,
        ["Probability"] = (int)risk.Probability,
        ["Consequence"] = (int)risk.Consequence,
        ["Value"] = risk.Value,
        ["Level"] = risk.Level.ToString(),
        ["ActionIds"] = JsonSerializer.Serialize(risk.ActionIds, StorageJson.Options),
        ["AssessedAt"] = risk.AssessedAt,
        ["History"] = JsonSerializer.Serialize(risk.History, StorageJson.Options),
    };
}
