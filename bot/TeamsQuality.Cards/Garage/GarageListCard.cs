using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Organisations;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Garage;

/// <summary>
/// "garage" alone: the unit's Garage by theme (in the wheel's order), each item with who parked it, when and where it
/// stands. What still waits comes first within a theme; a Garage too large for one card shows the newest it can.
/// </summary>
public static class GarageListCard
{
    /// <summary>
    /// How many items at most, each with how much of its text: built with the first that keeps the card well under
    /// Teams' size (a Garage full of long texts shows fewer, shorter); the card says how many more there are.
    /// </summary>
    private static readonly IReadOnlyList<(int MostItems, int LongestText)> Budgets = [(40, 300), (25, 200), (15, 150), (10, 100)];

    public static AdaptiveCard Build(UiLanguage language, Unit unit, IReadOnlyList<GarageItem> items) =>
        CardParts.FirstThatFits(Budgets, MaxBytes, budget => Build(language, unit, items, budget.MostItems, budget.LongestText));

    /// <summary>The most the card may be as JSON at its largest (every non-ASCII letter escaped).</summary>
    internal const int MaxBytes = 60 * 1024;

    private static AdaptiveCard Build(UiLanguage language, Unit unit, IReadOnlyList<GarageItem> items, int mostItems, int longestText)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = string.Format(culture, t.GarageListTitle, unit.Name);
        var body = new List<CardElement> { Heading(title) };
        if (items.Count == 0)
        {
            body.Add(new TextBlock(t.GarageListNone) { IsSubtle = true });
        }

        // What waits first, the newest of the decided after; a theme keeps the wheel's order.
        var shown = items
            .OrderBy(i => i.Status is GarageStatus.TillPlanen or GarageStatus.Struken)
            .ThenByDescending(i => i.ParkedAt)
            .Take(mostItems)
            .ToList();
        foreach (var theme in shown.GroupBy(i => (i.StopNumber, i.Theme)).OrderBy(g => g.Key.StopNumber))
        {
            body.Add(Subheading(string.Format(culture, t.GarageThemeHeading, theme.Key.StopNumber, theme.Key.Theme)));
            foreach (var item in theme)
            {
                body.Add(new Container(GarageItemPart.Describe(language, item, longestText)) { Spacing = "small" });
            }
        }

        if (items.Count > shown.Count)
        {
            body.Add(CardParts.Hidden(string.Format(culture, t.GarageMoreHidden, items.Count - shown.Count)));
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body = body,
            Actions = [new ExecuteAction(t.ShowAllStops, CardVerbs.ListStops) { Data = new() { [CardKeys.Unit] = unit.Id } }],
        };
    }
}
