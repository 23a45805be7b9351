using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.QualityReports;

namespace TeamsQuality.Storage.Deviations;

/// <summary>
/// Reports (deviations, lex Sarah, views, complaints, praise). A report and its history and investigation are one
/// partition range; a change is one transaction: new history and investigation rows are inserted, the report row is
/// replaced conditional on its ETag. Nothing is deleted or overwritten without a trace: every change adds history.
/// </summary>
public sealed class DeviationRepository(TableStore tables)
{
    private const int MaxAttempts = 5;

    /// <summary>The next reference for a kind of report in a year (AV-2026-0042), counted per tenant.</summary>
    public async Task<DeviationReference> NextReferenceAsync(TenantId tenant, DeviationKind kind, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ReportCountersTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var row = TableKeys.ReportCounterRow(kind.Prefix(), year);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            try
            {
                if (!current.HasValue)
                {
                    await table.AddEntityAsync(new TableEntity(partition, row) { ["Last"] = 1 }, cancellationToken);
                    return new DeviationReference(kind.Prefix(), year, 1);
                }

                var next = (current.Value!.GetInt32("Last") ?? 0) + 1;
                await table.UpdateEntityAsync(new TableEntity(partition, row) { ["Last"] = next }, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return new DeviationReference(kind.Prefix(), year, next);
            }
            catch (RequestFailedException ex) when (ex.IsConflict() || ex.IsPreconditionFailed())
            {
                // Someone took that number: take the next.
            }
        }

        throw new ConcurrencyConflictException("Could not take a report number; too many at once.");
    }

    /// <summary>Saves a newly filed report with its index rows.</summary>
    public async Task AddAsync(DeviationReport report, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ReportsTable, cancellationToken);
        var head = HeadRow(report);
        var rows = new List<TableTransactionAction> { new(TableTransactionActionType.Add, head) };
        rows.AddRange(NewChildRows(report, head.PartitionKey, []).Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
        await table.SubmitTransactionAsync(rows, cancellationToken);
        await IndexAsync(report, cancellationToken);
    }

    public async Task<DeviationReport?> FindAsync(TenantId tenant, DeviationReference reference, CancellationToken cancellationToken) =>
        (await LoadAsync(tenant, reference, cancellationToken))?.Report;

