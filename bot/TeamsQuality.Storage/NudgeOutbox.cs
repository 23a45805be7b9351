using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Stops;

namespace TeamsQuality.Storage;

/// <summary>Where a nudge goes: the unit's channel, or a person's 1:1 chat.</summary>
public sealed record NudgeTarget(string Kind, string Id)
{
    public static NudgeTarget Channel(string teamsChannelId) => new("channel", teamsChannelId);

    public static NudgeTarget Person(string personId) => new("person", personId);

    public string Key => Kind + ":" + Id;
}

/// <summary>One intended nudge, as recorded.</summary>
public sealed record Nudge(DateOnly Day, string UnitId, int Year, int Number, StopEventKind Kind, NudgeTarget Target, bool Sent, DateTimeOffset? LeaseUntil, ETag ETag);

/// <summary>
/// The nudges intended and sent. The intent is recorded before sending (a conditional insert, so a job that runs
/// twice or on two servers records it once); a sender claims it with a short lease (conditional on the ETag, so only
/// one sender sends it); after sending it is marked sent. A crash between intent and send leaves it unsent, and the
/// next run sends it.
/// </summary>
public sealed class NudgeOutbox(TableStore tables)
{
    /// <summary>Records the intent; false when it was already recorded.</summary>
    public async Task<bool> IntendAsync(TenantId tenant, DateOnly day, StopCalendarEntry entry, NudgeTarget target, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.NudgesTable, cancellationToken);
        try
        {
            await table.AddEntityAsync(
                new TableEntity(TableKeys.DayPartition(tenant.Value, day), TableKeys.NudgeRow(entry.UnitId, entry.Year, entry.Number, entry.Kind.ToString(), target.Key))
                {
                    ["UnitId"] = entry.UnitId,
                    ["Year"] = entry.Year,
                    ["Number"] = entry.Number,
                    ["Kind"] = entry.Kind.ToString(),
                    ["TargetKind"] = target.Kind,
                    ["TargetId"] = target.Id,
                    ["Sent"] = false,
                },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.IsConflict())
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<Nudge>> OnAsync(TenantId tenant, DateOnly day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.NudgesTable, cancellationToken);
        var partition = TableKeys.DayPartition(tenant.Value, day);
        var nudges = new List<Nudge>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            nudges.Add(new Nudge(
                day,
                row.GetString("UnitId"),
                row.GetInt32("Year")!.Value,
                row.GetInt32("Number")!.Value,
                Enum.Parse<StopEventKind>(row.GetString("Kind")),
                new NudgeTarget(row.GetString("TargetKind"), row.GetString("TargetId")),
                row.GetBoolean("Sent") ?? false,
                row.GetDateTimeOffset("LeaseUntil"),
                row.ETag));
        }

        return nudges;
    }

    /// <summary>Claims an unsent nudge for sending until the lease ends; false when another sender has it or it was sent.</summary>
    public async Task<Nudge?> TryClaimAsync(TenantId tenant, Nudge nudge, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (nudge.Sent || nudge.LeaseUntil > now)
        {
            return null;
        }

        var table = await tables.GetAsync(TableKeys.NudgesTable, cancellationToken);
        var until = now + lease;
        try
        {
            var response = await table.UpdateEntityAsync(
                new TableEntity(TableKeys.DayPartition(tenant.Value, nudge.Day), RowOf(nudge)) { ["LeaseUntil"] = until },
                nudge.ETag,
                TableUpdateMode.Merge,
                cancellationToken);
            return nudge with { LeaseUntil = until, ETag = response.Headers.ETag ?? nudge.ETag };
        }
        catch (RequestFailedException ex) when (ex.IsPreconditionFailed() || ex.IsNotFound())
        {
            return null;
        }
    }

    public async Task MarkSentAsync(TenantId tenant, Nudge nudge, string? activityId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.NudgesTable, cancellationToken);
        await table.UpdateEntityAsync(
            new TableEntity(TableKeys.DayPartition(tenant.Value, nudge.Day), RowOf(nudge)) { ["Sent"] = true, ["SentAt"] = at, ["ActivityId"] = activityId },
            ETag.All,
            TableUpdateMode.Merge,
            cancellationToken);
    }

    private static string RowOf(Nudge nudge) => TableKeys.NudgeRow(nudge.UnitId, nudge.Year, nudge.Number, nudge.Kind.ToString(), nudge.Target.Key);
}
