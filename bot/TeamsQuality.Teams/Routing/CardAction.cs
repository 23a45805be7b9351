using System.Text.Json.Nodes;

namespace TeamsQuality.Teams.Routing;

/// <summary>
/// A button pressed on an Adaptive Card: Action.Execute (an adaptiveCard/action invoke) or Action.Submit (a message
/// whose value carries a "verb"). <see cref="Data"/> holds the action's data merged with the card's inputs.
/// </summary>
public sealed record CardAction(string Verb, JsonObject Data, bool IsExecute, string? CardActivityId)
{
    /// <summary>The data key that carries the verb of an Action.Submit.</summary>
    public const string VerbKey = "verb";

    public string? GetString(string key) => Data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : Data[key]?.ToJsonString();
}

/// <summary>What a card action leads to.</summary>
public abstract record CardActionResult
{
    /// <summary>Nothing more to show.</summary>
    public static CardActionResult None { get; } = new NoResult();

    /// <summary>Put this card in place of the one whose button was pressed.</summary>
    public static CardActionResult ReplaceCard(JsonObject card) => new ReplaceCardResult(card);

    /// <summary>Show a short message (Execute: on the card, as Teams does; Submit: as a reply).</summary>
    public static CardActionResult Message(string text) => new MessageResult(text);

    public sealed record NoResult : CardActionResult;

    public sealed record ReplaceCardResult(JsonObject Card) : CardActionResult;

    public sealed record MessageResult(string Text) : CardActionResult;
}
