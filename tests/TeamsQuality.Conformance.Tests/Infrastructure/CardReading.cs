using System.Text.Json.Nodes;

namespace TeamsQuality.Conformance.Tests.Infrastructure;

/// <summary>Reads a card's JSON the way a user meets it: its texts, its inputs, its buttons.</summary>
public static class CardReading
{
    /// <summary>
    /// Every object in the card, skipping the free-form payloads (button data, msteams) and the Universal Actions refresh,
    /// which nobody sees or presses (read it with <see cref="RefreshOf"/>).
    /// </summary>
    public static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (key, child) in obj)
                {
                    if (key is "data" or "msteams" or "refresh")
                    {
                        continue;
                    }

                    foreach (var descendant in Descendants(child))
                    {
                        yield return descendant;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var descendant in Descendants(child))
                    {
                        yield return descendant;
                    }
                }

                break;
        }
    }

    public static string? TypeOf(JsonObject element) => element["type"]?.GetValue<string>();

    /// <summary>The texts a user reads, one per element: a TextBlock's text, a RichTextBlock's runs joined, facts as "title: value", button titles, input labels and choices.</summary>
    public static List<string> Texts(JsonObject card)
    {
        var texts = new List<string>();
        foreach (var element in Descendants(card))
        {
            switch (TypeOf(element))
            {
                case "TextBlock":
                    texts.Add(element["text"]!.GetValue<string>());
                    break;
                case "RichTextBlock":
                    texts.Add(string.Concat(element["inlines"]!.AsArray().Select(run => run!["text"]!.GetValue<string>())));
                    break;
                case "FactSet":
                    texts.AddRange(element["facts"]!.AsArray().Select(f => $"{f!["title"]}: {f["value"]}"));
                    break;
                case { } type when type.StartsWith("Action.", StringComparison.Ordinal):
                    texts.Add(element["title"]!.GetValue<string>());
                    break;
                case { } type when type.StartsWith("Input.", StringComparison.Ordinal):
                    texts.Add(element["label"]!.GetValue<string>());
                    texts.AddRange(element["choices"]?.AsArray().Select(c => c!["title"]!.GetValue<string>()) ?? []);
                    break;
            }
        }

        return texts;
    }

    /// <summary>All the card's text in one string, for "does the card say …" checks.</summary>
    public static string AllText(JsonObject card) => string.Join("\n", Texts(card));

    public static List<JsonObject> Inputs(JsonObject card) =>
        Descendants(card).Where(e => TypeOf(e)?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();

    public static JsonObject? Input(JsonObject card, string id) =>
        Inputs(card).SingleOrDefault(e => e["id"]?.GetValue<string>() == id);

    public static string? ValueOf(JsonObject card, string inputId) => Input(card, inputId)?["value"]?.GetValue<string>();

    /// <summary>Every Action.Execute on the card, wherever it is (card actions, ActionSets in the body, in columns).</summary>
    public static List<JsonObject> Buttons(JsonObject card) =>
        Descendants(card).Where(e => TypeOf(e) == "Action.Execute").ToList();

    public static List<JsonObject> Buttons(JsonObject card, string verb) =>
        Buttons(card).Where(b => b["verb"]?.GetValue<string>() == verb).ToList();

    public static JsonObject DataOf(JsonObject button) => button["data"]?.AsObject() ?? [];

    /// <summary>The card's refresh: the action Teams sends by itself, and for whom (userIds).</summary>
    public static JsonObject? RefreshOf(JsonObject card) => card["refresh"] as JsonObject;

    /// <summary>
    /// What the card shows right under an input, up to the next input or button: where a user who typed in it looks.
    /// Each element as <see cref="Texts"/> reads it, with its colour.
    /// </summary>
    public static List<(string Text, string? Color)> Under(JsonObject card, string inputId)
    {
        var (siblings, index) = Sibling(card, e => e["id"]?.GetValue<string>() == inputId && TypeOf(e)!.StartsWith("Input.", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The card has no input \"{inputId}\".");
        return siblings.Skip(index + 1)
            .TakeWhile(e => TypeOf(e) is not "ActionSet" && TypeOf(e)?.StartsWith("Input.", StringComparison.Ordinal) != true)
            .SelectMany(Coloured)
            .ToList();
    }

    /// <summary>
    /// What the card shows right above the button with this verb: the element before its button set in the body, or the
    /// body's last element when the button is one of the card's own (shown under the body).
    /// </summary>
    public static List<(string Text, string? Color)> Above(JsonObject card, string verb)
    {
        bool HasButton(JsonObject e) => TypeOf(e) == "ActionSet" && e["actions"]!.AsArray().Any(a => a?["verb"]?.GetValue<string>() == verb);
        if (Sibling(card["body"], HasButton) is var (siblings, index))
        {
            return index == 0 ? [] : Coloured(siblings[index - 1]).ToList();
        }

        Assert.Contains(card["actions"]?.AsArray().OfType<JsonObject>() ?? [], a => a["verb"]?.GetValue<string>() == verb);
        return Coloured(card["body"]!.AsArray().OfType<JsonObject>().Last()).ToList();
    }

    /// <summary>The texts of an element and what is in it, each with its colour (a text run's own, or its block's).</summary>
    private static IEnumerable<(string Text, string? Color)> Coloured(JsonObject element) =>
        Descendants(element).SelectMany(e => TypeOf(e) switch
        {
            "TextBlock" => [(e["text"]!.GetValue<string>(), e["color"]?.GetValue<string>())],
            "RichTextBlock" => [(string.Concat(e["inlines"]!.AsArray().Select(r => r!["text"]!.GetValue<string>())), e["inlines"]![0]!["color"]?.GetValue<string>())],
            _ => Array.Empty<(string, string?)>(),
        });

    /// <summary>The list of elements the first element matching holds, and its place in it.</summary>
    private static (List<JsonObject> Siblings, int Index)? Sibling(JsonNode? node, Func<JsonObject, bool> match)
    {
        foreach (var list in Descendants(node).SelectMany(o => o.Select(p => p.Value).OfType<JsonArray>()).Prepend(node as JsonArray).OfType<JsonArray>())
        {
            var elements = list.OfType<JsonObject>().ToList();
            var index = elements.FindIndex(e => TypeOf(e) is not null && match(e));
            if (index >= 0)
            {
                return (elements, index);
            }
        }

        return null;
    }
}
