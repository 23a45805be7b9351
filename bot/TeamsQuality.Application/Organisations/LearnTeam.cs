using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Learns a whole team from Teams: its channels and members, read through <see cref="ITeamRosterSource"/> and kept as
/// the team's roster (who and what Teams no longer has is dropped). Run when the app is installed in a team, and by the
/// nightly re-sync, which repairs whatever an event that was missed or failed left behind.
/// </summary>
public sealed class LearnTeam(ITeamRosterSource teams, TeamRosterRepository rosters, TimeProvider time) : IUseCase
{
    /// <param name="tenant">The tenant the team belongs to.</param>
    /// <param name="teamId">Teams' id of the team.</param>
    /// <param name="teamName">The team's name as the event told it; null keeps the name already known.</param>
    /// <param name="cancellationToken">The turn's or the job's.</param>
    public async Task<Outcome<TeamRoster>> RunAsync(TenantId tenant, string teamId, string? teamName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        var channels = await teams.ChannelsAsync(tenant, teamId, cancellationToken);
        var members = await teams.MembersAsync(tenant, teamId, cancellationToken);
        var name = string.IsNullOrWhiteSpace(teamName)
            ? (await rosters.FindAsync(tenant, teamId, cancellationToken))?.Name ?? string.Empty
            : teamName.Trim();
        var roster = new TeamRoster(teamId, name, channels, members, time.GetUtcNow());
        await rosters.SaveAsync(tenant, roster, cancellationToken);
        return roster;
    }
}
