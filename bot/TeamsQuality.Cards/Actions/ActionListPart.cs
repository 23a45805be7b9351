using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Actions;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Actions;

/// <summary>
/// A list of improvement actions on a card (a report's actions, the actions a finished stop put in the unit's plan):
/// one row per action, its title and, small under it, owner, due date and status; the actions that do not fit are
/// counted in a line at the end. One place, so the actions read the same wherever they are shown.
/// </summary>
internal static class ActionListPart
{
    /// <summary>The most of an action's title a row shows; the whole is in the unit's plan.</summary>
    private const int LongestTitle = 300;

    /// <summary>Adds the rows of the oldest <paramref name="actions"/> that fit, and the count of the rest.</summary>
    /// <param name="most">How many rows at the most.</param>
    /// <param name="budget">What the rows may cost as JSON in all (<see cref="CardParts.JsonCost"/>).</param>
    /// <param name="rowCost">What a row costs beyond its title and owner (its frame), as the card counts it.</param>
    public static void Add(List<CardElement> body, UiLanguage language, Texts t, IReadOnlyList<ImprovementAction> actions, int most, int budget, int rowCost)
    {
        var (shown, hidden) = CardParts.Oldest(
            actions, most, budget, a => CardParts.JsonCost(Shorten(a.Title, LongestTitle)) + CardParts.JsonCost(a.OwnerName) + rowCost);
        foreach (var action in shown)
        {
            body.Add(new Container(
            [
                Plain("• " + Shorten(action.Title, LongestTitle)),
                Subtle($"{AnalysisStepCard.ProposalLine(language, t, action.OwnerName, action.DueDate)} · {t.ActionStatusName(action.Status)}"),
            ])
            {
                Spacing = "small",
            });
        }

        if (hidden > 0)
        {
            body.Add(CardParts.Hidden(string.Format(language.Culture(), t.ReportActionsHidden, hidden)));
        }
    }
}
