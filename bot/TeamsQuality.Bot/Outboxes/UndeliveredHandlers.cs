using TeamsQuality.Application.Outboxes;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Outboxes;

/// <summary>
/// What the outbox could not deliver, for the quality developers: the button on the card that told them opens the
/// list of the latest failures (to whom, what kind, when; never what the messages said).
/// </summary>
public sealed class UndeliveredHandlers(UndeliveredNotices undelivered)
{
    public static void Map(FeatureRoutes routes) =>
        routes.OnCardAction<UndeliveredHandlers>(CardVerbs.UndeliveredMessages, (handlers, asker, _, _, cancellationToken) => handlers.ListAsync(asker, cancellationToken));

    private async Task<CardActionResult> ListAsync(Asker asker, CancellationToken cancellationToken)
    {
        var outcome = await undelivered.RunAsync(asker.Actor, cancellationToken);
        var card = outcome.IsRefused
            ? NoticeCard.Build(asker.Language, asker.Texts.Notices.UndeliveredOnlyQualityDevelopers, isError: true)
            : DeliveryFailedCard.Build(asker.Language, outcome.Value.Select(u => new UndeliveredNotice(u.PersonName, u.ChannelOfUnit, u.Kind, u.About, u.FailedAt)).ToList());
        return CardActionResult.ReplaceCard(card.ToJson());
    }
}
