namespace TeamsQuality.Domain.Organisations;

/// <summary>
/// What Teams tells of one team the app is installed in: its name, its channels and its members, as last learned.
/// It is the source the organisation is set up from (a unit is linked to one of these channels, its people are chosen
/// from these members) and the check that someone still belongs: a person removed from the team is no longer a member.
/// It decides nothing about the quality work itself.
/// </summary>
/// <param name="TeamId">Teams' id of the team (the id of its General channel).</param>
/// <param name="Name">The team's name as Teams shows it.</param>
/// <param name="Channels">The team's channels, the General channel included.</param>
/// <param name="Members">Everyone in the team, by Entra object id.</param>
/// <param name="LearnedAt">When Teams last told the whole roster (installation or re-sync).</param>
/// <param name="Gone">Why and since when the bot cannot reach the team (the app removed, the team deleted or archived,
/// Teams refusing it); null while it can. The roster is kept as last learned, so a unit linked to one of its channels
/// can be shown as not reachable, and comes back as it was when the team does.</param>
public sealed record TeamRoster(string TeamId, string Name, IReadOnlyList<RosterChannel> Channels, IReadOnlyList<RosterMember> Members, DateTimeOffset LearnedAt, TeamGone? Gone = null)
{
    /// <summary>Whether the bot can post in the team and ask Teams about it now.</summary>
    public bool IsReachable => Gone is null;

    /// <summary>
    /// The team can no longer be reached, for this reason. Already gone: the first "since" stays (that is when it
    /// stopped working), and Teams' own word (removed, deleted, archived) stays over a later mere refusal.
    /// </summary>
    public TeamRoster MarkedGone(TeamGoneReason reason, DateTimeOffset at) => this with
    {
        Gone = Gone is { } gone
            ? gone with { Reason = reason == TeamGoneReason.NotFound ? gone.Reason : reason }
            : new TeamGone(reason, at),
    };

    /// <summary>Whether the person (by Entra object id) is in the team now.</summary>
    public bool HasMember(string aadObjectId) => Members.Any(m => m.Is(aadObjectId));

    public RosterChannel? FindChannel(string channelId) => Channels.FirstOrDefault(c => string.Equals(c.Id, channelId, StringComparison.Ordinal));

    /// <summary>A channel created or renamed: added, or its name replaced; the order Teams listed them in is kept.</summary>
    public TeamRoster WithChannel(RosterChannel channel) => this with
    {
        Channels = FindChannel(channel.Id) is null
            ? [.. Channels, channel]
            : Channels.Select(c => string.Equals(c.Id, channel.Id, StringComparison.Ordinal) ? channel : c).ToList(),
    };

    /// <summary>A channel deleted. The General channel cannot be deleted in Teams, so it stays whatever is asked.</summary>
    public TeamRoster WithoutChannel(string channelId) => string.Equals(channelId, TeamId, StringComparison.Ordinal)
        ? this
        : this with { Channels = Channels.Where(c => !string.Equals(c.Id, channelId, StringComparison.Ordinal)).ToList() };

    /// <summary>A member added (or told again with a new name, e-mail or role).</summary>
    public TeamRoster WithMember(RosterMember member) => this with
    {
        Members = [.. Members.Where(m => !m.Is(member.AadObjectId)), member],
    };

    public TeamRoster WithoutMember(string aadObjectId) => this with { Members = Members.Where(m => !m.Is(aadObjectId)).ToList() };
}

/// <summary>Why a team cannot be reached, and since when (the first time it was told; a later reason does not move it).</summary>
public sealed record TeamGone(TeamGoneReason Reason, DateTimeOffset Since);

/// <summary>What made a team unreachable, as Teams told it.</summary>
public enum TeamGoneReason
{
    /// <summary>The app was removed from the team (installationUpdate remove, or the bot among membersRemoved).</summary>
    AppRemoved,

    /// <summary>The team was deleted (teamDeleted); Teams can restore it for a while (teamRestored).</summary>
    TeamDeleted,

    /// <summary>The team was archived (teamArchived): read-only until unarchived.</summary>
    TeamArchived,

    /// <summary>Teams refused or did not know the team (403/404) when the roster was read again, with no event before.</summary>
    NotFound,
}

/// <summary>A channel of a team. The General channel's id is the team's id, and Teams gives it no name.</summary>
public sealed record RosterChannel(string Id, string Name)
{
    public bool IsGeneral(TeamRoster team) => string.Equals(Id, team.TeamId, StringComparison.Ordinal);
}

/// <summary>A member of a team as Teams tells it.</summary>
/// <param name="AadObjectId">The person's Entra object id: the same id as <see cref="Person.Id"/>.</param>
public sealed record RosterMember(string AadObjectId, string Name, string? Email, TeamRole Role)
{
    public bool Is(string aadObjectId) => string.Equals(AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A member's role in the team, as Teams gives it (userRole). A guest comes from outside the tenant.</summary>
public enum TeamRole
{
    Member,
    Owner,
    Guest,
}
