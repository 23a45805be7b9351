using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Learns a whole team from Teams: its channels and members, read through <see cref="ITeamRosterSource"/> and kept as
/// the team's roster (who and what Teams no longer has is dropped). Run when the app is installed in a team, and by the
/// nightly re-sync, which repairs whatever an event that was missed or failed left behind. Members the team had when
/// last learned and no longer has leave the units linked to its channels (<see cref="Setup.LeaveTeam"/>); a team learned
/// for the first time takes nobody out (who of a unit is not in its team shows as a problem instead).
/// </summary>
public sealed class LearnTeam(ITeamRosterSource teams, TeamRosterRepository rosters, OrganisationRepository organisations, TimeProvider time) : IUseCase
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
        var before = await rosters.FindAsync(tenant, teamId, cancellationToken);
        var name = string.IsNullOrWhiteSpace(teamName) ? before?.Name ?? string.Empty : teamName.Trim();
        var now = time.GetUtcNow();
        var roster = new TeamRoster(teamId, name, channels, members, now);
        await rosters.SaveAsync(tenant, roster, cancellationToken);
        var gone = before?.Members.Where(m => !roster.HasMember(m.AadObjectId)).Select(m => m.AadObjectId).ToList() ?? [];
        await TeamLeavers.EndAsync(organisations, tenant, teamId, gone, now, cancellationToken);
        return roster;
    }
}
