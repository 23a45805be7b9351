using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Where a team's roster is read from: Teams itself (the Bot Framework's own roster calls, implemented in Jobs over the
/// connector). The use cases ask it when they need the whole truth, at installation, for a new member and on re-sync.
/// </summary>
public interface ITeamRosterSource
{
    /// <summary>The team's channels, the General channel included (its id is the team's).</summary>
    Task<IReadOnlyList<RosterChannel>> ChannelsAsync(TenantId tenant, string teamId, CancellationToken cancellationToken);

    /// <summary>Everyone in the team, all pages read.</summary>
    Task<IReadOnlyList<RosterMember>> MembersAsync(TenantId tenant, string teamId, CancellationToken cancellationToken);
}

/// <summary>Teams could not tell the roster now (refused, throttled past the retries, or the tenant's service URL unknown).</summary>
public sealed class TeamRosterUnavailableException : Exception
{
    public TeamRosterUnavailableException()
    {
    }

    public TeamRosterUnavailableException(string message)
        : base(message)
    {
    }

    public TeamRosterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
