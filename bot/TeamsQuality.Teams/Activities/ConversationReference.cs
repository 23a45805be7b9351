namespace TeamsQuality.Teams.Activities;

/// <summary>
/// What the bot must remember to write to a conversation later, after any restart: where the channel service is
/// (serviceUrl), which conversation, and who the user and the bot are in it.
/// </summary>
public sealed record ConversationReference
{
    public required string TenantId { get; init; }

    public required string ServiceUrl { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; init; }

    public string? BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>The user's channel id (29:… in Teams), for personal conversations.</summary>
    public string? UserId { get; init; }

    /// <summary>The user's Entra object id, for personal conversations.</summary>
    public string? AadObjectId { get; init; }

    public string? UserName { get; init; }

    public string? TeamId { get; init; }

    /// <summary>The Teams channel id (without any ;messageid= thread suffix), for channel conversations.</summary>
    public string? TeamsChannelId { get; init; }

    public string? Locale { get; init; }

    public DateTimeOffset LastSeen { get; init; }

    /// <summary>The reference of the conversation an inbound activity belongs to, or null when the activity lacks what is needed.</summary>
    public static ConversationReference? FromInbound(Activity activity, DateTimeOffset now)
    {
        if (activity.TenantId is not { Length: > 0 } tenant
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        var isPersonal = activity.Conversation.ConversationType is null or "personal";
        return new ConversationReference
        {
            TenantId = tenant,
            ServiceUrl = serviceUrl,
            ConversationId = conversationId,
            ConversationType = activity.Conversation.ConversationType ?? "personal",
            BotId = activity.Recipient?.Id,
            BotName = activity.Recipient?.Name,
            UserId = isPersonal ? activity.From?.Id : null,
            AadObjectId = isPersonal ? activity.From?.AadObjectId : null,
            UserName = isPersonal ? activity.From?.Name : null,
            TeamId = activity.TeamId,
            TeamsChannelId = activity.TeamsChannelId,
            Locale = activity.Locale,
            LastSeen = now,
        };
    }
}
