using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Time;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>The pieces the deviation cards share: button data, the rows of a list, choices, colours, dates.</summary>
internal static class DeviationCardParts
{
    /// <summary>The data of every button about one report: its reference, e.g. "AV-2026-0042".</summary>
    public static JsonObject ReferenceData(DeviationReference reference) => new() { [CardKeys.Reference] = reference.ToString() };

    /// <summary>A notice's main button: open the report (the server checks who may see it).</summary>
    public static ExecuteAction OpenDeviationButton(Texts t, DeviationReference reference) =>
        new(t.OpenReport, CardVerbs.OpenDeviation) { Data = ReferenceData(reference), Style = "positive" };

    /// <summary>
    /// One report in a list (the reporter's own, the unit's open ones): its reference and kind, the lines given (where it
    /// stands), and "Visa", compact so it reads well on a phone. Never any of its content.
    /// </summary>
    public static ColumnSet DeviationRow(Texts t, DeviationReport report, IEnumerable<CardElement> lines) => new(
    [
        new Column(
        [
            new RichTextBlock(
            [
                new TextRun(report.Reference.ToString()) { Weight = "bolder" },
                new TextRun(" · " + t.ReportKindName(report.Kind)),
            ]),
            .. lines,
        ])
        {
            Width = "stretch",
            VerticalContentAlignment = "center",
        },
        new Column([new ActionSet([new ExecuteAction(t.ShowReport, CardVerbs.OpenDeviation) { Data = ReferenceData(report.Reference) }])])
        {
            Width = "auto",
            VerticalContentAlignment = "center",
        },
    ])
    {
        Separator = true,
        Spacing = "medium",
    };

    public static List<Choice> KindChoices(Texts t) =>
        Enum.GetValues<DeviationKind>().Select(kind => new Choice(t.ReportKindName(kind), kind.ToString())).ToList();

    public static List<Choice> CategoryChoices(Texts t) =>
        Enum.GetValues<DeviationCategory>().Select(category => new Choice(t.CategoryName(category), category.ToString())).ToList();

    public static List<Choice> SeverityChoices(Texts t) =>
        Enum.GetValues<Severity>().Select(severity => new Choice(t.SeverityName(severity), ((int)severity).ToString(CultureInfo.InvariantCulture))).ToList();

    public static string? StatusColour(DeviationStatus status) => status switch
    {
        DeviationStatus.Inkommen => "warning",
        DeviationStatus.Bedomd or DeviationStatus.UnderUtredning => "accent",
        DeviationStatus.Besvarad or DeviationStatus.Avslutad => "good",
        _ => null,
    };

    /// <summary>When it happened: the date alone when no time of day was given (midnight on the Swedish clock).</summary>
    public static string Occurred(UiLanguage language, DateTimeOffset occurredAt)
    {
        var swedish = SwedishTime.ToSwedish(occurredAt);
        return swedish.TimeOfDay == TimeSpan.Zero
            ? swedish.ToString("d MMM yyyy", language.Culture())
            : WhenOnRecord(language, occurredAt);
    }

    /// <summary>What was recorded of the sending to IVO: the day and IVO's diarienummer, and who recorded it when.</summary>
    public static IEnumerable<CardElement> SentToIvo(UiLanguage language, Texts t, IvoSubmission sent, string spacing)
    {
        var culture = language.Culture();
        yield return new TextBlock(string.Format(culture, t.IvoSentLine, sent.SentOn.ToString("d MMM yyyy", culture), sent.Diarienummer)) { Weight = "bolder", Color = "good", Spacing = spacing };
        yield return Byline(sent.ByName, WhenOnRecord(language, sent.At));
    }
}
