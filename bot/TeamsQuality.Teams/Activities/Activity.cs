using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsQuality.Teams.Activities;

/// <summary>The activity types this bot deals with.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
}

/// <summary>
/// A Bot Framework activity as Teams sends and receives it. Fields we do not model are kept in <see cref="Extra"/>,
/// so nothing Teams sends is lost when an activity is read and written again.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? Text { get; set; }

    public string? Summary { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<JsonObject>? Entities { get; set; }

    public JsonObject? ChannelData { get; set; }

    public string? Locale { get; set; }

    public string? ReplyToId { get; set; }

    public JsonNode? Value { get; set; }

    public string? Name { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    // The channelData getters read leniently (null on a wrong shape): ActivityShape refuses such activities at the
    // edge, and a getter that throws would turn a malformed activity into a 500 anywhere it is read.

    /// <summary>The Entra tenant the activity comes from (conversation.tenantId, else channelData.tenant.id).</summary>
    [JsonIgnore]
    public string? TenantId =>
        Conversation?.TenantId ?? ActivityShape.StringAt(ChannelData, "tenant", "id");

    /// <summary>The Teams team, for activities in a channel.</summary>
    [JsonIgnore]
    public string? TeamId => ActivityShape.StringAt(ChannelData, "team", "id");

    /// <summary>The Teams channel, for activities in a channel.</summary>
    [JsonIgnore]
    public string? TeamsChannelId => ActivityShape.StringAt(ChannelData, "channel", "id");

    /// <summary>channelData.eventType on conversation updates (teamMemberAdded, channelCreated, …).</summary>
    [JsonIgnore]
    public string? TeamsEventType => ActivityShape.StringAt(ChannelData, "eventType");

    /// <summary>
    /// Whether this activity says the bot was just added: an installationUpdate with action "add", or a
    /// conversationUpdate whose membersAdded has the bot.
    /// </summary>
    public bool AddsTheBot() => Type == ActivityTypes.InstallationUpdate
        ? Extra?.TryGetValue("action", out var action) == true && action.ValueKind == JsonValueKind.String && action.GetString() == "add"
        : Type == ActivityTypes.ConversationUpdate && MembersAdded?.Any(m => string.Equals(m.Id, Recipient?.Id, StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>The message text with the @mentions of the bot taken out, trimmed, as the user meant it.</summary>
    public string TextWithoutBotMention()
    {
        var text = Text ?? string.Empty;
        if (Entities is not null)
        {
            foreach (var entity in Entities)
            {
                if (ActivityShape.StringAt(entity, "type") == "mention"
                    && ActivityShape.StringAt(entity, "mentioned", "id") is { } mentionedId
                    && Recipient?.Id is { } botId
                    && string.Equals(mentionedId, botId, StringComparison.OrdinalIgnoreCase)
                    && ActivityShape.StringAt(entity, "text") is { Length: > 0 } mentionText)
                {
                    text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
                }
            }
        }

        // Teams also sends the mention markup without an entity in some clients.
        text = System.Text.RegularExpressions.Regex.Replace(text, "<at>[^<]*</at>", string.Empty);
        return System.Net.WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Trim();
    }

    /// <summary>A new message in the same conversation, from the bot to the sender.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };

    public static Activity Message(string? text = null, params Attachment[] attachments) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments = attachments.Length == 0 ? null : attachments.ToList(),
    };
}

public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }

    public JsonNode? Content { get; set; }

    public string? ContentUrl { get; set; }

    public string? Name { get; set; }

    public static Attachment AdaptiveCard(JsonObject card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}

/// <summary>The body Teams expects back for an invoke, e.g. the replacement card of an Action.Execute.</summary>
public sealed class InvokeResponse
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>The HTTP status to answer the invoke with.</summary>
    [JsonIgnore]
    public int HttpStatus { get; init; } = 200;

    /// <summary>The body; null sends an empty 200.</summary>
    [JsonIgnore]
    public JsonNode? Body { get; init; }

    /// <summary>
    /// The card this answer puts in place of the one pressed (an Action.Execute's answer), or null. Kept as the object,
    /// so a slow action's card is put in place with an update without reading it back out of <see cref="Body"/>.
    /// </summary>
    [JsonIgnore]
    public JsonObject? ReplacementCard { get; private init; }

    public static InvokeResponse Card(JsonObject card) => new()
    {
        Body = new JsonObject { ["statusCode"] = 200, ["type"] = AdaptiveCardType, ["value"] = card },
        ReplacementCard = card,
    };

    /// <summary>
    /// An answer read back from its body as JSON (the copy kept for a redelivery): a card answer is known as one again,
    /// so a redelivery that is slow puts the same card in place as the first delivery.
    /// </summary>
    public static InvokeResponse FromBody(int httpStatus, JsonNode? body) => new()
    {
        HttpStatus = httpStatus,
        Body = body,
        ReplacementCard = body is JsonObject answer && answer["type"] is JsonValue type && type.TryGetValue<string>(out var kind) && kind == AdaptiveCardType
            ? answer["value"] as JsonObject
            : null,
    };

    public static InvokeResponse Message(string text) => new()
    {
        Body = new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text },
    };

    public static InvokeResponse Error(int statusCode, string message) => new()
    {
        Body = new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = ErrorType,
            ["value"] = new JsonObject { ["code"] = statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), ["message"] = message },
        },
    };

    public static InvokeResponse Empty { get; } = new();
}

/// <summary>What a Bot Framework connector answers to a send.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}
