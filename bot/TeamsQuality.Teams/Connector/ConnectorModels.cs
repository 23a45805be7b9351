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
}
