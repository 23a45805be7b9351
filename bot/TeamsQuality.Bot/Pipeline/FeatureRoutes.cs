using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Pipeline;

/// <summary>
/// The bot's side of routing: a feature's handlers are a class resolved per turn from the turn's own scope (so
/// what they use lives for the turn, not the app), and the "who is asking" lookup happens here once. A person not in
/// the organisation gets the one card that says so, in their language; a handler only ever sees a known
/// <see cref="Asker"/>.
/// </summary>
public sealed class FeatureRoutes(ActivityRouter router)
{
    public ActivityRouter Router => router;

    /// <summary>A message whose text matches the pattern, from someone in the organisation; the handler returns the card to send.</summary>
    public FeatureRoutes OnMessage<THandler>(Regex pattern, Func<THandler, Asker, TurnContext, CancellationToken, Task<JsonObject>> handle)
        where THandler : notnull
    {
        router.OnMessage(pattern, async (turn, cancellationToken) =>
        {
            var card = await AskerOfAsync(turn, cancellationToken) is { } asker
                ? await handle(HandlerOf<THandler>(turn), asker, turn, cancellationToken)
                : await NotInOrganisationAsync(turn, cancellationToken);
            await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);
        });
        return this;
    }

    /// <summary>A card button by verb, pressed by someone in the organisation; the handler answers with the card (or message) the person sees next.</summary>
    public FeatureRoutes OnCardAction<THandler>(string verb, Func<THandler, Asker, TurnContext, CardAction, CancellationToken, Task<CardActionResult>> handle)
        where THandler : notnull
    {
        router.OnCardAction(verb, async (turn, action, cancellationToken) =>
            await AskerOfAsync(turn, cancellationToken) is { } asker
                ? await handle(HandlerOf<THandler>(turn), asker, turn, action, cancellationToken)
                : CardActionResult.ReplaceCard(await NotInOrganisationAsync(turn, cancellationToken)));
        return this;
    }

    /// <summary>
    /// The card anyone not (yet) in the organisation gets, in the language of their Teams client. While the tenant has no
    /// organisation at all, it says so and who sets it up where, as the welcome in a team does: nobody could have added them.
    /// </summary>
    private static async Task<JsonObject> NotInOrganisationAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var language = UiLanguages.FromLocale(turn.Locale);
        if (turn.TenantId is { Length: > 0 } tenant)
        {
            var setup = await turn.Services.GetRequiredService<FindTenantSetup>().RunAsync(new TenantId(tenant), cancellationToken);
            if (!setup.HasOrganisation)
            {
                return NotSetUpCard.Build(language, setup.Administrators).ToJson();
            }
        }

        return NoticeCard.Build(language, Texts.For(language).ProfileUnknown, isError: true).ToJson();
    }

    private static THandler HandlerOf<THandler>(TurnContext turn)
        where THandler : notnull => turn.Services.GetRequiredService<THandler>();

    private static Task<Asker?> AskerOfAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Services.GetRequiredService<AskerLookup>().FindAsync(turn, cancellationToken);
}
