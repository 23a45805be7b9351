using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Learns every known team of a tenant again from Teams, so what an event missed (the bot was down, Teams did not tell
/// the roster then) is right by morning. A team Teams will not tell about now is left as it was and the others go on.
/// </summary>
public sealed class ResyncTeams(LearnTeam learn, TeamRosterRepository rosters, ILogger<ResyncTeams> logger) : IUseCase
{
    /// <returns>How many teams were learned again.</returns>
    public async Task<Outcome<int>> RunAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var learned = 0;
        foreach (var team in await rosters.ListAsync(tenant, cancellationToken))
        {
            try
            {
                await learn.RunAsync(tenant, team.TeamId, null, cancellationToken);
                learned++;
            }
            catch (TeamRosterUnavailableException ex)
            {
                logger.LogWarning(ex, "Teams did not tell the roster of team {Team} in tenant {Tenant}; kept as last learned", team.TeamId, tenant);
            }
        }

        return learned;
    }
}
