using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>
/// The texts of the organisation: roles, choosing a unit, and the manager's substitute (ersättare), in Swedish and
/// English side by side.
/// </summary>
public sealed partial class Texts
{
    // ---- The commands a user can write (the help card lists them; BotCommands routes by their patterns) ----

    public string CommandSubstitute => Say("ersättare", "substitute");

    public string CommandSubstituteDescription => Say(
        "För enhetschefer: utse en ersättare som bedömer enhetens rapporter medan du är borta.",
        "For unit managers: name a substitute (ersättare) who assesses the unit's reports while you are away.");

    // ---- The cards ----

    public string NotYourUnit => Say(
        "Det här hör till en annan enhet än din, så du kan inte se det.",
        "This belongs to another unit than yours, so you cannot see it.");

    public string ChooseUnitTitle => Say("Vilken enhets hållplatser vill du se?", "Which unit's hållplatser do you want to see?");

    public string ChooseUnitLabel => Say("Välj enhet", "Choose a unit");

    public string ChooseUnitError => Say("Välj en enhet.", "Choose a unit.");

    public string NoUnits => Say(
        "Organisationen har inga enheter i TeamsQuality än. Be en verksamhetsutvecklare att lägga upp dem.",
        "The organisation has no units in TeamsQuality yet. Ask a verksamhetsutvecklare (quality developer) to add them.");

    /// <summary>{0}: the unit.</summary>
    public string SubstituteTitle => Say("Ersättare för {0}", "Substitute (ersättare) for {0}");

    public string SubstituteIntro => Say(
        "Under perioden ser och bedömer ersättaren enhetens rapporter, besvarar synpunkter och klagomål som du, och får veta när nya rapporter kommer in. Perioden gäller hela dagar, svensk tid.",
        "While the period is on, the substitute sees and assesses the unit's reports, answers views and complaints as you do, and is told when new reports come in. The period is whole days, Swedish time.");

    public string SubstituteNone => Say("Ingen ersättare är utsedd.", "No substitute is named.");

    /// <summary>{0}: the substitute, {1}: the period.</summary>
    public string SubstituteCurrentOn => Say("{0} är ersättare {1}.", "{0} is the substitute {1}.");

    /// <summary>{0}: the substitute, {1}: the period.</summary>
    public string SubstituteCurrentPlanned => Say("{0} blir ersättare {1}.", "{0} will be the substitute {1}.");

    public string EndSubstitute => Say("Avsluta nu", "End it now");

    public string SubstituteButton => Say("Ersättare", "Substitute (ersättare)");

    public string NameSubstituteHeading => Say("Utse ersättare", "Name a substitute");

    public string SubstitutePersonLabel => Say("Ersättare", "Substitute (ersättare)");

    public string SubstitutePersonPlaceholder => Say("Välj person", "Choose a person");

    public string SubstitutePersonError => Say("Välj vem som ska vara ersättare.", "Choose who will stand in.");

    public string SubstituteFromLabel => Say("Från och med", "From");

    public string SubstituteFromError => Say("Välj första dagen.", "Choose the first day.");

    public string SubstituteUntilLabel => Say("Till och med", "Until (the last day)");

    public string SubstituteUntilError => Say("Välj sista dagen.", "Choose the last day.");

    public string SaveSubstitute => Say("Utse ersättaren", "Name the substitute");

    /// <summary>{0}: the substitute, {1}: the period.</summary>
    public string SubstituteHistoryNamed => Say("utsåg {0} till ersättare {1}", "named {0} substitute {1}");

    /// <summary>{0}: the substitute, {1}: the period.</summary>
    public string SubstituteHistoryEnded => Say("avslutade ersättaren {0} ({1})", "ended the substitute {0} ({1})");

    public string SubstituteSaved => Say("Ersättaren är utsedd och har fått veta det.", "The substitute is named and has been told.");

    public string SubstituteEndedNotice => Say("Ersättarens period är avslutad.", "The substitute's period is ended.");

    public string SubstituteOnlyManager => Say("Bara enhetens chef utser ersättare.", "Only the unit's manager names a substitute.");

