using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Cards.Organisations;

/// <summary>
/// The 1:1 notice to the person named substitute (ersättare), or whose period the manager ended: who, which unit, which
/// days, and what it means. Nothing of any report.
/// </summary>
public static class SubstituteNoticeCard
{
    /// <param name="language">The substitute's language.</param>
    /// <param name="unit">The unit they stand in for.</param>
    /// <param name="managerName">The manager who named them (or ended it).</param>
    /// <param name="substitute">The period.</param>
    /// <param name="ended">The manager ended it early.</param>
    public static AdaptiveCard Build(UiLanguage language, Unit unit, string managerName, Substitute substitute, bool ended)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = ended ? t.SubstituteEndedTitle : t.SubstituteNamedTitle;
        var text = ended
            ? string.Format(culture, t.SubstituteEndedText, managerName, unit.Name)
            : string.Format(culture, t.SubstituteNamedText, managerName, unit.Name, t.Period(substitute.From, substitute.Until));
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body =
            [
                new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading" },
                new TextBlock(text),
            ],
            Actions = ended
                ? [new ExecuteAction(t.ShowHelp, CardVerbs.ShowHelp)]
                : [new ExecuteAction(t.ShowUnitReports, CardVerbs.UnitDeviations) { Data = UnitDeviationsCard.UnitData(unit), Style = "positive" }],
        };
    }
}
