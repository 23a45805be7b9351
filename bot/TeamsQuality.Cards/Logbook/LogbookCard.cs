using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Help;
using TeamsQuality.Domain.Logbook;
using TeamsQuality.Domain.Rules;
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
    /// <param name="refusals">
    /// What the last press was refused for: each message under the input it is about (<see cref="InputOf"/>) and just
    /// above the button, where the user pressed; at the top when there is no form (no stops to choose from).
    /// </param>
    public static AdaptiveCard Build(UiLanguage language, IReadOnlyList<StopDefinition> stops, string? text, int? selectedStop, IReadOnlyList<CardRefusal>? refusals = null)
    {
        var t = Texts.For(language);
        return ThemeForm(
            language,
            stops,
            new ThemeFormTexts(t.LogbookTitle, t.LogbookIntro, t.LogbookNoStops, t.LogbookFallback),
            () =>
            [
                ThemeChoice(t, stops, CardKeys.LogbookStop, t.LogbookStopError, selectedStop),
                new InputText
                {
                    Id = CardKeys.LogbookText,
                    Label = t.LogbookTextLabel,
                    IsMultiline = true,
                    MaxLength = LearningStop.LongestText,
                    IsRequired = true,
                    ErrorMessage = t.LogbookTextError,
                    Value = Prefill(text?.Trim()),
                },
            ],
            new ExecuteAction(t.SaveLogbookNote, CardVerbs.AddLogbookNote),
            refusals);
    }

    /// <summary>The logbook card's input a refusal about the field goes under; null for a field it has no input for.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.LogbookTheme => CardKeys.LogbookStop,
        Field.LogbookText => CardKeys.LogbookText,
        _ => null,
    };
}

/// <summary>What the user had chosen and typed on the logbook card, or written after "logga": put back after a refusal.</summary>
/// <param name="Text">Input "logbookText", or what followed "logga".</param>
/// <param name="StopNumber">Input "logbookStop": the number of the stop whose theme was chosen.</param>
public sealed record LogbookDraft(string? Text, int? StopNumber)
{
    public static LogbookDraft FromInputs(JsonObject? data) => new(CardInputs.Text(data, CardKeys.LogbookText), CardInputs.Number(data, CardKeys.LogbookStop));

    /// <summary>"logga &lt;text&gt;": the text, put in the form so the user only picks the theme.</summary>
    public static LogbookDraft FromMessage(string? message) =>
        new(BotCommands.Logbook.Pattern.Match(message ?? string.Empty).Groups["text"].Value.Trim() is { Length: > 0 } text ? text : null, null);
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
        return ThemeReceipt(
            language,
            string.Format(culture, t.LogbookReceiptTitle, note.Theme),
            [Plain(note.Text), Byline(note.AuthorName, When(language, note.At))],
            string.Format(culture, t.LogbookReceiptHint, note.StopNumber),
            new ExecuteAction(t.ShowAllStops, CardVerbs.ListStops) { Data = new() { [CardKeys.Unit] = note.UnitId } });
    }
}
