using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.QualityReports;

namespace TeamsQuality.Storage.QualityReports;

/// <summary>
/// The drafts of the quality reports: one row per report (its sections and perspective assessments as they stand) and
/// one row per save (the history), in the tenant's report year partition. A save inserts its history rows and
/// replaces the draft row in one transaction, conditional on the ETag read; when someone else saved meanwhile the draft
/// is read again and the domain decides again (a section saved from an older revision is then refused).
/// </summary>
public sealed class QualityReportDraftRepository(TableStore tables)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = StorageJson.Options;

    /// <summary>The draft with its history (one range query); an empty draft when nothing was written yet.</summary>
    public async Task<QualityReportDraft> FindAsync(ReportDraftKey key, CancellationToken cancellationToken) =>
        (await LoadAsync(key, cancellationToken)).Draft;

    /// <summary>
    /// Applies a change to the draft and saves it. Rule refusals (<see cref="Domain.Rules.RuleException"/>) pass
    /// through with nothing saved.
    /// </summary>
    public async Task<(QualityReportDraft Draft, T Result)> ChangeAsync<T>(ReportDraftKey key, Func<QualityReportDraft, T> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.QualityReportsTable, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var (draft, etag) = await LoadAsync(key, cancellationToken);
            var result = change(draft);
            var actions = new List<TableTransactionAction>();
            var row = DraftRow(draft);
            actions.Add(etag is { } read
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, read)
                : new TableTransactionAction(TableTransactionActionType.Add, row));
            actions.AddRange(draft.NewRevisions.Select(r => new TableTransactionAction(TableTransactionActionType.Add, HistoryRow(key, r))));
            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return (draft, result);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 && attempt < MaxAttempts)
            {
                // Someone saved the draft since it was read: read it again and decide again.
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
            {
                throw new ConcurrencyConflictException($"The {key.Year} report draft of {key.UnitId ?? "the administration"} kept changing; gave up after {MaxAttempts} attempts.", ex);
            }
        }
    }

    private async Task<(QualityReportDraft Draft, ETag? ETag)> LoadAsync(ReportDraftKey key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.QualityReportsTable, cancellationToken);
        var partition = TableKeys.QualityReportYearPartition(key.Tenant.Value, key.Year);
        var from = TableKeys.QualityReportRows(key.UnitId);
        var to = TableKeys.RangeEnd(from);
        var draftRow = TableKeys.QualityReportDraftRow(key.UnitId);
        TableEntity? head = null;
        var history = new List<DraftRevision>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            if (row.RowKey == draftRow)
            {
                head = row;
            }
            else
            {
                history.Add(new DraftRevision(
                    row.GetInt32("Revision")!.Value,
                    row.GetString("Section") is { } section ? Enum.Parse<WrittenSectionKind>(section) : null,
                    row.GetString("Perspective") is { } perspective ? Enum.Parse<Domain.Wheel.QualityPerspective>(perspective) : null,
                    row.GetString("Text"),
                    row.GetBoolean("NeedsAction"),
                    row.GetString("Trend") is { } trend ? Enum.Parse<Domain.Stops.Trend>(trend) : null,
                    row.GetString("ById"),
                    row.GetString("ByName"),
                    row.GetDateTimeOffset("At")!.Value));
            }
        }

        if (head is null)
        {
            return (QualityReportDraft.Empty(key), null);
        }

        var sections = JsonSerializer.Deserialize<List<WrittenSection>>(head.GetString("Sections") ?? "[]", Json) ?? [];
        var perspectives = JsonSerializer.Deserialize<List<PerspectiveEdit>>(head.GetString("Perspectives") ?? "[]", Json) ?? [];
        return (new QualityReportDraft(key, sections, perspectives, history), head.ETag);
    }

    private static TableEntity DraftRow(QualityReportDraft draft) =>
        new(TableKeys.QualityReportYearPartition(draft.Key.Tenant.Value, draft.Key.Year), TableKeys.QualityReportDraftRow(draft.Key.UnitId))
        {
            ["Kind"] = "draft",
            ["Scope"] = draft.Key.Scope.ToString(),
            ["UnitId"] = draft.Key.UnitId,
            ["Year"] = draft.Key.Year,
            ["Revision"] = draft.Revision,
            // Emptied sections are kept with their revision, so a form knows which revision it saves over.
            ["Sections"] = JsonSerializer.Serialize(QualityReport.WrittenOrder.Where(k => draft.RevisionOf(k) > 0).Select(k => draft.SectionOrEmpty(k)!).ToList(), Json),
            ["Perspectives"] = JsonSerializer.Serialize(draft.Perspectives.ToList(), Json),
        };

    private static TableEntity HistoryRow(ReportDraftKey key, DraftRevision revision) =>
        new(TableKeys.QualityReportYearPartition(key.Tenant.Value, key.Year), TableKeys.QualityReportHistoryRow(key.UnitId, revision.Revision))
        {
            ["Kind"] = "revision",
            ["Revision"] = revision.Revision,
            ["Section"] = revision.Section?.ToString(),
            ["Perspective"] = revision.Perspective?.ToString(),
            ["Text"] = revision.Text,
            ["NeedsAction"] = revision.NeedsAction,
            ["Trend"] = revision.Trend?.ToString(),
            ["ById"] = revision.ById,
            ["ByName"] = revision.ByName,
            ["At"] = revision.At,
        };
}
