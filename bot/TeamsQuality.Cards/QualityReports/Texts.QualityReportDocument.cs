using TeamsQuality.Domain.QualityReports;

namespace TeamsQuality.Cards;

/// <summary>
/// The texts of the kvalitetsberättelse as a document (Word and PDF), in Swedish and English side by side. The domain's
/// words (perspectives, trends, statuses, kinds, categories, severities, risk levels) come from the features' own texts;
/// only what the document alone says is here.
/// </summary>
public sealed partial class Texts
{
    /// <summary>{0}: the quality year.</summary>
    public string DocTitle => Say("Kvalitetsberättelse {0}", "Kvalitetsberättelse (quality report) {0}");

    public string DocUnit => Say("Enhet", "Unit (enhet)");

    public string DocAdministration => Say("Förvaltning", "Administration (förvaltning)");

    public string DocOrganisation => Say("Organisation", "Organisation");

    public string DocCompiled => Say("Sammanställd", "Compiled");

    /// <summary>{0}: date and time (Swedish time); {1}: by whom.</summary>
    public string DocCompiledValue => Say("{0} av {1}", "{0} by {1}");

    public string DocContents => Say("Innehåll", "Contents");

    public string DocTocPlaceholder => Say(
        "Innehållsförteckningen fylls i när dokumentet öppnas i Word (eller högerklicka och välj Uppdatera fält).",
        "The table of contents is filled in when the document is opened in Word (or right-click and choose Update Field).");

    /// <summary>{0}: the page; {1}: the number of pages.</summary>
    public string DocPageNumbers => Say("Sida {0} av {1}", "Page {0} of {1}");

    public string DocTotal => Say("Totalt", "Total");

    // ---- Perspectives ----
    public string DocPerspectivesHeading => Say("Bedömning per kvalitetsperspektiv", "Assessment per quality perspective (kvalitetsperspektiv)");

    public string DocPerspective => Say("Perspektiv", "Perspective (perspektiv)");

    public string DocAssessment => Say("Bedömning", "Assessment (bedömning)");

    public string DocTrend => Say("Trend", "Trend");

    public string DocComment => Say("Kommentar", "Comment (kommentar)");

    public string DocNeedsAction => Say("Åtgärd behövs", "Action needed");

    public string DocNoActionNeeded => Say("Ingen åtgärd behövs", "No action needed");

    public string DocNotAssessed => Glossed("Ej bedömd", "not assessed");

    /// <summary>Marks an assessment the manager wrote instead of the compiled one.</summary>
    public string DocEdited => Say("(ändrad av chefen)", "(edited by the manager)");

    /// <summary>{0}: the stops' numbers, e.g. "1, 4".</summary>
    public string DocFromStops => Say("Från hållplats {0}.", "From hållplats {0}.");

    public string DocNoPerspectives => Say("Ingen hållplats är klar än, så inget perspektiv är bedömt.", "No hållplats is finished yet, so no perspective is assessed.");

    // ---- Stops ----
    public string DocStopsHeading => Say("Hållplatser under året", "The year's learning stops (hållplatser)");

    public string DocNumber => Say("Nr", "No.");

    public string DocTheme => Say("Tema", "Theme (tema)");

    public string DocDate => Say("Datum", "Date");

    public string DocStatus => Say("Status", "Status");

    public string DocConclusions => Say("Huvudsakliga slutsatser", "Main conclusions");

    /// <summary>{0}: the due date of a stop not held yet.</summary>
    public string DocPlannedFor => Say("planerad {0}", "planned {0}");

    public string DocNoStops => Say("Inga hållplatser under året.", "No hållplatser in the year.");

    // ---- Self-checks ----
    public string DocSelfChecksHeading => Say("Egenkontroller", "Self-checks (egenkontroller)");

    public string DocPlanned => Say("Planerade", "Planned");

    public string DocDone => Say("Genomförda", "Done");

    public string DocGodkand => Say("Godkänd", "Godkänd (passed)");

    public string DocEjGodkand => Say("Ej godkänd", "Ej godkänd (failed)");

    public string DocFailuresHeading => Say("Egenkontroller som inte godkändes", "Self-checks that were Ej godkänd");

    public string DocSelfCheck => Say("Egenkontroll", "Self-check (egenkontroll)");

    public string DocPeriod => Say("Period", "Period");

    public string DocCheckedOn => Say("Kontrollerad", "Checked");

    public string DocActionsOrReason => Say("Åtgärder eller skäl", "Actions or reason");

    /// <summary>{0}: the written reason no action was planned.</summary>
    public string DocReason => Say("Skäl: {0}", "Reason: {0}");

    public string DocNoSelfChecks => Say("Inga egenkontroller planerade under året.", "No self-checks (egenkontroller) planned in the year.");

    public string DocNoFailures => Say("Ingen egenkontroll blev Ej godkänd.", "No self-check ended Ej godkänd.");

    // ---- Reports ----
    public string DocReportsHeading => Say("Avvikelser, lex Sarah och klagomål", "Deviations (avvikelser), lex Sarah and complaints (klagomål)");

    public string DocPerTertialHeading => Say("Per tertial och typ", "Per tertial and kind");

