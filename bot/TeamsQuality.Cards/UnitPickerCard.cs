using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Administration;

namespace TeamsQuality.Cards;

/// <summary>
/// For those who follow all units (biträdande socialchef, verksamhetsutvecklare, socialchef): which unit's stops to
/// see. The button asks for the list with the chosen unit in "unit".
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
            return new AdaptiveCard
            {
                Lang = language.Tag(),
                FallbackText = t.ChooseUnitTitle,
                Body = [new TextBlock(t.NoUnits) { Color = "warning" }],
                Actions = [new ExecuteAction(t.BackToHelp, CardVerbs.ShowHelp)],
            };
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.ChooseUnitTitle,
            Body =
            [
                new TextBlock(t.ChooseUnitTitle) { Size = "large", Weight = "bolder", Style = "heading" },
                new InputChoiceSet(units.Select(u => new Choice(u.Name, u.Id)).ToList())
                {
                    Id = CardKeys.Unit,
                    Label = t.ChooseUnitLabel,
                    Style = "compact",
                    IsRequired = true,
                    ErrorMessage = t.ChooseUnitError,
                    Value = units[0].Id,
                },
            ],
            Actions = [new ExecuteAction(verb == CardVerbs.RiskRegister ? t.ShowRisks : t.ShowStops, verb)],
        };
    }
}
