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
