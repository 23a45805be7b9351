using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage.Actions;

/// <summary>A unit's actions (its plan) in one partition; each action's history in rows beside it.</summary>
public sealed class ImprovementActionRepository(TableStore tables)
{
    /// <summary>Adds actions that are new; an action already there (same id) is left as it is, so a retried finish adds nothing twice.</summary>
    public async Task AddAsync(IReadOnlyList<ImprovementAction> actions, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ActionsTable, cancellationToken);
        foreach (var action in actions)
        {
            var partition = TableKeys.UnitPartition(action.Tenant.Value, action.UnitId);
            var rows = new List<TableTransactionAction> { new(TableTransactionActionType.Add, Row(partition, action)) };
            rows.AddRange(action.History.Select(h => new TableTransactionAction(TableTransactionActionType.Add, HistoryRow(partition, action.Id, h))));
            try
            {
                await table.SubmitTransactionAsync(rows, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // Already added by an earlier attempt.
            }
        }
    }

    /// <summary>The unit's plan: every action, newest first.</summary>
    public async Task<IReadOnlyList<ImprovementAction>> ListAsync(TenantId tenant, string unitId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ActionsTable, cancellationToken);
        var partition = TableKeys.UnitPartition(tenant.Value, unitId);
        var heads = new List<TableEntity>();
        var history = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            (row.GetString("Kind") == "action" ? heads : history).Add(row);
        }

        return heads
            .Select(h => new ImprovementAction(
                tenant,
                unitId,
                h.GetString("Id"),
                h.GetString("Title"),
                h.GetString("OwnerId"),
                h.GetString("OwnerName"),
                DayOf(h.GetString("DueDate")),
                Enum.Parse<ActionStatus>(h.GetString("Status")),
                new ActionOrigin(Enum.Parse<ActionOriginKind>(h.GetString("OriginKind")), h.GetString("OriginReference"), h.GetString("OriginDescription")),
                h.GetDateTimeOffset("CreatedAt")!.Value,
                history.Where(r => r.GetString("ActionId") == h.GetString("Id")).OrderBy(r => r.RowKey, StringComparer.Ordinal)
                    .Select(r => new ActionChange(r.GetDateTimeOffset("At")!.Value, r.GetString("PersonId"), r.GetString("PersonName"), r.GetString("What"))),
                h.GetString("Cause"),
                h.GetString("Purpose") is { } purpose ? Enum.Parse<ActionPurpose>(purpose) : null,
                DayOf(h.GetString("FollowUpOn")),
                h.GetString("Effect") is { } effect
                    ? new EffectFollowUp(Enum.Parse<ActionEffect>(effect), h.GetString("EffectComment"), h.GetString("EffectById"), h.GetString("EffectByName"), h.GetDateTimeOffset("EffectAt")!.Value)
                    : null))
            .OrderByDescending(a => a.CreatedAt)
            .ToList();
    }

    private static TableEntity Row(string partition, ImprovementAction action) => new(partition, TableKeys.Escape(action.Id))
    {
        ["Kind"] = "action",
        ["Id"] = action.Id,
        ["Title"] = action.Title,
        ["OwnerId"] = action.OwnerId,
        ["OwnerName"] = action.OwnerName,
        ["DueDate"] = action.DueDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["Status"] = action.Status.ToString(),
        ["OriginKind"] = action.Origin.Kind.ToString(),
        ["OriginReference"] = action.Origin.Reference,
        ["OriginDescription"] = action.Origin.Description,
        ["CreatedAt"] = action.CreatedAt,
        ["Cause"] = action.Cause,
        ["Purpose"] = action.Purpose?.ToString(),
        ["FollowUpOn"] = action.FollowUpOn?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["Effect"] = action.Effect?.Effect.ToString(),
        ["EffectComment"] = action.Effect?.Comment,
        ["EffectById"] = action.Effect?.ById,
        ["EffectByName"] = action.Effect?.ByName,
        ["EffectAt"] = action.Effect?.At,
    };

    private static DateOnly? DayOf(string? value) =>
        value is null ? null : DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity HistoryRow(string partition, string actionId, ActionChange change) =>
        new(partition, TableKeys.ActionHistoryRow(actionId, change.At, Guid.NewGuid().ToString("N")))
        {
            ["Kind"] = "change",
            ["ActionId"] = actionId,
            ["At"] = change.At,
            ["PersonId"] = change.PersonId,
            ["PersonName"] = change.PersonName,
            ["What"] = change.What,
        };
}
