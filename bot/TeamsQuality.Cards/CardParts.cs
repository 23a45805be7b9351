using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards;

/// <summary>
/// The pieces every feature's cards share: the value to preselect, date and time inputs, and the budgets that keep a
/// card under Teams' size limit (what a text costs as JSON, the newest or oldest items that fit, the first build that
/// fits).
/// </summary>
internal static class CardParts
{
    /// <summary>The value to preselect: the first candidate that is one of the choices (a stale or forged value is not).</summary>
    public static string? Chosen(IReadOnlyList<Choice> choices, params string?[] candidates) =>
        candidates.FirstOrDefault(value => value is not null && choices.Any(c => string.Equals(c.Value, value, StringComparison.Ordinal)));

    /// <summary>A date input's value: the draft's date when it is one, else the fallback.</summary>
    public static string? DateValue(string? draft, DateOnly? fallback = null) =>
        (CardInputs.Date(draft) ?? fallback)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time input's value: the draft's time when it is one.</summary>
    public static string? TimeValue(string? draft) => CardInputs.Time(draft)?.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Adds the newest items that fit the budget (at least one); returns how many older ones were left out.</summary>
    public static (List<T> Shown, int Hidden) Newest<T>(IReadOnlyList<T> all, int maxCount, int budget, Func<T, int> size)
    {
        var shown = new List<T>();
        var used = 0;
        for (var i = all.Count - 1; i >= 0 && shown.Count < maxCount; i--)
        {
            used += size(all[i]);
            if (shown.Count > 0 && used > budget)
            {
                break;
            }

            shown.Insert(0, all[i]);
        }

        return (shown, all.Count - shown.Count);
    }

    /// <summary>
    /// The most a text may add to a card as JSON, at worst: a character outside ASCII costs 6 bytes escaped (å is
    /// \u00E5), so budgets count that way and a card of emoji or åäö stays under Teams' limit as surely as plain text.
    /// </summary>
    public static int JsonCost(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var cost = 0;
        foreach (var c in text)
        {
            cost += c is >= ' ' and < (char)127 && c is not '"' and not '\\' and not '<' and not '>' and not '&' and not '\'' and not '+' and not '`' ? 1 : 6;
        }

        return cost;
    }

    /// <summary>The text cut (with "…", never inside a character) so that it costs at most <paramref name="maxCost"/>.</summary>
    public static string WithinCost(string text, int maxCost, bool ellipsis = true)
    {
        if (JsonCost(text) <= maxCost)
        {
            return text;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        var cost = ellipsis ? 6 : 0;
        var length = 0;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            cost += JsonCost(element);
            if (cost > maxCost)
            {
                break;
            }

            length += element.Length;
        }

        return ellipsis ? text[..length].TrimEnd() + "…" : text[..length];
    }

    /// <summary>A user's text put back in an input: whole up to <see cref="StopCardParts.LongestPrefill"/> characters and <paramref name="maxCost"/>.</summary>
    public static string? PrefillWithin(string? text, int maxCost = LongestPrefillCost) =>
        Prefill(text) is { } prefill ? WithinCost(prefill, maxCost, ellipsis: false) : null;

    /// <summary>The most one put-back input may cost: 8000 plain characters, or a whole 4000-character Swedish text.</summary>
    public const int LongestPrefillCost = 10_000;

    /// <summary>The oldest items that fit the budget (at least one), in order; returns how many newer ones were left out.</summary>
    public static (List<T> Shown, int Hidden) Oldest<T>(IReadOnlyList<T> all, int maxCount, int budget, Func<T, int> size)
    {
        var shown = new List<T>();
        var used = 0;
        foreach (var item in all)
        {
            used += size(item);
            if (shown.Count >= maxCount || (shown.Count > 0 && used > budget))
            {
                break;
            }

            shown.Add(item);
        }

        return (shown, all.Count - shown.Count);
    }

    /// <summary>
    /// The card built with the first budget (largest first) that makes it smaller than <paramref name="maxBytes"/> as
    /// JSON at its largest (every non-ASCII letter escaped), or with the last: a card always reaches Teams, which refuses
    /// an oversized one outright.
    /// </summary>
    public static AdaptiveCard FirstThatFits<TBudget>(IReadOnlyList<TBudget> budgets, int maxBytes, Func<TBudget, AdaptiveCard> build)
    {
        AdaptiveCard card = null!;
        foreach (var budget in budgets)
        {
            card = build(budget);
            if (System.Text.Encoding.UTF8.GetByteCount(card.ToJson().ToJsonString()) < maxBytes)
            {
                break;
            }
        }

        return card;
    }

    /// <summary>
    /// A card that ends where it is (nothing to show, or nothing the viewer may see): what it says and only the way back
    /// to the help.
    /// </summary>
    public static AdaptiveCard BackToHelpCard(UiLanguage language, Texts t, string fallback, List<CardElement> body) => new()
    {
        Lang = language.Tag(),
        FallbackText = fallback,
        Body = body,
        Actions = [new ExecuteAction(t.BackToHelp, CardVerbs.ShowHelp)],
    };

    /// <summary>
    /// A card's forms (a report's or a risk's): the one being worked in (typed in, or refused) open in the body with its
    /// button, so what was typed and each refusal under its input are in sight; the others behind buttons that show
    /// them, so the card stays short.
    /// </summary>
    /// <param name="body">The card's body, to add to.</param>
    /// <param name="forms">Each form: whether it is worked in, its title, its inputs and its button.</param>
    /// <param name="spacing">The spacing above the row of buttons.</param>
    public static void AddForms(List<CardElement> body, IEnumerable<(bool InPlace, string Title, IReadOnlyList<CardElement> Items, ExecuteAction Submit)> forms, string spacing)
    {
        var buttons = new List<CardActionElement>();
        foreach (var (inPlace, title, items, submit) in forms)
        {
            if (inPlace)
            {
                body.Add(new Container([new TextBlock(title) { Weight = "bolder", Color = "accent" }, .. items, new ActionSet([submit])])
                {
                    Style = "emphasis",
                    Spacing = "medium",
                });
            }
            else
            {
                buttons.Add(new ShowCardAction(title, new AdaptiveCard { Body = items, Actions = [submit], Teams = null }));
            }
        }

        if (buttons.Count > 0)
        {
            body.Add(new ActionSet(buttons) { Spacing = spacing });
        }
    }

    /// <summary>A small subtle line saying how many are not shown.</summary>
    public static TextBlock Hidden(string text) => new(text) { IsSubtle = true, Size = "small", Spacing = "small" };
}
