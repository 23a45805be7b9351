using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;

namespace TeamsQuality.Storage.SelfChecks;

/// <summary>
/// The units' self-check plans, a tenant's year in one partition: a unit's plan (head, points, history) is one range
/// query and saves in one transaction conditional on its head row's ETag; every unit's plan of the year, which the daily
/// due job needs, is one partition query.
/// </summary>
public sealed class SelfCheckPlanRepository(TableStore tables)
{
    private const int MaxAttempts = 5;
    private const string PlanKind = "plan";
    private const string PointKind = "point";

    /// <summary>The head row's copy of the points (<see cref="LongText"/> parts "Points0" … and "PointsParts").</summary>
    private const string CopyName = "Points";

    /// <summary>
    /// The most characters of the copy: 900,000 bytes, leaving the rest of the 1 MiB an entity may hold for the keys
    /// and the points' order; 15 parts of 30,000 characters.
    /// </summary>
    private const int CopyMostCharacters = 450_000;

    /// <summary>Up to this many plans without a copy are read by their own ranges, more by the partition's point rows at once.</summary>
    private const int FewUnitsRead = 10;

    private static readonly string[] CopyColumns =
        ["UnitId", CopyName + "Parts", .. Enumerable.Range(0, LongText.PartsOf(CopyMostCharacters)).Select(i => CopyName + i)];

    /// <summary>The copy's JSON keeps letters such as å, ä, ö as they are (not \u00e5): it is never shown in a page, and half the size.</summary>
    private static readonly JsonSerializerOptions CopyJson = new(StorageJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The unit's plan for the year, or null when none was ever saved.</summary>
    public async Task<SelfCheckPlan?> FindAsync(TenantId tenant, string unitId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckPlansTable, cancellationToken);
        var partition = TableKeys.SelfCheckYearPartition(tenant.Value, year);
        var from = TableKeys.SelfCheckUnitRows(unitId);
        var to = TableKeys.RangeEnd(from);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0,
            cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return Assemble(tenant, year, rows);
    }

