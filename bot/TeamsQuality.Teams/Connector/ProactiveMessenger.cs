using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Teams.Connector;

/// <summary>Where a proactive message ended up, or why it could not be sent.</summary>
public sealed record ProactiveDelivery(bool Delivered, string? ConversationId, string? ActivityId, string? Problem)
{
    public static ProactiveDelivery NotReachable(string problem) => new(false, null, null, problem);
}

/// <summary>
/// Writes to people and channels without being asked: 1:1 to a person by Entra object id, or a new thread in a unit's
/// channel. Uses only stored conversation references, so it works after any restart and from the job host. A sender
/// of many messages passes the tenant's references read once (<see cref="IConversationReferenceStore.ListTenantAsync"/>);
/// what is not in them (a chat opened since) is read from the store.
/// </summary>
public sealed class ProactiveMessenger(IConnectorClient connector, IConversationReferenceStore references, ILogger<ProactiveMessenger> logger)
{
    /// <summary>Sends an activity to a person's 1:1 chat with the bot, starting the chat if the bot knows the tenant.</summary>
    public async Task<ProactiveDelivery> SendToPersonAsync(string tenantId, string aadObjectId, Activity activity, CancellationToken cancellationToken, TenantConversations? known = null)
    {
        var personal = known?.FindPersonal(aadObjectId) ?? await references.FindPersonalAsync(tenantId, aadObjectId, cancellationToken);
        if (personal is not null)
        {
            var sent = await connector.SendToConversationAsync(personal.ServiceUrl, personal.ConversationId, activity, cancellationToken);
            return new ProactiveDelivery(true, personal.ConversationId, sent.Id, null);
        }

        var serviceUrl = known?.ServiceUrl ?? await references.FindServiceUrlAsync(tenantId, cancellationToken);
        if (serviceUrl is null)
        {
            return ProactiveDelivery.NotReachable("The bot has not been in this tenant yet.");
        }

        // Teams accepts the Entra object id as 8:orgid:<id> when the app is installed for the user.
        var created = await connector.CreateConversationAsync(
            serviceUrl,
            new ConversationParameters
            {
                IsGroup = false,
                TenantId = tenantId,
                Members = [new ChannelAccount { Id = "8:orgid:" + aadObjectId, AadObjectId = aadObjectId }],
                ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            },
            cancellationToken);
        if (created.Id is null)
        {
            return ProactiveDelivery.NotReachable("Teams did not open a chat with the person.");
        }

        await references.RememberAsync(
            new ConversationReference
            {
                TenantId = tenantId,
                ServiceUrl = created.ServiceUrl ?? serviceUrl,
                ConversationId = created.Id,
                ConversationType = "personal",
                AadObjectId = aadObjectId,
                LastSeen = DateTimeOffset.UtcNow,
            },
            cancellationToken);
        var first = await connector.SendToConversationAsync(created.ServiceUrl ?? serviceUrl, created.Id, activity, cancellationToken);
        logger.LogInformation("Started a 1:1 chat with {Person} in tenant {Tenant}", aadObjectId, tenantId);
        return new ProactiveDelivery(true, created.Id, first.Id, null);
    }

    /// <summary>Posts an activity as a new thread in a Teams channel.</summary>
    public async Task<ProactiveDelivery> PostToChannelAsync(string tenantId, string teamsChannelId, Activity activity, CancellationToken cancellationToken, TenantConversations? known = null)
    {
        var channel = known?.FindChannel(teamsChannelId) ?? await references.FindChannelAsync(tenantId, teamsChannelId, cancellationToken);
        var serviceUrl = channel?.ServiceUrl ?? known?.ServiceUrl ?? await references.FindServiceUrlAsync(tenantId, cancellationToken);
        if (serviceUrl is null)
        {
            return ProactiveDelivery.NotReachable("The bot has not been in this tenant yet.");
        }

        var created = await connector.CreateConversationAsync(
            serviceUrl,
            new ConversationParameters
            {
                IsGroup = true,
                TenantId = tenantId,
                Activity = activity,
                ChannelData = new JsonObject
                {
                    ["channel"] = new JsonObject { ["id"] = teamsChannelId },
                    ["tenant"] = new JsonObject { ["id"] = tenantId },
                },
            },
            cancellationToken);
        return new ProactiveDelivery(created.Id is not null, created.Id, created.ActivityId, created.Id is null ? "Teams did not start the thread." : null);
    }

    /// <summary>Replaces, for everyone, a message the bot posted in a channel (e.g. a card that must show the current state).</summary>
    public async Task<ProactiveDelivery> UpdateInChannelAsync(string tenantId, string teamsChannelId, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken, TenantConversations? known = null)
    {
        var channel = known?.FindChannel(teamsChannelId) ?? await references.FindChannelAsync(tenantId, teamsChannelId, cancellationToken);
        var serviceUrl = channel?.ServiceUrl ?? known?.ServiceUrl ?? await references.FindServiceUrlAsync(tenantId, cancellationToken);
        if (serviceUrl is null)
        {
            return ProactiveDelivery.NotReachable("The bot has not been in this tenant yet.");
        }

        await connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);
        return new ProactiveDelivery(true, conversationId, activityId, null);
    }
}
