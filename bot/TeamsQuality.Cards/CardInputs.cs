using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsQuality.Cards;

/// <summary>
/// Reads what a card sent, the way every card's parser does: the inputs' values as Teams sends them (every input as a
/// string), and the dates, times and choices in them.
/// </summary>
public static class CardInputs
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

    /// <summary>yyyy-MM-dd as Input.Date sends it; null otherwise.</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>HH:mm (or HH:mm:ss) as Input.Time sends it; null otherwise.</summary>
    public static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>A choice sent as the enum member's name (never a number); null when empty or none of the members.</summary>
    public static T? Named<T>(string? value)
        where T : struct, Enum =>
        !string.IsNullOrEmpty(value) && !char.IsDigit(value[0]) && Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    /// <summary>A level sent as its number ("1" to "4"); null when it is none of the levels.</summary>
    public static T? Level<T>(string? value)
        where T : struct, Enum =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined(typeof(T), number) ? (T)Enum.ToObject(typeof(T), number) : null;
}
