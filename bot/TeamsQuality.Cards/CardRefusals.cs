using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>
/// Why a press was refused, and what it is about: the input the message concerns (its id, e.g.
/// <see cref="CardKeys.Contribution"/>), or, when it concerns no input, the button that was pressed (its verb).
/// </summary>
/// <param name="Message">What the user reads, in their language.</param>
/// <param name="Input">The id of the input the message is about; null when it is about none.</param>
/// <param name="Verb">The verb of the button pressed: where the message goes when no input is named or found.</param>
public sealed record CardRefusal(string Message, string? Input = null, string? Verb = null);

/// <summary>
/// The one way from the domain's refusals to what a card shows: each refusal's message in the user's language, placed
/// under the card's input for the refusal's <see cref="Field"/> (the card's own map from fields to its input ids), or
/// above the pressed button when it is about no field.
/// </summary>
public static class CardRefusals
{
    /// <param name="refusals">What the use case refused.</param>
    /// <param name="message">The refusal's text in the user's language.</param>
    /// <param name="inputOf">The card's input id for a field; null when the card has no input for it.</param>
    /// <param name="verb">The verb of the button pressed, where refusals about no input go.</param>
    public static IReadOnlyList<CardRefusal> Of(IEnumerable<Refusal> refusals, Func<Refusal, string> message, Func<Field, string?> inputOf, string? verb = null) =>
        refusals.Select(r => new CardRefusal(message(r), r.Field == Field.None ? null : inputOf(r.Field), verb)).Distinct().ToList();
}

/// <summary>
/// Puts refusals where the user is looking when the card comes back: each message directly under the input it concerns,
/// and all of them once more just above the button that sends that input (the first button after it; the card's own
/// buttons when none in the body follows). On a phone the top of a long card is far above the button the user pressed,
/// so a message there looks as if nothing happened. Teams shows an input's <c>errorMessage</c> only when its own
/// client-side check fails (required, regex), never for what the server refuses, hence red text under the input.
/// </summary>
internal static class RefusalPlacement
{
    /// <summary>The body with the refusals placed; the body itself when there are none.</summary>
    /// <param name="body">The card's body as built, inputs and buttons in reading order.</param>
    /// <param name="refusals">The refusals of the last press.</param>
    /// <param name="heading">The first line of the summary above the button.</param>
    public static List<CardElement> Place(IReadOnlyList<CardElement> body, IReadOnlyList<CardRefusal>? refusals, string heading)
    {
        if (refusals is not { Count: > 0 })
        {
            return [.. body];
        }

        var distinct = refusals.Distinct().ToList();
        var inputs = Flatten(body).OfType<InputElement>().Select(i => i.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var underInput = distinct.Where(r => r.Input is not null && inputs.Contains(r.Input)).ToList();
        var anchors = Anchor(body, distinct, underInput);
        var placing = new Placing(distinct, underInput, anchors, heading);
        var placed = placing.Rewrite(body);
        if (placing.Summary(placing.AtEnd, body.Count > 0 ? body[^1] as InputElement : null) is { } atEnd)
        {
            placed.Add(atEnd);
        }

        return placed;
    }

    /// <summary>
    /// Which button set each refusal's summary goes above (by reference: two sets may look alike); a refusal missing
    /// from the map goes at the end of the body, just above the card's own buttons.
    /// </summary>
    private static Dictionary<CardRefusal, ActionSet> Anchor(IReadOnlyList<CardElement> body, List<CardRefusal> refusals, List<CardRefusal> underInput)
    {
        var anchors = new Dictionary<CardRefusal, ActionSet>();
        var waiting = new List<CardRefusal>();
        foreach (var element in Flatten(body))
        {
            if (element is InputElement { Id: { } id })
            {
                waiting.AddRange(underInput.Where(r => r.Input == id && !waiting.Contains(r)));
            }
            else if (element is ActionSet set && set.Actions.OfType<ExecuteAction>().ToList() is { Count: > 0 } buttons)
            {
                foreach (var refusal in waiting)
                {
                    anchors.TryAdd(refusal, set);
                }

                waiting.Clear();
                foreach (var refusal in refusals.Where(r => !underInput.Contains(r) && r.Verb is not null && buttons.Any(b => b.Verb == r.Verb)))
                {
                    anchors.TryAdd(refusal, set);
                }
            }
        }

        return anchors;
    }

    /// <summary>Every element in reading order, into containers and columns.</summary>
    private static IEnumerable<CardElement> Flatten(IEnumerable<CardElement> elements)
    {
        foreach (var element in elements)
        {
            yield return element;
            var children = element switch
            {
                Container container => container.Items,
                ColumnSet columns => columns.Columns.SelectMany(c => c.Items),
                _ => [],
            };
            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }

    private sealed class Placing(List<CardRefusal> refusals, List<CardRefusal> underInput, Dictionary<CardRefusal, ActionSet> anchors, string heading)
    {
        public List<CardRefusal> AtEnd { get; } = refusals.Where(r => !anchors.ContainsKey(r)).ToList();

        public List<CardElement> Rewrite(IReadOnlyList<CardElement> elements)
        {
            var result = new List<CardElement>();
            InputElement? previousInput = null;
            foreach (var element in elements)
            {
                switch (element)
                {
                    case InputElement input:
                        result.Add(input);
                        result.AddRange(underInput.Where(r => r.Input == input.Id).Select(r => (CardElement)FieldMessage(r.Message)));
                        previousInput = input;
                        continue;
                    case ActionSet set when anchors.Where(a => ReferenceEquals(a.Value, set)).Select(a => a.Key).ToList() is { Count: > 0 } here:
                        if (Summary(here, previousInput) is { } summary)
                        {
                            result.Add(summary);
                        }

                        result.Add(set);
                        break;
                    case Container container:
                        result.Add(container with { Items = Rewrite(container.Items) });
                        break;
                    case ColumnSet columns:
                        result.Add(columns with { Columns = columns.Columns.Select(c => c with { Items = Rewrite(c.Items) }).ToList() });
                        break;
                    default:
                        result.Add(element);
                        break;
                }

                previousInput = null;
            }

            return result;
        }

        /// <summary>
        /// The summary just above a button: every message anchored there, except the one already shown under the input
        /// right before it (a contribution box and its button: the message is already where the user looks).
        /// </summary>
        public Container? Summary(IReadOnlyList<CardRefusal> here, InputElement? previousInput)
        {
            var messages = here.Where(r => previousInput is null || r.Input != previousInput.Id).Select(r => r.Message).Distinct().ToList();
            if (messages.Count == 0)
            {
                return null;
            }

            var items = new List<CardElement> { new TextBlock(heading) { Weight = "bolder", Color = "attention" } };
            items.AddRange(messages.Select(m => (CardElement)Red("• " + m, weight: null)));
            return new Container(items) { Style = "attention", Spacing = "medium" };
        }

        /// <summary>The message right under its input, red as Teams shows an input's own error.</summary>
        private static RichTextBlock FieldMessage(string message) => Red(message, "bolder");

        /// <summary>
        /// Red text as a text run: a message quotes field names ('Vad hände'), which a TextBlock's Markdown would turn
        /// into other characters or formatting.
        /// </summary>
        private static RichTextBlock Red(string text, string? weight) =>
            new([new TextRun(text) { Color = "attention", Weight = weight }]) { Spacing = "small" };
    }
}
