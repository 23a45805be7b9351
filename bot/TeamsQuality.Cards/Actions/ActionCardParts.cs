using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Actions;

/// <summary>How an action reads on every card of its lifecycle: its origin, its cause and its facts line, and the data its buttons carry.</summary>
internal static class ActionCardParts
{
    /// <summary>The most of an action's title or cause a card shows; the whole is in the plan's history card.</summary>
    public const int LongestText = 200;

    public static JsonObject Data(Unit unit, ImprovementAction action) => new() { [CardKeys.Unit] = unit.Id, [CardKeys.ActionId] = action.Id };

    /// <summary>
    /// Where it came from: the kind, and what people call it (a stop's name, a self-check's point); a report by its
    /// reference only to those who may see the report (<paramref name="report"/>), else "a report".
    /// </summary>
    public static string Origin(Texts t, ImprovementAction action, DeviationReference? report)
    {
        var kind = t.ActionFromOrigin(action.Origin.Kind);
        if (action.Origin.Kind == ActionOriginKind.Avvikelse)
        {
            return $"{kind}: {report?.ToString() ?? t.ActionFromReportHidden}";
        }

        return string.IsNullOrWhiteSpace(action.Origin.Description) ? kind : $"{kind}: {Shorten(action.Origin.Description, 120)}";
    }

    public static string Cause(Texts t, ImprovementAction action) =>
        string.IsNullOrWhiteSpace(action.Cause) ? t.ActionNoCause : Shorten(action.Cause, LongestText);

    /// <summary>Owner · due · purpose · status.</summary>
    public static string Facts(UiLanguage language, Texts t, ImprovementAction action) => string.Format(
        language.Culture(),
        t.ActionFactsLine,
        action.OwnerName ?? t.OwnerDefault,
        action.DueDate is { } due ? Date(language, due) : t.NoDueDate,
        action.Purpose is { } purpose ? t.ActionPurposeName(purpose) : t.ActionNoPurpose,
        t.ActionStatusName(action.Status));

    /// <summary>The action's head: title, origin, cause, facts, and once done its follow-up or effect.</summary>
    public static List<CardElement> Summary(UiLanguage language, Texts t, ImprovementAction action, DeviationReference? report, DateTimeOffset now)
    {
        var culture = language.Culture();
        var items = new List<CardElement>
        {
            new RichTextBlock([new TextRun(Shorten(action.Title, LongestText)) { Weight = "bolder" }]),
        };
        if (action.IsOverdue(now))
        {
            items.Add(new TextBlock(t.ActionOverdue) { Color = "attention", Weight = "bolder", Size = "small", Spacing = "none" });
        }

        items.Add(Subtle(string.Format(culture, t.ActionOriginLine, Origin(t, action, report))));
        items.Add(Subtle(string.Format(culture, t.ActionCauseLine, Cause(t, action))));
        items.Add(Subtle(Facts(language, t, action)));
        if (action.Effect is { } effect)
        {
            items.Add(Subtle(string.Format(culture, t.ActionEffectLine, t.EffectName(effect.Effect))));
        }
        else if (action.Status == ActionStatus.Genomford && action.FollowUpOn is { } followUp)
        {
            items.Add(Subtle(string.Format(culture, t.ActionFollowUpLine, Date(language, followUp))));
        }

        return items;
    }
}
