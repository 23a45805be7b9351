using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Storage.Actions;

/// <summary>A day's entry in the actions' due index: which action's owner is to be reminded of what, without reading the plans.</summary>
public sealed record ActionDueEntry(string UnitId, string ActionId, ActionReminderKind Kind, DateOnly On);

/// <summary>
/// A unit's actions (its plan) in one partition; each action's history in rows beside it. Changes are conditional on
/// the ETag read; the days the owner is to be reminded are kept in a due index by Swedish day (written when an action
/// is made and whenever its dates or status change), so the daily reminder job reads one small partition per tenant
/// and day instead of every unit's plan. An index entry left behind by a change is harmless: the job checks the action.
/// </summary>
public sealed class ImprovementActionRepository(TableStore tables, TimeProvider time)
{
    private const int MaxAttempts = 5;
    private const string ChangeKind = "change";

    /// <summary>Adds actions that are new; an action already there (same id) is left as it is, so a retried finish adds nothing twice.</summary>
    public async Task AddAsync(IReadOnlyList<ImprovementAction> actions, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ActionsTable, cancellationToken);
        foreach (var action in actions)
        {
            // The index first: an entry without its action (a crash between) is passed by; an action without its entries would never be reminded of.
            await IndexAsync(action, cancellationToken);
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

    /// <summary>The unit's plan: every action with its history, newest first.</summary>
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

        var byAction = history.ToLookup(r => r.GetString("ActionId"), StringComparer.Ordinal);
        return heads.Select(h => FromRows(tenant, unitId, h, byAction[h.GetString("Id")])).OrderByDescending(a => a.CreatedAt).ToList();
    }

    /// <summary>One action with its history (one range query), or null.</summary>
    public async Task<ImprovementAction?> FindAsync(TenantId tenant, string unitId, string actionId, CancellationToken cancellationToken) =>
        (await LoadAsync(tenant, unitId, actionId, cancellationToken))?.Action;

