using TeamsQuality.Domain.Actions;

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
}
