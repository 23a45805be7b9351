using TeamsQuality.Teams.Activities;

namespace TeamsQuality.Teams.Hosting;

/// <summary>Keeps conversation references, so the bot can write to people and channels later, after any restart.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Remembers the conversation of an inbound activity (and the tenant's service URL).</summary>
    Task RememberAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The 1:1 conversation between the bot and a person, by Entra object id.</summary>
    Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>A Teams channel the bot has been in, by channel id.</summary>
    Task<ConversationReference?> FindChannelAsync(string tenantId, string teamsChannelId, CancellationToken cancellationToken);

    /// <summary>The service URL to use for new conversations in a tenant (the last one Teams used there).</summary>
    Task<string?> FindServiceUrlAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Records which service URL a tenant's new conversations go to, e.g. for the local playground.</summary>
    Task SetServiceUrlAsync(string tenantId, string serviceUrl, CancellationToken cancellationToken);

    /// <summary>
    /// Every 1:1 and channel conversation of a tenant and its service URL, read at once (one range query, a page per
    /// thousand rows): for a job that writes to many people, instead of one point read per message.
    /// </summary>
    Task<TenantConversations> ListTenantAsync(string tenantId, CancellationToken cancellationToken);
}

/// <summary>A tenant's conversation references as read at one moment (<see cref="IConversationReferenceStore.ListTenantAsync"/>).</summary>
public sealed class TenantConversations(
    string tenantId,
    IReadOnlyDictionary<string, ConversationReference> personal,
    IReadOnlyDictionary<string, ConversationReference> channels,
    string? serviceUrl)
{
    public string TenantId { get; } = tenantId;

    /// <summary>The service URL new conversations in the tenant go to; null when the bot has not been in the tenant.</summary>
    public string? ServiceUrl { get; } = serviceUrl;

    public int PersonalCount => personal.Count;

    public int ChannelCount => channels.Count;

    /// <summary>The person's 1:1 conversation with the bot, by Entra object id (any case).</summary>
    public ConversationReference? FindPersonal(string aadObjectId) =>
        personal.TryGetValue(aadObjectId.ToLowerInvariant(), out var found) ? found : null;

    /// <summary>A Teams channel the bot has been in, by channel id.</summary>
    public ConversationReference? FindChannel(string teamsChannelId) =>
        channels.TryGetValue(teamsChannelId, out var found) ? found : null;
}

/// <summary>
/// Remembers which inbound activities have been taken on, so an activity Teams redelivers (same id) is handled once.
/// </summary>
public interface IInboundActivityLog
{
    /// <summary>True the first time an activity is seen; false when it was already taken on.</summary>
    Task<bool> TryBeginAsync(string tenantId, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Keeps the answer an invoke was given with its mark, so a redelivery of it gets the same answer.</summary>
    Task RecordAnswerAsync(string tenantId, string conversationId, string activityId, InvokeResponse answer, CancellationToken cancellationToken);

    /// <summary>The mark of an activity taken on (with its answer once given), or null when there is none (never taken on, or forgotten).</summary>
    Task<InboundMark?> FindAsync(string tenantId, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Forgets an activity whose handling failed, so a redelivery can try again.</summary>
    Task ForgetAsync(string tenantId, string conversationId, string activityId, CancellationToken cancellationToken);
}

/// <summary>An activity already taken on, and the answer it was given (null while its turn still runs, or for a non-invoke).</summary>
public sealed record InboundMark(InvokeResponse? Answer);
