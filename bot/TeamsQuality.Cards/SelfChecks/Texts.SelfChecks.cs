using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;

namespace TeamsQuality.Cards;

/// <summary>The texts of the self-check plan (egenkontrollplan), in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    // ---- The command ----

    public string CommandSelfCheckPlan => Say("egenkontrollplan", "self-check plan");

    public string CommandSelfCheckPlanDescription => Say(
        "Visar enhetens egenkontrollplan för året: kontrollpunkter, metod, frekvens, ansvarig och när de ska vara gjorda.",
        "Shows your unit's egenkontrollplan (self-check plan) for the year: control points, method, frequency, who is responsible and when each is due.");

    public string ShowSelfCheckPlan => Say("Visa egenkontrollplanen", "Show the egenkontrollplan");

    public string SelfCheckPlanYearUnknown => Say(
        "Det finns ingen egenkontrollplan att visa för det året. Skriv 'egenkontrollplan' för årets plan.",
        "There is no egenkontrollplan to show for that year. Write 'self-check plan' for this year's plan.");

    // ---- The plan card ----

    /// <summary>{0}: the year, {1}: the unit.</summary>
    public string SelfCheckPlanTitle => Say("Egenkontrollplan {0} – {1}", "Egenkontrollplan (self-check plan) {0} – {1}");

    public string SelfCheckPlanEmpty => Say("Planen har inga kontrollpunkter än.", "The plan has no control points yet.");

    public string SelfCheckPointCountOne => Say("1 kontrollpunkt", "1 control point");

    /// <summary>{0}: how many.</summary>
    public string SelfCheckPointCountMany => Say("{0} kontrollpunkter", "{0} control points");

    /// <summary>{0}: first shown, {1}: last shown, {2}: how many in all.</summary>
    public string SelfCheckPointsShowing => Say("Visar {0}–{1} av {2}.", "Showing {0}–{1} of {2}.");

    /// <summary>{0}: the person responsible.</summary>
    public string SelfCheckResponsibleLine => Say("Ansvarig: {0}", "Responsible: {0}");

    public string SelfCheckResponsibleNobody => Say("enhetschefen", "the enhetschef");

    /// <summary>{0}: the date.</summary>
    public string SelfCheckNextDue => Say("Nästa: {0}", "Next due: {0}");

    public string SelfCheckNoMoreThisYear => Say("Inget mer i år", "Nothing more this year");

    /// <summary>{0}: how many files.</summary>
    public string SelfCheckSampleLine => Say("Urval: {0} akter", "Sample: {0} files");

    public string SelfCheckReadOnly => Say(
        "Enhetschefen (eller ersättaren) och verksamhetsutvecklarna håller planen.",
        "The enhetschef (or their ersättare) and the verksamhetsutvecklare keep the plan.");

    public string SelfCheckPlanClosed => Say(
        "Året är slut: planen finns kvar som den var, med sin historik.",
        "The year has ended: the plan is kept as it was, with its history.");

    public string SelfCheckEdit => Say("Ändra", "Change");

    public string SelfCheckRemove => Say("Ta bort", "Remove");

    public string SelfCheckNewPoint => Say("Ny kontrollpunkt", "New control point");

    public string SelfCheckOlder => Say("Fler", "More");

    public string SelfCheckNewer => Say("Föregående", "Previous");

    public string SelfCheckStartHeading => Say("Starta årets plan", "Start this year's plan");

    /// <summary>{0}: last year.</summary>
    public string SelfCheckStartFromLastYear => Say("Starta från planen {0}", "Start from the {0} plan");

    public string SelfCheckStartFromLastYearHint => Say(
        "Samma kontrollpunkter som förra året; de ansvariga som finns kvar i enheten behålls.",
        "The same control points as last year; those responsible who are still in the unit stay responsible.");

    public string SelfCheckTemplateLabel => Say("Mall", "Template (mall)");

    public string SelfCheckTemplateError => Say("Välj en mall.", "Choose a template.");

    public string SelfCheckStartFromTemplate => Say("Starta från mallen", "Start from the template");

    /// <summary>{0}: how many points.</summary>
    public string SelfCheckTemplatePoints => Say("{0} kontrollpunkter", "{0} control points");

    public string SelfCheckStartEmptyHint => Say(
        "Eller börja med en tom plan: lägg till kontrollpunkterna en i taget.",
        "Or begin with an empty plan: add the control points one at a time.");

    public string SelfCheckOfferAsTemplate => Say("Erbjud som mall", "Offer as a template");

    public string SelfCheckPointSaved => Say("Kontrollpunkten är sparad.", "The control point is saved.");

    public string SelfCheckPointRemoved => Say("Kontrollpunkten är borttagen. Historiken behåller den.", "The control point is removed. The history keeps it.");

    public string SelfCheckPlanStarted => Say("Planen är startad. Gå igenom punkterna och välj ansvariga.", "The plan is started. Go through the points and choose who is responsible.");

    /// <summary>{0}: the template's name.</summary>
    public string SelfCheckTemplateOffered => Say(
        "Planen finns nu som mallen '{0}' för alla enheter.",
        "The plan is now offered as the template '{0}' to every unit.");

    /// <summary>{0}: the year, {1}: the unit.</summary>
    public string SelfCheckPlanFallback => Say("Egenkontrollplan {0} för {1}", "Egenkontrollplan {0} for {1}");

    // ---- The control point form ----

    public string SelfCheckNewPointHeading => Say("Ny kontrollpunkt", "New control point");

    public string SelfCheckEditPointHeading => Say("Ändra kontrollpunkten", "Change the control point");

    public string FieldControlWhat => Say("Vad kontrolleras", "What is checked");

    public string ControlWhatPlaceholder => Say("Till exempel: Genomförandeplaner följs upp i tid", "For example: Genomförandeplaner (care plans) are followed up on time");

    public string ControlWhatError => Say("Skriv vad som kontrolleras.", "Write what is checked.");

    public string FieldControlPerspective => Say("Kvalitetsperspektiv", "Quality perspective (kvalitetsperspektiv)");

    public string ControlPerspectiveError => Say("Välj kvalitetsperspektiv.", "Choose a quality perspective.");

    public string FieldControlMethod => Say("Metod", "Method (metod)");

    public string ControlMethodError => Say("Välj metod.", "Choose a method.");

    public string FieldControlFrequency => Say("Hur ofta", "How often (frekvens)");

    public string ControlFrequencyError => Say("Välj hur ofta.", "Choose how often.");

    public string FieldControlMonths => Say("Månader (bara för Årsvis och Valda månader)", "Months (only for Årsvis and Valda månader)");

    public string ControlMonthsHint => Say(
        "Årsvis: välj en månad. Valda månader: välj en eller flera. Övriga: lämna tomt. Punkten ska vara gjord sista arbetsdagen i perioden.",
        "Årsvis (yearly): choose one month. Valda månader (chosen months): one or more. Otherwise leave empty. A point is due on the last working day of its period.");

    public string FieldControlResponsible => Say("Ansvarig", "Responsible (ansvarig)");

    /// <summary>{0}: the manager's name.</summary>
    public string ControlResponsibleManager => Say("Enhetschefen ({0})", "The enhetschef ({0})");

    public string ControlResponsibleNoManager => Say("Enhetschefen", "The enhetschef");

    public string FieldControlInstructions => Say("Instruktioner (valfritt)", "Instructions (optional)");

    public string ControlInstructionsPlaceholder => Say(
        "Var underlaget finns, vad som räknas som brist",
        "Where to look, what counts as a defect");

    public string FieldControlSampleSize => Say("Urval: antal akter (bara för aktgranskning)", "Sample: number of files (only for aktgranskning)");

    public string ControlSampleSizePlaceholder => Say("Till exempel 10", "For example 10");

    public string SaveControlPoint => Say("Spara kontrollpunkten", "Save the control point");

    public string BackToSelfCheckPlan => Say("Tillbaka till planen", "Back to the plan");

    // ---- Removing ----

    public string RemoveControlPointHeading => Say("Ta bort kontrollpunkten?", "Remove the control point?");

    public string RemoveControlPointHint => Say(
        "Punkten tas bort ur årets plan. Historiken behåller den och skälet, och resultat som redan finns finns kvar.",
        "The point is removed from this year's plan. The history keeps it and the reason, and results already recorded are kept.");

    public string FieldControlRemovalReason => Say("Skäl (valfritt)", "Reason (optional)");

    public string ConfirmRemoveControlPoint => Say("Ta bort", "Remove");

    // ---- Offering as a template ----

    public string OfferTemplateHeading => Say("Erbjud planen som mall", "Offer the plan as a template");

    /// <summary>{0}: how many points.</summary>
    public string OfferTemplateHint => Say(
        "Planens {0} kontrollpunkter blir en mall som alla enheter kan starta sin plan från. Ansvariga följer inte med. Samma namn som en tidigare erbjuden mall ersätter den.",
        "The plan's {0} control points become a template every unit can start its plan from. Those responsible are not included. The name of an earlier offered template replaces it.");

    public string FieldTemplateName => Say("Mallens namn", "The template's name");

    public string TemplateNameError => Say("Ge mallen ett namn.", "Give the template a name.");

    public string OfferTemplate => Say("Erbjud mallen", "Offer the template");

    // ---- Names ----

    public string ControlMethodName(ControlMethod method) => method switch
    {
        ControlMethod.LokeUppfoljning => Glossed("LOKE-uppföljning", "goal follow-up"),
        ControlMethod.Brukarundersokning => Glossed("Brukarundersökning", "user survey"),
        ControlMethod.Statistik => Glossed("Statistik", "statistics"),
        ControlMethod.Aktgranskning => Glossed("Aktgranskning", "file review"),
        ControlMethod.Checklista => Glossed("Checklista", "checklist"),
        ControlMethod.OppnaJamforelser => Glossed("Öppna jämförelser", "open comparisons"),
        _ => method.ToString(),
    };

    public string CheckFrequencyName(CheckFrequency frequency) => frequency switch
    {
        CheckFrequency.Manadsvis => Glossed("Månadsvis", "monthly"),
        CheckFrequency.Kvartalsvis => Glossed("Kvartalsvis", "quarterly"),
        CheckFrequency.Tertialvis => Glossed("Tertialvis", "every four months"),
        CheckFrequency.Halvarsvis => Glossed("Halvårsvis", "twice a year"),
        CheckFrequency.Arsvis => Glossed("Årsvis", "yearly"),
        CheckFrequency.ValdaManader => Glossed("Valda månader", "chosen months"),
        _ => frequency.ToString(),
    };

    // ---- Refusals ----

    public string ProblemOnlyPlanKeepers => Say(
        "Bara enhetschefen (eller ersättaren medan den gäller) och verksamhetsutvecklarna ändrar egenkontrollplanen.",
        "Only the enhetschef (or their ersättare while it is on) and the verksamhetsutvecklare change the egenkontrollplan.");

    public string ProblemOnlyQualityDevelopersOffer => Say(
        "Bara verksamhetsutvecklarna kan erbjuda en plan som mall.",
        "Only the verksamhetsutvecklare can offer a plan as a template.");

    public string ProblemControlPointGone => Say(
        "Kontrollpunkten finns inte i planen längre. Planen visas som den är nu.",
        "The control point is no longer in the plan. The plan is shown as it is now.");

    public string ProblemPlanNotEmpty => Say(
        "Planen har redan kontrollpunkter: ändra dem en i taget i stället.",
        "The plan already has control points: change them one at a time instead.");

    public string ProblemNothingToStartFrom => Say(
        "Det finns inga kontrollpunkter att starta från.",
        "There are no control points to start from.");

    public string ProblemPlanYearOver => Say(
        "Året är slut: planen finns kvar som den var och ändras inte.",
        "The year has ended: the plan is kept as it was and is not changed.");

    /// <summary>{0}: the most points.</summary>
    public string ProblemPlanFull => Say("Planen har redan {0} kontrollpunkter, det högsta en plan rymmer.", "The plan already has {0} control points, the most a plan holds.");

    public string ProblemEmptyPlanOffered => Say("En tom plan kan inte erbjudas som mall.", "An empty plan cannot be offered as a template.");

    public string ProblemControlMonthsRequired => Say(
        "Välj månad: Årsvis en månad, Valda månader en eller flera.",
        "Choose the month: one for Årsvis, one or more for Valda månader.");

    public string ProblemControlMonthsInvalid => Say(
        "Månaderna passar inte frekvensen: Årsvis tar exakt en månad, Valda månader en eller flera, övriga inga.",
        "The months do not fit the frequency: Årsvis takes exactly one month, Valda månader one or more, the others none.");

    public string ProblemControlResponsibleNotInUnit => Say(
        "Välj en av enhetens egna som ansvarig.",
        "Choose one of the unit's own people as responsible.");

    public string ProblemControlResponsibleRequired => Say(
        "Enheten har ingen enhetschef: välj vem som är ansvarig.",
        "The unit has no enhetschef: choose who is responsible.");

    public string ProblemControlSampleRequired => Say(
        "Ange hur många akter som granskas varje gång (1–500).",
        "Give how many files are reviewed each time (1–500).");

    public string ProblemControlSampleInvalid => Say(
        "Urvalet är ett antal akter 1–500, och anges bara för aktgranskning.",
        "The sample is a number of files 1–500, and is given only for aktgranskning.");

    /// <summary>{0}: the longest name.</summary>
    public string ProblemTemplateNameTooLong => Say("Mallens namn får vara högst {0} tecken.", "The template's name may be at most {0} characters.");

    /// <summary>{0}: the name.</summary>
    public string ProblemTemplateNameBuiltIn => Say("'{0}' är namnet på en inbyggd mall: välj ett annat.", "'{0}' is the name of a built-in template: choose another.");

    public string ProblemUnknownTemplate => Say("Välj en av mallarna i listan.", "Choose one of the templates in the list.");

    /// <summary>A refusal on the self-check plan's cards, under the field it names (or above the button pressed).</summary>
    public string SelfCheckRefusal(Refusal refusal)
    {
        var culture = Language.Culture();
        var field = SelfCheckFieldName(refusal.Field);
        return refusal switch
        {
            { Reason: RefusalReason.NotAllowed, Field: Field.TemplateName } => ProblemOnlyQualityDevelopersOffer,
            { Reason: RefusalReason.NotAllowed } => ProblemOnlyPlanKeepers,
            { Reason: RefusalReason.AlreadyFinished } => ProblemPlanYearOver,
            { Reason: RefusalReason.NotFound } => ProblemControlPointGone,
            { Reason: RefusalReason.WrongState } => ProblemPlanNotEmpty,
            { Reason: RefusalReason.TooLong, Field: Field.None } => string.Format(culture, ProblemPlanFull, SelfCheckPlan.MostPoints),
            { Reason: RefusalReason.TooLong, Field: Field.TemplateName } => string.Format(culture, ProblemTemplateNameTooLong, SelfCheckTemplate.LongestName),
            { Reason: RefusalReason.AlreadyExists, Field: Field.TemplateName } => string.Format(culture, ProblemTemplateNameBuiltIn, refusal.Name),
            { Reason: RefusalReason.UnknownChoice, Field: Field.TemplateName } => ProblemUnknownTemplate,
            { Reason: RefusalReason.Required, Field: Field.ControlWhat } => ControlWhatError,
            { Reason: RefusalReason.Required, Field: Field.ControlPerspective } => ControlPerspectiveError,
            { Reason: RefusalReason.Required, Field: Field.ControlMethod } => ControlMethodError,
            { Reason: RefusalReason.Required, Field: Field.ControlFrequency } => ControlFrequencyError,
            { Reason: RefusalReason.Required, Field: Field.ControlMonths } => ProblemControlMonthsRequired,
            { Reason: RefusalReason.Invalid, Field: Field.ControlMonths } => ProblemControlMonthsInvalid,
            { Reason: RefusalReason.NotInUnit, Field: Field.ControlResponsible } => ProblemControlResponsibleNotInUnit,
            { Reason: RefusalReason.Required, Field: Field.ControlResponsible } => ProblemControlResponsibleRequired,
            { Reason: RefusalReason.Required, Field: Field.ControlSampleSize } => ProblemControlSampleRequired,
            { Reason: RefusalReason.Invalid, Field: Field.ControlSampleSize } => ProblemControlSampleInvalid,
            { Reason: RefusalReason.Required, Field: Field.TemplateName } => TemplateNameError,
            { Reason: RefusalReason.Required } => string.Format(culture, ProblemRequired, field),
            { Reason: RefusalReason.ContainsPersonalIdentityNumber } => string.Format(culture, ProblemPersonalIdentityNumber, field),
            { Reason: RefusalReason.TooLong } => string.Format(culture, ProblemTooLong, field, FreeText.LongestText),
            _ => SomethingWentWrong,
        };
    }

    /// <summary>The same, for starting a plan: "not found" there means nothing to start from, and offering an empty plan.</summary>
    public string SelfCheckStartRefusal(Refusal refusal) => refusal.Reason switch
    {
        RefusalReason.NotFound => ProblemNothingToStartFrom,
        _ => SelfCheckRefusal(refusal),
    };

    /// <summary>The same, for offering a plan as a template: who may offer it, and an empty plan.</summary>
    public string SelfCheckOfferRefusal(Refusal refusal) => refusal.Reason switch
    {
        RefusalReason.NotAllowed => ProblemOnlyQualityDevelopersOffer,
        RefusalReason.WrongState => ProblemEmptyPlanOffered,
        _ => SelfCheckRefusal(refusal),
    };

    private string SelfCheckFieldName(Field field) => field switch
    {
        Field.ControlWhat => FieldControlWhat,
        Field.ControlInstructions => FieldControlInstructions,
        Field.ControlRemovalReason => FieldControlRemovalReason,
        Field.TemplateName => FieldTemplateName,
        Field.ControlPerspective => FieldControlPerspective,
        Field.ControlMethod => FieldControlMethod,
        Field.ControlFrequency => FieldControlFrequency,
        Field.ControlMonths => FieldControlMonths,
        Field.ControlResponsible => FieldControlResponsible,
        Field.ControlSampleSize => FieldControlSampleSize,
        _ => string.Empty,
    };
}
