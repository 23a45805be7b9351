using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Logbook;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Logbook;

/// <summary>
/// The answer to "logga": a note of learning from daily work under a stop's theme. "logga &lt;text&gt;" puts the text in
/// the form so the user only picks the theme; shown again after a refusal, it keeps what the user wrote.
/// </summary>
public static class LogbookCard
{
    /// <param name="language">The user's language.</param>
    /// <param name="stops">The stops of the unit's wheel: the themes to choose from.</param>
    /// <param name="text">What the user wrote after "logga", or what they had typed in the form.</param>
    /// <param name="selectedStop">The stop number already chosen, if any.</param>
    /// <param name="notice">A message at the top: a refusal (<paramref name="noticeIsError"/>) or a receipt.</param>
    /// <param name="noticeIsError">Whether the notice is a refusal (red): it then goes under <paramref name="refusedInput"/>
    /// and just above the button, where the user pressed.</param>
    /// <param name="refusedInput">The input a refusal is about (<see cref="CardKeys.LogbookText"/>, <see cref="CardKeys.LogbookStop"/>), if any.</param>
    public static AdaptiveCard Build(
        UiLanguage language, IReadOnlyList<StopDefinition> stops, string? text, int? selectedStop, string? notice = null, bool noticeIsError = false, string? refusedInput = null)
    {
        var t = Texts.For(language);
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(notice) && (!noticeIsError || stops.Count == 0))
        {
            body.Add(Notice(notice, noticeIsError));
        }

        body.Add(Heading(t.LogbookTitle));
        if (stops.Count == 0)
        {
            body.Add(new TextBlock(t.LogbookNoStops) { Color = "warning" });
            return new AdaptiveCard
            {
                Lang = language.Tag(),
                FallbackText = t.LogbookFallback,
                Body = body,
                Actions = [new ExecuteAction(t.BackToHelp, CardVerbs.ShowHelp)],
            };
        }

        body.Add(new TextBlock(t.LogbookIntro) { Size = "small", Spacing = "none" });

        var choices = stops
            .OrderBy(s => s.Number)
            .Select(s => new Choice($"{s.Number}. {s.Theme}", s.Number.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        body.Add(new InputChoiceSet(choices)
        {
            Id = CardKeys.LogbookStop,
            Label = t.LogbookStopLabel,
            Style = "compact",
            Placeholder = t.LogbookStopPlaceholder,
            IsRequired = true,
            ErrorMessage = t.LogbookStopError,
            Value = selectedStop is { } number && stops.Any(s => s.Number == number) ? number.ToString(CultureInfo.InvariantCulture) : null,
            Spacing = "medium",
        });
        body.Add(new InputText
        {
            Id = CardKeys.LogbookText,
            Label = t.LogbookTextLabel,
            IsMultiline = true,
            MaxLength = LearningStop.LongestText,
            IsRequired = true,
            ErrorMessage = t.LogbookTextError,
            Value = Prefill(text?.Trim()),
        });

        var refusals = noticeIsError && !string.IsNullOrWhiteSpace(notice) ? [new CardRefusal(notice, refusedInput)] : Array.Empty<CardRefusal>();
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.LogbookFallback,
            Body = RefusalPlacement.Place(body, refusals, t.ReportProblemsHeading),
            Actions = [new ExecuteAction(t.SaveLogbookNote, CardVerbs.AddLogbookNote) { Style = "positive" }],
        };
    }
}

/// <summary>The receipt for a logbook note: under which theme it was noted, and the note as written.</summary>
public static class LogbookReceiptCard
{
    /// <param name="language">The user's language.</param>
    /// <param name="note">The saved note.</param>
    public static AdaptiveCard Build(UiLanguage language, LogbookNote note)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var title = string.Format(culture, t.LogbookReceiptTitle, note.Theme);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body =
            [
                new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading", Color = "good" },
                new Container([Plain(note.Text), Byline(note.AuthorName, When(language, note.At))]) { Style = "emphasis" },
                new TextBlock(string.Format(culture, t.LogbookReceiptHint, note.StopNumber)) { IsSubtle = true, Size = "small" },
            ],
            Actions = [new ExecuteAction(t.ShowAllStops, CardVerbs.ListStops) { Data = new() { [CardKeys.Unit] = note.UnitId } }],
        };
    }
}