    public string DocPerCategoryHeading => Say("Per kategori", "Per category (kategori)");

    public string DocPerSeverityHeading => Say("Per allvarlighetsgrad", "Per severity (allvarlighetsgrad)");

    public string DocKind => Say("Typ", "Kind");

    public string DocCategory => Say("Kategori", "Category (kategori)");

    public string DocSeverity => Say("Allvarlighetsgrad", "Severity (allvarlighetsgrad)");

    public string DocNoCategory => Say("Ingen kategori", "No category");

    public string DocSeverityUnknown => Glossed("Ej bedömd", "not assessed");

    public string DocDeviations => Glossed("Avvikelser", "deviations");

    public string DocLexSarah => Say("Lex Sarah", "Lex Sarah reports");

    public string DocFeedback => Glossed("Synpunkter, klagomål, beröm", "views, complaints, praise");

    public string DocNoReports => Say("Inga rapporter under året.", "No reports in the year.");

    public string DocCount => Say("Antal", "Count");

    /// <summary>{0}: the figure's number.</summary>
    public string DocFigure => Say("Figur {0}. ", "Figure {0}. ");

    public string DocChartPerTertial => Say("Rapporter per tertial och typ", "Reports per tertial and kind");

    public string DocChartPerCategory => Say("Rapporter per kategori", "Reports per category (kategori)");

    /// <summary>The chart's alt text; {0}: the chart's title; {1}: its figures.</summary>
    public string DocChartAlt => Say("Stapeldiagram: {0}. {1}", "Bar chart: {0}. {1}");

    // ---- IVO ----
    public string DocIvoHeading => Say("Anmälningar till IVO", "Reports to IVO");

    public string DocReference => Say("Referens", "Reference");

    public string DocFiledOn => Say("Inkommen", "Filed");

    public string DocDecidedOn => Say("Beslutad", "Decided");

    public string DocReportToIvo => Say("Anmäls till IVO", "Reported to IVO");

    public string DocSentToIvo => Say("Skickad till IVO", "Sent to IVO");

    public string DocIvoDiarienummer => Say("IVO:s diarienummer", "IVO's diarienummer");

    public string DocUndecided => Say("Ej beslutat", "Not decided");

    public string DocNoIvo => Say("Inga anmälningar till IVO under året.", "No reports to IVO in the year.");

    // ---- Risks ----
    public string DocRisksHeading => Say("Riskanalys", "Riskanalys (risk analysis)");

    public string DocRiskLevel => Say("Risknivå", "Risk level");

    public string DocRisksAssessed => Say("Bedömda risker", "Risks assessed");

    public string DocRisksWithActions => Say("Med åtgärd", "With an action");

    public string DocNoRisks => Say("Inga risker bedömda under året.", "No risks assessed in the year.");

    // ---- Actions ----
    public string DocActionsHeading => Say("Åtgärder", "Actions (åtgärder)");

    public string DocAction => Say("Åtgärd", "Action (åtgärd)");

    public string DocOrigin => Say("Ursprung", "Origin (ursprung)");

    public string DocCause => Say("Orsak", "Cause (orsak)");

    public string DocOwner => Say("Ansvarig", "Owner (ansvarig)");

    public string DocDue => Say("Klart senast", "Due by");

    public string DocEffect => Say("Effekt", "Effect (effekt)");

    public string DocOverdue => Say("försenad", "overdue (försenad)");

    public string DocNoActions => Say("Inga åtgärder under året.", "No actions in the year.");

    // ---- Written sections ----
    public string DocWrittenHeading(WrittenSectionKind kind) => kind switch
    {
        WrittenSectionKind.SarskildaHandelser => Glossed("Särskilda händelser", "special events"),
        WrittenSectionKind.PersonalOchEkonomi => Glossed("Personal och ekonomi", "personnel and economy"),
        WrittenSectionKind.PlaneradeAktiviteter => Glossed("Planerade aktiviteter nästa år", "planned activities next year"),
        WrittenSectionKind.BegaranTillNamnden => Glossed("Önskemål och behov till nämnden", "requests to the board"),
        _ => kind.ToString(),
    };

    public string DocNotFilledIn => Say("Inte ifyllt.", "Not filled in (inte ifyllt).");

    /// <summary>{0}: when (Swedish time); {1}: by whom.</summary>
    public string DocWrittenBy => Say("Senast sparad {0} av {1}.", "Last saved {0} by {1}.");

    // ---- The administration's summary ----
    public string DocUnitsHeading => Say("Sammanställning per enhet", "Summary per unit (enhet)");

    public string DocStopsHeldPlanned => Say("Hållplatser klara/planerade", "Hållplatser finished/planned");

    public string DocSelfChecksDonePlanned => Say("Egenkontroller gjorda/planerade", "Egenkontroller done/planned");

    public string DocActionsOpenOverdue => Say("Åtgärder öppna/försenade", "Actions open/overdue");

    public string DocCriticalRisks => Say("Kritiska risker", "Kritiska risker (critical)");

    public string DocComplaints => Glossed("Klagomål", "complaints");

    public string DocNoUnits => Say("Inga enheter i förvaltningen.", "No units in the administration.");
}
