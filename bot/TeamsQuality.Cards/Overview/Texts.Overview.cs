namespace TeamsQuality.Cards;

/// <summary>What the management view's API says when it does not answer with the view (the page shows it as is).</summary>
public sealed partial class Texts
{
    public string OverviewNotInOrganisation => Say(
        "Översikten visar din organisations kvalitetsarbete, men du finns inte i organisationen i TeamsQuality. Be kvalitetsadministratören lägga till dig i din enhet.",
        "The overview shows your organisation's quality work, but you are not in the organisation in TeamsQuality. Ask the kvalitetsadministratör to add you to your unit.");

    public string OverviewUnitNotFound => Say(
        "Den enheten finns inte bland de enheter du kan se.",
        "That unit is not among the units you can see.");

    public string OverviewBadYear => Say(
        "Året ska vara ett årtal mellan 2000 och 2100, t.ex. 2027.",
        "The year must be a year between 2000 and 2100, e.g. 2027.");
}
