using System.Text.Json.Nodes;

namespace TeamsQuality.Cards;

/// <summary>Reads what a card sent, the way every card's parser does.</summary>
internal static class CardInputs
{
    /// <summary>An input's value as the card sent it (Teams sends every input as a string); null when absent or empty.</summary>
    public static string? Text(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