    /// <summary>One action without its history (one point read): what the reminder job needs to check an index entry.</summary>
    public async Task<ImprovementAction?> FindHeadAsync(TenantId tenant, string unitId, string actionId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ActionsTable, cancellationToken);
        var head = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.UnitPartition(tenant.Value, unitId), TableKeys.Escape(actionId), cancellationToken: cancellationToken);
        return head.HasValue ? FromRows(tenant, unitId, head.Value!, []) : null;
    }

    /// <summary>
    /// Applies a change (the domain decides in <paramref name="change"/>) and saves it conditionally on the ETag read,
    /// appending the new history rows; when someone changed the action meanwhile, reads it again and decides again.
    /// Null when there is no such action.
    /// </summary>
    public async Task<(ImprovementAction Action, T Result)?> UpdateAsync<T>(TenantId tenant, string unitId, string actionId, Func<ImprovementAction, T> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ActionsTable, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await LoadAsync(tenant, unitId, actionId, cancellationToken) is not { } loaded)
            {
                return null;
            }

            var result = change(loaded.Action);
            var partition = TableKeys.UnitPartition(tenant.Value, unitId);
            var rows = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, Row(partition, loaded.Action), loaded.ETag) };
            rows.AddRange(loaded.Action.History.Skip(loaded.HistoryCount).Select(h => new TableTransactionAction(TableTransactionActionType.Add, HistoryRow(partition, actionId, h))));
            if (rows.Count == 1)
            {
                return (loaded.Action, result);
            }

            await IndexAsync(loaded.Action, cancellationToken);
            try
            {
                await table.SubmitTransactionAsync(rows, cancellationToken);
                return (loaded.Action, result);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 && attempt < MaxAttempts)
            {
                // Changed meanwhile: read again and decide again.
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
            {
                throw new ConcurrencyConflictException($"Action {actionId} kept changing.", ex);
            }
        }
    }

    /// <summary>What the due index holds for a tenant's Swedish day.</summary>
    public async Task<IReadOnlyList<ActionDueEntry>> DueOnAsync(TenantId tenant, DateOnly day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ActionDueIndexTable, cancellationToken);
        var partition = TableKeys.DayPartition(tenant.Value, day);
        var entries = new List<ActionDueEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (Enum.TryParse<ActionReminderKind>(row.GetString("Kind"), out var kind))
            {
                entries.Add(new ActionDueEntry(row.GetString("UnitId"), row.GetString("ActionId"), kind, day));
            }
        }

        return entries;
    }

    /// <summary>Puts the action's coming reminder days in the due index (days already past are left out: nothing is reminded of late).</summary>
    private async Task IndexAsync(ImprovementAction action, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        var days = action.ReminderDays().Where(d => d.Day >= today).ToList();
        if (days.Count == 0)
        {
            return;
        }

        var table = await tables.GetAsync(TableKeys.ActionDueIndexTable, cancellationToken);
        foreach (var (kind, day) in days)
        {
            await table.UpsertEntityAsync(
                new TableEntity(TableKeys.DayPartition(action.Tenant.Value, day), TableKeys.ActionDueRow(action.UnitId, action.Id, kind.ToString()))
                {
                    ["UnitId"] = action.UnitId,
                    ["ActionId"] = action.Id,
                    ["Kind"] = kind.ToString(),
                },
                TableUpdateMode.Replace,
                cancellationToken);
        }
    }

    private sealed record Loaded(ImprovementAction Action, ETag ETag, int HistoryCount);

    private async Task<Loaded?> LoadAsync(TenantId tenant, string unitId, string actionId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ActionsTable, cancellationToken);
        var partition = TableKeys.UnitPartition(tenant.Value, unitId);
        var head = TableKeys.Escape(actionId);
        var from = TableKeys.ActionHistoryFrom(actionId);
        var through = TableKeys.RangeEnd(from);
        TableEntity? headRow = null;
        var history = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey eq {head} or (RowKey ge {from} and RowKey lt {through}))");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == head)
            {
                headRow = row;
            }
            else
            {
                history.Add(row);
            }
        }

        return headRow is null ? null : new Loaded(FromRows(tenant, unitId, headRow, history), headRow.ETag, history.Count);
    }

    private static ImprovementAction FromRows(TenantId tenant, string unitId, TableEntity h, IEnumerable<TableEntity> history) => new(
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
        history.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(ChangeOf),
        h.GetString("Cause"),
        h.GetString("Purpose") is { } purpose ? Enum.Parse<ActionPurpose>(purpose) : null,
        DayOf(h.GetString("FollowUpOn")),
        h.GetString("Effect") is { } effect
            ? new EffectFollowUp(Enum.Parse<ActionEffect>(effect), h.GetString("EffectComment"), h.GetString("EffectById"), h.GetString("EffectByName"), h.GetDateTimeOffset("EffectAt")!.Value)
            : null,
        h.GetString("AfterNoEffect") is { } step ? Enum.Parse<NoEffectStep>(step) : null);

    private static ActionChange ChangeOf(TableEntity r) => new(
        r.GetDateTimeOffset("At")!.Value,
        r.GetString("PersonId"),
        r.GetString("PersonName"),
        r.GetString("What"),
        r.GetString("ChangeKind") is { } kind && Enum.TryParse<ActionChangeKind>(kind, out var parsed) ? parsed : ActionChangeKind.Created,
        r.GetString("From"),
        r.GetString("To"),
        r.GetString("Comment"));

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
        ["AfterNoEffect"] = action.AfterNoEffect?.ToString(),
    };

    private static DateOnly? DayOf(string? value) =>
        value is null ? null : DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity HistoryRow(string partition, string actionId, ActionChange change) =>
        new(partition, TableKeys.ActionHistoryRow(actionId, change.At, Guid.NewGuid().ToString("N")))
        {
            ["Kind"] = ChangeKind,
            ["ActionId"] = actionId,
            ["At"] = change.At,
            ["PersonId"] = change.PersonId,
            ["PersonName"] = change.PersonName,
            ["What"] = change.What,
            ["ChangeKind"] = change.Kind.ToString(),
            ["From"] = change.From,
            ["To"] = change.To,
            ["Comment"] = change.Comment,
        };

    /// <summary>
    /// The unit's actions without their history, in the columns the management view shows (title, owner, due date,
    /// status): one query of the partition that returns the action rows only.
    /// </summary>
    public async Task<IReadOnlyList<ActionLine>> LinesAsync(TenantId tenant, string unitId, CancellationToken cancellationToken) =>
        (await LinesByUnitAsync(tenant, unitId, cancellationToken)).GetValueOrDefault(unitId) ?? [];

    /// <summary>
    /// The same per unit (and the manager group): one unit's partition, or with <paramref name="unitId"/> null every
    /// unit's of the tenant in one range query (the management view's first page for all units). No history rows.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ActionLine>>> LinesByUnitAsync(TenantId tenant, string? unitId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ActionsTable, cancellationToken);
        var lines = new List<(string, ActionLine)>();
        await foreach (var (unit, row) in TenantRange.UnitRowsAsync(
            table, tenant, unitId, TableClient.CreateQueryFilter($"Kind eq {"action"}"), ["PartitionKey", "Id", "Title", "OwnerName", "DueDate", "Status"], cancellationToken))
        {
            lines.Add((unit, new ActionLine(
                row.GetString("Id"),
                row.GetString("Title"),
                row.GetString("OwnerName"),
                row.GetString("DueDate") is { Length: > 0 } due ? DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture) : null,
                Enum.Parse<ActionStatus>(row.GetString("Status")))));
        }

        return TenantRange.Grouped(lines);
    }

    /// <summary>
    /// The actions as the quality report needs them, per unit (and the manager group), newest first: every column of
    /// each action, and of its history only the changes that marked it Genomförd (what <see cref="ImprovementAction.DoneOn"/>
    /// is read from), so the rest of the history, most of the rows, is not read. One unit's partition, or with
    /// <paramref name="unitId"/> null every unit's of the tenant in one range query (the administration's report).
    /// The actions' <see cref="ImprovementAction.History"/> holds those changes only: not for showing or changing an action.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ImprovementAction>>> ListForReportAsync(TenantId tenant, string? unitId, CancellationToken cancellationToken)
    {
        var heads = new List<(string Unit, TableEntity Row)>();
        var done = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter(
            $"Kind eq {"action"} or (Kind eq {ChangeKind} and ChangeKind eq {nameof(ActionChangeKind.Status)} and To eq {nameof(ActionStatus.Genomford)})");
        var table = await tables.GetAsync(TableKeys.ActionsTable, cancellationToken);
        await foreach (var (unit, row) in TenantRange.UnitRowsAsync(table, tenant, unitId, filter, select: null, cancellationToken))
        {
            if (row.GetString("Kind") == "action")
            {
                heads.Add((unit, row));
            }
            else
            {
                done.Add(row);
            }
        }

        var byAction = done.ToLookup(r => (r.PartitionKey, r.GetString("ActionId")));
        return TenantRange.Grouped(heads
            .Select(h => (h.Unit, Action: FromRows(tenant, h.Unit, h.Row, byAction[(h.Row.PartitionKey, h.Row.GetString("Id"))])))
            .OrderByDescending(x => x.Action.CreatedAt));
    }
}


/// <summary>An action as the management view lists it; <see cref="IsOverdue"/> as <see cref="ImprovementAction.IsOverdue"/> decides.</summary>
public sealed record ActionLine(string Id, string Title, string? OwnerName, DateOnly? DueDate, ActionStatus Status)
{
    public bool IsOpen => Status != ActionStatus.Genomford;

    /// <summary>Not done and its due date passed (Swedish day): the same rule as the action's own.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueDate is { } due && due < today;
}
