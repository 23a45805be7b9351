using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Wheel;

/// <summary>
/// The organisation's annual wheel (årshjul): the stops of the wheel year, and for the quality developers, who
/// administer the model, the choice of template for next year. A change applies from next year on; this year's
/// stops stay as they were planned.
/// </summary>
public static class WheelCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="year">The wheel year shown.</param>
    /// <param name="version">The stops that apply to that year.</param>
    /// <param name="nextYearTemplateId">The template next year's wheel comes from.</param>
    /// <param name="canChange">Whether the viewer may choose next year's template (a verksamhetsutvecklare).</param>
    /// <param name="notice">A receipt after a change.</param>
    /// <summary>The template chosen on the card (input "wheelTemplate"); null when none.</summary>
    public static string? ChosenTemplate(System.Text.Json.Nodes.JsonObject? data) => CardInputs.Text(data, CardKeys.WheelTemplate);

    public static AdaptiveCard Build(UiLanguage language, int year, WheelVersion version, string nextYearTemplateId, bool canChange, string? notice = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(notice))
        {
            body.Add(Notice(notice, isError: false));
        }

        var template = WheelTemplates.Find(version.TemplateId);
        body.Add(Heading(string.Format(culture, t.WheelTitle, year)));
        body.Add(Subtle(template?.Name ?? version.TemplateId));
        body.Add(new FactSet(version.Stops.OrderBy(s => s.Number)
            .Select(s => new Fact($"{s.Number} – {s.Theme}", $"{Months(language, s.Months)} · {t.HolderName(s.HeldBy)} · {Duration(language, s.TimeEstimate)}"))
            .ToList()));

        var actions = new List<CardActionElement> { new ExecuteAction(t.ShowStops, CardVerbs.ListStops) };
        if (canChange)
        {
            body.Add(Subheading(string.Format(culture, t.WheelNextYearHeading, year + 1)));
            body.Add(new TextBlock(t.WheelChangeHint) { IsSubtle = true, Size = "small" });
            body.Add(new InputChoiceSet(WheelTemplates.All.Select(w => new Choice(w.Name, w.Id)).ToList())
            {
                Id = CardKeys.WheelTemplate,
                Label = t.WheelTemplateLabel,
                Style = "expanded",
                IsRequired = true,
                ErrorMessage = t.WheelTemplateLabel,
                Value = nextYearTemplateId,
            });
            actions.Add(new ExecuteAction(t.WheelChoose, CardVerbs.ChooseWheel) { Data = new System.Text.Json.Nodes.JsonObject { [CardKeys.Year] = year } });
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.WheelTitle, year),
            Body = body,
            Actions = actions,
        };
    }
}
