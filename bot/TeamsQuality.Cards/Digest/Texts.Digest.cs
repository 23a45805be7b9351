namespace TeamsQuality.Cards;

/// <summary>The texts of the weekly digest (veckobrevet), in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    /// <summary>{0}: the ISO week number.</summary>
    public string DigestTitle => Say("Veckobrevet – vecka {0}", "Weekly digest (veckobrevet) – week {0}");

    /// <summary>{0}: the week's Monday; {1}: its Sunday.</summary>
    public string DigestWeekSpan => Say("{0} – {1}. Det här är att göra eller försenat.", "{0} – {1}. This is to do or overdue.");

    /// <summary>{0}: the week number.</summary>
    public string DigestFallback => Say("Veckobrevet för vecka {0}: det här är att göra.", "The weekly digest for week {0}: this is to do.");

    /// <summary>{0}: how many overdue; {1}: how many to do.</summary>
    public string DigestCounts => Say("{0} försenade · {1} att göra", "{0} overdue · {1} to do");

    /// <summary>{0}: how many.</summary>
    public string DigestStops => Say("Hållplatser ({0})", "Hållplatser – learning stops ({0})");

    /// <summary>{0}: how many.</summary>
    public string DigestSelfChecks => Say("Egenkontroller ({0})", "Egenkontroller – self-checks ({0})");

    /// <summary>{0}: how many.</summary>
    public string DigestActions => Say("Åtgärder ({0})", "Åtgärder – actions ({0})");

    /// <summary>{0}: how many.</summary>
    public string DigestAwaitingAssessment => Say("Rapporter som väntar på bedömning ({0})", "Reports waiting for assessment ({0})");

    /// <summary>{0}: how many.</summary>
    public string DigestIvoPending => Say("Beslut om anmälan till IVO ({0})", "Decisions on reporting to IVO ({0})");

    /// <summary>{0}: the due date.</summary>
    public string DigestOverdueSince => Say("försenad, senast {0}", "overdue, due {0}");

    /// <summary>{0}: the due date.</summary>
    public string DigestDueBy => Say("senast {0}", "due {0}");

    /// <summary>{0}: the unit; {1}: when it was assessed.</summary>
    public string DigestIvoLine => Say("{0}, bedömd {1}", "{0}, assessed {1}");

    /// <summary>{0}: how many more.</summary>
    public string DigestMore => Say("… och {0} till.", "… and {0} more.");

    public string DigestAllUnits => Say("Alla enheter, flest försenade först", "Every unit, the most overdue first");

    /// <summary>{0}: the unit; {1}: overdue; {2}: to do; {3}: reports waiting for assessment.</summary>
    public string DigestUnitLine => Say("{0}: {1} försenade, {2} att göra, {3} rapporter att bedöma", "{0}: {1} overdue, {2} to do, {3} reports to assess");

    /// <summary>{0}: how many more units.</summary>
    public string DigestMoreUnits => Say("… och {0} enheter till med något att göra.", "… and {0} more units with something to do.");

    public string DigestFooter => Say(
        "Veckobrevet kommer på måndagar klockan 8 när något är att göra. Skriv veckobrev av för att stänga av det.",
        "The weekly digest comes on Mondays at 8 when something is to do. Write digest off to turn it off.");

    public string DigestTurnOff => Say("Stäng av veckobrevet", "Turn off the weekly digest");

    public string DigestTurnOn => Say("Slå på veckobrevet", "Turn on the weekly digest");

    public string DigestIsOff => Say(
        "Veckobrevet är avstängt. Du får det inte längre på måndagar. Skriv veckobrev på, eller tryck på knappen, för att få det igen.",
        "The weekly digest is off. You will no longer get it on Mondays. Write digest on, or press the button, to get it again.");

    public string DigestIsOn => Say(
        "Veckobrevet är på. Du får det på måndagar klockan 8 när något är att göra i dina enheter.",
        "The weekly digest is on. You get it on Mondays at 8 when something is to do in your units.");

    public string CommandDigest => Say("veckobrev av", "digest off");

    public string CommandDigestDescription => Say(
        "Stäng av veckobrevet, måndagens lista över det som är att göra eller försenat (veckobrev på slår på det igen).",
        "Turn off the weekly digest, Monday's list of what is to do or overdue (digest on turns it on again).");
}
