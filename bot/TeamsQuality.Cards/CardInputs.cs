using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsQuality.Cards;

/// <summary>Reads what a card sent, the way every card's parser does.</summary>
internal static class CardInputs
{
    /// <summary>An input's value as the card sent it (Teams sends every input as a string); null when absent or empty.</summary>
    public static string? Text(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>
    /// A whole number as a card sent it: as a JSON number (a button's own data, e.g. a stop's year) or as a string (an
    /// input's value); null when absent or not a whole number.
    /// </summary>
    public static int? Number(JsonObject? data, string key) => data?[key] switch
    {
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };
}
