using TeamsQuality.Cards.Adaptive;

namespace TeamsQuality.Cards.Organisations;

/// <summary>
/// The answer to anyone who asks for something while their tenant has no organisation yet: nobody is in it, and who sets
/// it up where (the same next steps as the welcome in a team). Once the organisation exists, someone not in it gets
/// <see cref="Texts.ProfileUnknown"/> instead.
/// </summary>
public static class NotSetUpCard
{
    /// <param name="language">The asker's.</param>
    /// <param name="administrators">The names of the people who may set it up before anyone has the role.</param>
    public static AdaptiveCard Build(UiLanguage language, IReadOnlyList<string> administrators)
    {
        var t = Texts.For(language);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.NotSetUpYet,
            Body = [new TextBlock(t.NotSetUpYet) { Color = "warning" }, .. SetupWelcomeCard.NextSteps(language, t.SetupNextStepNoOrganisation, administrators)],
            Actions = [SubmitAction.ForVerb(t.ShowHelp, CardVerbs.ShowHelp)], // what the app does, open to anyone, as on the welcome
        };
    }
}
