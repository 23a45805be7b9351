using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsQuality.Cards.Adaptive;

/// <summary>
/// A small typed model of the Adaptive Card elements the bot uses (schema 1.5, as Teams desktop and web render it;
/// mostly 1.2-level elements, which Teams mobile renders too). Serialised with <see cref="ToJson"/>.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyName("type")]
    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Version { get; init; } = SchemaVersion;

    /// <summary>The card's language, e.g. "sv-SE", so screen readers pronounce it right.</summary>
    public string? Lang { get; init; }

    public string? Speak { get; init; }

    /// <summary>Shown in notifications and the chat list instead of the card.</summary>
    public string? FallbackText { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardActionElement>? Actions { get; init; }

    /// <summary>Universal Actions' refresh: how Teams fetches each viewer's own, current view of the card.</summary>
    public CardRefresh? Refresh { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; init; } = new();

    public JsonObject ToJson() => (JsonObject)JsonSerializer.SerializeToNode(this, CardJson.Options)!;
}

/// <summary>
/// Teams sends the action (an adaptiveCard/action invoke with trigger "automatic") when a user listed in
/// <see cref="UserIds"/> views the card, and shows that user the card the bot answers with. Without user ids Teams
/// does so for everyone in chats and channels of 60 people or fewer; others refresh by hand.
/// </summary>
public sealed record CardRefresh(CardActionElement Action)
{
    /// <summary>The viewers' Teams user ids (as in an activity's from.id), at most 60.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
}

public sealed record TeamsCardProperties
{
    public string Width { get; init; } = "Full";
}

internal static class CardJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(InputDate), "Input.Date")]
[JsonDerivedType(typeof(InputTime), "Input.Time")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
public abstract record CardElement
{
    public string? Id { get; init; }

    /// <summary>none, small, default, medium, large, extraLarge, padding.</summary>
    public string? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }
}

public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap { get; init; } = true;

    /// <summary>small, default, medium, large, extraLarge.</summary>
    public string? Size { get; init; }

    /// <summary>lighter, default, bolder.</summary>
    public string? Weight { get; init; }

    /// <summary>default, dark, light, accent, good, warning, attention.</summary>
    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }

    /// <summary>heading for headings (1.5), so assistive technology knows.</summary>
    public string? Style { get; init; }
}

/// <summary>
/// Text whose runs are shown as they are, without Markdown: the element for anything a user wrote, so their text
/// cannot turn into links or formatting in the bot's card.
/// </summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;

public sealed record TextRun(string Text)
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "TextRun";

    public string? Color { get; init; }

    public string? Weight { get; init; }

    public bool? Italic { get; init; }

    public bool? IsSubtle { get; init; }
}

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>default, emphasis, good, attention, warning, accent.</summary>
    public string? Style { get; init; }

    public bool? Bleed { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "Column";

    /// <summary>auto, stretch, or a weight.</summary>
    public string? Width { get; init; }

    public string? VerticalContentAlignment { get; init; }
}

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Fact(string Title, string Value);

public sealed record ActionSet(IReadOnlyList<CardActionElement> Actions) : CardElement;

public abstract record InputElement : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

public sealed record InputText : InputElement
{
    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }
}

public sealed record InputChoiceSet(IReadOnlyList<Choice> Choices) : InputElement
{
    /// <summary>compact (a drop-down) or expanded (radio buttons).</summary>
    public string? Style { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiSelect { get; init; }

    public string? Placeholder { get; init; }
}

public sealed record Choice(string Title, string Value);

public sealed record InputDate : InputElement
{
    /// <summary>yyyy-MM-dd.</summary>
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}

public sealed record InputTime : InputElement
{
    /// <summary>HH:mm.</summary>
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}

public sealed record InputToggle(string Title) : InputElement
{
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardActionElement(string Title)
{
    public string? Id { get; init; }

    /// <summary>default, positive, destructive.</summary>
    public string? Style { get; init; }
}

/// <summary>A Universal Action: Teams sends an adaptiveCard/action invoke and shows the card the bot answers with.</summary>
public sealed record ExecuteAction(string Title, string Verb) : CardActionElement(Title)
{
    public JsonObject? Data { get; init; }

    /// <summary>"auto" sends the card's inputs (validated), "none" sends none.</summary>
    public string? AssociatedInputs { get; init; }
}

/// <summary>Sends a message whose value is the data merged with the card's inputs. The verb goes in the data.</summary>
public sealed record SubmitAction(string Title) : CardActionElement(Title)
{
    public JsonObject? Data { get; init; }

    public string? AssociatedInputs { get; init; }

    public static SubmitAction ForVerb(string title, string verb) => new(title) { Data = new JsonObject { ["verb"] = verb } };
}

public sealed record OpenUrlAction(string Title, string Url) : CardActionElement(Title);

public sealed record ShowCardAction(string Title, AdaptiveCard Card) : CardActionElement(Title);
