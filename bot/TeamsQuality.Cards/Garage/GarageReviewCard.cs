using System.Text.Json.Nodes;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Garage;

/// <summary>
/// "Gå igenom garaget", opened from a stop's first step: what is parked under the stop's theme, each with where it
/// stands, and for the stop's documenter while the stop goes on the three decisions: into the plan (the shared action
/// form, on a card of its own), keep in the Garage, or drop with a reason (a card of its own). Apart from the step card,
/// so the step stays within Teams' size whatever the Garage holds.
/// </summary>
public static class GarageReviewCard
{
    /// <summary>
    /// How many items at most (what awaits a decision first), each with how much of its text: built with the first that
    /// keeps the card well under Teams' size.
    /// </summary>
    private static readonly IReadOnlyList<(int MostItems, int LongestText)> Budgets = [(25, 600), (15, 300), (10, 200), (6, 100)];

    /// <summary>The most the card may be as JSON at its largest (every non-ASCII letter escaped).</summary>
    internal const int MaxBytes = 60 * 1024;

    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The stop's unit.</param>
    /// <param name="stop">The stop.</param>
    /// <param name="items">What is parked under its theme (awaiting it, or decided at it).</param>
    /// <param name="viewer">Who sees it: the documenter gets the decisions.</param>
    /// <param name="notice">A receipt at the top (green), e.g. what was decided.</param>
    /// <param name="refusal">A refusal at the top (red), e.g. someone who may not decide pressed a button on a forwarded card.</param>
    public static AdaptiveCard Build(UiLanguage language, Unit unit, LearningStop stop, IReadOnlyList<GarageItem> items, Person viewer, string? notice = null, string? refusal = null) =>
        CardParts.FirstThatFits(Budgets, MaxBytes, budget => Build(language, unit, stop, items, viewer, notice, refusal, budget.MostItems, budget.LongestText));

    private static AdaptiveCard Build(
        UiLanguage language, Unit unit, LearningStop stop, IReadOnlyList<GarageItem> items, Person viewer, string? notice, string? refusal, int mostItems, int longestText)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = string.Format(culture, t.GarageReviewTitle, stop.Key.Number, stop.Definition.Theme);
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(Notice(notice, isError: false));
        }

        if (refusal is not null)
        {
            body.Add(Notice(refusal, isError: true));
        }

        body.Add(Heading(title));
        body.Add(Subtle($"{unit.Name} · {stop.Key.Year}"));
        if (!LearningStop.CanSee(viewer, unit))
        {
            return StopAccessRefused(language, t, title, body, unit);
        }

        var decides = GarageItem.CanDecide(viewer, unit, stop);
        body.Add(new TextBlock(decides ? t.GarageReviewIntro : t.GarageReviewReadOnly) { Size = "small", IsSubtle = !decides });
        if (items.Count == 0)
        {
            body.Add(new TextBlock(t.GarageReviewNone) { IsSubtle = true, Spacing = "medium" });
        }

        var shown = items.OrderBy(i => !i.AwaitsDecisionAt(stop)).ThenBy(i => i.ParkedAt).Take(mostItems).ToList();
        foreach (var item in shown)
        {
            var parts = GarageItemPart.Describe(language, item, longestText);
            if (decides && item.Status is GarageStatus.Parkerad or GarageStatus.KvarIGaraget)
            {
                var data = ItemData(stop.Key, item.Id);
                var buttons = new List<CardActionElement> { new ExecuteAction(t.GarageToPlanButton, CardVerbs.GaragePlanForm) { Data = data, Style = "positive" } };
                if (item.AwaitsDecisionAt(stop))
                {
                    buttons.Add(new ExecuteAction(t.GarageKeepButton, CardVerbs.GarageKeep) { Data = (JsonObject)data.DeepClone() });
                }

                buttons.Add(new ExecuteAction(t.GarageDropButton, CardVerbs.GarageDropForm) { Data = (JsonObject)data.DeepClone() });
                parts.Add(new ActionSet(buttons));
            }

            body.Add(new Container(parts) { Style = "emphasis", Spacing = "medium" });
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
            Actions =
            [
                new ExecuteAction(t.BackToStop, CardVerbs.OpenStop) { Data = StopData(stop.Key, step: (int)Domain.Wheel.AnalysisStep.Nulagesbeskrivning) },
                new ExecuteAction(t.RefreshCard, CardVerbs.ReviewGarage) { Data = StopData(stop.Key) },
            ],
        };
    }

    /// <summary>The data of a button on a parked item at a stop: the stop's, and the item.</summary>
    public static JsonObject ItemData(StopKey key, string itemId)
    {
        var data = StopData(key);
        data[CardKeys.GarageItem] = itemId;
        return data;
    }
}

