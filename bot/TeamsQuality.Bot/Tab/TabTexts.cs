using TeamsQuality.Cards;

namespace TeamsQuality.Bot.Tab;

/// <summary>What the tab API says when it does not let a request in, in the user's language (the page shows it as is).</summary>
public sealed class TabTexts
{
    private static readonly TabTexts Swedish = new(UiLanguage.Swedish);
    private static readonly TabTexts English = new(UiLanguage.English);

    private readonly UiLanguage _language;

    private TabTexts(UiLanguage language) => _language = language;

    public static TabTexts For(UiLanguage language) => language == UiLanguage.English ? English : Swedish;

    public string NoToken => Say(
        "Du är inte inloggad. Öppna TeamsQuality i Teams, så loggar Teams in dig.",
        "You are not signed in. Open TeamsQuality in Teams and Teams signs you in.");

    public string InvalidToken => Say(
        "Inloggningen kunde inte bekräftas. Stäng fliken och öppna den igen; hjälper inte det, kontakta IT-avdelningen.",
        "Your sign-in could not be confirmed. Close the tab and open it again; if that does not help, contact your IT department.");

    public string NotAPerson => Say(
        "Inloggningen gäller inte en person. Öppna TeamsQuality i Teams med ditt eget konto.",
        "The sign-in is not a person's. Open TeamsQuality in Teams with your own account.");

    public string NotConfigured => Say(
        "TeamsQuality är inte inställt för inloggning i Teams än. Kontakta IT-avdelningen.",
        "TeamsQuality is not set up for signing in from Teams yet. Contact your IT department.");

    public string NotAdministrator => Say(
        "Bara en kvalitetsadministratör kan ändra organisationen. Be IT-avdelningen ge dig approllen Kvalitetsadministratör.",
        "Only a kvalitetsadministratör can change the organisation. Ask your IT department to assign you the app role Kvalitetsadministratör.");

    private string Say(string swedish, string english) => _language == UiLanguage.English ? english : swedish;
}
