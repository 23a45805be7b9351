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
}
