using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage.Organisations;

/// <summary>
/// The rosters of a tenant's teams (what Teams tells: channels and members), kept apart from the organisation: Teams
/// may change them at any time, and the organisation is set up from them, not by them. A whole roster is written at
/// installation and on re-sync; each later event touches one row, so two events at once never undo each other.
/// </summary>
public sealed class TeamRosterRepository(TableStore tables)
{
    private const string ChannelKind = "c";
    private const string MemberKind = "m";

    public async Task<TeamRoster?> FindAsync(TenantId tenant, string teamId, CancellationToken cancellationToken)
    {
        var from = TableKeys.TeamRowsFrom(teamId);
        var rosters = await ReadAsync(tenant, from, from + TableKeys.Separator, cancellationToken);
        return rosters.SingleOrDefault();
    }

    /// <summary>Every team of the tenant the app is installed in, with its channels and members (one partition).</summary>
    public async Task<IReadOnlyList<TeamRoster>> ListAsync(TenantId tenant, CancellationToken cancellationToken) =>
        await ReadAsync(tenant, string.Empty, "\uffff", cancellationToken);

    /// <summary>Writes the whole roster as Teams told it: rows it no longer has (a member gone, a channel deleted) are removed.</summary>
    public async Task SaveAsync(TenantId tenant, TeamRoster roster, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.TeamRostersTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var rows = new List<TableEntity> { Head(partition, roster) };
        rows.AddRange(roster.Channels.Select((c, order) => Channel(partition, roster.TeamId, c, order)));
        rows.AddRange(roster.Members.Select(m => Member(partition, roster.TeamId, m)));
        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);

        var from = TableKeys.TeamRowsFrom(roster.TeamId);
        var to = from + TableKeys.Separator;
        var gone = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(row.RowKey))
            {
                gone.Add(row);
            }
        }

        var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r))
            .Concat(gone.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, r.RowKey), ETag.All)));

        // At most 100 operations per transaction; a big team is written in batches, each whole or not at all. A re-sync
        // cut short is completed by the next one.
        foreach (var batch in actions.Chunk(100))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    /// <summary>A channel created or renamed; a renamed one keeps its place in the list (its order is not written).</summary>
    public Task PutChannelAsync(TenantId tenant, string teamId, RosterChannel channel, CancellationToken cancellationToken) =>
        UpsertAsync(tenant, partition => Channel(partition, teamId, channel), TableUpdateMode.Merge, cancellationToken);

    public Task RemoveChannelAsync(TenantId tenant, string teamId, string channelId, CancellationToken cancellationToken) =>
        DeleteAsync(tenant, TableKeys.TeamChannelRow(teamId, channelId), cancellationToken);

    /// <summary>
    /// The team's name or whether it can be reached changed (renamed, app removed, deleted, archived): its head row
    /// alone, so the channels and members stay as last learned. A team back again is learned whole instead (<see cref="SaveAsync"/>).
    /// </summary>
    public Task PutTeamAsync(TenantId tenant, TeamRoster roster, CancellationToken cancellationToken) =>
        UpsertAsync(tenant, partition => Head(partition, roster), TableUpdateMode.Replace, cancellationToken);

    public Task PutMemberAsync(TenantId tenant, string teamId, RosterMember member, CancellationToken cancellationToken) =>
        UpsertAsync(tenant, partition => Member(partition, teamId, member), TableUpdateMode.Replace, cancellationToken);

    public Task RemoveMemberAsync(TenantId tenant, string teamId, string aadObjectId, CancellationToken cancellationToken) =>
        DeleteAsync(tenant, TableKeys.TeamMemberRow(teamId, aadObjectId), cancellationToken);

    private async Task UpsertAsync(TenantId tenant, Func<string, TableEntity> row, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.TeamRostersTable, cancellationToken);
        await table.UpsertEntityAsync(row(TableKeys.TenantPartition(tenant.Value)), mode, cancellationToken);
    }

    private async Task DeleteAsync(TenantId tenant, string rowKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.TeamRostersTable, cancellationToken);

        // Deleting a row that is not there answers 404 and is no error: the member or channel is gone either way.
        await table.DeleteEntityAsync(TableKeys.TenantPartition(tenant.Value), rowKey, ETag.All, cancellationToken);
    }

    private async Task<IReadOnlyList<TeamRoster>> ReadAsync(TenantId tenant, string from, string to, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.TeamRostersTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var heads = new List<TableEntity>();
        var channels = new Dictionary<string, List<(int Order, RosterChannel Channel)>>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<RosterMember>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            var teamId = row.GetString("TeamId");
            switch (row.GetString("Kind"))
            {
                case ChannelKind:
                    (channels.TryGetValue(teamId, out var c) ? c : channels[teamId] = []).Add(
                        (row.GetInt32("Order") ?? int.MaxValue, new RosterChannel(row.GetString("ChannelId"), row.GetString("Name") ?? string.Empty)));
                    break;
                case MemberKind:
                    (members.TryGetValue(teamId, out var m) ? m : members[teamId] = []).Add(new RosterMember(
                        row.GetString("AadObjectId"), row.GetString("Name") ?? string.Empty, row.GetString("Email"),
                        Enum.TryParse<TeamRole>(row.GetString("Role"), out var role) ? role : TeamRole.Member));
                    break;
                default:
                    heads.Add(row);
                    break;
            }
        }

        return heads.Select(h =>
        {
            var teamId = h.GetString("TeamId");
            return new TeamRoster(
                teamId,
                h.GetString("Name") ?? string.Empty,
                channels.TryGetValue(teamId, out var c) ? c.OrderBy(x => x.Order).Select(x => x.Channel).ToList() : [],
                members.TryGetValue(teamId, out var m) ? m.OrderBy(x => x.Name, StringComparer.CurrentCulture).ToList() : [],
                h.GetDateTimeOffset("LearnedAt") ?? DateTimeOffset.MinValue,
                h.GetDateTimeOffset("GoneSince") is { } since && Enum.TryParse<TeamGoneReason>(h.GetString("GoneReason"), out var reason) ? new TeamGone(reason, since) : null);
        }).ToList();
    }

    private static TableEntity Head(string partition, TeamRoster roster) => new(partition, TableKeys.TeamRow(roster.TeamId))
    {
        ["Kind"] = "t",
        ["TeamId"] = roster.TeamId,
        ["Name"] = roster.Name,
        ["LearnedAt"] = roster.LearnedAt,
        ["GoneReason"] = roster.Gone?.Reason.ToString(),
        ["GoneSince"] = roster.Gone?.Since,
    };

    private static TableEntity Channel(string partition, string teamId, RosterChannel channel, int? order = null)
    {
        var row = new TableEntity(partition, TableKeys.TeamChannelRow(teamId, channel.Id))
        {
            ["Kind"] = ChannelKind,
            ["TeamId"] = teamId,
            ["ChannelId"] = channel.Id,
            ["Name"] = channel.Name,
        };
        if (order is { } place)
        {
            row["Order"] = place;
        }

        return row;
    }

    private static TableEntity Member(string partition, string teamId, RosterMember member) => new(partition, TableKeys.TeamMemberRow(teamId, member.AadObjectId))
    {
        ["Kind"] = MemberKind,
        ["TeamId"] = teamId,
        ["AadObjectId"] = member.AadObjectId,
        ["Name"] = member.Name,
        ["Email"] = member.Email,
        ["Role"] = member.Role.ToString(),
    };
}
