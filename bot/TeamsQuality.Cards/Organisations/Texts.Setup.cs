namespace TeamsQuality.Cards;

/// <summary>
/// The texts of the welcome in a team that is not set up yet: what to do next and who does it, in Swedish and English
/// side by side. "Inställningar" is the app's personal tab and "Kvalitetsadministratör" the app role, as they are named
/// in Teams and Entra, in both languages.
/// </summary>
public sealed partial class Texts
{
    public string SetupWelcomeNoOrganisation => Say(
        "TeamsQuality är inte inställt här än. Innan jag kan lägga upp hållplatser för lärande i era kanaler behöver organisationen läggas upp: enheterna, vilken kanal varje enhet har och vilka som arbetar där.",
        "TeamsQuality is not set up here yet. Before I can post learning stops (hållplatser) in your channels, the organisation must be set up: the units, each unit's channel and the people who work there.");

    /// <summary>{0}: the organisation's name.</summary>
    public string SetupWelcomeChannelNotLinked => Say(
        "Den här kanalen är inte kopplad till någon enhet i {0} än, så här lägger jag inte upp några hållplatser för lärande.",
        "This channel is not linked to any unit in {0} yet, so I post no learning stops (hållplatser) here.");

    /// <summary>{0}: the units, e.g. "Hemtjänst Norra (Hemtjänst Norra), Barn och unga (Barn och unga)".</summary>
    public string SetupWelcomeUnitsInTeam => Say(
        "Enheter med kanal i det här teamet: {0}.",
        "Units with a channel in this team: {0}.");

    public string NotSetUpYet => Say(
        "TeamsQuality är inte inställt för er organisation än, så ingen finns med i den ännu.",
        "TeamsQuality is not set up for your organisation yet, so nobody is in it yet.");

    public string SetupNextStepsHeading => Say("Så går ni vidare", "What to do next");

    public string SetupNextStepNoOrganisation => Say(
        "En kvalitetsadministratör lägger upp organisationen i TeamsQuality-appens personliga flik Inställningar (öppna appen TeamsQuality i Teams).",
        "A quality administrator sets up the organisation in the TeamsQuality app's personal tab Inställningar (open the TeamsQuality app in Teams).");

    public string SetupNextStepLinkChannel => Say(
        "En kvalitetsadministratör kopplar kanalen till en enhet i TeamsQuality-appens personliga flik Inställningar (öppna appen TeamsQuality i Teams).",
        "A quality administrator links the channel to a unit in the TeamsQuality app's personal tab Inställningar (open the TeamsQuality app in Teams).");

    public string SetupNextStepRole => Say(
        "Kvalitetsadministratör är en roll i appen som IT-avdelningen tilldelar (approllen Kvalitetsadministratör i Microsoft Entra).",
        "Quality administrator is a role in the app that your IT department assigns (the app role Kvalitetsadministratör in Microsoft Entra).");

    /// <summary>{0}: the names of the people the operator named for the first setup, e.g. "Johan Ek och Eva Sundberg".</summary>
    public string SetupNextStepBootstrap => Say(
        "Tills någon har rollen får {0} göra det.",
        "Until someone has the role, {0} may do it.");

    public string SetupWelcomeFallbackText => Say(
        "Välkommen till TeamsQuality. Det är inte inställt här än: en kvalitetsadministratör gör det i appens flik Inställningar.",
        "Welcome to TeamsQuality. It is not set up here yet: a quality administrator does that in the app's tab Inställningar.");

    /// <summary>Names as a sentence says them: "A", "A och B", "A, B och C".</summary>
    public string NameList(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + Say(" och ", " and ") + names[^1],
    };
}
