using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards;

/// <summary>The texts of the quality report (kvalitetsberättelsen), in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    // ---- The command ----

    public string CommandQualityReport => Say("kvalitetsberättelse", "quality report");

    public string CommandQualityReportDescription => Say(
        "Årets kvalitetsberättelse för din enhet (eller förvaltningen): sammanställningen, dina egna avsnitt och Word/PDF. Skriv ett år efter för ett annat år, t.ex. \"kvalitetsberättelse 2026\".",
        "The year's kvalitetsberättelse (quality report) for your unit (or the administration): the compiled figures, your own sections and Word/PDF. Add a year for another year, e.g. \"quality report 2026\".");

    /// <summary>The downloaded file's name before the year and the title: "Kvalitetsberättelse 2027 – Hemtjänst Norra.docx".</summary>
    public string QualityReportFileName => Say("Kvalitetsberättelse", "Quality report");

    // ---- The report's card ----

    /// <summary>{0}: the year, {1}: the unit's or the organisation's name.</summary>
    public string QualityReportTitle => Say("Kvalitetsberättelse {0} – {1}", "Kvalitetsberättelse (quality report) {0} – {1}");

    /// <summary>{0}: when, {1}: by whom.</summary>
    public string QualityReportCompiled => Say("Sammanställd {0} för {1} av årets uppgifter.", "Compiled {0} for {1} from the year's records.");

    /// <summary>
    /// Which months the quality year covers, so nobody wonders which calendar year the figures are of:
    /// "Verksamhetsår 2026: november 2025 – oktober 2026". Everything in the report (hållplatser, egenkontroller,
    /// rapporter, risker, åtgärder) is of these months.
    /// </summary>
    public string QualityYearSpan(QualityYearSpan span)
    {
        var culture = Language.Culture();
        return string.Format(
            culture, Say("Verksamhetsår {0}: {1} – {2}", "Quality year (verksamhetsår) {0}: {1} – {2}"),
            span.Year, MonthAndYear(span.First), MonthAndYear(span.Last));

        string MonthAndYear(DateOnly day) => culture.DateTimeFormat.GetMonthName(day.Month) + " " + day.Year.ToString(culture);
    }

    /// <summary>
    /// A tertial of the quality year named by its months ("T1 nov–feb"): the year's tertials are counted from its first
    /// month, so T1 of Vetlanda's year is November–February, not January–April.
    /// </summary>
    public string TertialName(SpanTertial tertial)
    {
        var names = Language.Culture().DateTimeFormat;
        return $"T{tertial.Number} {Short(tertial.FirstMonth)}–{Short(tertial.LastMonth)}";

        string Short(int month) => names.GetMonthName(month)[..3];
    }

    public string QualityReportSummaryHeading => Say("Året i siffror", "The year in figures");

    public string QualityReportStopsLabel => Say("Hållplatser", "Hållplatser (learning stops)");

    /// <summary>{0}: finished, {1}: all.</summary>
    public string QualityReportStopsLine => Say("{0} av {1} klara", "{0} of {1} finished");

    public string QualityReportSelfChecksLabel => Say("Egenkontroller", "Self-checks");

    /// <summary>{0}: done, {1}: planned, {2}: Ej godkänd.</summary>
    public string QualityReportSelfChecksLine => Say("{0} av {1} gjorda, {2} ej godkända", "{0} of {1} done, {2} ej godkänd (failed)");

    public string QualityReportDeviationsLabel => Say("Rapporter", "Reports");

    /// <summary>{0}: deviations, {1}: lex Sarah, {2}: views and complaints.</summary>
    public string QualityReportDeviationsLine => Say("{0} avvikelser, {1} lex Sarah, {2} synpunkter och klagomål", "{0} deviations, {1} lex Sarah, {2} views and complaints");

    public string QualityReportIvoLabel => Say("Till IVO", "To IVO");

    /// <summary>{0}: how many.</summary>
    public string QualityReportIvoLine => Say("{0} lex Sarah-rapporter bedömda allvarliga", "{0} lex Sarah reports assessed serious");

    public string QualityReportRisksLabel => Say("Risker", "Risks");

    /// <summary>{0}: Kritisk, {1}: Medium, {2}: Låg.</summary>
    public string QualityReportRisksLine => Say("Kritisk {0}, Medium {1}, Låg {2}", "Kritisk (critical) {0}, Medium {1}, Låg (low) {2}");

    public string QualityReportActionsLabel => Say("Åtgärder", "Actions");

    /// <summary>{0}: done, {1}: open, {2}: overdue.</summary>
    public string QualityReportActionsLine => Say("{0} genomförda, {1} pågår eller ej påbörjade, {2} försenade", "{0} done, {1} ongoing or not started, {2} overdue");

    public string QualityReportUnitsHeading => Say("Enheterna", "The units");

    /// <summary>{0}: finished, {1}: stops, {2}: deviations, {3}: overdue actions.</summary>
    public string QualityReportUnitLine => Say(
        "{0}/{1} hållplatser klara · {2} avvikelser · {3} försenade åtgärder",
        "{0}/{1} hållplatser finished · {2} deviations · {3} overdue actions");

    /// <summary>{0}: how many more.</summary>
    public string QualityReportMoreUnits => Say("… och {0} enheter till (se fliken).", "… and {0} more units (see the tab).");

    public string QualityReportPerspectivesHeading => Say("Bedömning per perspektiv", "Bedömning (assessment) per perspective");

    public string QualityReportNotAssessed => Say("Inte bedömd än – ingen hållplats är klar", "Not assessed yet – no hållplats finished");

    /// <summary>{0}: the stops' numbers.</summary>
    public string QualityReportFromStops => Say("Sammanställd från hållplats {0}", "Compiled from hållplats {0}");

    public string QualityReportEdited => Say("Ändrad av chefen", "Edited by the manager");

    public string QualityReportEditPerspective => Say("Ändra bedömning", "Edit the assessment");

    public string QualityReportWrittenHeading => Say("Chefens avsnitt", "The manager's sections");

    public string QualityReportNotWritten => Say("Inte skrivet än.", "Not written yet.");

    /// <summary>{0}: by whom, {1}: when, {2}: the revision.</summary>
    public string QualityReportSavedBy => Say("Sparat av {0} {1} (version {2})", "Saved by {0} {1} (version {2})");

    public string QualityReportWrite => Say("Skriv", "Write");

    public string QualityReportChange => Say("Ändra", "Edit");

    public string QualityReportWord => Say("Word", "Word");

    public string QualityReportPdf => Say("PDF", "PDF");

    public string QualityReportLinksNote => Say(
        "Word- och PDF-länkarna gäller i 15 minuter; tryck Uppdatera för nya.",
        "The Word and PDF links work for 15 minutes; press Refresh for new ones.");

    public string QualityReportReadOnly => Say(
        "Du kan läsa berättelsen; avsnitten skrivs av enhetens chef (förvaltningens av biträdande socialchef).",
        "You can read the report; the sections are written by the unit's manager (the administration's by the deputy director).");

    /// <summary>{0}: year, {1}: title.</summary>
    public string QualityReportFallback => Say("Kvalitetsberättelse {0} – {1}", "Quality report {0} – {1}");

    public string QualityReportAdministration => Say("Förvaltningen (alla enheter)", "The administration (all units)");

    public string QualityReportChooseTitle => Say("Vilken kvalitetsberättelse?", "Which quality report?");

    public string QualityReportChooseLabel => Say("Enhet eller förvaltningen", "A unit or the administration");

    public string QualityReportShow => Say("Visa", "Show");

    public string QualityReportOtherLabel => Say("Visa en annan", "Show another");

    public string QualityReportOpenFromStop => Say("Kvalitetsberättelsen", "The quality report");

    public string QualityReportBack => Say("Tillbaka till berättelsen", "Back to the report");

    public string QualityReportSave => Say("Spara utkast", "Save draft");

    public string QualityReportSaved => Say("Sparat.", "Saved.");

    public string QualityReportHistoryHeading => Say("Tidigare versioner", "Earlier versions");

    /// <summary>{0}: the revision, {1}: by whom, {2}: when.</summary>
    public string QualityReportHistoryLine => Say("Version {0} – {1}, {2}", "Revision {0} – {1}, {2}");

    public string QualityReportEmptied => Say("(avsnittet tömdes)", "(the section was emptied)");

    /// <summary>{0}: the section's name.</summary>
    public string QualityReportSectionFormTitle => Say("Skriv: {0}", "Write: {0}");

    public string QualityReportSectionHint => Say(
        "Skriv inga personnummer eller namn på brukare. Ett tomt avsnitt tas bort ur berättelsen.",
        "Write no personnummer or client names. An empty section is taken out of the report.");

    /// <summary>{0}: the perspective.</summary>
    public string QualityReportPerspectiveFormTitle => Say("Bedömning: {0}", "Bedömning (assessment): {0}");

    public string QualityReportCommentLabel => Say("Kommentar", "Comment");

    public string QualityReportYes => Say("Ja, åtgärder behövs", "Yes, actions are needed");

    public string QualityReportNo => Say("Nej, inga åtgärder behövs", "No, no actions are needed");

    public string SectionName(WrittenSectionKind kind) => kind switch
    {
        WrittenSectionKind.SarskildaHandelser => Glossed("Särskilda händelser", "special events"),
        WrittenSectionKind.PersonalOchEkonomi => Glossed("Personal och ekonomi", "personnel and economy"),
        WrittenSectionKind.PlaneradeAktiviteter => Glossed("Planerade aktiviteter nästa år", "planned activities next year"),
        WrittenSectionKind.BegaranTillNamnden => Glossed("Önskemål och behov till nämnden", "requests to the board"),
        _ => kind.ToString(),
    };

    // ---- Refusals ----

    public string QualityReportNotForYou => Say(
        "Kvalitetsberättelsen är för enhetens chef, kvalitetsutvecklarna och biträdande socialchef. Fråga din chef om du vill läsa den.",
        "The quality report is for the unit's manager, the quality developers and the deputy director. Ask your manager if you want to read it.");

    public string QualityReportOnlyWriter => Say(
        "Bara enhetens chef (eller ersättaren) skriver enhetens berättelse; förvaltningens skriver biträdande socialchef.",
        "Only the unit's manager (or the substitute) writes the unit's report; the administration's is written by the deputy director.");

    public string QualityReportChangedMeanwhile => Say(
        "Någon annan sparade avsnittet under tiden. Din text finns kvar nedan; jämför med den sparade och spara igen.",
        "Someone else saved the section meanwhile. Your text is kept below; compare with the saved one and save again.");

    public string QualityReportUnitNotFound => Say("Enheten finns inte (längre).", "The unit does not exist (any more).");

    /// <summary>A refusal on the report's cards, under the field it names; what was typed is kept.</summary>
    public string QualityReportRefusal(Refusal refusal)
    {
        var culture = Language.Culture();
        var field = refusal.Field switch
        {
            Field.ReportSection => Say("Avsnittet", "The section"),
            Field.Comment => QualityReportCommentLabel,
            Field.NeedsAction => NeedsActionLabel,
            Field.ReportTrend => TrendLabel,
            _ => string.Empty,
        };
        return refusal.Reason switch
        {
            RefusalReason.NotAllowed => QualityReportNotForYou,
            RefusalReason.NotManager => QualityReportOnlyWriter,
            RefusalReason.ChangedMeanwhile => QualityReportChangedMeanwhile,
            RefusalReason.NotFound => QualityReportUnitNotFound,
            RefusalReason.Required or RefusalReason.UnknownChoice => string.Format(culture, ProblemChoose, field),
            RefusalReason.ContainsPersonalIdentityNumber => string.Format(culture, ProblemPersonalIdentityNumber, field),
            RefusalReason.TooLong => string.Format(culture, ProblemTooLong, field, FreeText.LongestText),
            _ => SomethingWentWrong,
        };
    }
}
