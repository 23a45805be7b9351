using TeamsQuality.Application.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Jobs.Organisations;

/// <summary>
/// The roster as Teams tells it, through the connector's roster calls at the tenant's service URL (stored from the
/// tenant's last activity, so the nightly job needs no activity in hand). Teams' shapes become the domain's here.
/// </summary>
public sealed class TeamsRosterSource(IConnectorClient connector, IConversationReferenceStore references) : ITeamRosterSource
{
    public async Task<IReadOnlyList<RosterChannel>> ChannelsAsync(TenantId tenant, string teamId, CancellationToken cancellationToken)
    {
        var channels = await AskAsync(tenant, (serviceUrl, ct) => connector.GetTeamChannelsAsync(serviceUrl, teamId, ct), cancellationToken);
        return channels.Where(c => !string.IsNullOrWhiteSpace(c.Id)).Select(c => new RosterChannel(c.Id!, c.Name ?? string.Empty)).ToList();
    }

    public async Task<IReadOnlyList<RosterMember>> MembersAsync(TenantId tenant, string teamId, CancellationToken cancellationToken)
    {
        var members = await AskAsync(tenant, (serviceUrl, ct) => connector.GetMembersAsync(serviceUrl, teamId, ct), cancellationToken);

        // Only people with an Entra id can be in the organisation (Person.Id is that id); anything else is left out.
        return members
            .Where(m => !string.IsNullOrWhiteSpace(m.AadObjectId))
            .Select(m => new RosterMember(m.AadObjectId!, m.Name ?? string.Empty, m.Email ?? m.UserPrincipalName, RoleOf(m.UserRole)))
            .ToList();
    }

    private static TeamRole RoleOf(string? userRole) => userRole?.ToLowerInvariant() switch
    {
        "owner" => TeamRole.Owner,
        "guest" => TeamRole.Guest,
        _ => TeamRole.Member,
    };

    private async Task<T> AskAsync<T>(TenantId tenant, Func<string, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var serviceUrl = await references.FindServiceUrlAsync(tenant.Value, cancellationToken)
            ?? throw new TeamRosterUnavailableException($"The bot has not been in tenant {tenant} yet, so it knows no service URL to ask Teams at.");
        try
        {
            return await call(serviceUrl, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            throw new TeamRosterUnavailableException(ex.Message, ex, ex.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound);
        }
    }
}
