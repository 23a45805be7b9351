namespace TeamsQuality.Cards;

/// <summary>The texts of help, welcome and the profile ("vem är jag"), in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    // ---- The commands a user can write (the help card lists them; BotCommands routes by their patterns) ----

    public string CommandHelp => Say("hjälp", "help");

    public string CommandHelpDescription => Say("Visar vad jag kan göra.", "Shows what I can do.");

    public string CommandWhoAmI => Say("vem är jag", "who am i");

    public string CommandWhoAmIDescription => Say("Visar din roll och enhet.", "Shows your role and unit.");

    // ---- The cards ----

    public string ProductTagline => Say("Systematiskt kvalitetsarbete i vardagen", "Systematic quality work, every day");

    public string HelpTitle => Say("Det här kan TeamsQuality", "What TeamsQuality can do");

    public string HelpIntro => Say(
        "Jag hjälper er enhet med kvalitetsarbetet enligt Tryggve, direkt i Teams: hållplatser för lärande med loggbok, egenkontroller, avvikelser, lex Sarah, synpunkter och klagomål, riskanalys och åtgärder som följs till slut.",
        "I help your unit with its quality work following the Tryggve model, right in Teams: learning stops (hållplatser för lärande) with a logbook, self-checks (egenkontroller), deviations, lex Sarah reports, views and complaints, risk analysis (riskanalys) and actions followed to the end.");

    public string HelpCommandsHeading => Say("Skriv till mig", "Write to me");

    public string HelpChannelHint => Say(
        "I en kanal: nämn mig först, till exempel @TeamsQuality hjälp.",
        "In a channel: mention me first, for example @TeamsQuality help.");

    public string HelpFallbackText => Say(
        "TeamsQuality: skriv \"hjälp\" för att se vad jag kan göra.",
        "TeamsQuality: write \"help\" to see what I can do.");

    /// <summary>{0}: what the user wrote.</summary>
    public string NotUnderstood => Say(
        "Jag förstod inte \"{0}\". Så här kan du använda mig:",
        "I did not understand \"{0}\". This is how you can use me:");

    public string WelcomeTitle => Say("Välkommen till TeamsQuality", "Welcome to TeamsQuality");

    /// <summary>{0}: the user's first name.</summary>
    public string WelcomePersonal => Say(
        "Hej {0}! Här får du påminnelser om hållplatser för lärande, kan rapportera avvikelser och följa dina rapporter och det du ansvarar för.",
        "Hi {0}! Here you get reminders about learning stops (hållplatser), can report deviations and follow your reports and what you are responsible for.");

    public string WelcomeTeam => Say(
        "Hej allihop! Här i kanalen lägger jag upp enhetens hållplatser för lärande när de är dags, så att ni kan göra analysen tillsammans.",
        "Hi everyone! In this channel I post the unit's learning stops when they are due, so you can do the analysis together.");

    public string WelcomeFallbackText => Say("Välkommen till TeamsQuality.", "Welcome to TeamsQuality.");

    // ---- A tenant the operator has not enabled (nothing of it is stored) ----

    public string NotEnabledTitle => Say("TeamsQuality är inte aktiverat för er organisation", "TeamsQuality is not enabled for your organisation");

    public string NotEnabledBody => Say(
        "Er organisation kan inte använda TeamsQuality ännu, och inget av det ni skriver här sparas. Be er IT-avdelning att kontakta den som driver TeamsQuality och ge dem organisationens id nedan, så kan den aktiveras.",
        "Your organisation cannot use TeamsQuality yet, and nothing you write here is stored. Ask your IT department to contact whoever runs TeamsQuality and give them your organisation's id below, so it can be enabled.");

    public string NotEnabledTenantId => Say("Organisationens id (Entra)", "Organisation id (Entra)");

    public string NotEnabledTryAgain => Say("Försök igen", "Try again");

    public string NotEnabledFallbackText => Say(
        "TeamsQuality är inte aktiverat för er organisation. Be er IT-avdelning om hjälp.",
        "TeamsQuality is not enabled for your organisation. Ask your IT department for help.");

    public string ShowHelp => Say("Visa vad jag kan", "Show what I can do");

    public string WhoAmI => Say("Vem är jag?", "Who am I?");

    public string BackToHelp => Say("Tillbaka till hjälpen", "Back to help");

    public string ProfileTitle => Say("Du i TeamsQuality", "You in TeamsQuality");

    public string ProfileName => Say("Namn", "Name");

    public string ProfileRole => Say("Roll", "Role");

    public string ProfileUnit => Say("Enhet", "Unit");

    public string ProfileChannel => Say("Kanal", "Channel");

    public string ProfileOrganisation => Say("Organisation", "Organisation");

    public string ProfileAllUnits => Say("Följer alla enheter", "Follows all units");

    public string ProfileUnknown => Say(
        "Du finns inte med i organisationen i TeamsQuality än. Be en verksamhetsutvecklare att lägga till dig.",
        "You are not in the organisation in TeamsQuality yet. Ask a quality developer (verksamhetsutvecklare) to add you.");

    public string ProfileFallbackText => Say("Din roll och enhet i TeamsQuality.", "Your role and unit in TeamsQuality.");
}
