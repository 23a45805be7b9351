using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;

namespace TeamsQuality.Storage.Risks;

/// <summary>
/// A unit's risk register, one partition per unit, one row per risk with its history. A change replaces the row
/// conditional on the ETag it was read with: when someone else changed the risk meanwhile, it is read again and the
/// domain decides again (and refuses a change made on a card older than the risk).
/// </summary>
public sealed class RiskRepository(TableStore tables)
{
    private const int MaxAttempts = 5;

    public async Task AddAsync(TenantId tenant, Risk risk, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.RisksTable, cancellationToken);
        await table.AddEntityAsync(Row(tenant, risk), cancellationToken);
    }

    /// <summary>The unit's risks, in the register's order (<see cref="RiskOrder"/>).</summary>
    public async Task<IReadOnlyList<Risk>> OfUnitAsync(TenantId tenant, string unitId, CancellationToken cancellationToken) =>
        (await ByUnitAsync(tenant, unitId, cancellationToken)).GetValueOrDefault(unitId) ?? [];

    /// <summary>
    /// The same per unit: one unit's partition, or with <paramref name="unitId"/> null every unit's register of the
    /// tenant in one range query (the administration's report). A risk is one row, its history in it.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Risk>>> ByUnitAsync(TenantId tenant, string? unitId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.RisksTable, cancellationToken);
        var risks = new List<(string, Risk)>();
        await foreach (var (unit, row) in TenantRange.UnitRowsAsync(table, tenant, unitId, rows: null, select: null, cancellationToken))
        {
            risks.Add((unit, FromRow(unit, row)));
        }

        return TenantRange.Grouped(risks).ToDictionary(x => x.Key, x => RiskOrder.Sort(x.Value), StringComparer.Ordinal);
    }

    /// <summary>One risk of the unit; null when there is none by that id.</summary>
    public async Task<Risk?> FindAsync(TenantId tenant, string unitId, string riskId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.RisksTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.UnitPartition(tenant.Value, unitId), TableKeys.Escape(riskId), cancellationToken: cancellationToken);
        return row.HasValue ? FromRow(unitId, row.Value!) : null;
    }

    /// <summary>
    /// Applies a change to a risk and saves it, conditional on the ETag read; read again and changed again when someone
    /// else saved it meanwhile. A refusal (<c>RuleException</c>) from the change saves nothing and passes through.
    /// </summary>
    public async Task<Risk> UpdateAsync(TenantId tenant, string unitId, string riskId, Action<Risk> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.RisksTable, cancellationToken);
        var partition = TableKeys.UnitPartition(tenant.Value, unitId);
        for (var attempt = 1; ; attempt++)
        {
            var row = await table.GetEntityAsync<TableEntity>(partition, TableKeys.Escape(riskId), cancellationToken: cancellationToken);
            var risk = FromRow(unitId, row.Value);
            change(risk);
            try
            {
                await table.UpdateEntityAsync(Row(tenant, risk), row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return risk;
            }
            catch (RequestFailedException ex) when (ex.IsPreconditionFailed() && attempt < MaxAttempts)
            {
                // Changed meanwhile: read again and decide again.
            }
            catch (RequestFailedException ex) when (ex.IsPreconditionFailed())
            {
                throw new ConcurrencyConflictException($"Risk {riskId} kept changing.", ex);
            }
        }
    }

    private static Risk FromRow(string unitId, TableEntity row) => new(
        row.GetString("Id"),
        unitId,
        row.GetString("Process"),
        row.GetString("Description"),
        (Probability)row.GetInt32("Probability")!.Value,
        (Consequence)row.GetInt32("Consequence")!.Value,
        row.GetDateTimeOffset("AssessedAt")!.Value,
        // The history in parts (long motivations outgrow one property); rows from before, in one.
        JsonSerializer.Deserialize<List<RiskChange>>(row.ContainsKey("HistoryParts") ? LongText.Read(row, "History") : row.GetString("History") ?? "[]", StorageJson.Options)!,
        Enum.TryParse<RiskState>(row.GetString("State"), out var state) ? state : RiskState.Aktuell,
        row.GetString("ClosingReason"));

    private static TableEntity Row(TenantId tenant, Risk risk)
    {
        var row = new TableEntity(TableKeys.UnitPartition(tenant.Value, risk.UnitId), TableKeys.Escape(risk.Id))
        {
            ["Id"] = risk.Id,
            ["Process"] = risk.Process,
            ["Description"] = risk.Description,
            ["Probability"] = (int)risk.Probability,
            ["Consequence"] = (int)risk.Consequence,
            ["Value"] = risk.Value,
            ["Level"] = risk.Level.ToString(),
            ["AssessedAt"] = risk.AssessedAt,
            ["State"] = risk.State.ToString(),
            ["ClosingReason"] = risk.ClosingReason,
        };
        LongText.Write(row, "History", JsonSerializer.Serialize(risk.History, StorageJson.Options));
        return row;
    }

    /// <summary>The unit's risks as the management view counts them (probability, consequence, state): one query of the partition, three columns.</summary>
    public async Task<IReadOnlyList<RiskLine>> LinesAsync(TenantId tenant, string unitId, CancellationToken cancellationToken) =>
        (await LinesByUnitAsync(tenant, unitId, cancellationToken)).GetValueOrDefault(unitId) ?? [];

    /// <summary>The same per unit: one unit's partition, or with <paramref name="unitId"/> null every unit's of the tenant in one range query.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RiskLine>>> LinesByUnitAsync(TenantId tenant, string? unitId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.RisksTable, cancellationToken);
        var lines = new List<(string, RiskLine)>();
        await foreach (var (unit, row) in TenantRange.UnitRowsAsync(table, tenant, unitId, rows: null, ["PartitionKey", "Probability", "Consequence", "State"], cancellationToken))
        {
            lines.Add((unit, new RiskLine(
                (Probability)row.GetInt32("Probability")!.Value,
                (Consequence)row.GetInt32("Consequence")!.Value,
                Enum.TryParse<RiskState>(row.GetString("State"), out var state) ? state : RiskState.Aktuell)));
        }

        return TenantRange.Grouped(lines);
    }
}


/// <summary>A risk as the management view counts it: where it sits in the matrix, and whether it is still current.</summary>
public sealed record RiskLine(Probability Probability, Consequence Consequence, RiskState State)
{
    public bool IsCurrent => State == RiskState.Aktuell;

    public RiskLevel Level => Risk.LevelOf((int)Probability * (int)Consequence);
}
