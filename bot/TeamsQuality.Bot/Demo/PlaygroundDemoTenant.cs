#if PLAYGROUND
using Microsoft.Extensions.Options;
using TeamsQuality.Playground;

namespace TeamsQuality.Bot.Demo;

/// <summary>
/// The playground as the demo seed's Teams and Entra: the app added to Sjöbacka's team through the playground's channel
/// (what <c>POST /playground/api/teams/{teamId}/install</c> does), and the app roles its directory gives.
/// </summary>
public sealed class PlaygroundDemoTenant(IOptions<PlaygroundOptions> playground, PlaygroundChannel channel, StandInDirectory directory) : IDemoTenantHost
{
    public bool Serving => playground.Value.Enabled;

    public async Task InstallInDemoTeamAsync(CancellationToken cancellationToken)
    {
        var team = directory.FindTeam(DemoOrganisation.DemoTeamId)
            ?? throw new InvalidOperationException("The playground's directory has no demo team.");
        var installer = directory.FindPerson(team.OwnerIds[0])
            ?? throw new InvalidOperationException("The demo team's owner is not in the playground's directory.");
        var status = await channel.InstallInTeamAsync(team, installer, locale: null, cancellationToken);
        if (status is < 200 or > 299)
        {
            throw new InvalidOperationException($"The bot answered HTTP {status} to the demo team's installation.");
        }
    }

    public IReadOnlyCollection<string> AppRolesOf(string personId) => directory.AppRolesOf(personId);
}
#endif
