using System.Text.RegularExpressions;

namespace TeamsQuality.Cards;

/// <summary>A command a user can write to the bot: its words in both languages and what it does.</summary>
public sealed record BotCommand(string Swedish, string English, string SwedishDescription, string EnglishDescription, Regex Pattern)
{
    public string Keyword(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    public string Description(UiLanguage language) => language == UiLanguage.English ? EnglishDescription : SwedishDescription;
}

/// <summary>The commands the bot understands; the help card lists them and the bot routes by them.</summary>
public static partial class BotCommands
{
    public static BotCommand Help { get; } = new(
        "hjälp", "help", "Visar vad jag kan göra.", "Shows what I can do.", HelpPattern());

    public static BotCommand WhoAmI { get; } = new(
        "vem är jag", "who am i", "Visar din roll och enhet.", "Shows your role and unit.", WhoAmIPattern());

    public static BotCommand Stops { get; } = new(
        "hållplatser", "stops", "Visar enhetens hållplatser i år och deras status.", "Shows your unit's learning stops this year and their status.", StopsPattern());

    public static BotCommand Logbook { get; } = new(
        "logga", "log", "Antecknar ett lärande i loggboken, under en hållplats tema: skriv logga följt av det du vill anteckna.", "Notes a learning in the logbook, under a stop's theme: write log followed by your note.", LogbookPattern());

    public static IReadOnlyList<BotCommand> All { get; } = [Help, Stops, Logbook, WhoAmI];

    [GeneratedRegex(@"^\s*(hjälp|hjalp|help|\?)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^\s*(hållplatser|hallplatser|hållplats|stops|learning stops)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StopsPattern();

    /// <summary>"logga" alone, or followed by the note (captured as "text").</summary>
    [GeneratedRegex(@"^\s*(logga|log)\b[\s:]*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LogbookPattern();

    [GeneratedRegex(@"^\s*(vem är jag|vem ar jag|who am i|whoami|profil|profile)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoAmIPattern();
}

/// <summary>The verbs of the card buttons, one place so cards and handlers agree.</summary>
public static class CardVerbs
{
    public const string ShowHelp = "help";
    public const string ShowProfile = "profile";

    /// <summary>Open a stop at a step (starting it if the manager opens it): data unit, year, stop, step (1-4, default 1).</summary>
    public const string OpenStop = "stop.open";

    /// <summary>Add a contribution to a step: data unit, year, stop, step; input "contribution".</summary>
    public const string Contribute = "stop.contribute";

    /// <summary>Save a step's summary: data unit, year, stop, step, revision (the one shown); input "summary".</summary>
    public const string SaveSummary = "stop.summary";

    /// <summary>Add a proposal in step 4: data unit, year, stop; inputs "proposalTitle", "proposalOwner", "proposalDue".</summary>
    public const string Propose = "stop.propose";

    /// <summary>Let a staff member document the stop: data unit, year, stop; input "delegate" (person id).</summary>
    public const string DelegateDocumentation = "stop.delegate";

    /// <summary>Show the finishing card: data unit, year, stop.</summary>
    public const string FinishForm = "stop.finishForm";

    /// <summary>Finish the stop: data unit, year, stop; inputs "needsAction" (ja/nej), "trend", "comment".</summary>
    public const string Finish = "stop.finish";

    /// <summary>Show the unit's stops this year: data unit (optional).</summary>
    public const string ListStops = "stop.list";

    /// <summary>Save a logbook note: inputs "logbookStop" (stop number), "logbookText".</summary>
    public const string AddLogbookNote = "logbook.add";
}

/// <summary>The keys of card data and inputs, one place so cards and handlers agree.</summary>
public static class CardKeys
{
    public const string Unit = "unit";
    public const string Year = "year";
    public const string Stop = "stop";
    public const string Step = "step";
    public const string Revision = "revision";
    public const string Contribution = "contribution";
    public const string Summary = "summary";
    public const string ProposalTitle = "proposalTitle";
    public const string ProposalOwner = "proposalOwner";
    public const string ProposalDue = "proposalDue";
    public const string Delegate = "delegate";
    public const string NeedsAction = "needsAction";
    public const string Trend = "trend";
    public const string Comment = "comment";
    public const string LogbookStop = "logbookStop";
    public const string LogbookText = "logbookText";
}
