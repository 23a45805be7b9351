using TeamsQuality.Domain.Administration;

namespace TeamsQuality.Cards;

/// <summary>
/// Everything the bot says, in Swedish and English. The domain's own words (hållplats, egenkontroll, avvikelse,
/// lex Sarah, enhetschef …) stay Swedish in English too: they are the users' words.
/// </summary>
public sealed record Texts
{
    public static Texts Swedish { get; } = new()
    {
        Language = UiLanguage.Swedish,
        ProductTagline = "Systematiskt kvalitetsarbete i vardagen",
        HelpTitle = "Det här kan TeamsQuality",
        HelpIntro = "Jag hjälper er enhet med kvalitetsarbetet enligt Tryggve, direkt i Teams: hållplatser för lärande, egenkontroller, avvikelser och lex Sarah, åtgärder som följs till slut och kvalitetsberättelsen.",
        HelpCommandsHeading = "Skriv till mig",
        HelpChannelHint = "I en kanal: nämn mig först, till exempel @TeamsQuality hjälp.",
        HelpFallbackText = "TeamsQuality: skriv \"hjälp\" för att se vad jag kan göra.",
        NotUnderstood = "Jag förstod inte \"{0}\". Så här kan du använda mig:",
        WelcomeTitle = "Välkommen till TeamsQuality",
        WelcomePersonal = "Hej {0}! Här får du påminnelser om hållplatser och egenkontroller, kan rapportera avvikelser och följa det du ansvarar för.",
        WelcomeTeam = "Hej allihop! Här i kanalen lägger jag upp enhetens hållplatser för lärande när de är dags, så att ni kan göra analysen tillsammans.",
        WelcomeFallbackText = "Välkommen till TeamsQuality.",
        ShowHelp = "Visa vad jag kan",
        WhoAmI = "Vem är jag?",
        BackToHelp = "Tillbaka till hjälpen",
        ProfileTitle = "Du i TeamsQuality",
        ProfileName = "Namn",
        ProfileRole = "Roll",
        ProfileUnit = "Enhet",
        ProfileChannel = "Kanal",
        ProfileOrganisation = "Organisation",
        ProfileAllUnits = "Följer alla enheter",
        ProfileUnknown = "Du finns inte med i organisationen i TeamsQuality än. Be en verksamhetsutvecklare att lägga till dig.",
        ProfileFallbackText = "Din roll och enhet i TeamsQuality.",
        SomethingWentWrong = "Något gick fel hos mig. Försök igen om en stund – det du skrev finns kvar.",
        WorkingOnIt = "Jag arbetar på det …",
    };

    public static Texts English { get; } = new()
    {
        Language = UiLanguage.English,
        ProductTagline = "Systematic quality work, every day",
        HelpTitle = "What TeamsQuality can do",
        HelpIntro = "I help your unit with its quality work following the Tryggve model, right in Teams: learning stops (hållplatser för lärande), self-checks (egenkontroll), deviations and lex Sarah reports, actions followed to the end, and the quality report.",
        HelpCommandsHeading = "Write to me",
        HelpChannelHint = "In a channel: mention me first, for example @TeamsQuality help.",
        HelpFallbackText = "TeamsQuality: write \"help\" to see what I can do.",
        NotUnderstood = "I did not understand \"{0}\". This is how you can use me:",
        WelcomeTitle = "Welcome to TeamsQuality",
        WelcomePersonal = "Hi {0}! Here you get reminders about learning stops and self-checks, can report deviations and follow what you are responsible for.",
        WelcomeTeam = "Hi everyone! In this channel I post the unit's learning stops when they are due, so you can do the analysis together.",
        WelcomeFallbackText = "Welcome to TeamsQuality.",
        ShowHelp = "Show what I can do",
        WhoAmI = "Who am I?",
        BackToHelp = "Back to help",
        ProfileTitle = "You in TeamsQuality",
        ProfileName = "Name",
        ProfileRole = "Role",
        ProfileUnit = "Unit",
        ProfileChannel = "Channel",
        ProfileOrganisation = "Organisation",
        ProfileAllUnits = "Follows all units",
        ProfileUnknown = "You are not in the organisation in TeamsQuality yet. Ask a quality developer (verksamhetsutvecklare) to add you.",
        ProfileFallbackText = "Your role and unit in TeamsQuality.",
        SomethingWentWrong = "Something went wrong on my side. Please try again shortly – what you wrote is kept.",
        WorkingOnIt = "Working on it …",
    };

    public static Texts For(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    public static Texts ForLocale(string? locale) => For(UiLanguages.FromLocale(locale));

    public required UiLanguage Language { get; init; }

    public required string ProductTagline { get; init; }

    public required string HelpTitle { get; init; }

    public required string HelpIntro { get; init; }

    public required string HelpCommandsHeading { get; init; }

    public required string HelpChannelHint { get; init; }

    public required string HelpFallbackText { get; init; }

    /// <summary>{0}: what the user wrote.</summary>
    public required string NotUnderstood { get; init; }

    public required string WelcomeTitle { get; init; }

    /// <summary>{0}: the user's first name.</summary>
    public required string WelcomePersonal { get; init; }

    public required string WelcomeTeam { get; init; }

    public required string WelcomeFallbackText { get; init; }

    public required string ShowHelp { get; init; }

    public required string WhoAmI { get; init; }

    public required string BackToHelp { get; init; }

    public required string ProfileTitle { get; init; }

    public required string ProfileName { get; init; }

    public required string ProfileRole { get; init; }

    public required string ProfileUnit { get; init; }

    public required string ProfileChannel { get; init; }

    public required string ProfileOrganisation { get; init; }

    public required string ProfileAllUnits { get; init; }

    public required string ProfileUnknown { get; init; }

    public required string ProfileFallbackText { get; init; }

    public required string SomethingWentWrong { get; init; }

    public required string WorkingOnIt { get; init; }

    /// <summary>The role in the users' Swedish word, with an English gloss in English.</summary>
    public string RoleName(Role role)
    {
        var swedish = role switch
        {
            Role.Medarbetare => "Medarbetare",
            Role.Enhetschef => "Enhetschef",
            Role.BitradandeSocialchef => "Biträdande socialchef",
            Role.Verksamhetsutvecklare => "Verksamhetsutvecklare",
            Role.Socialchef => "Socialchef",
            _ => role.ToString(),
        };
        if (Language == UiLanguage.Swedish)
        {
            return swedish;
        }

        var gloss = role switch
        {
            Role.Medarbetare => "staff",
            Role.Enhetschef => "unit manager",
            Role.BitradandeSocialchef => "deputy director",
            Role.Verksamhetsutvecklare => "quality developer",
            Role.Socialchef => "director",
            _ => null,
        };
        return gloss is null ? swedish : $"{swedish} ({gloss})";
    }
}
