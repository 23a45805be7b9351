using TeamsQuality.Cards.Adaptive;

namespace TeamsQuality.Cards;

/// <summary>What the bot does and the commands it understands. Also the answer to anything it did not understand.</summary>
public static class HelpCard
{
    /// <param name="language">The user's language.</param>
    /// <param name="notUnderstood">What the user wrote, when the card answers something the bot did not understand.</param>
    public static AdaptiveCard Build(UiLanguage language, string? notUnderstood = null)
    {
        var t = Texts.For(language);
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(notUnderstood))
        {
            body.Add(new TextBlock(string.Format(language.Culture(), t.NotUnderstood, Shorten(notUnderstood))) { Color = "attention" });
        }

        body.Add(new TextBlock(t.HelpTitle) { Size = "large", Weight = "bolder", Style = "heading" });
        body.Add(new TextBlock(t.ProductTagline) { IsSubtle = true, Spacing = "none" });
        body.Add(new TextBlock(t.HelpIntro));
        body.Add(new TextBlock(t.HelpCommandsHeading) { Weight = "bolder", Spacing = "medium" });
        body.Add(new FactSet(BotCommands.All.Select(c => new Fact(c.Keyword(language), c.Description(language))).ToList()));
        body.Add(new TextBlock(t.HelpChannelHint) { IsSubtle = true, Size = "small" });

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.HelpFallbackText,
            Body = body,
            Actions = [new ExecuteAction(t.WhoAmI, CardVerbs.ShowProfile)],
        };
    }

    /// <summary>Keeps what the user wrote recognisable without letting a long text take over the card.</summary>
    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 60 ? oneLine : oneLine[..57] + "…";
    }
}
