using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Cards.Organisations;

/// <summary>
/// For those who follow several units (biträdande socialchef, verksamhetsutvecklare, socialchef; a manager of several
/// units): which unit's stops, risks or reports to see, or whose substitute to name. The button asks for it with the
/// chosen unit in "unit".
/// </summary>
public static class UnitPickerCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="units">The units the viewer may see, in the order to offer them.</param>
    public static AdaptiveCard Build(UiLanguage language, IReadOnlyList<Unit> units, string verb = CardVerbs.ListStops)
    {
        var t = Texts.For(language);
        if (units.Count == 0)
        {
            return CardParts.BackToHelpCard(language, t, t.ChooseUnitTitle, [new TextBlock(t.NoUnits) { Color = "warning" }]);
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.ChooseUnitTitle,
            Body =
            [
                new TextBlock(t.ChooseUnitTitle) { Size = "large", Weight = "bolder", Style = "heading" },
                Choice(t, units, CardKeys.Unit, t.ChooseUnitLabel),
            ],
            Actions =
            [
                new ExecuteAction(
                    verb switch
                    {
                        CardVerbs.RiskRegister => t.ShowRisks,
                        CardVerbs.UnitDeviations => t.ShowUnitReports,
                        CardVerbs.SubstituteForm => t.SubstituteButton,
                        CardVerbs.SelfCheckPlan => t.ShowSelfCheckPlan,
                        CardVerbs.SelfCheckList => t.ShowSelfChecks,
                        CardVerbs.ActionPlan => t.ShowActionPlan,
                        _ => t.ShowStops,
                    },
                    verb),
            ],
        };
    }

    /// <summary>The choice of one of the units (the first chosen), under the input <paramref name="id"/>.</summary>
    internal static InputChoiceSet Choice(Texts t, IReadOnlyList<Unit> units, string id, string label) =>
        new(units.Select(u => new Choice(u.Name, u.Id)).ToList())
        {
            Id = id,
            Label = label,
            Style = "compact",
            IsRequired = true,
            ErrorMessage = t.ChooseUnitError,
            Value = units[0].Id,
        };
}
