using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;

namespace TeamsQuality.Cards;

/// <summary>The texts of self-checks that fall due and their results (egenkontroll), Swedish and English side by side.</summary>
public sealed partial class Texts
{
    // ---- The command ----
    public string CommandSelfChecks => Say("egenkontroller", "self-checks");

    public string CommandSelfChecksDescription => Say(
        "enhetens egenkontrollplan med varje kontrollpunkts senaste resultat och vad som ska göras nu eller är försenat",
        "the unit's egenkontrollplan with each control point's latest result and what is due now or overdue");

    public string ShowSelfChecks => Say("Visa egenkontrollerna", "Show the egenkontroller");

    // ---- The check card ----
    public string CheckHeadingOpens => Say("Dags för egenkontroll", "Time for an egenkontroll (self-check)");

    public string CheckHeadingReminder => Say("Påminnelse: egenkontroll", "Reminder: egenkontroll (self-check)");

    public string CheckHeadingOverdue => Say("Egenkontrollen är försenad", "The egenkontroll (self-check) is overdue");

    public string CheckHeading => Say("Egenkontroll", "Egenkontroll (self-check)");

    /// <summary>{0}: what is checked.</summary>
    public string CheckFallback => Say("Egenkontroll: {0}", "Egenkontroll (self-check): {0}");

    public string CheckUnitLabel => Say("Enhet", "Unit (enhet)");

    public string CheckPerspectiveLabel => Say("Perspektiv", "Perspective");

    public string CheckMethodLabel => Say("Metod", "Method");

    public string CheckPeriodLabel => Say("Period", "Period");

    public string CheckDueLabel => Say("Klart senast", "Due by");

    public string CheckResponsibleLabel => Say("Ansvarig", "Responsible (ansvarig)");

    public string CheckInstructionsHeading => Say("Instruktion", "Instructions");

    /// <summary>{0}: how many files.</summary>
    public string CheckSampleSize => Say("{0} akter granskas", "{0} files are reviewed");

    public string CheckLastResultHeading => Say("Senaste resultat", "Latest result");

    public string CheckNoResultYet => Say("Inget resultat registrerat än.", "No result recorded yet.");

    /// <summary>{0}: the period, {1}: who, {2}: when.</summary>
    public string CheckResultLine => Say("{0} – {1}, {2}", "{0} – by {1}, {2}");

    /// <summary>{0}: granskade, {1}: med brister.</summary>
    public string CheckCountsLine => Say("Granskade: {0} · med brister: {1}", "Reviewed (granskade): {0} · with defects (med brister): {1}");

    public string CheckActionPlanned => Say("Åtgärd planerad i enhetens plan.", "An action is planned in the unit's plan.");

    /// <summary>{0}: the reason.</summary>
    public string CheckReasonLine => Say("Ingen åtgärd: {0}", "No action: {0}");

    /// <summary>{0}: how many earlier entries.</summary>
    public string CheckCorrections => Say("Rättat – {0} tidigare resultat finns kvar i historiken.", "Corrected – {0} earlier result(s) kept in the history.");

    public string CheckRecordedThisPeriod => Say("Resultatet för perioden är registrerat. Du kan rätta det nedan; det tidigare finns kvar i historiken.", "The result for the period is recorded. You can correct it below; the earlier one is kept in the history.");

    /// <summary>{0}: who is responsible.</summary>
    public string CheckReadOnly => Say(
        "Resultatet registreras av den ansvariga ({0}), den som är enhetschef just nu eller en verksamhetsutvecklare.",
        "The result is recorded by the responsible person ({0}), whoever acts as enhetschef now, or a verksamhetsutvecklare.");

    public string CheckYourResultHeading => Say("Ditt resultat", "Your result");

    public string FieldCheckVerdict => Say("Resultat", "Result");

    public string CheckVerdictError => Say("Välj Godkänd eller Ej godkänd.", "Choose Godkänd or Ej godkänd.");

    public string VerdictName(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Godkand => Glossed("Godkänd", "passed"),
        CheckVerdict.EjGodkand => Glossed("Ej godkänd", "not passed"),
        _ => verdict.ToString(),
    };

    public string FieldCheckComment => Say("Kommentar (inga uppgifter om enskilda)", "Comment (no details of individual clients)");

    public string FieldCheckReviewed => Say("Antal granskade akter", "Files reviewed (granskade)");

    public string FieldCheckDefects => Say("Antal akter med brister", "Files with defects (med brister)");

    public string CheckCountError => Say("Skriv ett heltal.", "Write a whole number.");

    public string FieldCheckReason => Say("Vid Ej godkänd utan åtgärd: varför behövs ingen åtgärd?", "If Ej godkänd without an action: why is no action needed?");

    public string CheckSave => Say("Spara resultatet", "Save the result");

