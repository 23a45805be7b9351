using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsQuality.Teams.Activities;

/// <summary>
/// What the Bot Framework protocol allows an inbound activity to look like, checked at the edge before anything is
/// stored or routed: a tenant that is an Entra tenant id (a GUID), ids of a length and alphabet Teams uses (so they
/// always fit in a table key), and channelData, entities and invoke values of the protocol's shape. Anything else is
/// refused with 400, so no handler, store or scheduled job ever sees it.
/// </summary>
public static class ActivityShape
{
    /// <summary>
    /// The longest id accepted. Teams ids (29:…, 19:…@thread.tacv2;messageid=…, a:…, GUIDs) are far shorter; this
    /// bound keeps every table key built from an id, escaped, well under the 1 KiB a key may hold.
    /// </summary>
    public const int LongestId = 300;

    /// <summary>The longest display name accepted (Entra display names are at most 256 characters).</summary>
    public const int LongestName = 256;

    public const int LongestLocale = 32;

    public const int LongestServiceUrl = 2048;

    public const int LongestType = 64;

    /// <summary>True for an Entra tenant id as Teams sends it: a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</summary>
    public static bool IsTenantId(string? value) => value is { Length: 36 } && Guid.TryParseExact(value, "D", out _);

    /// <summary>Null when the activity has the protocol's shape; otherwise what is wrong, for the 400 answer.</summary>
    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type) || !IsId(activity.Type, LongestType))
        {
            return "The activity needs a type.";
        }

        if (!IsServiceUrl(activity.ServiceUrl))
        {
            return "The activity needs an absolute http(s) serviceUrl.";
        }

        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || !IsId(conversationId))
        {
            return $"The activity needs a conversation id of at most {LongestId} visible ASCII characters.";
        }

        if (ChannelDataProblem(activity.ChannelData) is { } channelData)
        {
            return channelData;
        }

        var fromConversation = activity.Conversation.TenantId;
        var fromChannelData = StringAt(activity.ChannelData, "tenant", "id");
        if ((fromConversation ?? fromChannelData) is null)
        {
            return "The activity needs a tenant id (conversation.tenantId or channelData.tenant.id).";
        }

        if ((fromConversation is not null && !IsTenantId(fromConversation)) || (fromChannelData is not null && !IsTenantId(fromChannelData)))
        {
            return "The tenant id must be an Entra tenant id (a GUID).";
        }

        if (fromConversation is not null && fromChannelData is not null && !string.Equals(fromConversation, fromChannelData, StringComparison.OrdinalIgnoreCase))
        {
            return "conversation.tenantId and channelData.tenant.id name different tenants.";
        }

        string?[] ids =
        [
            activity.Id, activity.ReplyToId, activity.ChannelId, activity.Conversation.ConversationType,
            activity.From?.Id, activity.From?.AadObjectId, activity.From?.Role, activity.Recipient?.Id, activity.Recipient?.AadObjectId,
            StringAt(activity.ChannelData, "team", "id"), StringAt(activity.ChannelData, "channel", "id"), StringAt(activity.ChannelData, "eventType"),
            .. (activity.MembersAdded ?? []).Select(m => m.Id), .. (activity.MembersRemoved ?? []).Select(m => m.Id),
        ];
        if (ids.Any(id => id is not null && !IsId(id)))
        {
            return $"Ids must be at most {LongestId} visible ASCII characters.";
        }

        string?[] names = [activity.From?.Name, activity.Recipient?.Name, activity.Conversation.Name];
        if (names.Any(name => name is { Length: > LongestName }) || activity.Locale is { Length: > LongestLocale } || activity.Name is { Length: > LongestName })
        {
            return "A name or the locale is longer than the protocol allows.";
        }

        if (activity.Entities?.Any(e => e is null || !IsStringOrAbsent(e["type"])) == true)
        {
            return "Each entity needs a string type.";
        }

        if (activity.Type == ActivityTypes.Invoke && string.Equals(activity.Name, "adaptiveCard/action", StringComparison.OrdinalIgnoreCase)
            && (activity.Value is not JsonObject value || value["action"] is not JsonObject action || !IsStringOrAbsent(action["verb"])))
        {
            return "An adaptiveCard/action invoke needs value.action with a string verb.";
        }

        return null;
    }

    /// <summary>The string at the path, or null when it is absent or not a string (never throws on a wrong shape).</summary>
    public static string? StringAt(JsonNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node is JsonObject obj ? obj[key] : null;
        }

        return node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }

    private static string? ChannelDataProblem(JsonObject? channelData)
    {
        if (channelData is null)
        {
            return null;
        }

        foreach (var part in new[] { "tenant", "team", "channel" })
        {
            if (channelData[part] is { } node && (node is not JsonObject obj || !IsStringOrAbsent(obj["id"])))
            {
                return $"channelData.{part} must be an object with a string id.";
            }
        }

        return IsStringOrAbsent(channelData["eventType"]) ? null : "channelData.eventType must be a string.";
    }

    private static bool IsStringOrAbsent(JsonNode? node) =>
        node is null || (node is JsonValue value && value.GetValueKind() == JsonValueKind.String);

    /// <summary>Visible ASCII only: Teams ids never hold spaces, control characters or other scripts.</summary>
    private static bool IsId(string value, int longest = LongestId) =>
        value.Length is > 0 && value.Length <= longest && value.All(c => c is > ' ' and < '\u007F');

    private static bool IsServiceUrl(string? value) =>
        value is { Length: > 0 and <= LongestServiceUrl }
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
