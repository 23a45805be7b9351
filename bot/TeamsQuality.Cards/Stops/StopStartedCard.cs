using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// The short notice in the unit's channel that a stop was started, wherever it was started (the channel's card, the
/// stop list, a nudge, a first contribution): who started which stop, and the button that opens it where the unit is.
/// Nothing anyone wrote is on it.
/// </summary>
public static class StopStartedCard
{
    /// <param name="language">The channel's language.</param>
    /// <param name="stop">The stop just started.</param>
    /// <param name="unit">The unit it belongs to.</param>
    /// <param name="startedBy">Who started it.</param>
    public static AdaptiveCard Build(UiLanguage language, LearningStop stop, Unit unit, string startedBy)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var notice = string.Format(culture, t.StopStartedNotice, startedBy, stop.Definition.Number, stop.Definition.Theme);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = notice,
            Body =
            [
                new TextBlock(notice) { Weight = "bolder" },
                Subtle($"{unit.Name} · {stop.Key.Year}"),
                new TextBlock(t.StopStartedNoticeHint) { Size = "small", Spacing = "small" },
            ],

            // No step: the stop opens where the unit is when the button is pressed, not where it was at the start.
            Actions = [new ExecuteAction(t.OpenStop, CardVerbs.OpenStop) { Data = StopData(stop.Key) }],
        };
    }
}
