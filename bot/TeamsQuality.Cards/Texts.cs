namespace TeamsQuality.Cards;

/// <summary>
/// Everything the bot says, in Swedish and English. The domain's own words (hållplats, egenkontroll, avvikelse,
/// lex Sarah, enhetschef …) stay Swedish in English too: they are the users' words.
///
/// Each feature keeps its texts in its own folder (Stops/Texts.Stops.cs, Deviations/Texts.Deviations.cs, …), one
/// member per text with the Swedish and the English side by side. This file holds what every feature shares: the
/// language, the pick, and the words for time.
/// </summary>
public sealed partial class Texts
{
    private Texts(UiLanguage language) => Language = language;

    public static Texts Swedish { get; } = new(UiLanguage.Swedish);

    public static Texts English { get; } = new(UiLanguage.English);

    /// <summary>The language is chosen per turn and per recipient, never from an ambient culture.</summary>
    public static Texts For(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    public static Texts ForLocale(string? locale) => For(UiLanguages.FromLocale(locale));

    public UiLanguage Language { get; }

    public string SomethingWentWrong => Say(
        "Något gick fel hos mig. Försök igen om en stund – det du skrev finns kvar.",
        "Something went wrong on my side. Please try again shortly – what you wrote is kept.");

    public string WorkingOnIt => Say("Jag arbetar på det …", "Working on it …");

    /// <summary>Storage is down or not answering: nothing was saved, and the card keeps what was typed.</summary>
    public string StorageUnavailable => Say(
        "Det gick inte att spara just nu. Försök igen om en stund – det du skrev finns kvar.",
        "It could not be saved right now. Please try again in a moment – what you wrote is kept.");

    /// <summary>{0}: hours, e.g. 1,5.</summary>
    public string Hours => Say("{0} h", "{0} h");

    /// <summary>{0}: minutes.</summary>
    public string Minutes => Say("{0} min", "{0} min");

    /// <summary>The button that fetches the card's current view (Universal Actions refresh by hand).</summary>
    public string RefreshCard => Say("Uppdatera", "Refresh");

    public string DayOne => Say("1 dag", "1 day");

    /// <summary>{0}: days.</summary>
    public string DaysMany => Say("{0} dagar", "{0} days");

    public string Yes => Say("Ja", "Yes");

    public string No => Say("Nej", "No");

    public string CommentLabel => Say("Kommentar", "Comment (kommentar)");

    public string Back => Say("Tillbaka", "Back");

    public string StatusLabel => Say("Status", "Status");

    public string InvalidDate => Say(
        "Datumet gick inte att läsa. Välj ett datum i kalendern – det du skrev finns kvar.",
        "The date could not be read. Choose a date in the calendar – what you wrote is kept.");

    public string Refresh => Say("Uppdatera", "Refresh");

    public string HourOne => Say("1 timme", "1 hour");

    /// <summary>{0}: hours.</summary>
    public string HoursMany => Say("{0} timmar", "{0} hours");

    public string MinuteOne => Say("1 minut", "1 minute");

    /// <summary>{0}: minutes.</summary>
    public string MinutesMany => Say("{0} minuter", "{0} minutes");

    /// <summary>Less than a minute ago.</summary>
    public string JustNow => Say("nyss", "just now");

    /// <summary>{0}: how long, e.g. 2 dagar 3 timmar.</summary>
    public string TimeAgo => Say("för {0} sedan", "{0} ago");

    /// <summary>
    /// The one pick between the languages. Every text passes both, side by side, so a text without its translation
    /// does not compile.
    /// </summary>
    internal string Say(string swedish, string english) => Language == UiLanguage.English ? english : swedish;

    /// <summary>A domain word stays Swedish; in English it gets a short gloss after it.</summary>
    internal string Glossed(string swedish, string english) => Language == UiLanguage.English ? $"{swedish} ({english})" : swedish;

    /// <summary>
    /// "2 dagar 3 timmar", "5 timmar", "1 dag", "45 minuter", "1 minut": how long something has waited, in whole units
    /// (days and hours from an hour on, minutes below); "nyss" under a minute, never "0 min".
    /// </summary>
    public string Elapsed(TimeSpan elapsed)
    {
        var culture = Language.Culture();
        if (elapsed < TimeSpan.FromMinutes(1))
        {
            return JustNow;
        }

        if (elapsed < TimeSpan.FromHours(1))
        {
            var minutes = (int)elapsed.TotalMinutes;
            return minutes == 1 ? MinuteOne : string.Format(culture, MinutesMany, minutes);
        }

        var days = (int)elapsed.TotalDays;
        var hours = elapsed.Hours;
        var dayText = days == 1 ? DayOne : string.Format(culture, DaysMany, days);
        var hourText = hours == 1 ? HourOne : string.Format(culture, HoursMany, hours);
        return days == 0 ? hourText : hours == 0 ? dayText : $"{dayText} {hourText}";
    }

    /// <summary>"för 2 dagar 3 timmar sedan" / "2 days 3 hours ago", and "nyss" / "just now" under a minute.</summary>
    public string Ago(TimeSpan elapsed) =>
        elapsed < TimeSpan.FromMinutes(1) ? JustNow : string.Format(Language.Culture(), TimeAgo, Elapsed(elapsed));
}