    public string CheckPlanAction => Say("Ej godkänd – planera en åtgärd", "Ej godkänd – plan an action");

    public string CheckSaveWithAction => Say("Spara Ej godkänd med åtgärden", "Save Ej godkänd with the action");

    public string CheckActionHint => Say(
        "Åtgärden hamnar i enhetens plan (ursprung: egenkontroll) och den ansvariga får veta det.",
        "The action goes into the unit's plan (origin: egenkontroll) and its owner is told.");

    /// <summary>{0}: the verdict.</summary>
    public string CheckSaved => Say("Sparat: {0}.", "Saved: {0}.");

    public string CheckSavedWithAction => Say("Åtgärden finns nu i enhetens plan.", "The action is now in the unit's plan.");

    public string CheckRefusedHeading => Say("Resultatet sparades inte:", "The result was not saved:");

    public string MethodOfCheck(ControlMethod method) => method switch
    {
        ControlMethod.LokeUppfoljning => Glossed("LOKE-uppföljning", "following up clients' goals"),
        ControlMethod.Brukarundersokning => Glossed("Brukarundersökning", "client survey"),
        ControlMethod.Statistik => Glossed("Statistik", "statistics"),
        ControlMethod.Aktgranskning => Glossed("Aktgranskning", "file review"),
        ControlMethod.Checklista => Glossed("Checklista", "checklist"),
        ControlMethod.OppnaJamforelser => Glossed("Öppna jämförelser", "open comparisons"),
        _ => method.ToString(),
    };

    /// <summary>"mars 2027", "kvartal 1 2027", "tertial 2 2027", "halvår 2 2027": the occurrence's period as people say it.</summary>
    public string PeriodOf(CheckFrequency frequency, CheckOccurrence occurrence)
    {
        var culture = Language.Culture();
        return frequency switch
        {
            CheckFrequency.Kvartalsvis => string.Format(culture, Say("kvartal {0} {1}", "quarter {0} {1}"), occurrence.Period, occurrence.Year),
            CheckFrequency.Tertialvis => string.Format(culture, Say("tertial {0} {1}", "tertial {0} {1}"), occurrence.Period, occurrence.Year),
            CheckFrequency.Halvarsvis => string.Format(culture, Say("halvår {0} {1}", "half-year {0} {1}"), occurrence.Period, occurrence.Year),
            _ => occurrence.Starts.ToString("MMMM yyyy", culture),
        };
    }

    // ---- Refusals ----
    /// <summary>A clear message for a refusal of a check's result: which field, what is wrong; what was typed is kept.</summary>
    public string SelfCheckResultRefusal(Refusal refusal)
    {
        var culture = Language.Culture();
        var field = refusal.Field switch
        {
            Field.CheckComment => FieldCheckComment,
            Field.CheckReason => FieldCheckReason,
            Field.CheckReviewed => FieldCheckReviewed,
            Field.CheckDefects => FieldCheckDefects,
            _ => FieldCheckVerdict,
        };
        return (refusal.Field, refusal.Reason) switch
        {
            (Field.ActionTitle or Field.ActionCause or Field.ActionOwner or Field.ActionDue or Field.ActionPurpose, _) => ActionRefusal(refusal),
            (Field.CheckVerdict, RefusalReason.Required) => CheckVerdictError,
            (Field.CheckVerdict, RefusalReason.DefectsFound) => Say(
                "Akter med brister betyder att egenkontrollen är Ej godkänd: välj Ej godkänd och planera en åtgärd eller skriv varför ingen behövs.",
                "Files with defects mean the egenkontroll is Ej godkänd: choose Ej godkänd and plan an action or write why none is needed."),
            (Field.CheckVerdict, RefusalReason.WrongState) => Say(
                "En åtgärd planeras här när egenkontrollen är Ej godkänd. Välj Ej godkänd, eller spara resultatet utan åtgärd.",
                "An action is planned here when the egenkontroll is Ej godkänd. Choose Ej godkänd, or save the result without an action."),
            (Field.CheckReviewed, RefusalReason.Required) => Say("Fyll i hur många akter som granskades.", "Fill in how many files were reviewed."),
            (Field.CheckReviewed, RefusalReason.Invalid) => Say("Antal granskade akter är ett heltal, minst 1.", "Files reviewed is a whole number, at least 1."),
            (Field.CheckDefects, RefusalReason.Required) => Say("Fyll i hur många akter som hade brister (0 om ingen).", "Fill in how many files had defects (0 if none)."),
            (Field.CheckDefects, RefusalReason.Invalid) => Say("Antal akter med brister är ett heltal, 0 eller fler.", "Files with defects is a whole number, 0 or more."),
            (Field.CheckDefects, RefusalReason.MoreThanReviewed) => Say(
                "Fler akter med brister än granskade: med brister kan vara högst lika många som granskade.",
                "More files with defects than reviewed: with defects can be at most as many as reviewed."),
            (Field.CheckReason, RefusalReason.ActionOrReasonMissing) => Say(
                "Ej godkänd kan inte avslutas utan åtgärd: planera en åtgärd (Ej godkänd – planera en åtgärd) eller skriv här varför ingen åtgärd behövs.",
                "Ej godkänd cannot be closed without an action: plan one (Ej godkänd – plan an action) or write here why no action is needed."),
            (_, RefusalReason.ContainsPersonalIdentityNumber) => string.Format(culture, ProblemPersonalIdentityNumber, field),
            (_, RefusalReason.TooLong) => string.Format(culture, ProblemTooLong, field, FreeText.LongestText),
            (_, RefusalReason.NotAllowed) => Say(
                "Du kan inte registrera resultatet: det gör den ansvariga, den som är enhetschef just nu eller en verksamhetsutvecklare.",
                "You cannot record the result: the responsible person, whoever acts as enhetschef now, or a verksamhetsutvecklare does."),
            (_, RefusalReason.NotInUnit) => NotYourUnit,
            (_, RefusalReason.NotFound) => Say(
                "Kontrollpunkten finns inte (längre) i enhetens egenkontrollplan, eller perioden finns inte.",
                "The control point is not (any longer) in the unit's egenkontrollplan, or the period does not exist."),
            (_, RefusalReason.ChangedMeanwhile) => Say(
                "Någon annan sparade ett resultat samtidigt. Se det nedan och spara igen om ditt ska gälla – det du skrev finns kvar.",
                "Somebody else saved a result at the same time. See it below and save again if yours should stand – what you wrote is kept."),
            _ => string.Format(culture, ProblemRequired, field),
        };
    }

