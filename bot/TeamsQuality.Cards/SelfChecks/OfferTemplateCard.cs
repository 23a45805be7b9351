using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>A quality developer offers a unit's plan as a template for every unit: the template's name, and what offering means.</summary>
public static class OfferTemplateCard
{
    public static AdaptiveCard Build(UiLanguage language, Unit unit, int year, int pointCount, string? name = null, IReadOnlyList<Refusal>? refusals = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = new List<CardElement>
        {
            Heading(t.OfferTemplateHeading),
            Subtle(string.Format(culture, t.SelfCheckPlanTitle, year, unit.Name)),
            new TextBlock(string.Format(culture, t.OfferTemplateHint, pointCount)) { Wrap = true, Spacing = "medium" },
            new InputText
            {
                Id = CardKeys.TemplateName,
                Label = t.FieldTemplateName,
                MaxLength = SelfCheckTemplate.LongestName,
                IsRequired = true,
                ErrorMessage = t.TemplateNameError,
                Value = PrefillWithin(name, 600),
            },
        };
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.OfferTemplateHeading,
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.SelfCheckOfferRefusal, ControlPointInputs.InputOf), t.ReportProblemsHeading),
            Actions =
            [
                new ExecuteAction(t.OfferTemplate, CardVerbs.OfferTemplate) { Data = SelfCheckPlanData.Of(unit, year), Style = "positive" },
                new ExecuteAction(t.BackToSelfCheckPlan, CardVerbs.SelfCheckPlan) { Data = SelfCheckPlanData.Of(unit, year), AssociatedInputs = "none" },
            ],
        };
    }
}