    public string SubstituteNoUnit => Say(
        "Du är inte chef för någon enhet, så du har ingen ersättare att utse.",
        "You manage no unit, so there is no substitute to name.");

    public string SubstituteProblemSelf => Say(
        "Du kan inte vara din egen ersättare. Välj någon i enheten eller en annan enhetschef.",
        "You cannot be your own substitute. Choose someone in the unit or another enhetschef (unit manager).");

    public string SubstituteProblemNotInUnit => Say(
        "Ersättaren ska vara någon i enheten eller en annan enhetschef. Välj någon i listan.",
        "The substitute must be someone in the unit or another enhetschef (unit manager). Choose someone from the list.");

    public string SubstituteProblemEndsBeforeStart => Say("Sista dagen kan inte vara före den första.", "The last day cannot be before the first.");

    public string SubstituteProblemFromPast => Say(
        "Första dagen har redan varit. Välj i dag eller senare.",
        "The first day has passed. Choose today or later.");

    public string SubstituteProblemUntilPast => Say(
        "Sista dagen har redan varit. Välj i dag eller senare.",
        "The last day has passed. Choose today or later.");

    public string SubstituteProblemNoneToEnd => Say("Det finns ingen ersättare att avsluta.", "There is no substitute to end.");

    /// <summary>The notice to the person named: a title.</summary>
    public string SubstituteNamedTitle => Say("Du är ersättare för enhetschefen", "You are the substitute (ersättare) for the unit manager");

    /// <summary>{0}: the manager, {1}: the unit, {2}: the period.</summary>
    public string SubstituteNamedText => Say(
        "{0} har utsett dig till ersättare för {1} {2}. Under perioden ser och bedömer du enhetens rapporter, besvarar synpunkter och klagomål och får veta när nya rapporter kommer in.",
        "{0} has named you substitute for {1} {2}. During the period you see and assess the unit's reports, answer views and complaints, and are told when new reports come in.");

    public string SubstituteEndedTitle => Say("Ditt uppdrag som ersättare är avslutat", "Your time as substitute (ersättare) is ended");

    /// <summary>{0}: the manager, {1}: the unit.</summary>
    public string SubstituteEndedText => Say(
        "{0} har avslutat ditt uppdrag som ersättare för {1}.",
        "{0} has ended your time as substitute for {1}.");

    /// <summary>The role in the users' Swedish word, with an English gloss in English.</summary>
    public string RoleName(Role role) => role switch
    {
        Role.Medarbetare => Glossed("Medarbetare", "staff"),
        Role.Enhetschef => Glossed("Enhetschef", "unit manager"),
        Role.BitradandeSocialchef => Glossed("Biträdande socialchef", "deputy director"),
        Role.Verksamhetsutvecklare => Glossed("Verksamhetsutvecklare", "quality developer"),
        Role.Socialchef => Glossed("Socialchef", "director"),
        _ => role.ToString(),
    };

    /// <summary>"1 december 2026 – 14 december 2026": a substitute's period, whole days.</summary>
    public string Period(DateOnly from, DateOnly until) =>
        $"{StopCardParts.Date(Language, from)} – {StopCardParts.Date(Language, until)}";

    /// <summary>A clear message for a refusal of naming (or ending) a substitute, for the field it names.</summary>
    public string SubstituteRefusalText(Refusal refusal) => refusal.Reason switch
    {
        RefusalReason.Required => refusal.Field switch
        {
            Field.From => SubstituteFromError,
            Field.Until => SubstituteUntilError,
            _ => SubstitutePersonError,
        },
        RefusalReason.NotManager => SubstituteOnlyManager,
        RefusalReason.Self => SubstituteProblemSelf,
        RefusalReason.NotInUnit => SubstituteProblemNotInUnit,
        RefusalReason.EndsBeforeStart => SubstituteProblemEndsBeforeStart,
        RefusalReason.InThePast => refusal.Field == Field.From ? SubstituteProblemFromPast : SubstituteProblemUntilPast,
        RefusalReason.NoneToEnd => SubstituteProblemNoneToEnd,
        _ => SomethingWentWrong,
    };
}
