using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>The texts of improvement actions (åtgärder) in a unit's plan, in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    /// <summary>{0}: the owner.</summary>
    public string OwnerIs => Say("Ansvarig: {0}", "Owner: {0}");

    public string OwnerDefault => Say("enhetschefen", "the enhetschef");

    /// <summary>{0}: the due date.</summary>
    public string DueIs => Say("klart senast {0}", "due {0}");

    public string NoDueDate => Say("inget slutdatum", "no due date");

    /// <summary>{0}: how many.</summary>
    public string ActionsCreatedHeading => Say("Åtgärder i enhetens plan ({0})", "Actions (åtgärder) in the unit's plan ({0})");

    public string ActionsNone => Say("Inga åtgärder skapades.", "No actions were created.");

    /// <summary>{0}: the origin, e.g. "Hållplats 1 Samverkan (2027)".</summary>
    public string OriginIs => Say("Ursprung: {0}", "Origin (ursprung): {0}");

    /// <summary>The owner of an action, as a refusal names the field.</summary>
    public string FieldActionOwner => Say("Ansvarig", "Owner (ansvarig)");

    public string ActionStatusName(ActionStatus status) => status switch
    {
        ActionStatus.EjPaborjad => Glossed("Ej påbörjad", "not started"),
        ActionStatus.Pagaende => Glossed("Pågående", "in progress"),
        ActionStatus.Genomford => Glossed("Genomförd", "done"),
        _ => status.ToString(),
    };

    // ---- The shared form for a new action (Actions/ActionFormPart) ----
    public string FieldActionCause => Say("Orsak som åtgärden ska komma åt", "Cause it addresses (orsak)");

    public string ActionCauseError => Say("Skriv vilken orsak åtgärden ska komma åt.", "Write which cause the action addresses.");

    public string ActionCausePlaceholder => Say("Varför blev det så? Vad ska åtgärden ändra?", "Why did it happen? What should the action change?");

    public string ActionOwnerLabel => Say("Ansvarig (tomt = enhetschefen)", "Owner (empty = the enhetschef)");

    public string ActionDueLabel => Say("Klart senast", "Due by");

    public string ActionDueError => Say("Välj ett datum då åtgärden ska vara klar.", "Choose the date the action is to be done by.");

    public string FieldActionPurpose => Say("Syfte", "Purpose (syfte)");

    public string ActionPurposeError => Say("Välj om åtgärden är förebyggande eller korrigerande.", "Choose whether the action prevents or corrects.");

    public string ActionPurposeName(ActionPurpose purpose) => purpose switch
    {
        ActionPurpose.Forebyggande => Glossed("Förebyggande", "preventive"),
        ActionPurpose.Korrigerande => Glossed("Korrigerande", "corrective"),
        _ => purpose.ToString(),
    };

    /// <summary>A clear message for a refusal on the shared action form: which field, what is wrong; what was typed is kept.</summary>
    public string ActionRefusal(Refusal refusal)
    {
        var culture = Language.Culture();
        var field = refusal.Field switch
        {
            Field.ActionTitle => FieldActionTitle,
            Field.ActionCause => FieldActionCause,
            Field.ActionOwner => FieldActionOwner,
            Field.ActionDue => ActionDueLabel,
            Field.ActionPurpose => FieldActionPurpose,
            _ => refusal.Field.ToString(),
        };
        return refusal.Reason switch
        {
            RefusalReason.Required when refusal.Field == Field.ActionDue => ActionDueError,
            RefusalReason.Required when refusal.Field == Field.ActionPurpose => ActionPurposeError,
            RefusalReason.Required when refusal.Field == Field.ActionOwner => ActionOwnerRequired,
            RefusalReason.Required => string.Format(culture, ProblemRequired, field),
            RefusalReason.InThePast or RefusalReason.Invalid when refusal.Field == Field.ActionDue => ActionDuePassed,
            RefusalReason.ContainsPersonalIdentityNumber => string.Format(culture, ProblemPersonalIdentityNumber, field),
            RefusalReason.TooLong => string.Format(culture, ProblemTooLong, field, FreeText.LongestText),
            RefusalReason.NotInUnit => string.Format(culture, ProblemNotInUnit, field),
            _ => DeviationRefusal(refusal),
        };
    }

    public string ActionDuePassed => Say("Välj ett datum som inte har passerat.", "Choose a date that has not passed.");

    public string ActionOwnerRequired => Say("Enheten har ingen enhetschef: välj vem som är ansvarig.", "The unit has no enhetschef: choose who owns it.");

    // ---- "åtgärder": the unit's plan, followed to the end ----
    public string CommandActions => Say("åtgärder", "actions");

    public string CommandActionsDescription => Say(
        "Visar enhetens åtgärder (verksamhetsplanen): ursprung, orsak, ansvarig, slutdatum, syfte och status. Ansvarig och chef ändrar status.",
        "Shows your unit's actions (åtgärder, the plan): origin, cause, owner, due date, purpose and status. The owner and the manager change the status.");

    /// <summary>{0}: the unit.</summary>
    public string ActionPlanTitle => Say("Åtgärder – {0}", "Åtgärder (actions) – {0}");

    public string ActionPlanEmpty => Say(
        "Inga åtgärder i enhetens plan än. De kommer från hållplatser, egenkontroller, avvikelser, riskanalysen och garaget.",
        "No actions in the unit's plan yet. They come from stops, self-checks, deviations, the risk analysis and the garage.");

    /// <summary>{0}: how many in all, {1}: how many open, {2}: how many overdue.</summary>
    public string ActionPlanCounts => Say("{0} åtgärder · {1} öppna · {2} försenade", "{0} actions · {1} open · {2} overdue");

    public string ActionPlanOpenHeading => Say("Öppna", "Open");

    public string ActionPlanDoneHeading => Say("Genomförda", "Done (genomförda)");

    /// <summary>{0}: first shown, {1}: last shown, {2}: how many in all.</summary>
    public string ActionPlanShowing => Say("Visar {0}–{1} av {2}.", "Showing {0}–{1} of {2}.");

    public string ActionPlanOlder => Say("Fler", "More");

    public string ActionPlanNewer => Say("Tillbaka", "Back");

    public string ActionOverdue => Say("Försenad", "Overdue");

    /// <summary>{0}: the origin.</summary>
    public string ActionOriginLine => Say("Från: {0}", "From: {0}");

    /// <summary>{0}: the cause.</summary>
    public string ActionCauseLine => Say("Orsak: {0}", "Cause (orsak): {0}");

    public string ActionNoCause => Say("ingen orsak angiven", "no cause given");

    /// <summary>{0}: the owner, {1}: the due date, {2}: the purpose, {3}: the status.</summary>
    public string ActionFactsLine => Say("{0} · klart senast {1} · {2} · {3}", "{0} · due {1} · {2} · {3}");

    public string ActionNoPurpose => Say("syfte ej angivet", "purpose not given");

    /// <summary>{0}: the follow-up day.</summary>
    public string ActionFollowUpLine => Say("Uppföljning av effekten {0}", "Effect follow-up {0}");

    /// <summary>{0}: Ja, Delvis or Nej.</summary>
    public string ActionEffectLine => Say("Effekt: {0}", "Effect (effekt): {0}");

    public string ActionFromReportHidden => Say("en rapport", "a report");

    public string ActionFromOrigin(Domain.Actions.ActionOriginKind kind) => kind switch
    {
        Domain.Actions.ActionOriginKind.Hallplats => Glossed("Hållplats", "learning stop"),
        Domain.Actions.ActionOriginKind.Avvikelse => Glossed("Avvikelse", "deviation"),
        Domain.Actions.ActionOriginKind.Egenkontroll => Glossed("Egenkontroll", "self-check"),
        Domain.Actions.ActionOriginKind.Riskanalys => Glossed("Riskanalys", "risk analysis"),
        Domain.Actions.ActionOriginKind.Garage => Glossed("Garaget", "the garage"),
        _ => kind.ToString(),
    };

    public string ChangeStatusButton => Say("Ändra status", "Change status");

    public string ActionHistoryButton => Say("Historik", "History");

    public string AnswerEffectButton => Say("Svara om effekten", "Answer on the effect");

    public string ShowActionPlan => Say("Visa åtgärderna", "Show the actions");

    // ---- The status form ----

    /// <summary>{0}: the action's title, shortened.</summary>
    public string ActionStatusTitle => Say("Ändra åtgärd: {0}", "Change action: {0}");

    public string ActionStatusNow => Say("Status nu", "Status now");

    public string FieldActionStatus => Say("Ny status", "New status");

    public string FieldActionComment => Say("Kommentar (varför, vad har gjorts)", "Comment (why, what has been done)");

    public string ActionCommentError => Say("Skriv en kommentar till ändringen.", "Write a comment on the change.");

    public string FieldNewDueDate => Say("Klart senast (ändra vid behov)", "Due by (change if needed)");

    public string FieldFollowUpDate => Say("Uppföljning av effekten (om genomförd; tomt = om tre månader)", "Effect follow-up (if done; empty = in three months)");

    public string SaveActionChange => Say("Spara ändringen", "Save the change");

    public string ActionChangeSaved => Say("Sparat. Ändringen finns i åtgärdens historik.", "Saved. The change is in the action's history.");

    public string ActionReadOnly => Say(
        "Den ansvariga och enhetschefen ändrar åtgärdens status.",
        "The owner and the enhetschef change the action's status.");

    // ---- The history ----

    /// <summary>{0}: the action's title, shortened.</summary>
    public string ActionHistoryTitle => Say("Historik: {0}", "History: {0}");

    /// <summary>{0}: from, {1}: to.</summary>
    public string HistoryStatus => Say("Status {0} → {1}", "Status changed {0} → {1}");

    /// <summary>{0}: from, {1}: to.</summary>
    public string HistoryDueDate => Say("Klart senast {0} → {1}", "Due date {0} → {1}");

    /// <summary>{0}: from, {1}: to.</summary>
    public string HistoryFollowUp => Say("Uppföljning {0} → {1}", "Follow-up {0} → {1}");

    /// <summary>{0}: Ja, Delvis or Nej.</summary>
    public string HistoryEffect => Say("Effekt: {0}", "Effect: {0}");

    public string HistoryNewAction => Say("Ingen effekt: ny åtgärd", "No effect: a new action");

    public string HistoryBackToAnalysis => Say("Ingen effekt: tillbaka till analysen", "No effect: back to the analysis");

    public string HistoryNoDate => Say("inget", "none");

    /// <summary>{0}: how many older changes are not shown.</summary>
    public string ActionHistoryHidden => Say("{0} äldre ändringar visas inte här.", "{0} older changes are not shown here.");

    // ---- Reminders to the owner ----
    public string ActionReminderTitle(Domain.Actions.ActionReminderKind kind) => kind switch
    {
        Domain.Actions.ActionReminderKind.WeekBefore => Say("En vecka kvar för din åtgärd", "A week left for your action"),
        Domain.Actions.ActionReminderKind.OnTheDay => Say("Din åtgärd ska vara klar i dag", "Your action is due today"),
        Domain.Actions.ActionReminderKind.Overdue => Say("Din åtgärd är försenad", "Your action is overdue"),
        _ => Say("Hade åtgärden effekt?", "Did the action have an effect?"),
    };

    public string ActionReminderHint => Say(
        "Ändra status när du har kommit igång eller är klar, med en kommentar. Behövs mer tid? Ändra datumet i samma formulär.",
        "Change the status when you have started or are done, with a comment. Need more time? Change the date in the same form.");

    /// <summary>{0}: the action's title, shortened.</summary>
    public string ActionReminderFallback => Say("Påminnelse om åtgärd: {0}", "Reminder of an action: {0}");

    // ---- The effect question ----
    public string EffectQuestion => Say("Hade åtgärden effekt?", "Did the action have an effect (effekt)?");

    /// <summary>{0}: the day it was done.</summary>
    public string EffectIntro => Say(
        "Åtgärden genomfördes {0}. Har den kommit åt orsaken? Svaret hamnar i åtgärdens historik.",
        "The action was done on {0}. Did it address the cause? The answer goes into the action's history.");

    public string EffectName(Domain.Actions.ActionEffect effect) => effect switch
    {
        Domain.Actions.ActionEffect.Ja => Glossed("Ja", "yes"),
        Domain.Actions.ActionEffect.Delvis => Glossed("Delvis", "partly"),
        Domain.Actions.ActionEffect.Nej => Glossed("Nej", "no"),
        _ => effect.ToString(),
    };

    public string FieldEffect => Say("Effekt", "Effect");

    public string EffectError => Say("Välj Ja, Delvis eller Nej.", "Choose Ja, Delvis or Nej.");

    public string FieldEffectComment => Say("Kommentar (krävs vid Delvis och Nej: vad fungerade inte?)", "Comment (needed for Delvis and Nej: what did not work?)");

    public string AnswerEffect => Say("Svara", "Answer");

    public string EffectThanks => Say("Tack! Svaret finns i åtgärdens historik.", "Thank you! The answer is in the action's history.");

    public string EffectNotYet => Say(
        "Frågan om effekt kommer när åtgärden är genomförd och uppföljningsdagen är här.",
        "The question about the effect comes when the action is done and its follow-up day has come.");

    public string NoEffectHeading => Say("Ingen effekt – vad gör vi nu?", "No effect – what now?");

    public string NoEffectIntro => Say(
        "Lägg till en ny åtgärd för samma orsak, eller skicka orsaken tillbaka till analysen: den blir en loggboksanteckning under hållplatsens tema och tas upp i första steget nästa gång hållplatsen kommer.",
        "Add a new action for the same cause, or send the cause back to the analysis: it becomes a logbook note under the stop's theme and is taken up in the first step the next time the stop comes.");

    public string AddNewAction => Say("Lägg till den nya åtgärden", "Add the new action");

    public string BackToAnalysis => Say("Tillbaka till analysen", "Back to the analysis");

    /// <summary>{0}: the new action's title.</summary>
    public string NewActionAdded => Say("Den nya åtgärden «{0}» finns i enhetens plan.", "The new action «{0}» is in the unit's plan.");

    /// <summary>{0}: the stop's number, {1}: its theme.</summary>
    public string BackToAnalysisDone => Say(
        "Orsaken går tillbaka till analysen: en anteckning i loggboken under hållplats {0} {1}, som visas i första steget nästa gång.",
        "The cause goes back to the analysis: a logbook note under stop {0} {1}, shown in its first step next time.");

    public string NoEffectDecided => Say("Vad som följer är redan bestämt; se historiken.", "What follows is already decided; see the history.");

    // ---- Refusals ----
    public string ActionNotFound => Say(
        "Åtgärden finns inte i enhetens plan längre.",
        "The action is no longer in the unit's plan.");

    public string ActionNotAllowed => Say(
        "Bara den ansvariga och enhetschefen (eller ersättaren) kan ändra åtgärden.",
        "Only the owner and the enhetschef (or the substitute) can change the action.");

    public string ActionNothingChanged => Say(
        "Välj en ny status eller ett nytt datum – inget ändrades.",
        "Choose a new status or a new date – nothing changed.");

    public string ActionEffectGiven => Say(
        "Effekten är redan besvarad: åtgärden är följd till slutet. Lägg en ny åtgärd om mer behövs.",
        "The effect is already answered: the action is followed to the end. Add a new action if more is needed.");

    public string FollowUpPassed => Say("Välj en uppföljningsdag efter i dag.", "Choose a follow-up day after today.");

    /// <summary>A refusal on the status form or the effect question, under the field it concerns; what was typed is kept.</summary>
    public string ActionLifecycleRefusal(Refusal refusal)
    {
        var culture = Language.Culture();
        return refusal switch
        {
            { Reason: RefusalReason.NotFound } => ActionNotFound,
            { Reason: RefusalReason.NotAllowed or RefusalReason.NotInUnit } => ActionNotAllowed,
            { Reason: RefusalReason.AlreadyFinished, Field: Field.ActionEffect } => NoEffectDecided,
            { Reason: RefusalReason.AlreadyFinished } => ActionEffectGiven,
            { Reason: RefusalReason.WrongState, Field: Field.ActionEffect } => EffectNotYet,
            { Reason: RefusalReason.Required, Field: Field.ActionStatus } => ActionNothingChanged,
            { Reason: RefusalReason.Required, Field: Field.ActionComment } => ActionCommentError,
            { Reason: RefusalReason.Required, Field: Field.ActionEffect } => EffectError,
            { Reason: RefusalReason.InThePast, Field: Field.ActionFollowUp } => FollowUpPassed,
            { Reason: RefusalReason.ContainsPersonalIdentityNumber, Field: Field.ActionComment } => string.Format(culture, ProblemPersonalIdentityNumber, FieldActionComment),
            { Reason: RefusalReason.TooLong, Field: Field.ActionComment } => string.Format(culture, ProblemTooLong, FieldActionComment, FreeText.LongestText),
            _ => ActionRefusal(refusal),
        };
    }
}
