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
    /// <param name="message">What Teams answered.</param>
    /// <param name="innerException">The connector's failure.</param>
    /// <param name="teamNotFound">Teams answered that the bot may not see the team or that it does not exist (403/404).</param>
    public TeamRosterUnavailableException(string message, Exception innerException, bool teamNotFound)
        : base(message, innerException)
    {
        TeamNotFound = teamNotFound;
    }

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

    /// <summary>
    /// Teams refused the team or does not know it (403/404): the app is no longer in it or the team is gone, which a
    /// retry will not change. Otherwise the failure may pass (throttled, Teams down).
    /// </summary>
    public bool TeamNotFound { get; }
}