    // ---- The manager's list (one a day) ----
    public string CheckDigestTitle => Say("Egenkontroller i din enhet", "Egenkontroller (self-checks) in your unit");

    /// <summary>{0}: the unit.</summary>
    public string CheckDigestFallback => Say("Egenkontroller i {0}", "Egenkontroller (self-checks) in {0}");

    public string CheckDigestOpened => Say("Ska göras nu", "Due now");

    public string CheckDigestOverdue => Say("Försenade (inget resultat)", "Overdue (no result)");

    /// <summary>{0}: what, {1}: who, {2}: due date.</summary>
    public string CheckDigestLine => Say("{0} – {1}, klart senast {2}", "{0} – {1}, due {2}");

    // ---- egenkontroller ----
    /// <summary>{0}: the unit, {1}: the year.</summary>
    public string SelfCheckListTitle => Say("Egenkontroller – {0} {1}", "Egenkontroller (self-checks) – {0} {1}");

    /// <summary>{0}: the year.</summary>
    public string SelfCheckListEmpty => Say(
        "Enheten har ingen egenkontrollplan för {0} än. Enhetschefen planerar den med Planera.",
        "The unit has no egenkontrollplan for {0} yet. The enhetschef plans it with Planera.");

    /// <summary>{0}: planned, {1}: done, {2}: Godkänd, {3}: Ej godkänd.</summary>
    public string SelfCheckListSummary => Say(
        "{0} egenkontroller i år · {1} gjorda · {2} godkända · {3} ej godkända",
        "{0} self-checks this year · {1} done · {2} godkända · {3} ej godkända");

    /// <summary>{0}: the period, {1}: the due date.</summary>
    public string SelfCheckOpenLine => Say("Att göra nu: {0}, klart senast {1}", "Due now: {0}, by {1}");

    /// <summary>{0}: the periods without a result.</summary>
    public string SelfCheckOverdueLine => Say("Försenad, inget resultat: {0}", "Overdue, no result: {0}");

    /// <summary>{0}: the period.</summary>
    public string SelfCheckNextLine => Say("Nästa: {0}", "Next: {0}");

    /// <summary>{0}: the period.</summary>
    public string SelfCheckRecord => Say("Registrera {0}", "Record {0}");

    public string SelfCheckPlanButton => Say("Planera", "Planera (plan)");

    /// <summary>{0}: how many points are not shown.</summary>
    public string SelfCheckHidden => Say("… och {0} kontrollpunkter till.", "… and {0} more control points.");

    /// <summary>The perspective tally line: {0} perspective, {1} planned, {2} done, {3} Godkänd, {4} Ej godkänd.</summary>
    public string SelfCheckTallyLine => Say("{0}: {1} planerade, {2} gjorda, {3} godkända, {4} ej godkända", "{0}: {1} planned, {2} done, {3} godkända, {4} ej godkända");

    public string CheckResponsibleManager => Say("enhetschefen", "the enhetschef");
}
