using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// What a channel or group chat gets instead of a report or a unit's list of reports: everyone there would read a card
/// posted there, so it holds only a button. Teams shows the card an Action.Execute answers with to the person who
/// pressed it alone, and the server decides then whether they may see it. The card is the same whether the report
/// exists or not, so it tells nobody anything.
/// </summary>
public static class PrivateViewCard
{
    /// <summary>For a reference written in a channel: the button opens the report for the one who presses it.</summary>
    public static AdaptiveCard ForReport(UiLanguage language, string reference)
    {
        var t = Texts.For(language);
        var title = string.Format(language.Culture(), t.ReportTitle, reference);
        return Card(language, title, t.ReportInChannel, new ExecuteAction(t.OpenReport, CardVerbs.OpenDeviation) { Data = new() { [CardKeys.Reference] = reference } });
    }

    /// <summary>For "enhetens rapporter" in a unit's channel: the button shows the list to the one who presses it, if they may.</summary>
    public static AdaptiveCard ForUnitReports(UiLanguage language, Unit unit)
    {
        var t = Texts.For(language);
        var title = string.Format(language.Culture(), t.UnitReportsTitle, unit.Name);
        return Card(language, title, t.UnitReportsInChannel, new ExecuteAction(t.ShowUnitReports, CardVerbs.UnitDeviations) { Data = UnitDeviationsCard.UnitData(unit) });
    }

    private static AdaptiveCard Card(UiLanguage language, string title, string text, ExecuteAction button) => new()
    {
        Lang = language.Tag(),
        FallbackText = title,
        Body = [Heading(title), new TextBlock(text) { Size = "small" }],
        Actions = [button with { Style = "positive" }],
    };
}
