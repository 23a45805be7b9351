using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Actions;

/// <summary>
/// An action's history on demand: every change, newest first, with who and when (Swedish time), from what to what and
/// the comment given; as many as fit far under Teams' 80 KB, the older ones counted.
/// </summary>
public static class ActionHistoryCard
{
    /// <summary>How much the changes' texts may cost in all (<see cref="CardParts.JsonCost"/>).</summary>
    internal const int HistoryBudget = 40_000;

    private const int LongestComment = 1000;

    public static AdaptiveCard Build(UiLanguage language, Unit unit, ImprovementAction action, DeviationReference? report, bool canChange, DateTimeOffset now)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = string.Format(culture, t.ActionHistoryTitle, Shorten(action.Title, 80));
        var body = new List<CardElement> { new TextBlock(t.ActionHistoryButton) { Size = "large", Weight = "bolder", Style = "heading" } };
        body.AddRange(ActionCardParts.Summary(language, t, action, report, now));
        var (shown, hidden) = Newest(
            action.History, 100, HistoryBudget, h => JsonCost(Line(language, t, h)) + JsonCost(h.Comment is null ? null : Shorten(h.Comment, LongestComment)) + JsonCost(h.PersonName) + 300);
        foreach (var change in Enumerable.Reverse(shown))
        {
            var items = new List<CardElement>
            {
                Byline(change.PersonName, WhenOnRecord(language, change.At)),
                Plain(Line(language, t, change)),
            };
            if (!string.IsNullOrWhiteSpace(change.Comment) && change.Kind != ActionChangeKind.NextStep)
            {
                items.Add(Subtle(Shorten(change.Comment, LongestComment)));
            }

            body.Add(new Container(items) { Spacing = "medium", Separator = true });
        }

        if (hidden > 0)
        {
            body.Add(Hidden(string.Format(culture, t.ActionHistoryHidden, hidden)));
        }

        var actions = new List<CardActionElement>();
        if (canChange && action.Effect is null)
        {
            actions.Add(new ExecuteAction(t.ChangeStatusButton, CardVerbs.ActionStatusForm) { Data = ActionCardParts.Data(unit, action) });
        }

        actions.Add(new ExecuteAction(t.ShowActionPlan, CardVerbs.ActionPlan) { Data = new() { [CardKeys.Unit] = unit.Id } });
        return new AdaptiveCard { Lang = language.Tag(), FallbackText = title, Body = body, Actions = actions };
    }

    /// <summary>What a change was, in the reader's language; an older change without a kind by its Swedish line.</summary>
    private static string Line(UiLanguage language, Texts t, ActionChange change)
    {
        var culture = language.Culture();
        return change.Kind switch
        {
            ActionChangeKind.Status => string.Format(culture, t.HistoryStatus, StatusName(t, change.From), StatusName(t, change.To)),
            ActionChangeKind.DueDate => string.Format(culture, t.HistoryDueDate, Day(language, t, change.From), Day(language, t, change.To)),
            ActionChangeKind.FollowUpDate => string.Format(culture, t.HistoryFollowUp, Day(language, t, change.From), Day(language, t, change.To)),
            ActionChangeKind.Effect => string.Format(culture, t.HistoryEffect, Enum.TryParse<ActionEffect>(change.To, out var effect) ? t.EffectName(effect) : change.To),
            ActionChangeKind.NextStep when change.To == nameof(NoEffectStep.NyAtgard) => $"{t.HistoryNewAction}: {Shorten(change.Comment ?? string.Empty, ActionCardParts.LongestText)}",
            ActionChangeKind.NextStep => t.HistoryBackToAnalysis,
            _ => Shorten(change.What, ActionCardParts.LongestText),
        };
    }

    private static string StatusName(Texts t, string? status) => Enum.TryParse<ActionStatus>(status, out var parsed) ? t.ActionStatusName(parsed) : status ?? t.HistoryNoDate;

    private static string Day(UiLanguage language, Texts t, string? day) => CardInputs.Date(day) is { } parsed ? Date(language, parsed) : t.HistoryNoDate;
}
