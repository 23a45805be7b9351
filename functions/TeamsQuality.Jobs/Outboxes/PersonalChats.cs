using System.Net;
using Microsoft.Extensions.Logging;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Jobs.Outboxes;

/// <summary>
/// Reaches a person in their 1:1 chat with the bot, also when they never opened it. Teams refuses to open a chat
/// (403) with someone who does not have the app, so then the app is installed for them through Microsoft Graph (their
/// Teams tells the bot, as if they had added it) and the chat is opened by their Entra object id. The installation is
/// remembered, so the outbox's retries do not install again while Teams catches up (at most once a day per person).
/// </summary>
public sealed class PersonalChats(
    ProactiveMessenger messenger,
    ITenantDirectory directory,
    OutboxStore store,
    TimeProvider time,
    ILogger<PersonalChats> logger)
{
    /// <summary>How long an installation is trusted to be taking effect before it is tried again (the person may have removed the app).</summary>
    private static readonly TimeSpan InstallAgainAfter = TimeSpan.FromDays(1);

    /// <summary>
    /// Sends to the person's 1:1 chat. Throws <see cref="ConnectorException"/> when Teams refuses (after an installation,
    /// the outbox tries again later) and <see cref="DirectoryException"/> when Graph could not install the app.
    /// </summary>
    public async Task<ProactiveDelivery> SendAsync(TenantId tenant, string personId, Activity activity, CancellationToken cancellationToken, TenantConversations? known = null)
    {
        try
        {
            return await messenger.SendToPersonAsync(tenant.Value, personId, activity, cancellationToken, known);
        }
        catch (ConnectorException refused) when (refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            if (await store.AppInstalledAsync(tenant, personId, cancellationToken) is { } installedAt && time.GetUtcNow() - installedAt < InstallAgainAfter)
            {
                throw; // installed already: Teams has not caught up yet; the outbox tries again later
            }

            var installation = await directory.InstallAppForAsync(tenant, personId, cancellationToken);
            await store.RememberAppInstalledAsync(tenant, personId, time.GetUtcNow(), cancellationToken);
            logger.LogInformation(
                "Teams would not open a chat with {Person} in tenant {Tenant} ({Status}); the app was {Installation} through Microsoft Graph",
                personId, tenant, (int)refused.StatusCode, installation == AppInstallation.Installed ? "installed for them" : "already installed for them");
            return await messenger.SendToPersonAsync(tenant.Value, personId, activity, cancellationToken);
        }
    }
}
