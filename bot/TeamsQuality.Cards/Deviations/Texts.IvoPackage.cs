using System.Globalization;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>
/// The texts of a lex Sarah report's IVO package: its card (the checklist, the export, the form that records the
/// sending) and the PDF, in Swedish and English side by side.
/// </summary>
public sealed partial class Texts
{
    public string IvoPackageButton => Say("IVO-underlag", "IVO package (IVO-underlag)");

    /// <summary>{0}: the report's reference.</summary>
    public string IvoPackageTitle => Say("IVO-underlag · {0}", "IVO package (IVO-underlag) · {0}");

    public string IvoPackageDocumentTitle => Say("Lex Sarah – underlag till IVO", "Lex Sarah – underlag till IVO (report to IVO)");

    public string IvoPackageIntro => Say(
        "IVO tar emot anmälan i sin e-tjänst eller per post, aldrig med e-post, och en skickad anmälan kan inte ändras. Därför ska underlaget vara komplett innan det exporteras.",
        "IVO takes the report in its e-service or by post, never by e-mail, and a report sent cannot be changed. So the package must be complete before it is exported.");

    public string IvoChecklistHeading => Say("Det här frågar IVO efter", "What IVO's form asks");

    public string IvoPackageItemName(IvoPackageItem item) => item switch
    {
        IvoPackageItem.VadHande => Glossed("Vad hände", "what happened"),
        IvoPackageItem.NarOchVar => Glossed("När och var (tidpunkt och enhet)", "when and where"),
        IvoPackageItem.NarDetUpptacktes => Glossed("När det upptäcktes", "when it was noticed"),
        IvoPackageItem.Konsekvenser => Glossed("Konsekvenser för den enskilde", "consequences for the client"),
        IvoPackageItem.OmedelbaraAtgarder => Glossed("Omedelbara åtgärder", "immediate measures"),
        IvoPackageItem.UtredningFakta => Glossed("Utredningens fakta", "the investigation's facts"),
        IvoPackageItem.Orsaker => Glossed("Orsaker (analys)", "causes, the analysis"),
        IvoPackageItem.Atgarder => Glossed("Åtgärder, planerade eller vidtagna", "actions planned or taken"),
        IvoPackageItem.Bedomning => Glossed("Bedömning av allvarlighetsgrad", "the assessed severity"),
        IvoPackageItem.Beslut => Glossed("Beslut om anmälan till IVO", "the decision to report to IVO"),
        _ => item.ToString(),
    };

    /// <summary>Where the user adds what is missing, in the words of the report's own forms.</summary>
    public string IvoPackageItemHint(IvoPackageItem item) => item switch
    {
        IvoPackageItem.NarDetUpptacktes => Say("Saknas: lägg till i utredningen under 'När det upptäcktes'.", "Missing: add it to the investigation under 'När det upptäcktes'."),
        IvoPackageItem.Konsekvenser => Say("Saknas: lägg till i utredningen under 'Händelsen och dess konsekvenser'.", "Missing: add it to the investigation under 'Händelsen och dess konsekvenser'."),
        IvoPackageItem.OmedelbaraAtgarder => Say("Saknas: enhetschefen skriver de omedelbara åtgärderna i bedömningen.", "Missing: the unit manager writes the immediate actions in the assessment."),
        IvoPackageItem.UtredningFakta => Say("Saknas: lägg till minst en uppgift i utredningen markerad som fakta.", "Missing: add at least one investigation entry marked as fact."),
        IvoPackageItem.Orsaker => Say("Saknas: lägg till i utredningen under 'Orsaker'.", "Missing: add it to the investigation under 'Orsaker'."),
        IvoPackageItem.Atgarder => Say("Saknas: lägg till en åtgärd på rapporten.", "Missing: add an action to the report."),
        IvoPackageItem.Bedomning => Say("Saknas: enhetschefen bedömer rapporten.", "Missing: the unit manager assesses the report."),
        IvoPackageItem.Beslut => Say("Saknas: biträdande socialchef beslutar om anmälan till IVO.", "Missing: the deputy director decides on reporting to IVO."),
        _ => Say("Saknas.", "Missing."),
    };

    public string IvoPackageComplete => Say("Underlaget är komplett och kan exporteras.", "The package is complete and can be exported.");

    /// <summary>{0}: how many items are missing.</summary>
    public string IvoPackageIncompleteSummary => Say(
        "{0} saknas ännu. Exportera när allt är ifyllt.",
        "{0} still missing. Export once everything is filled in.");

    public string IvoExportButton => Say("Exportera IVO-underlag (PDF)", "Export the IVO package (PDF)");

    public string IvoExportHint => Say(
        "Länken gäller i 15 minuter. Exporten sparas i rapportens historik.",
        "The link works for 15 minutes. The export is kept in the report's history.");

    public string IvoSentHeading => Say("Skickad till IVO", "Sent to IVO (skickad till IVO)");

    /// <summary>{0}: the day sent, {1}: IVO's diarienummer.</summary>
    public string IvoSentLine => Say("Skickad till IVO {0} · diarienummer {1}", "Sent to IVO {0} · diarienummer {1}");

    public string IvoNotSentYet => Say("Inte registrerad som skickad till IVO än.", "Not recorded as sent to IVO yet.");

    public string IvoSentForm => Say("Registrera att den skickats till IVO", "Record that it was sent to IVO");

