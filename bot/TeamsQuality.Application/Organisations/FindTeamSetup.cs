using Microsoft.Extensions.Options;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>How far a team's channel is set up, for the welcome when the bot is added there.</summary>
/// <param name="Organisation">The tenant's organisation; null when it has none yet.</param>
/// <param name="Unit">The unit whose channel this is; null when it is no unit's.</param>
/// <param name="UnitsInTeam">The units whose channel is in this team (by name), when the organisation exists.</param>
/// <param name="Administrators">
/// The team's members the operator named for the first setup (<c>Tenants:&lt;id&gt;:Administrators</c>), by their name
/// in the team's roster. Those not in the roster are not named: the team would not know them.
/// </param>
public sealed record TeamSetup(Organisation? Organisation, Unit? Unit, IReadOnlyList<Unit> UnitsInTeam, IReadOnlyList<string> Administrators)
{
    /// <summary>The organisation exists and this channel is a unit's: TeamsQuality works here.</summary>
    public bool IsSetUp => Organisation is not null && Unit is not null;
}

/// <summary>
/// Whether TeamsQuality can work in a team's channel yet and, when not, who can set it up: asked when the bot is added
/// to a team, after its roster was learned. Read from storage, not the host's short cache, so an organisation set up a
/// moment ago counts.
/// </summary>
public sealed class FindTeamSetup(OrganisationRepository organisations, TeamRosterRepository rosters, IOptionsMonitor<TenantsOptions> tenants) : IUseCase
{
    public async Task<Outcome<TeamSetup>> RunAsync(TenantId tenant, string teamId, string channelId, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        var unit = organisation?.FindChannelHolder(channelId);
        if (organisation is not null && unit is not null)
        {
            return new TeamSetup(organisation, unit, [], []);
        }

        var unitsInTeam = organisation?.Units
            .Where(u => string.Equals(u.Channel?.TeamId, teamId, StringComparison.Ordinal))
            .OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList() ?? [];
        var bootstrap = tenants.CurrentValue.For(tenant).Administrators;
        var roster = bootstrap.Count == 0 ? null : await rosters.FindAsync(tenant, teamId, cancellationToken);
        var administrators = roster is null ? [] : FindTenantSetup.NamesIn(bootstrap, [roster]);
        return new TeamSetup(organisation, null, unitsInTeam, administrators);
    }
}
