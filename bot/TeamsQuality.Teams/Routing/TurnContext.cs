using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Teams.Routing;

/// <summary>One inbound activity being handled: what came in, and how to answer in the same conversation.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector, IServiceProvider services)
{
    public Activity Activity { get; } = activity;

    /// <summary>The turn's own service scope (it outlives the HTTP request when the turn runs long).</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>What the user wrote, without the @mention of the bot.</summary>
    public string Text => Activity.TextWithoutBotMention();

    public string? Locale => Activity.Locale;

    public string? TenantId => Activity.TenantId;

    /// <summary>The sender's Entra object id.</summary>
    public string? UserAadObjectId => Activity.From?.AadObjectId;

    /// <summary>Sends a message to the conversation the activity came from (in a channel: the same thread).</summary>
    public Task<ResourceResponse> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var full = Complete(reply);
        return Activity.Id is { Length: > 0 } id && Activity.Conversation?.ConversationType == "channel"
            ? connector.ReplyToActivityAsync(ServiceUrl, ConversationId, id, full, cancellationToken)
            : connector.SendToConversationAsync(ServiceUrl, ConversationId, full, cancellationToken);
    }

    /// <summary>Replaces a message the bot sent earlier in this conversation (e.g. a card, in place).</summary>
    public Task<ResourceResponse> UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken) =>
        connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, Complete(replacement), cancellationToken);

    private string ServiceUrl => Activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to answer at.");

    private string ConversationId => Activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation to answer in.");

    private Activity Complete(Activity reply)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.Timestamp ??= DateTimeOffset.UtcNow;
        reply.ChannelId ??= Activity.ChannelId;
        reply.ServiceUrl ??= Activity.ServiceUrl;
        reply.Conversation ??= Activity.Conversation;
        reply.Locale ??= Activity.Locale;
        reply.From ??= Activity.Recipient is null ? null : new ChannelAccount { Id = Activity.Recipient.Id, Name = Activity.Recipient.Name };
        reply.Recipient ??= Activity.From is null ? null : new ChannelAccount { Id = Activity.From.Id, Name = Activity.From.Name, AadObjectId = Activity.From.AadObjectId };
        return reply;
    }
}
