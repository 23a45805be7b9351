using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>The texts of the logbook (loggboken), in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    // ---- The commands a user can write (the help card lists them; BotCommands routes by their patterns) ----

    public string CommandLogbook => Say("logga", "log");

    public string CommandLogbookDescription => Say(
        "Antecknar ett lärande i loggboken, under en hållplats tema: skriv logga följt av det du vill anteckna.",
        "Notes a learning in the logbook, under a stop's theme: write log followed by your note.");

    // ---- The cards ----

    public string LogbookNotesNone => Say(
        "Inga anteckningar i loggboken under det här temat än.",
        "No notes in the logbook (loggbok) under this theme yet.");

    public string LogbookNotesOne => Say("1 anteckning i loggboken under det här temat", "1 note in the logbook (loggbok) under this theme");

    /// <summary>{0}: how many.</summary>
    public string LogbookNotesMany => Say("{0} anteckningar i loggboken under det här temat", "{0} notes in the logbook (loggbok) under this theme");

    public string LogbookTitle => Say("Skriv i loggboken", "Write in the logbook (loggbok)");

    public string LogbookIntro => Say(
        "Anteckna något du lärt dig i vardagen under en hållplats tema. Anteckningarna tas fram när hållplatsen är dags. Skriv inga namn eller personnummer på brukare.",
        "Note something you learnt in daily work under a hållplats theme. The notes come up when that hållplats is due. Do not write clients' names or personal identity numbers.");

    /// <summary>The choice of a stop's theme, the same wherever something is put under one (logbook, Garage).</summary>
    public string ThemeChoiceLabel => Say("Tema (hållplats)", "Theme (hållplats)");

    public string ThemeChoicePlaceholder => Say("Välj tema", "Choose a theme");

    public string LogbookStopError => Say("Välj vilket tema anteckningen hör till.", "Choose the theme the note belongs to.");

    public string LogbookTextLabel => Say("Anteckning", "Note");

    public string LogbookTextError => Say("Skriv vad du vill anteckna.", "Write what you want to note.");

    public string SaveLogbookNote => Say("Spara i loggboken", "Save in the logbook");

    public string LogbookNoStops => Say(
        "Det finns inga hållplatser att anteckna under än. Be en verksamhetsutvecklare att lägga upp årshjulet.",
        "There are no hållplatser to note under yet. Ask a verksamhetsutvecklare (quality developer) to set up the wheel (årshjul).");

    public string LogbookFallback => Say("Skriv i loggboken", "Write in the logbook");

    /// <summary>{0}: the theme.</summary>
    public string LogbookReceiptTitle => Say("Antecknat i loggboken under {0}", "Noted in the logbook (loggbok) under {0}");

    /// <summary>{0}: the stop's number.</summary>
    public string LogbookReceiptHint => Say("Anteckningen tas fram när hållplats {0} är dags.", "The note comes up when hållplats {0} is due.");

    public string ThemeLabel => Say("Tema", "Theme (tema)");

    public string LogbookNeedsUnit => Say(
        "Loggboken hör till en enhet, och du är inte med i någon enhet i TeamsQuality. Be en verksamhetsutvecklare att lägga till dig.",
        "The logbook belongs to a unit, and you are not in a unit in TeamsQuality. Ask a verksamhetsutvecklare (quality developer) to add you.");

    public string LogbookNeedsTheme => Say(
        "Välj vilket tema anteckningen hör till – det du skrev finns kvar.",
        "Choose the theme the note belongs to – what you wrote is kept.");

    /// <summary>What to tell a person whose logbook note was refused: no unit to write in, no theme, or the text.</summary>
    public string LogbookRefusalText(Refusal refusal) => refusal switch
    {
        { Reason: RefusalReason.NotInUnit } => LogbookNeedsUnit,
        { Reason: RefusalReason.Required, Field: Field.LogbookTheme } => LogbookNeedsTheme,
        _ => StopRefusalText(refusal),
    };
}
