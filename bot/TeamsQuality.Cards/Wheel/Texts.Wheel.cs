using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Cards;

/// <summary>The texts of the wheel (årshjulet) and choosing next year's template, in Swedish and English side by side.</summary>
public sealed partial class Texts
{
    // ---- The commands a user can write (the help card lists them; BotCommands routes by their patterns) ----

    public string CommandWheel => Say("årshjul", "wheel");

    public string CommandWheelDescription => Say(
        "Visar årets hjul av hållplatser; verksamhetsutvecklare väljer nästa års mall.",
        "Shows this year's wheel (årshjul) of stops; quality developers choose next year's template.");

    // ---- The cards ----

    public string WheelTitle => Say("Årshjulet {0}", "The årshjul (annual wheel) {0}");

    public string WheelNextYearHeading => Say("Hjulet från {0}", "The wheel from {0}");

    public string WheelChangeHint => Say(
        "Ett byte gäller från nästa år. Årets hållplatser ändras inte.",
        "A change applies from next year. This year's hållplatser stay as they are.");

    public string WheelTemplateLabel => Say("Mall för nästa års hjul", "Template for next year's wheel");

    public string WheelChoose => Say("Spara valet", "Save the choice");

    public string WheelChosen => Say(
        "Från {0} används {1}. Årets hållplatser är som de var.",
        "From {0} on, {1} is used. This year's hållplatser are as they were.");

    public string WheelNotAllowed => Say(
        "Bara verksamhetsutvecklare kan byta hjul.",
        "Only a verksamhetsutvecklare (quality developer) can change the wheel.");

    /// <summary>What to tell a person who may not choose the wheel.</summary>
    public string WheelRefusalText(Refusal refusal) => refusal.Reason == RefusalReason.NotAllowed ? WheelNotAllowed : SomethingWentWrong;
}
