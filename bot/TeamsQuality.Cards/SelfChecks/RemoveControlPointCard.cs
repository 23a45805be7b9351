using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>
/// "Ta bort kontrollpunkten?": a removal is asked once more, with room for a reason (optional), because the point then
/// no longer falls due; the history keeps the point and the reason either way.
/// </summary>
public static class RemoveControlPointCard
{
    public static AdaptiveCard Build(UiLanguage language, Unit unit, int year, ControlPoint point, string? reason = null, IReadOnlyList<Refusal>? refusals = null)
    {
        var t = Texts.For(language);
        var body = new List<CardElement>
        {
            Heading(t.RemoveControlPointHeading),
            new RichTextBlock([new TextRun(Shorten(point.What, SelfCheckPlanCard.LongestWhat)) { Weight = "bolder" }]),
            Subtle($"{t.ControlMethodName(point.Method)} · {SelfCheckPlanCard.Frequency(language, t, point)}"),
            new TextBlock(t.RemoveControlPointHint) { Wrap = true, Spacing = "medium" },
            new InputText
            {
                Id = CardKeys.ControlRemovalReason,
                Label = t.FieldControlRemovalReason,
                IsMultiline = true,
                MaxLength = FreeText.LongestText,
                Value = PrefillWithin(reason),
            },
        };
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.RemoveControlPointHeading,
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.SelfCheckRefusal, ControlPointInputs.InputOf), t.ReportProblemsHeading),
            Actions =
            [
                new ExecuteAction(t.ConfirmRemoveControlPoint, CardVerbs.ConfirmRemoveControlPoint) { Data = SelfCheckPlanData.Of(unit, year, point.Id), Style = "destructive" },
                new ExecuteAction(t.BackToSelfCheckPlan, CardVerbs.SelfCheckPlan) { Data = SelfCheckPlanData.Of(unit, year), AssociatedInputs = "none" },
            ],
        };
    }
}
