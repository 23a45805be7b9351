using TeamsQuality.Cards.Adaptive;

namespace TeamsQuality.Cards.Help;

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
            // What the user wrote goes in a text run, which shows it as written: no Markdown links or formatting.
            body.Add(new RichTextBlock([new TextRun(string.Format(language.Culture(), t.NotUnderstood, Shorten(notUnderstood))) { Color = "attention" }]));
        }

        body.Add(new TextBlock(t.HelpTitle) { Size = "large", Weight = "bolder", Style = "heading" });
        body.Add(new TextBlock(t.ProductTagline) { IsSubtle = true, Spacing = "none" });
        body.Add(new TextBlock(t.HelpIntro));
        body.Add(new TextBlock(t.HelpCommandsHeading) { Weight = "bolder", Spacing = "medium" });
        body.AddRange(BotCommands.All.Select(c => (CardElement)LabelledRow(c.Keyword(language), c.Description(language))));
        body.Add(new TextBlock(t.HelpChannelHint) { IsSubtle = true, Size = "small" });

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.HelpFallbackText,
            Body = body,
            Actions =
            [
                new ExecuteAction(t.NewReport, CardVerbs.DeviationForm),
                new ExecuteAction(t.WhoAmI, CardVerbs.ShowProfile),
            ],
        };
    }

    /// <summary>
    /// A command and what it does side by side. Not a FactSet: its label column is squeezed when the values are long
    /// sentences, and at phone width "hållplatser" broke as "hållpla|tser". An "auto" column is as wide as its words.
    /// </summary>
    private static ColumnSet LabelledRow(string label, string text) => new(
    [
        new Column([new TextBlock(label) { Weight = "bolder" }]) { Width = "auto" },
        new Column([new TextBlock(text)]) { Width = "stretch" },
    ])
    {
        Spacing = "small",
    };

    /// <summary>Keeps what the user wrote recognisable without letting a long text take over the card.</summary>
    private static string Shorten(string text)
    {
        const int longest = 60;
        var oneLine = text.ReplaceLineEndings(" ").Trim();

        // Count and cut by what a reader sees as characters, so an emoji or å written as a+ring is never split.
        var characters = new System.Globalization.StringInfo(oneLine);
        return characters.LengthInTextElements <= longest
            ? oneLine
            : characters.SubstringByTextElements(0, longest - 3) + "…";
    }
}
