using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>The texts of Nordmaling's Garage (garaget), in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    // ---- The command (the help card lists it; BotCommands routes by its pattern) ----

    public string CommandGarage => Say("garage", "garage");

    public string CommandGarageDescription => Say(
        "Parkerar en idé, en risk eller ett behov i garaget under en hållplats tema, så att det tas upp när hållplatsen är dags. Skriv garage följt av texten, eller bara garage för att se vad som är parkerat.",
        "Parks an idea, a risk or a need in the Garage (garaget) under a hållplats theme, so it comes up when that hållplats is due. Write garage followed by the text, or just garage to see what is parked.");

    // ---- Parking ----

    public string GarageTitle => Say("Parkera i garaget", "Park in the Garage (garaget)");

    public string GarageIntro => Say(
        "Det som inte behöver prioriteras nu parkeras i garaget under ett tema och tas upp när den hållplatsen är dags. Skriv inga namn eller personnummer på brukare.",
        "What need not be prioritised now is parked in the Garage under a theme and comes up when that hållplats is due. Do not write clients' names or personal identity numbers.");

    public string GarageKindLabel => Say("Vad är det?", "What is it?");

    public string GarageKindError => Say("Välj om det är en idé, en risk eller ett behov.", "Choose whether it is an idea, a risk or a need.");

    public string GarageStopError => Say("Välj vilket tema det hör till.", "Choose the theme it belongs to.");

    public string GarageTextLabel => Say("Vad vill du parkera?", "What do you want to park?");

    public string GarageTextError => Say("Skriv vad du vill parkera.", "Write what you want to park.");

    public string SaveGarageItem => Say("Parkera i garaget", "Park in the Garage");

    public string GarageNoStops => Say(
        "Det finns inga hållplatser att parkera under än. Be en verksamhetsutvecklare att lägga upp årshjulet.",
        "There are no hållplatser to park under yet. Ask a verksamhetsutvecklare (quality developer) to set up the wheel (årshjul).");

    public string GarageFallback => Say("Parkera i garaget", "Park in the Garage");

    /// <summary>{0}: the theme.</summary>
    public string GarageReceiptTitle => Say("Parkerat i garaget under {0}", "Parked in the Garage (garaget) under {0}");

    /// <summary>{0}: the stop's number.</summary>
    public string GarageReceiptHint => Say("Det tas upp när hållplats {0} är dags.", "It comes up when hållplats {0} is due.");

    public string ShowGarage => Say("Visa garaget", "Show the Garage");

    public string GarageKindName(GarageKind kind) => kind switch
    {
        GarageKind.Ide => Glossed("Idé", "idea"),
        GarageKind.Risk => Say("Risk", "Risk"),
        GarageKind.Behov => Glossed("Behov", "need"),
        _ => kind.ToString(),
    };

    public string GarageStatusName(GarageStatus status) => status switch
    {
        GarageStatus.Parkerad => Glossed("Parkerad", "parked"),
        GarageStatus.TillPlanen => Glossed("Till planen", "into the plan"),
        GarageStatus.KvarIGaraget => Glossed("Kvar i garaget", "kept in the Garage"),
        GarageStatus.Struken => Glossed("Struken", "dropped"),
        _ => status.ToString(),
    };

    // ---- "garage": the unit's Garage ----

    /// <summary>{0}: the unit.</summary>
    public string GarageListTitle => Say("Garaget – {0}", "The Garage (garaget) – {0}");

    public string GarageListNone => Say(
        "Inget är parkerat i garaget än. Skriv garage följt av en idé, en risk eller ett behov.",
        "Nothing is parked in the Garage yet. Write garage followed by an idea, a risk or a need.");

    /// <summary>{0}: the stop's number, {1}: its theme.</summary>
    public string GarageThemeHeading => Say("Hållplats {0}: {1}", "Hållplats {0}: {1}");

    /// <summary>{0}: how many more.</summary>
    public string GarageMoreHidden => Say("… och {0} till.", "… and {0} more.");

    /// <summary>{0}: the action's title.</summary>
    public string GarageToPlanDetail => Say("Åtgärd: {0}", "Action (åtgärd): {0}");

    /// <summary>{0}: the reason.</summary>
    public string GarageDropDetail => Say("Skäl: {0}", "Reason: {0}");

    /// <summary>{0}: who decided, {1}: the stop's year.</summary>
    public string GarageDecidedBy => Say("Beslutat av {0} vid hållplatsen {1}", "Decided by {0} at the hållplats of {1}");

    // ---- At the stop ----

    public string GarageItemsNone => Say("Inget parkerat i garaget under det här temat.", "Nothing parked in the Garage (garaget) under this theme.");

    public string GarageItemsOne => Say("1 sak parkerad i garaget under det här temat", "1 item parked in the Garage (garaget) under this theme");

    /// <summary>{0}: how many.</summary>
    public string GarageItemsMany => Say("{0} saker parkerade i garaget under det här temat", "{0} items parked in the Garage (garaget) under this theme");

    public string ReviewGarage => Say("Gå igenom garaget", "Review the Garage");

    /// <summary>{0}: the stop's number, {1}: its theme.</summary>
    public string GarageReviewTitle => Say("Garaget vid hållplats {0}: {1}", "The Garage (garaget) at hållplats {0}: {1}");

    public string GarageReviewIntro => Say(
        "Bestäm för varje sak: till planen (blir en åtgärd), kvar i garaget till nästa gång temat kommer, eller stryk med ett skäl.",
        "Decide on each item: into the plan (it becomes an action), kept in the Garage until the theme comes again, or dropped with a reason.");

    public string GarageReviewReadOnly => Say(
        "Den som dokumenterar hållplatsen bestämmer om garaget medan hållplatsen pågår.",
        "The person documenting the hållplats decides on the Garage while the hållplats is going on.");

    public string GarageReviewNone => Say("Inget är parkerat i garaget under det här temat.", "Nothing is parked in the Garage under this theme.");

    public string GarageToPlanButton => Say("Till planen …", "Into the plan …");

    public string GarageKeepButton => Say("Behåll i garaget", "Keep in the Garage");

    public string GarageDropButton => Say("Stryk …", "Drop …");

    public string BackToStop => Say("Tillbaka till hållplatsen", "Back to the hållplats");

    public string GarageToPlanTitle => Say("Från garaget till planen", "From the Garage into the plan");

    public string GarageAddToPlan => Say("Lägg i planen", "Add to the plan");

    /// <summary>{0}: the kind, {1}: the item's text.</summary>
    public string GarageCause => Say("{0} från garaget: {1}", "{0} from the Garage: {1}");

    public string GarageDropTitle => Say("Stryk från garaget", "Drop from the Garage");

    public string GarageReasonLabel => Say("Varför stryks det?", "Why is it dropped?");

    public string GarageReasonError => Say("Skriv varför det stryks.", "Write why it is dropped.");

    public string GarageDrop => Say("Stryk", "Drop");

    /// <summary>{0}: the action's title.</summary>
    public string GarageSavedToPlan => Say("Lagt i planen: {0}", "Added to the plan: {0}");

    public string GarageSavedKept => Say("Kvar i garaget till nästa gång temat kommer.", "Kept in the Garage until the theme comes again.");

    public string GarageSavedDropped => Say("Struket ur garaget.", "Dropped from the Garage.");

    // ---- Refusals ----

    public string GarageNeedsUnit => Say(
        "Garaget hör till en enhet, och du är inte med i någon enhet i TeamsQuality. Be en verksamhetsutvecklare att lägga till dig.",
        "The Garage belongs to a unit, and you are not in a unit in TeamsQuality. Ask a verksamhetsutvecklare (quality developer) to add you.");

    public string GarageNeedsTheme => Say("Välj vilket tema det hör till – det du skrev finns kvar.", "Choose the theme it belongs to – what you wrote is kept.");

    public string GarageNeedsKind => Say("Välj om det är en idé, en risk eller ett behov – det du skrev finns kvar.", "Choose whether it is an idea, a risk or a need – what you wrote is kept.");

    public string GarageNeedsReason => Say("Skriv varför det stryks – ett skäl behövs.", "Write why it is dropped – a reason is needed.");

    public string GarageNotDocumenter => Say(
        "Bara den som dokumenterar hållplatsen (enhetschefen eller den hen utsett) bestämmer om det som är parkerat i garaget.",
        "Only the person documenting the hållplats (the enhetschef or the person they chose) decides on what is parked in the Garage.");

    public string GarageWrongState => Say(
        "Det går inte att bestämma om det nu: hållplatsen pågår inte, eller det är redan bestämt.",
        "It cannot be decided on now: the hållplats is not going on, or it has been decided already.");

    public string GarageItemNotFound => Say("Det finns inte längre i garaget under det här temat.", "It is no longer in the Garage under this theme.");

    /// <summary>What to tell a person whose parking or decision was refused; anything else as a stop's refusal.</summary>
    public string GarageRefusalText(Refusal refusal) => refusal switch
    {
        { Reason: RefusalReason.NotInUnit, Field: Field.None } => GarageNeedsUnit,
        { Reason: RefusalReason.Required, Field: Field.GarageTheme } => GarageNeedsTheme,
        { Reason: RefusalReason.Required, Field: Field.GarageKind } => GarageNeedsKind,
        { Reason: RefusalReason.Required, Field: Field.GarageReason } => GarageNeedsReason,
        { Reason: RefusalReason.NotDocumenter } => GarageNotDocumenter,
        { Reason: RefusalReason.WrongState } => GarageWrongState,
        { Field: Field.ActionTitle or Field.ActionCause or Field.ActionOwner or Field.ActionDue or Field.ActionPurpose } => ActionRefusal(refusal),
        _ => StopRefusalText(refusal),
    };
}