    /// <summary>
    /// Every unit's plan of the year (with points, and history unless <paramref name="withHistory"/> is false: a plan read
    /// without it is for reading, e.g. the daily scan, not for saving), in one partition query; units without a plan are not in it.
    /// </summary>
    public async Task<IReadOnlyList<SelfCheckPlan>> ListYearAsync(TenantId tenant, int year, CancellationToken cancellationToken, bool withHistory = true)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckPlansTable, cancellationToken);
        var partition = TableKeys.SelfCheckYearPartition(tenant.Value, year);
        var byUnit = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        var filter = withHistory
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Kind ne {ChangeRows.Kind}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var unitId = row.GetString("UnitId");
            if (unitId is null)
            {
                continue;
            }

            if (!byUnit.TryGetValue(unitId, out var rows))
            {
                byUnit[unitId] = rows = [];
            }

            rows.Add(row);
        }

        return byUnit.Values.Select(rows => Assemble(tenant, year, rows)).OfType<SelfCheckPlan>()
            .OrderBy(p => p.UnitId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The control points of the year's plans per unit, in each plan's order, from the copy each plan's head row keeps
    /// (see <see cref="SaveAsync"/>): one unit's head row, or with <paramref name="unitId"/> null every unit's head row of
    /// the tenant's year in one query (300 units are one page, not the 12,000 point rows in 13 pages read one after
    /// another). A head row without the copy (saved before the copy was kept, or a plan too large for it) reads that
    /// unit's point rows instead. Units without a plan are not in it.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ControlPoint>>> PointsOfYearAsync(TenantId tenant, int year, string? unitId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckPlansTable, cancellationToken);
        var partition = TableKeys.SelfCheckYearPartition(tenant.Value, year);
        var heads = new List<TableEntity>();
        if (unitId is null)
        {
            await foreach (var row in table.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Kind eq {PlanKind}"), select: CopyColumns, cancellationToken: cancellationToken))
            {
                heads.Add(row);
            }
        }
        else if ((await table.GetEntityIfExistsAsync<TableEntity>(partition, TableKeys.SelfCheckPlanRow(unitId), CopyColumns, cancellationToken)) is { HasValue: true } head)
        {
            heads.Add(head.Value!);
        }

        var byUnit = new Dictionary<string, IReadOnlyList<ControlPoint>>(StringComparer.Ordinal);
        var withoutCopy = new List<string>();
        foreach (var head in heads)
        {
            if (head.GetString("UnitId") is not { } unit)
            {
                continue;
            }

            if (head.GetInt32(CopyName + "Parts") is null)
            {
                withoutCopy.Add(unit);
                continue;
            }

            byUnit[unit] = JsonSerializer.Deserialize<List<ControlPoint>>(LongText.Read(head, CopyName), StorageJson.Options)!;
        }

        foreach (var (unit, points) in await PointsFromRowsAsync(table, partition, withoutCopy, cancellationToken))
        {
            byUnit[unit] = points;
        }

        return byUnit;
    }

    /// <summary>
    /// The points of plans whose head row keeps no copy, from their point rows: each unit's range when they are few, else
    /// the partition's head and point rows at once (every plan saved before the copy was kept, until each is saved again).
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<ControlPoint>>> PointsFromRowsAsync(
        TableClient table, string partition, List<string> units, CancellationToken cancellationToken)
    {
        if (units.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<ControlPoint>>();
        }

        var filters = units.Count <= FewUnitsRead
            ? units.Select(unit => TableClient.CreateQueryFilter(
                $"PartitionKey eq {partition} and RowKey ge {TableKeys.SelfCheckUnitRows(unit)} and RowKey lt {TableKeys.RangeEnd(TableKeys.SelfCheckUnitRows(unit))} and (Kind eq {PlanKind} or Kind eq {PointKind})"))
            : [TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (Kind eq {PlanKind} or Kind eq {PointKind})")];
        var wanted = units.ToHashSet(StringComparer.Ordinal);
        var reads = await Task.WhenAll(filters.Select(async filter =>
        {
            var rows = new List<TableEntity>();
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["UnitId", "Kind", "PointOrder", "Point"], cancellationToken: cancellationToken))
            {
                if (row.GetString("UnitId") is { } unit && wanted.Contains(unit))
                {
                    rows.Add(row);
                }
            }

            return rows;
        }));
        return reads.SelectMany(rows => rows).GroupBy(r => r.GetString("UnitId"), StringComparer.Ordinal)
            .Where(g => g.Any(r => r.GetString("Kind") == PlanKind))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ControlPoint>)PointsInOrder(g.ToList()), StringComparer.Ordinal);
    }

    /// <summary>
    /// The copy of the plan's points its head row keeps for <see cref="PointsOfYearAsync"/>, in order, as JSON in parts
    /// (<see cref="LongText"/>), unless it would not fit the row: an entity is at most 1 MiB, two bytes a character. A
    /// plan of 49 points whose what and instructions are each 4,000 characters is about 420,000 characters and fits;
    /// the most a plan may hold (80 such points) does not, and such a plan is read from its point rows.
    /// </summary>
    private static void WriteCopy(TableEntity head, IReadOnlyList<ControlPoint> points)
    {
        var json = JsonSerializer.Serialize(points, CopyJson);
        if (json.Length <= CopyMostCharacters)
        {
            LongText.Write(head, CopyName, json);
        }
    }

    /// <summary>
    /// Saves what changed since the plan was read, in one transaction: the head row (added for a new plan, else replaced
    /// conditional on the ETag read), the points added or changed, the points removed, the new history rows. Throws
    /// <see cref="ConcurrencyConflictException"/> when someone else saved the plan meanwhile; nothing is written then.
    /// </summary>
    public async Task SaveAsync(SelfCheckPlan plan, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckPlansTable, cancellationToken);
        var partition = TableKeys.SelfCheckYearPartition(plan.Tenant.Value, plan.Year);
        var head = new TableEntity(partition, TableKeys.SelfCheckPlanRow(plan.UnitId))
        {
            ["Kind"] = PlanKind,
            ["UnitId"] = plan.UnitId,
            ["Year"] = plan.Year,
            ["PointOrder"] = JsonSerializer.Serialize(plan.Points.Select(p => p.Id), StorageJson.Options),
        };

        // The head row is replaced on every save in the same transaction as the point rows, so its copy of the points is
        // always theirs; the overview reads the copy, one row a plan.
        WriteCopy(head, plan.Points);
        var actions = new List<TableTransactionAction>
        {
            plan.Revision is { } revision
                ? new(TableTransactionActionType.UpdateReplace, head, new ETag(revision))
                : new(TableTransactionActionType.Add, head),
        };
        actions.AddRange(plan.TouchedPoints.Select(point => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new TableEntity(partition, TableKeys.SelfCheckPointRow(plan.UnitId, point.Id))
            {
                ["Kind"] = PointKind,
                ["UnitId"] = plan.UnitId,
                ["Point"] = JsonSerializer.Serialize(point, StorageJson.Options),
            })));
        actions.AddRange(plan.RemovedPointIds.Select(id => new TableTransactionAction(
            TableTransactionActionType.Delete, new TableEntity(partition, TableKeys.SelfCheckPointRow(plan.UnitId, id)), ETag.All)));
        actions.AddRange(ChangeRows.Create(
                partition,
                (at, id) => TableKeys.SelfCheckHistoryRow(plan.UnitId, at, id),
                plan.StoredHistoryCount,
                plan.NewChanges.Select(c => new ChangeRow(c.At, c.PersonId, c.PersonName, c.Kind.ToString(),
                    JsonSerializer.Serialize(new ChangeDetail(c.PointId, c.PointWhat, c.Detail), StorageJson.Options))))
            .Select(row =>
            {
                row["UnitId"] = plan.UnitId;
                return new TableTransactionAction(TableTransactionActionType.Add, row);
            }));
        if (actions.Count > 100)
        {
            throw new InvalidOperationException($"A plan's change is saved in one transaction of at most 100 rows, not {actions.Count}.");
        }

        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken);
            var etag = response.Value[0].Headers.ETag;
            plan.Stored(etag?.ToString() ?? await RevisionAsync(table, partition, head.RowKey, cancellationToken));
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
        {
            throw new ConcurrencyConflictException($"The self-check plan of {plan.UnitId} for {plan.Year} was changed meanwhile.", ex);
        }
    }

    /// <summary>
    /// Reads the unit's plan (an empty one when there is none yet), applies the change and saves it; when someone else
    /// saved the plan meanwhile, reads it again and decides again. Rule refusals pass through with nothing saved.
    /// </summary>
    public async Task<(SelfCheckPlan Plan, T Result)> ChangeAsync<T>(TenantId tenant, string unitId, int year, Func<SelfCheckPlan, T> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var plan = await FindAsync(tenant, unitId, year, cancellationToken) ?? SelfCheckPlan.Empty(tenant, unitId, year);
            var result = change(plan);
            if (plan.Revision is not null && !plan.NewChanges.Any())
            {
                return (plan, result);
            }

            try
            {
                await SaveAsync(plan, cancellationToken);
                return (plan, result);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Someone saved the plan since it was read: read it again and decide again.
            }
        }
    }

    private static async Task<string> RevisionAsync(TableClient table, string partition, string row, CancellationToken cancellationToken) =>
        (await table.GetEntityAsync<TableEntity>(partition, row, select: ["RowKey"], cancellationToken: cancellationToken)).Value.ETag.ToString();

    private static SelfCheckPlan? Assemble(TenantId tenant, int year, List<TableEntity> rows)
    {
        var head = rows.FirstOrDefault(r => r.GetString("Kind") == PlanKind);
        if (head is null)
        {
            return null;
        }

        var ordered = PointsInOrder(rows);
        var history = rows.Where(r => r.GetString("Kind") == ChangeRows.Kind)
            .OrderBy(r => r.RowKey, StringComparer.Ordinal)
            .Select(r =>
            {
                var change = ChangeRows.Read(r);
                var detail = change.Detail is { } json ? JsonSerializer.Deserialize<ChangeDetail>(json, StorageJson.Options) : null;
                return new SelfCheckPlanChange(change.At, change.PersonId, change.PersonName, Enum.Parse<SelfCheckPlanChangeKind>(change.Change),
                    detail?.PointId, detail?.PointWhat, detail?.Detail);
            });
        return new SelfCheckPlan(tenant, head.GetString("UnitId"), year, ordered, history, head.ETag.ToString());
    }

    /// <summary>A plan's points from its rows, in the order its head row keeps (points not in it last).</summary>
    private static List<ControlPoint> PointsInOrder(List<TableEntity> rows)
    {
        var head = rows.First(r => r.GetString("Kind") == PlanKind);
        var points = rows.Where(r => r.GetString("Kind") == PointKind)
            .Select(r => JsonSerializer.Deserialize<ControlPoint>(r.GetString("Point"), StorageJson.Options)!)
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var order = JsonSerializer.Deserialize<List<string>>(head.GetString("PointOrder") ?? "[]", StorageJson.Options)!;
        return order.Where(points.ContainsKey).Select(id => points[id])
            .Concat(points.Values.Where(p => !order.Contains(p.Id, StringComparer.Ordinal)))
            .ToList();
    }

    private sealed record ChangeDetail(string? PointId, string? PointWhat, string? Detail);
}
