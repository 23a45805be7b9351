using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Storage.Stops;

/// <summary>The card a stop posted to its unit's channel: the thread (conversation) and the message (activity) to update.</summary>
public sealed record StopChannelPost(string TeamsChannelId, string ConversationId, string ActivityId, DateTimeOffset PostedAt);

/// <summary>
/// Learning stops: a unit's year in one partition. A stop and everything in it loads with one range query; a change
/// saves in one transaction: new contributions, proposals and history rows are inserted (two people adding at once
/// never collide), and the stop row itself is replaced only when it changed, conditional on its ETag.
/// </summary>
public sealed class LearningStopRepository(TableStore tables)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = StorageJson.Options;

    /// <summary>Adds a planned stop; false when the unit already has it for that year (it is left as it is).</summary>
    public async Task<bool> PlanAsync(LearningStop stop, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        try
        {
            await table.AddEntityAsync(HeadRow(stop), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.IsConflict())
        {
            return false;
        }
    }

    /// <summary>
    /// Adds the planned stops of one holder's year (one partition) in one transaction; returns those added. When one of
    /// them exists already (another server, or "hållplatser" planned it meanwhile), each is added on its own, and
    /// what exists is left as it is.
    /// </summary>
    public async Task<IReadOnlyList<LearningStop>> PlanAllAsync(IReadOnlyList<LearningStop> planned, CancellationToken cancellationToken)
    {
        if (planned.Select(s => (s.Key.Tenant, s.Key.UnitId, s.Key.Year)).Distinct().Count() > 1)
        {
            throw new ArgumentException("The stops planned together are one holder's year (one partition).", nameof(planned));
        }

        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        var added = new List<LearningStop>();
        foreach (var chunk in planned.Chunk(100))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk.Select(s => new TableTransactionAction(TableTransactionActionType.Add, HeadRow(s))), cancellationToken);
                added.AddRange(chunk);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                foreach (var stop in chunk)
                {
                    if (await PlanAsync(stop, cancellationToken))
                    {
                        added.Add(stop);
                    }
                }
            }
        }

        return added;
    }

    /// <summary>
    /// Which stops every holder (unit or manager group) of the tenant has in a year: one range query over the tenant's
    /// partitions of the table that selects the holder and number of the stop rows only (a page per thousand stops), so
    /// the nightly planning finds a planned year without reading any unit on its own.
    /// </summary>
    public async Task<IReadOnlySet<(string HolderId, int Number)>> PlannedOfYearAsync(TenantId tenant, int year, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        var planned = new HashSet<(string, int)>();
        await foreach (var row in table.QueryAsync<TableEntity>(TenantStopsFilter(tenant, year, number: null), select: ["UnitId", "Number"], cancellationToken: cancellationToken))
        {
            planned.Add((row.GetString("UnitId"), row.GetInt32("Number")!.Value));
        }

        return planned;
    }

    /// <summary>
    /// Stop <paramref name="number"/> of the year of every holder of the tenant, without contributions, by holder: one
    /// range query over the tenant's partitions instead of a point read per unit (the due scan, when a stop falls due
    /// for many units on one day).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, LearningStop>> HeadsOfTenantAsync(TenantId tenant, int year, int number, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        var heads = new Dictionary<string, LearningStop>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(TenantStopsFilter(tenant, year, number), cancellationToken: cancellationToken))
        {
            var stop = Assemble(tenant, row, []).Stop;
            heads[stop.Key.UnitId] = stop;
        }

        return heads;
    }

    private static string TenantStopsFilter(TenantId tenant, int year, int? number)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {TableKeys.TenantPartitionsFrom(tenant.Value)} and PartitionKey lt {TableKeys.TenantPartitionsEnd(tenant.Value)} and Kind eq {"stop"} and Year eq {year}");
        return number is { } n ? filter + " and " + TableClient.CreateQueryFilter($"RowKey eq {TableKeys.StopRow(n)}") : filter;
    }

    /// <summary>The unit's stops of a year, without their contributions (for lists and due checks).</summary>
    public async Task<IReadOnlyList<LearningStop>> ListYearAsync(TenantId tenant, string unitId, int year, CancellationToken cancellationToken) =>
        (await ListYearByHolderAsync(tenant, unitId, year, cancellationToken)).GetValueOrDefault(unitId) ?? [];

    /// <summary>
    /// The stops of a year without their contributions, per holder (unit or manager group), in number order: one
    /// holder's partition, or with <paramref name="holderId"/> null every holder's of the tenant in one range query
    /// (the administration's report), the stop rows only.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<LearningStop>>> ListYearByHolderAsync(
        TenantId tenant, string? holderId, int year, CancellationToken cancellationToken)
    {
        var stops = new List<(string, LearningStop)>();
        await foreach (var (holder, row) in HeadsOfYearAsync(tenant, holderId, year, select: null, cancellationToken))
        {
            stops.Add((holder, Assemble(tenant, row, []).Stop));
        }

        return TenantRange.Grouped(stops.OrderBy(s => s.Item2.Key.Number));
    }

    /// <summary>The stop rows of a year (no contributions, proposals or history) with their holder, checked to be the tenant's own.</summary>
    private async IAsyncEnumerable<(string Holder, TableEntity Row)> HeadsOfYearAsync(
        TenantId tenant, string? holderId, int year, string[]? select, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        var filter = TenantRange.Filter(
            tenant,
            holderId is null ? null : TableKeys.UnitYearPartition(tenant.Value, holderId, year),
            TableClient.CreateQueryFilter($"Kind eq {"stop"} and Year eq {year}"));
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken))
        {
            // The row's own unit and year must give its partition: a row of another tenant whose id begins with this one's
            // and '~' would not.
            if (row.GetString("UnitId") is { } holder && row.PartitionKey == TableKeys.UnitYearPartition(tenant.Value, holder, year))
            {
                yield return (holder, row);
            }
        }
    }

    /// <summary>The stop without its contributions, proposals and history: one point read (for status checks and cards).</summary>
    public async Task<LearningStop?> FindHeadAsync(StopKey key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        var head = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.UnitYearPartition(key.Tenant.Value, key.UnitId, key.Year), TableKeys.StopRow(key.Number), cancellationToken: cancellationToken);
        return head.HasValue ? Assemble(key.Tenant, head.Value!, []).Stop : null;
    }

    public async Task<LearningStop?> FindAsync(StopKey key, CancellationToken cancellationToken) =>
        (await LoadAsync(key, cancellationToken))?.Stop;

    /// <summary>
    /// Applies a change to a stop and saves it. When someone else changed the stop row meanwhile, the stop is read
    /// again and the change applied again (it is a decision on fresh data, e.g. a summary edit checks its revision).
    /// Rule refusals (<see cref="Domain.Rules.RuleException"/>) pass through with nothing saved.
    /// </summary>
    public async Task<(LearningStop Stop, T Result)> UpdateAsync<T>(StopKey key, Func<LearningStop, T> change, CancellationToken cancellationToken) =>
        await TryUpdateAsync(key, change, cancellationToken) ?? throw new KeyNotFoundException($"No stop {key.Number} for {key.UnitId} in {key.Year}.");

    /// <summary>
    /// The same, or null when there is no such stop. The stop is read once and written once (when the change changed
    /// anything): a press on a stop's card needs no read before it.
    /// </summary>
    public async Task<(LearningStop Stop, T Result)?> TryUpdateAsync<T>(StopKey key, Func<LearningStop, T> change, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await LoadAsync(key, cancellationToken) is not { } loaded)
            {
                return null;
            }

            var stop = loaded.Stop;
            var result = change(stop);
            var actions = new List<TableTransactionAction>();
            var head = HeadRow(stop);
            if (HeadChanged(loaded.Head, head))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, loaded.Head.ETag));
            }

            actions.AddRange(NewChildRows(stop, loaded).Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
            if (actions.Count == 0)
            {
                return (stop, result);
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return (stop, result);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409 && attempt < MaxAttempts)
            {
                // Someone changed the stop since it was read: read it again and decide again.
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
            {
                throw new ConcurrencyConflictException($"Stop {key.Number} of {key.UnitId} kept changing; gave up after {MaxAttempts} attempts.", ex);
            }
        }
    }

    /// <summary>
    /// Where the stop's card was posted in the unit's channel, as the stop's own rows kept it for a card posted before
    /// the outbox recorded every post (the outbox's message row keeps it now); null when they do not.
    /// </summary>
    public async Task<StopChannelPost?> FindChannelPostAsync(StopKey key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(
            TableKeys.UnitYearPartition(key.Tenant.Value, key.UnitId, key.Year), TableKeys.StopChannelPostRow(key.Number), cancellationToken: cancellationToken);
        return row.HasValue
            && row.Value!.GetString("TeamsChannelId") is { Length: > 0 } channelId
            && row.Value.GetString("ConversationId") is { Length: > 0 } conversationId
            && row.Value.GetString("ActivityId") is { Length: > 0 } activityId
            ? new StopChannelPost(channelId, conversationId, activityId, row.Value.GetDateTimeOffset("PostedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    private sealed record Loaded(LearningStop Stop, TableEntity Head, HashSet<string> ChildIds);

    private async Task<Loaded?> LoadAsync(StopKey key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.LearningStopsTable, cancellationToken);
        var partition = TableKeys.UnitYearPartition(key.Tenant.Value, key.UnitId, key.Year);
        var from = TableKeys.StopRow(key.Number);
        var to = TableKeys.StopRowsEnd(key.Number);
        TableEntity? head = null;
        var children = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0,
            cancellationToken: cancellationToken))
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

        return head is null ? null : Assemble(key.Tenant, head, children);
    }

    private static Loaded Assemble(TenantId tenant, TableEntity head, List<TableEntity> children)
    {
        var key = new StopKey(tenant, head.GetString("UnitId"), head.GetInt32("Year")!.Value, head.GetInt32("Number")!.Value);
        var summaries = Enum.GetValues<AnalysisStep>()
            .Select(step => head.GetString("Summary" + (int)step) is { } json ? JsonSerializer.Deserialize<StepSummary>(json, Json) : null)
            .OfType<StepSummary>();
        var contributions = children.Where(c => c.GetString("Kind") == "contribution")
            .Select(c => new Contribution(c.GetString("Id"), (AnalysisStep)c.GetInt32("Step")!.Value, c.GetString("AuthorId"), c.GetString("AuthorName"), c.GetString("Text"), c.GetDateTimeOffset("At")!.Value));
        var proposals = children.Where(c => c.GetString("Kind") == "proposal")
            .Select(c => new ProposedAction(c.GetString("Id"), c.GetString("Title"), c.GetString("OwnerId"), c.GetString("OwnerName"),
                c.GetString("DueDate") is { } due ? DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture) : null,
                c.GetString("ProposedById"), c.GetDateTimeOffset("At")!.Value));
        var history = children.Where(c => c.GetString("Kind") == ChangeRows.Kind).Select(ChangeRows.Read)
            .Select(c => new StopChange(c.At, c.PersonId, c.PersonName, Enum.Parse<StopChangeKind>(c.Change), c.Detail));
        var stop = new LearningStop(
            key,
            JsonSerializer.Deserialize<StopDefinition>(head.GetString("Definition"), Json)!,
            DateOnly.Parse(head.GetString("Opens"), System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(head.GetString("DueDate"), System.Globalization.CultureInfo.InvariantCulture),
            Enum.Parse<StopStatus>(head.GetString("Status")),
            head.GetString("DelegateId"),
            head.GetString("DelegateName"),
            contributions,
            summaries,
            proposals,
            head.GetString("Conclusion") is { } conclusion ? JsonSerializer.Deserialize<StopConclusion>(conclusion, Json) : null,
            history,
            head.GetInt32("CurrentStep") is >= 1 and <= 4 and var current ? (AnalysisStep)current : AnalysisStep.Nulagesbeskrivning);
        return new Loaded(stop, head, children.Select(c => c.GetString("Id") ?? c.RowKey).ToHashSet(StringComparer.Ordinal));
    }

    private static TableEntity HeadRow(LearningStop stop)
    {
        var row = new TableEntity(TableKeys.UnitYearPartition(stop.Key.Tenant.Value, stop.Key.UnitId, stop.Key.Year), TableKeys.StopRow(stop.Key.Number))
        {
            ["Kind"] = "stop",
            ["UnitId"] = stop.Key.UnitId,
            ["Year"] = stop.Key.Year,
            ["Number"] = stop.Key.Number,
            ["Theme"] = stop.Definition.Theme,
            ["Definition"] = JsonSerializer.Serialize(stop.Definition, Json),
            ["Opens"] = stop.Opens.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["DueDate"] = stop.DueDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["Status"] = stop.Status.ToString(),
            ["DelegateId"] = stop.DelegateId,
            ["DelegateName"] = stop.DelegateName,
            ["Conclusion"] = stop.Conclusion is null ? null : JsonSerializer.Serialize(stop.Conclusion, Json),
            ["CurrentStep"] = (int)stop.CurrentStep,
        };
        foreach (var summary in stop.Summaries.Values)
        {
            row["Summary" + (int)summary.Step] = JsonSerializer.Serialize(summary, Json);
        }

        return row;
    }

    private static bool HeadChanged(TableEntity stored, TableEntity current)
    {
        string[] compared = ["Status", "DelegateId", "DelegateName", "Conclusion", "Summary1", "Summary2", "Summary3", "Summary4"];
        return compared.Any(name => !Equals(stored.GetString(name), current.GetString(name)))
            || (stored.GetInt32("CurrentStep") ?? 1) != current.GetInt32("CurrentStep");
    }

    private static IEnumerable<TableEntity> NewChildRows(LearningStop stop, Loaded loaded)
    {
        var partition = loaded.Head.PartitionKey;
        var number = stop.Key.Number;
        foreach (var c in stop.Contributions.Where(c => !loaded.ChildIds.Contains(c.Id)))
        {
            yield return new TableEntity(partition, TableKeys.StopChildRow(number, 'c', c.At, c.Id))
            {
                ["Kind"] = "contribution",
                ["Id"] = c.Id,
                ["Step"] = (int)c.Step,
                ["AuthorId"] = c.AuthorId,
                ["AuthorName"] = c.AuthorName,
                ["Text"] = c.Text,
                ["At"] = c.At,
            };
        }

        foreach (var p in stop.Proposals.Where(p => !loaded.ChildIds.Contains(p.Id)))
        {
            yield return new TableEntity(partition, TableKeys.StopChildRow(number, 'p', p.At, p.Id))
            {
                ["Kind"] = "proposal",
                ["Id"] = p.Id,
                ["Title"] = p.Title,
                ["OwnerId"] = p.OwnerId,
                ["OwnerName"] = p.OwnerName,
                ["DueDate"] = p.DueDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["ProposedById"] = p.ProposedById,
                ["At"] = p.At,
            };
        }

        var changes = stop.NewChanges.Select(c => new ChangeRow(c.At, c.PersonId, c.PersonName, c.Kind.ToString(), c.Detail));
        foreach (var row in ChangeRows.Create(partition, (at, id) => TableKeys.StopChildRow(number, 'h', at, id), stop.History.Count - stop.NewChanges.Count, changes))
        {
            yield return row;
        }
    }

    /// <summary>
    /// The holder's stops of a year as the management view needs them: number, status and due date, read with one query
    /// of the partition that selects those columns only (the conclusions and summaries stay where they are).
    /// </summary>
    public async Task<IReadOnlyList<StopStatusLine>> StatusesOfYearAsync(TenantId tenant, string holderId, int year, CancellationToken cancellationToken) =>
        (await StatusesOfYearByHolderAsync(tenant, holderId, year, cancellationToken)).GetValueOrDefault(holderId) ?? [];

    /// <summary>
    /// The same per holder: one holder's partition, or with <paramref name="holderId"/> null every holder's of the tenant
    /// in one range query (the management view's first page for all units), in number order.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StopStatusLine>>> StatusesOfYearByHolderAsync(
        TenantId tenant, string? holderId, int year, CancellationToken cancellationToken)
    {
        var lines = new List<(string, StopStatusLine)>();
        await foreach (var (holder, row) in HeadsOfYearAsync(tenant, holderId, year, ["PartitionKey", "UnitId", "Number", "Status", "DueDate"], cancellationToken))
        {
            lines.Add((holder, new StopStatusLine(
                row.GetInt32("Number")!.Value,
                Enum.Parse<StopStatus>(row.GetString("Status")),
                DateOnly.Parse(row.GetString("DueDate"), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return TenantRange.Grouped(lines.OrderBy(l => l.Item2.Number));
    }
}


/// <summary>A stop as the management view reads it: its number on the wheel, its status and its due date.</summary>
public sealed record StopStatusLine(int Number, StopStatus Status, DateOnly DueDate);
