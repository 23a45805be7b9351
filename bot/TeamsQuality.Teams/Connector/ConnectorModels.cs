using System.Net;
using System.Text.Json.Nodes;
using TeamsQuality.Teams.Activities;

namespace TeamsQuality.Teams.Connector;

/// <summary>The body of POST /v3/conversations: a new 1:1 chat, or a new thread in a channel (isGroup with channelData.channel).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public IList<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public JsonObject? ChannelData { get; set; }
}

public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}

/// <summary>A channel of a team, as GET v3/teams/{teamId}/conversations lists it (the General channel has no name).</summary>
public sealed class TeamChannel
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

public sealed class ConversationList
{
    public IList<TeamChannel>? Conversations { get; set; }
}

/// <summary>A member as pagedmembers lists it: Teams' user id, the Entra object id, name, e-mail and role in the team.</summary>
public sealed class TeamsMember
{
    private string? _aadObjectId;

    public string? Id { get; set; }

    /// <summary>The Entra object id: Teams' documented pagedmembers answer names it objectId, the SDKs aadObjectId.</summary>
    public string? AadObjectId
    {
        get => _aadObjectId ?? ObjectId;
        set => _aadObjectId = value;
    }

    public string? ObjectId { get; set; }

    public string? Name { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    /// <summary>owner, user or guest (Teams' userRole).</summary>
    public string? UserRole { get; set; }

    public string? TenantId { get; set; }
}

public sealed class PagedMembersResult
{
    public IList<TeamsMember>? Members { get; set; }

    public string? ContinuationToken { get; set; }
}

/// <summary>The channel service refused a call, after any retries.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(HttpStatusCode statusCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
    }

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>How long Teams asked to wait before the next call (its Retry-After on a 429), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
