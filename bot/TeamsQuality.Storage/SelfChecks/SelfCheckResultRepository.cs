using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Storage.SelfChecks;

/// <summary>A result as read, with the ETag its next correction is conditional on.</summary>
public sealed record StoredCheckResult(SelfCheckResult Result, ETag ETag);

/// <summary>
/// Self-check results, a tenant's year in one partition (<see cref="TableKeys.SelfCheckResultsTable"/>): each
/// occurrence's result as one row with its latest entry, and every entry (the history) in rows beside it. Saving is one
/// transaction, conditional on the ETag read, so two people correcting at once cannot overwrite each other.
/// </summary>
public sealed class SelfCheckResultRepository(TableStore tables)
{
    private const string ResultKind = "result";
    private const string EntryKind = "entry";

    /// <summary>One occurrence's result with its whole history (one range query), or null when none was recorded.</summary>
    public async Task<StoredCheckResult?> FindAsync(TenantId tenant, string unitId, int year, string pointId, int period, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckResultsTable, cancellationToken);
        var partition = TableKeys.SelfCheckYearPartition(tenant.Value, year);
        var from = TableKeys.SelfCheckResultRow(unitId, pointId, period);
        var end = TableKeys.RangeEnd(from);
        TableEntity? head = null;
        var entries = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(end) < 0, cancellationToken: cancellationToken))
        {
            if (row.RowKey == from)
            {
                head = row;
            }
            else if (row.GetString("Kind") == EntryKind)
            {
                entries.Add(row);
            }
        }

        return head is null
            ? null
            : new StoredCheckResult(Result(head, entries.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(Entry)), head.ETag);
    }

    /// <summary>
    /// Saves a result just recorded or corrected: its head and its newest entry. <paramref name="etag"/> is the one read
    /// (null for a first result). Throws <see cref="ConcurrencyConflictException"/> when somebody saved it meanwhile.
    /// </summary>
    public async Task SaveAsync(TenantId tenant, SelfCheckResult result, ETag? etag, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckResultsTable, cancellationToken);
        var partition = TableKeys.SelfCheckYearPartition(tenant.Value, result.Year);
        var revision = result.History.Count;
        var head = EntryRow(new TableEntity(partition, TableKeys.SelfCheckResultRow(result.UnitId, result.PointId, result.Period)), result, result.Current, ResultKind);
        head["Revision"] = revision;
        var history = EntryRow(new TableEntity(partition, TableKeys.SelfCheckResultHistoryRow(result.UnitId, result.PointId, result.Period, revision)), result, result.Current, EntryKind);
        var actions = new List<TableTransactionAction>
        {
            etag is { } read
                ? new(TableTransactionActionType.UpdateReplace, head, read)
                : new(TableTransactionActionType.Add, head),
            new(TableTransactionActionType.Add, history),
        };
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw new ConcurrencyConflictException("The self-check result was saved by somebody else meanwhile.", ex);
        }
    }

    /// <summary>The latest result of each occurrence of a unit's year, without their histories (one range query).</summary>
    public async Task<IReadOnlyList<SelfCheckResult>> LatestOfUnitAsync(TenantId tenant, string unitId, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckResultsTable, cancellationToken);
        var partition = TableKeys.SelfCheckYearPartition(tenant.Value, year);
        var from = TableKeys.SelfCheckUnitRows(unitId);
        var end = TableKeys.RangeEnd(from);
        return await LatestAsync(
            table.QueryAsync<TableEntity>(
                e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(end) < 0 && e.GetString("Kind") == ResultKind && e.GetString("UnitId") == unitId,
                cancellationToken: cancellationToken));
    }

    /// <summary>The latest result of each occurrence of every unit of the tenant in a year, for the quality report (one query).</summary>
    public async Task<IReadOnlyList<SelfCheckResult>> LatestOfYearAsync(TenantId tenant, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckResultsTable, cancellationToken);
        var partition = TableKeys.SelfCheckYearPartition(tenant.Value, year);
        return await LatestAsync(table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.GetString("Kind") == ResultKind, cancellationToken: cancellationToken));
    }

    private static async Task<IReadOnlyList<SelfCheckResult>> LatestAsync(AsyncPageable<TableEntity> rows)
    {
        var results = new List<SelfCheckResult>();
        await foreach (var row in rows)
        {
            results.Add(Result(row, [Entry(row)]));
        }

        return results;
    }

    private static SelfCheckResult Result(TableEntity head, IEnumerable<CheckEntry> history) => new(
        head.GetString("UnitId"),
        head.GetString("PointId"),
        head.GetInt32("Year")!.Value,
        head.GetInt32("Period")!.Value,
        Enum.Parse<QualityPerspective>(head.GetString("Perspective")),
        history);

    private static CheckEntry Entry(TableEntity row) => new(
        Enum.Parse<CheckVerdict>(row.GetString("Verdict")),
        row.GetString("Comment"),
        row.GetInt32("Reviewed"),
        row.GetInt32("WithDefects"),
        row.GetString("ActionId"),
        row.GetString("Reason"),
        row.GetString("ById"),
        row.GetString("ByName"),
        row.GetDateTimeOffset("At")!.Value);

    private static TableEntity EntryRow(TableEntity row, SelfCheckResult result, CheckEntry entry, string kind)
    {
        row["Kind"] = kind;
        row["UnitId"] = result.UnitId;
        row["PointId"] = result.PointId;
        row["Year"] = result.Year;
        row["Period"] = result.Period;
        row["Perspective"] = result.Perspective.ToString();
        row["Verdict"] = entry.Verdict.ToString();
        row["Comment"] = entry.Comment;
        row["Reviewed"] = entry.Reviewed;
        row["WithDefects"] = entry.WithDefects;
        row["ActionId"] = entry.ActionId;
        row["Reason"] = entry.Reason;
        row["ById"] = entry.ById;
        row["ByName"] = entry.ByName;
        row["At"] = entry.At;
        return row;
    }
}