    /// <summary>Applies a change and saves it; re-reads and re-applies when someone else changed the report meanwhile.</summary>
    public async Task<(DeviationReport Report, T Result)> UpdateAsync<T>(TenantId tenant, DeviationReference reference, Func<DeviationReport, T> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ReportsTable, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await LoadAsync(tenant, reference, cancellationToken) ?? throw new KeyNotFoundException($"No report {reference}.");
            var result = change(loaded.Report);
            var head = HeadRow(loaded.Report);
            var rows = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, head, loaded.Head.ETag) };
            rows.AddRange(NewChildRows(loaded.Report, head.PartitionKey, loaded.ChildIds).Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
            try
            {
                await table.SubmitTransactionAsync(rows, cancellationToken);
                await IndexAsync(loaded.Report, cancellationToken);
                return (loaded.Report, result);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 && attempt < MaxAttempts)
            {
                // Changed meanwhile: read again and decide again.
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
            {
                throw new ConcurrencyConflictException($"Report {reference} kept changing.", ex);
            }
        }
    }

    /// <summary>The reports a person filed, newest first.</summary>
    public Task<IReadOnlyList<DeviationReport>> FiledByAsync(TenantId tenant, string personId, CancellationToken cancellationToken) =>
        FromIndexAsync(tenant, TableKeys.ReporterIndexPartition(tenant.Value, personId), cancellationToken);

    /// <summary>A unit's reports, newest first.</summary>
    public Task<IReadOnlyList<DeviationReport>> OfUnitAsync(TenantId tenant, string unitId, CancellationToken cancellationToken) =>
        FromIndexAsync(tenant, TableKeys.UnitReportsPartition(tenant.Value, unitId), cancellationToken);

    /// <summary>
    /// One page of a unit's open reports (not closed), newest first, and how many there are in all. Read from the
    /// unit's index, whose rows carry each report's status and filing time, so only the page's reports are read.
    /// </summary>
    public async Task<DeviationPage> OpenOfUnitAsync(TenantId tenant, string unitId, int skip, int take, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableKeys.ReportIndexTable, cancellationToken);
        var table = await tables.GetAsync(TableKeys.ReportsTable, cancellationToken);
        var partition = TableKeys.UnitReportsPartition(tenant.Value, unitId);
        var open = new List<(DeviationReference Reference, DateTimeOffset FiledAt)>();
        await foreach (var row in index.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey", "Status", "FiledAt"], cancellationToken: cancellationToken))
        {
            if (!DeviationReference.TryParse(row.RowKey, out var reference))
            {
                continue;
            }

            if (row.GetString("Status") is { } status && row.GetDateTimeOffset("FiledAt") is { } filedAt)
            {
                if (status != nameof(DeviationStatus.Avslutad))
                {
                    open.Add((reference, filedAt));
                }

                continue;
            }

            // An index row written before the index carried the status: the report itself says.
            var head = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReportYearPartition(tenant.Value, reference.Year), reference.ToString(), cancellationToken: cancellationToken);
            if (head.HasValue && head.Value!.GetString("Status") != nameof(DeviationStatus.Avslutad))
            {
                open.Add((reference, head.Value.GetDateTimeOffset("FiledAt") ?? DateTimeOffset.MinValue));
            }
        }

        var page = new List<DeviationReport>();
        foreach (var (reference, _) in open.OrderByDescending(r => r.FiledAt).ThenByDescending(r => r.Reference.Number).Skip(Math.Max(0, skip)).Take(Math.Max(0, take)))
        {
            var head = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReportYearPartition(tenant.Value, reference.Year), reference.ToString(), cancellationToken: cancellationToken);
            if (head.HasValue)
            {
                page.Add(Assemble(tenant, head.Value!, []).Report);
            }
        }

        return new DeviationPage(page, open.Count);
    }

    /// <summary>The reports assessed 3-4 whose IVO decision is not yet recorded.</summary>
    public Task<IReadOnlyList<DeviationReport>> AwaitingIvoDecisionAsync(TenantId tenant, CancellationToken cancellationToken) =>
        FromIndexAsync(tenant, TableKeys.AwaitingIvoPartition(tenant.Value), cancellationToken);

    /// <summary>The reports (not views, complaints or praise) still waiting for the manager's assessment.</summary>
    public Task<IReadOnlyList<DeviationReport>> AwaitingAssessmentAsync(TenantId tenant, CancellationToken cancellationToken) =>
        FromIndexAsync(tenant, TableKeys.AwaitingAssessmentPartition(tenant.Value), cancellationToken);

    /// <summary>Every report filed in a year (for statistics), without investigation and history.</summary>
    public async Task<IReadOnlyList<DeviationReport>> FiledInAsync(TenantId tenant, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ReportsTable, cancellationToken);
        var partition = TableKeys.ReportYearPartition(tenant.Value, year);
        var reports = new List<DeviationReport>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.GetString("Kind") == "report", cancellationToken: cancellationToken))
        {
            reports.Add(Assemble(tenant, row, []).Report);
        }

        return reports;
    }

    /// <summary>
    /// The facts the quality report counts of every report filed in a year, of one unit or (null) all: one query on the
    /// year's partition with the columns selected, so no report's text is read.
    /// </summary>
    public async Task<IReadOnlyList<FiledReportFacts>> FactsOfYearAsync(TenantId tenant, int year, string? unitId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ReportsTable, cancellationToken);
        var partition = TableKeys.ReportYearPartition(tenant.Value, year);
        string[] columns = ["RowKey", "Kind", "ReportKind", "UnitId", "FiledAt", "Category", "Severity", "IvoDecision", "SentToIvo"];
        var rows = unitId is null
            ? table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.GetString("Kind") == "report", select: columns, cancellationToken: cancellationToken)
            : table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.GetString("Kind") == "report" && e.GetString("UnitId") == unitId, select: columns, cancellationToken: cancellationToken);
        var facts = new List<FiledReportFacts>();
        await foreach (var row in rows)
        {
            var decision = row.GetString("IvoDecision") is { } json ? JsonSerializer.Deserialize<IvoDecision>(json, StorageJson.Options) : null;
            var sent = row.GetString("SentToIvo") is { } sentJson ? JsonSerializer.Deserialize<IvoSubmission>(sentJson, StorageJson.Options) : null;
            facts.Add(new FiledReportFacts(
                row.RowKey,
                row.GetString("UnitId"),
                Enum.Parse<DeviationKind>(row.GetString("ReportKind")),
                row.GetDateTimeOffset("FiledAt")!.Value,
                row.GetString("Category") is { } category ? Enum.Parse<DeviationCategory>(category) : null,
                row.GetInt32("Severity") is { } severity ? (Severity)severity : null,
                decision?.ReportToIvo,
                decision?.At,
                SentToIvoOn: sent?.SentOn,
                IvoDiarienummer: sent?.Diarienummer));
        }

        return facts;
    }

    private async Task<IReadOnlyList<DeviationReport>> FromIndexAsync(TenantId tenant, string partition, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableKeys.ReportIndexTable, cancellationToken);
        var references = new List<DeviationReference>();
        await foreach (var row in index.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (DeviationReference.TryParse(row.RowKey, out var reference))
            {
                references.Add(reference);
            }
        }

        var table = await tables.GetAsync(TableKeys.ReportsTable, cancellationToken);
        var reports = new List<DeviationReport>();
        foreach (var reference in references)
        {
            var head = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReportYearPartition(tenant.Value, reference.Year), reference.ToString(), cancellationToken: cancellationToken);
            if (head.HasValue)
            {
                reports.Add(Assemble(tenant, head.Value!, []).Report);
            }
        }

        return reports.OrderByDescending(r => r.FiledAt).ToList();
    }

    private async Task IndexAsync(DeviationReport report, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(TableKeys.ReportIndexTable, cancellationToken);
        var reference = report.Reference.ToString();
        await index.UpsertEntityAsync(new TableEntity(TableKeys.ReporterIndexPartition(report.Tenant.Value, report.ReporterId), reference), TableUpdateMode.Replace, cancellationToken);
        // The unit's row carries the status and filing time, so its open reports are listed from the index alone.
        await index.UpsertEntityAsync(
            new TableEntity(TableKeys.UnitReportsPartition(report.Tenant.Value, report.UnitId), reference) { ["Status"] = report.Status.ToString(), ["FiledAt"] = report.FiledAt },
            TableUpdateMode.Replace,
            cancellationToken);
        var assessment = TableKeys.AwaitingAssessmentPartition(report.Tenant.Value);
        if (report.AwaitsAssessment)
        {
            await index.UpsertEntityAsync(new TableEntity(assessment, reference), TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            await index.DeleteEntityAsync(assessment, reference, ETag.All, cancellationToken);
        }

        var awaiting = TableKeys.AwaitingIvoPartition(report.Tenant.Value);
        if (report.AwaitsIvoDecision)
        {
            await index.UpsertEntityAsync(new TableEntity(awaiting, reference), TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            // An index row, not a record: the decision itself is in the report and its history.
            await index.DeleteEntityAsync(awaiting, reference, ETag.All, cancellationToken);
        }
    }

    private sealed record Loaded(DeviationReport Report, TableEntity Head, HashSet<string> ChildIds);

    private async Task<Loaded?> LoadAsync(TenantId tenant, DeviationReference reference, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ReportsTable, cancellationToken);
        var partition = TableKeys.ReportYearPartition(tenant.Value, reference.Year);
        var from = reference.ToString();
        var to = TableKeys.ReportRowsEnd(from);
        TableEntity? head = null;
        var children = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            if (row.RowKey == from)
            {
                head = row;
            }
            else
            {
                children.Add(row);
            }
        }

        return head is null ? null : Assemble(tenant, head, children);
    }

    private static Loaded Assemble(TenantId tenant, TableEntity head, List<TableEntity> children)
    {
        var json = StorageJson.Options;
        if (!DeviationReference.TryParse(head.RowKey, out var reference))
        {
            throw new InvalidDataException($"A report row has no reference as its key: {head.RowKey}");
        }

        var investigation = children.Where(c => c.GetString("Kind") == "investigation")
            .Select(c => new InvestigationEntry(c.GetString("Id"), Enum.Parse<InvestigationTopic>(c.GetString("Topic")), c.GetString("Text"), c.GetBoolean("IsFact") ?? false, c.GetString("AuthorId"), c.GetString("AuthorName"), c.GetDateTimeOffset("At")!.Value));
        var history = children.Where(c => c.GetString("Kind") == ChangeRows.Kind).Select(ChangeRows.Read)
            .Select(c => new DeviationChange(c.At, c.PersonId, c.PersonName, Enum.Parse<DeviationChangeKind>(c.Change), c.Detail));
        T? Read<T>(string name) where T : class => head.GetString(name) is { } text ? JsonSerializer.Deserialize<T>(text, json) : null;
        var report = new DeviationReport(
            tenant,
            reference,
            Enum.Parse<DeviationKind>(head.GetString("ReportKind")),
            head.GetString("UnitId"),
            head.GetString("ReporterId"),
            head.GetString("ReporterName"),
            head.GetDateTimeOffset("FiledAt")!.Value,
            head.GetString("WhatHappened"),
            head.GetDateTimeOffset("OccurredAt")!.Value,
            head.GetString("ImmediateMeasures"),
            head.GetString("Category") is { } category ? Enum.Parse<DeviationCategory>(category) : null,
            Enum.Parse<DeviationStatus>(head.GetString("Status")),
            Read<Assessment>("Assessment"),
            Read<IvoDecision>("IvoDecision"),
            investigation,
            Read<List<string>>("ActionIds") ?? [],
            Read<DeviationClosing>("Closing"),
            Read<FeedbackAnswer>("Answer"),
            history,
            Read<IvoSubmission>("SentToIvo"));
        return new Loaded(report, head, children.Select(c => c.GetString("Id") ?? c.RowKey).ToHashSet(StringComparer.Ordinal));
    }

    private static TableEntity HeadRow(DeviationReport report)
    {
        var json = StorageJson.Options;
        return new TableEntity(TableKeys.ReportYearPartition(report.Tenant.Value, report.Reference.Year), report.Reference.ToString())
        {
            ["Kind"] = "report",
            ["ReportKind"] = report.Kind.ToString(),
            ["UnitId"] = report.UnitId,
            ["ReporterId"] = report.ReporterId,
            ["ReporterName"] = report.ReporterName,
            ["FiledAt"] = report.FiledAt,
            ["WhatHappened"] = report.WhatHappened,
            ["OccurredAt"] = report.OccurredAt,
            ["ImmediateMeasures"] = report.ImmediateMeasures,
            ["Category"] = report.Category?.ToString(),
            ["Status"] = report.Status.ToString(),
            ["Severity"] = report.Assessment is null ? null : (int)report.Assessment.Severity,
            ["Assessment"] = report.Assessment is null ? null : JsonSerializer.Serialize(report.Assessment, json),
            ["IvoDecision"] = report.IvoDecision is null ? null : JsonSerializer.Serialize(report.IvoDecision, json),
            ["ActionIds"] = JsonSerializer.Serialize(report.ActionIds, json),
            ["Closing"] = report.Closing is null ? null : JsonSerializer.Serialize(report.Closing, json),
            ["Answer"] = report.Answer is null ? null : JsonSerializer.Serialize(report.Answer, json),
            ["SentToIvo"] = report.SentToIvo is null ? null : JsonSerializer.Serialize(report.SentToIvo, json),
        };
    }

    private static IEnumerable<TableEntity> NewChildRows(DeviationReport report, string partition, HashSet<string> existing)
    {
        var reference = report.Reference.ToString();
        foreach (var entry in report.Investigation.Where(e => !existing.Contains(e.Id)))
        {
            yield return new TableEntity(partition, TableKeys.ReportChildRow(reference, 'i', entry.At, entry.Id))
            {
                ["Kind"] = "investigation",
                ["Id"] = entry.Id,
                ["Topic"] = entry.Topic.ToString(),
                ["Text"] = entry.Text,
                ["IsFact"] = entry.IsFact,
                ["AuthorId"] = entry.AuthorId,
                ["AuthorName"] = entry.AuthorName,
                ["At"] = entry.At,
            };
        }

        var changes = report.NewChanges.Select(c => new ChangeRow(c.At, c.PersonId, c.PersonName, c.Kind.ToString(), c.Detail));
        foreach (var row in ChangeRows.Create(partition, (at, id) => TableKeys.ReportChildRow(reference, 'h', at, id), report.History.Count - report.NewChanges.Count, changes))
        {
            yield return row;
        }
    }
}

/// <summary>One page of a list of reports, and how many the whole list has.</summary>
public sealed record DeviationPage(IReadOnlyList<DeviationReport> Reports, int Total);


