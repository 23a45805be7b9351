using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Everything the setup page shows, in one view: the organisation (null: not yet named), the teams Teams told the app
/// of with their channels (and the unit each is linked to) and members, who of the teams is not yet in the
/// organisation, the problems to put right, and the latest history.
/// </summary>
/// <param name="Organisation">The organisation; null until it is named (<see cref="NameOrganisation"/>).</param>
/// <param name="Teams">The tenant's recorded teams, by name.</param>
/// <param name="NotInOrganisation">Members of the teams not yet in the organisation, each once, by name.</param>
/// <param name="Problems">What is wrong with the units' setup (<see cref="Setup.Problems"/>).</param>
/// <param name="History">The newest entries of the organisation's history; <see cref="HistoryPage.Next"/> pages on (<see cref="ShowOrganisationHistory"/>).</param>
public sealed record SetupView(
    Organisation? Organisation,
    IReadOnlyList<SetupTeam> Teams,
    IReadOnlyList<RosterMember> NotInOrganisation,
    IReadOnlyList<SetupProblem> Problems,
    HistoryPage History);

/// <summary>A recorded team: its roster (name, members by name, when learned) and its channels, each with the unit linked to it.</summary>
public sealed record SetupTeam(TeamRoster Roster, IReadOnlyList<SetupChannel> Channels);

/// <summary>
/// A channel of a team, its name as the page shows it (the General channel by the team's), and the unit linked to it,
/// if any (or the manager group, <see cref="ManagerGroup.AsHolder"/>: a channel belongs to one of them).
/// </summary>
public sealed record SetupChannel(string ChannelId, string Name, bool IsGeneral, Unit? LinkedUnit);

/// <summary>The setup page's one query (<see cref="SetupView"/>); for an administrator only.</summary>
public sealed class ShowSetup(OrganisationRepository organisations, TeamRosterRepository rosters) : IUseCase
{
    /// <summary>History entries on the first page.</summary>
    public const int HistoryPageSize = 20;

    /// <param name="administrator">Who looks (from <see cref="FindAdministrator"/>).</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<Outcome<SetupView>> RunAsync(Administrator administrator, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(administrator.Tenant, cancellationToken);
        var teams = await rosters.ListAsync(administrator.Tenant, cancellationToken);
        var history = organisation is null ? new HistoryPage([], null) : await organisations.HistoryAsync(administrator.Tenant, HistoryPageSize, null, cancellationToken);
        var order = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true);
        var shown = teams.OrderBy(t => t.Name, order).Select(team => new SetupTeam(
            team,
            team.Channels.Select(c => new SetupChannel(
                c.Id,
                c.IsGeneral(team) || c.Name.Length == 0 ? team.Name : c.Name,
                c.IsGeneral(team),
                organisation?.FindChannelHolder(c.Id))).ToList())).ToList();
        return new SetupView(
            organisation,
            shown,
            Setup.NotInOrganisation(organisation, teams),
            organisation is null ? [] : Setup.Problems(organisation, teams),
            history);
    }
}