/// <summary>
/// "Till planen …": the shared action form for a parked item, prefilled from it (what is to be done: the item; the
/// cause: its kind and text; purpose förebyggande, as what is parked has not gone wrong yet). Shown again after a
/// refusal with what was typed and each refusal under its input.
/// </summary>
public static class GaragePlanCard
{
    /// <param name="owners">Who may own the action: the unit's own people.</param>
    /// <param name="draft">What was typed, put back; null for the first showing (prefilled from the item).</param>
    public static AdaptiveCard Build(
        UiLanguage language, Unit unit, LearningStop stop, GarageItem item, IEnumerable<Person> owners, ActionFormDraft? draft = null, IReadOnlyList<CardRefusal>? refusals = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = GarageItemPart.DecisionHeader(language, t.GarageToPlanTitle, unit, stop, item);
        var prefilled = draft ?? new ActionFormDraft { Title = Prefill(item.Text) };
        body.AddRange(ActionFormPart.Inputs(language, owners, prefilled, Prefill(string.Format(culture, t.GarageCause, t.GarageKindName(item.Kind), item.Text)), ActionPurpose.Forebyggande));
        var data = GarageReviewCard.ItemData(stop.Key, item.Id);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.GarageToPlanTitle,
            Body = RefusalPlacement.Place(body, refusals, t.ReportProblemsHeading),
            Actions =
            [
                new ExecuteAction(t.GarageAddToPlan, CardVerbs.GarageToPlan) { Data = data, Style = "positive" },
                new ExecuteAction(t.ReviewGarage, CardVerbs.ReviewGarage) { Data = StopData(stop.Key) },
            ],
        };
    }
}

/// <summary>"Stryk …": dropping a parked item needs a reason; shown again after a refusal with what was typed.</summary>
public static class GarageDropCard
{
    public static AdaptiveCard Build(UiLanguage language, Unit unit, LearningStop stop, GarageItem item, string? reason = null, IReadOnlyList<CardRefusal>? refusals = null)
    {
        var t = Texts.For(language);
        var body = GarageItemPart.DecisionHeader(language, t.GarageDropTitle, unit, stop, item);
        body.Add(new InputText
        {
            Id = CardKeys.GarageReason,
            Label = t.GarageReasonLabel,
            IsMultiline = true,
            MaxLength = FreeText.LongestText,
            IsRequired = true,
            ErrorMessage = t.GarageReasonError,
            Value = Prefill(reason),
        });
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.GarageDropTitle,
            Body = RefusalPlacement.Place(body, refusals, t.ReportProblemsHeading),
            Actions =
            [
                new ExecuteAction(t.GarageDrop, CardVerbs.GarageDrop) { Data = GarageReviewCard.ItemData(stop.Key, item.Id), Style = "destructive" },
                new ExecuteAction(t.ReviewGarage, CardVerbs.ReviewGarage) { Data = StopData(stop.Key) },
            ],
        };
    }

    /// <summary>The drop card's input a refusal about the field goes under.</summary>
    public static string? InputOf(Field field) => field == Field.GarageReason ? CardKeys.GarageReason : null;
}

/// <summary>A press on a parked item at a stop: the stop (as every stop button names it) and the item.</summary>
public sealed record GaragePress(string UnitId, int Year, int Number, string? ItemId)
{
    /// <summary>The press, or null when its data names no stop.</summary>
    public static GaragePress? FromData(JsonObject? data) =>
        Stops.StopPress.FromData(data) is { } stop ? new GaragePress(stop.UnitId, stop.Year, stop.Number, CardInputs.Text(data, CardKeys.GarageItem)) : null;
}
