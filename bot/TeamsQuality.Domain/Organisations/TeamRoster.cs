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
public sealed record TeamRoster(string TeamId, string Name, IReadOnlyList<RosterChannel> Channels, IReadOnlyList<RosterMember> Members, DateTimeOffset LearnedAt)
{
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
