using TeamsQuality.Cards.Adaptive;

namespace TeamsQuality.Cards;

/// <summary>A short message as a card: a refusal, or that something is not there any more.</summary>
public static class NoticeCard
{
    public static AdaptiveCard Build(UiLanguage language, string text, bool isError) => new()
    {
        Lang = language.Tag(),
        FallbackText = text,
        Body = [new TextBlock(text) { Color = isError ? "attention" : "default" }],
        Actions = [new ExecuteAction(Texts.For(language).ShowHelp, CardVerbs.ShowHelp)],
    };
}
