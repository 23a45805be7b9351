using System.Text.Json.Nodes;
using TeamsQuality.Application.Digest;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Digest;
using TeamsQuality.Cards.Help;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Digest;

/// <summary>
/// The weekly digest's own setting: "veckobrev av" / "veckobrev på" (or "digest off|on"), "veckobrev" alone to see it,
/// and the digest card's *Stäng av veckobrevet* (and the confirmation's *Slå på veckobrevet*). Each answers in the
/// person's language with the setting as it is now and the button to change it back.
/// </summary>
public sealed class DigestHandlers(TurnDigestOnOff turn, DigestStatus status)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<DigestHandlers>(BotCommands.Digest.Pattern, (h, asker, context, ct) => h.CommandAsync(asker, context, ct))
        .OnCardAction<DigestHandlers>(CardVerbs.DigestOff, async (h, asker, _, _, ct) => CardActionResult.ReplaceCard(await h.SetAsync(asker, on: false, ct)))
        .OnCardAction<DigestHandlers>(CardVerbs.DigestOn, async (h, asker, _, _, ct) => CardActionResult.ReplaceCard(await h.SetAsync(asker, on: true, ct)));

    private async Task<JsonObject> CommandAsync(Asker asker, TurnContext context, CancellationToken cancellationToken) =>
        BotCommands.DigestTurnsOn(context.Activity.Text) is { } on
            ? await SetAsync(asker, on, cancellationToken)
            : DigestCard.Setting(asker.Language, (await status.RunAsync(asker.Actor, cancellationToken)).On).ToJson();

    private async Task<JsonObject> SetAsync(Asker asker, bool on, CancellationToken cancellationToken)
    {
        var outcome = await turn.RunAsync(asker.Actor, on, cancellationToken);
        return DigestCard.Setting(asker.Language, outcome.Value.On).ToJson();
    }
}
