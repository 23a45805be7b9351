using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Learns every known team of a tenant again from Teams, so what an event missed (the bot was down, Teams did not tell
/// the roster then) is right by morning. A team Teams will not tell about now is left as it was and the others go on;
/// one Teams refuses or does not know (403/404) is marked gone, so setup shows its units as not reachable. A team Teams
/// itself said is gone (the app removed, deleted, archived) is not asked: its event back (installed, restored,
/// unarchived) learns it again.
/// </summary>
public sealed class ResyncTeams(LearnTeam learn, TeamRosterRepository rosters, TimeProvider time, ILogger<ResyncTeams> logger) : IUseCase
{
    /// <returns>How many teams were learned again.</returns>
    public async Task<Outcome<int>> RunAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var learned = 0;
        foreach (var team in await rosters.ListAsync(tenant, cancellationToken))
        {
            if (team.Gone is { Reason: not TeamGoneReason.NotFound })
            {
                continue;
            }

            try
            {
                await learn.RunAsync(tenant, team.TeamId, null, cancellationToken);
                learned++;
            }
            catch (TeamRosterUnavailableException ex) when (ex.TeamNotFound)
            {
                logger.LogWarning(ex, "Teams refused or does not know team {Team} in tenant {Tenant}; marked not reachable", team.TeamId, tenant);
                await rosters.PutTeamAsync(tenant, team.MarkedGone(TeamGoneReason.NotFound, time.GetUtcNow()), cancellationToken);
            }
            catch (TeamRosterUnavailableException ex)
            {
                logger.LogWarning(ex, "Teams did not tell the roster of team {Team} in tenant {Tenant}; kept as last learned", team.TeamId, tenant);
            }
        }

        return learned;
    }
}
