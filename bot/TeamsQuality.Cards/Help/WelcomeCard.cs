using TeamsQuality.Cards.Adaptive;

namespace TeamsQuality.Cards.Help;

/// <summary>Sent when the bot is added to a personal chat, a group chat or a team.</summary>
public static class WelcomeCard
{
    /// <param name="language">The language of the chat.</param>
    /// <param name="firstName">The person's first name in a personal chat; null in a team or group chat.</param>
    public static AdaptiveCard Build(UiLanguage language, string? firstName)
    {
        var t = Texts.For(language);
        var greeting = firstName is null ? t.WelcomeTeam : string.Format(language.Culture(), t.WelcomePersonal, firstName);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.WelcomeFallbackText,
            Body =
            [
                new TextBlock(t.WelcomeTitle) { Size = "large", Weight = "bolder", Style = "heading" },
                new TextBlock(t.ProductTagline) { IsSubtle = true, Spacing = "none" },
                new TextBlock(greeting),
            ],
            Actions =
            [
                SubmitAction.ForVerb(t.ShowHelp, CardVerbs.ShowHelp),
                new ExecuteAction(t.WhoAmI, CardVerbs.ShowProfile),
            ],
        };
    }
}