    public string IvoSentCorrectForm => Say("Rätta uppgifterna om IVO-anmälan", "Correct what was recorded of the report to IVO");

    public string FieldIvoSentOn => Say("Skickad till IVO (datum)", "Sent to IVO (date)");

    public string FieldIvoDiarienummer => Say("IVO:s diarienummer", "IVO's diarienummer (case number)");

    public string IvoDiarienummerPlaceholder => Say("t.ex. 3.1.1-12345/2027", "e.g. 3.1.1-12345/2027");

    public string IvoSentOnError => Say("Välj dagen den skickades.", "Choose the day it was sent.");

    public string IvoDiarienummerError => Say("Skriv IVO:s diarienummer.", "Write IVO's diarienummer.");

    public string SaveIvoSent => Say("Spara", "Save");

    public string IvoSentSaved => Say("Sparat: rapporten är registrerad som skickad till IVO.", "Saved: the report is recorded as sent to IVO.");

    public string BackToReport => Say("Tillbaka till rapporten", "Back to the report");

    public string IvoPackageNoneHere => Say(
        "Rapporten har inget IVO-underlag: det gäller lex Sarah-rapporter bedömda som allvarliga eller katastrofala, om beslutet inte är att avstå från anmälan.",
        "The report has no IVO package: it is for lex Sarah reports assessed as serious or catastrophic, unless the decision is not to report.");

    public string IvoPackageNotForRole => Say(
        "IVO-underlaget tas fram av biträdande socialchef och verksamhetsutvecklarna.",
        "The IVO package is prepared by the deputy director and the quality developers.");

    public string ProblemDiarienummer => Say(
        "IVO:s diarienummer ser ut som 3.1.1-12345/2027 (ärendenummer/år). Det du skrev finns kvar.",
        "IVO's diarienummer looks like 3.1.1-12345/2027 (case number/year). What you wrote is kept.");

    public string ProblemOnlyIvoPreparers => Say(
        "Bara biträdande socialchef och verksamhetsutvecklarna registrerar IVO-anmälan.",
        "Only the deputy director and the quality developers record the report to IVO.");

    public string ProblemCannotRecordSentNow => Say(
        "Det går bara när beslutet är att anmäla till IVO.",
        "That is only possible once the decision is to report to IVO.");

    /// <summary>{0}: the missing item.</summary>
    public string ProblemIvoItemMissing => Say("Saknas: {0}.", "Missing: {0}.");

    public string HistoryIvoExported => Say("IVO-underlaget exporterades (PDF)", "The IVO package was exported (PDF)");

    /// <summary>{0}: the day sent, {1}: the diarienummer (and what it said before, if corrected).</summary>
    public string HistorySentToIvo => Say("Skickad till IVO: {0}", "Sent to IVO: {0}");

    // ---- The PDF ----

    public string IvoDocOrganisation => Say("Organisation", "Organisation");

    public string IvoDocWhenAndWhere => Say("När och var", "When and where (när och var)");

    public string IvoDocFiled => Say("Rapporterad", "Reported");

    public string IvoDocNoticedAndConsequences => Say("Konsekvenser för den enskilde", "Consequences for the client (konsekvenser)");

    public string IvoDocInvestigation => Say("Utredning", "Investigation (utredning)");

    public string IvoDocNoActions => Say("Inga åtgärder.", "No actions.");

    public string IvoDocDue => Say("Klart senast", "Due by");

    public string IvoDocOwner => Say("Ansvarig", "Owner (ansvarig)");

    public string IvoDocAssessmentAndDecision => Say("Bedömning och beslut", "Assessment and decision (bedömning och beslut)");

    /// <summary>{0}: who, {1}: when.</summary>
    public string IvoDocBy => Say("{0}, {1}", "{0}, {1}");

    /// <summary>{0}: when, {1}: by whom.</summary>
    public string IvoDocExported => Say("Exporterad {0} av {1}", "Exported {0} by {1}");

    /// <summary>{0}: this page, {1}: how many.</summary>
    public string IvoDocPage => Say("Sida {0} av {1}", "Page {0} of {1}");

    /// <summary>{0}: the recorded by, {1}: when.</summary>
    public string IvoDocSentBy => Say("Registrerad av {0}, {1}", "Recorded by {0}, {1}");

    /// <summary>A refusal on the IVO package's card: which field, what is wrong, and that what was typed is kept.</summary>
    public string IvoPackageRefusal(Refusal refusal) => refusal switch
    {
        { Reason: RefusalReason.Invalid, Field: Field.IvoDiarienummer } => ProblemDiarienummer,
        { Reason: RefusalReason.Required, Field: Field.IvoSentOn } => string.Format(Language.Culture(), ProblemChoose, FieldIvoSentOn),
        { Reason: RefusalReason.NotAllowed, Field: Field.IvoPackage } => ProblemOnlyIvoPreparers,
        { Reason: RefusalReason.WrongState, Field: Field.IvoPackage } => ProblemCannotRecordSentNow,
        { Reason: RefusalReason.IvoPackageIncomplete } => string.Format(
            Language.Culture(), ProblemIvoItemMissing, Enum.TryParse<IvoPackageItem>(refusal.Name, out var item) ? IvoPackageItemName(item) : refusal.Name),
        _ => DeviationRefusal(refusal),
    };
}
