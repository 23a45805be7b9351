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

    public static IReadOnlyList<BotCommand> All { get; } = [Help, WhoAmI];

    [GeneratedRegex(@"^\s*(hjälp|hjalp|help|\?)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^\s*(vem är jag|vem ar jag|who am i|whoami|profil|profile)\s*[.!?]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhoAmIPattern();
}

/// <summary>The verbs of the card buttons, one place so cards and handlers agree.</summary>
public static class CardVerbs
{
    public const string ShowHelp = "help";
    public const string ShowProfile = "profile";
}
