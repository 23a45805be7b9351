using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Conversation;

/// <summary>
/// What the outbox could not deliver, for the quality developers: the button on the card that told them opens the
/// list of the latest failures (to whom, what kind, when; never what the messages said).
/// </summary>
public sealed class NoticeConversation(AskerLookup askers, OutboxStore outbox)
{
    /// <summary>How many of the latest failures the list reads.</summary>
    private const int Latest = 50;

    public static void Register(IServiceProvider services, ActivityRouter router)
    {
        var conversation = ActivatorUtilities.CreateInstance<NoticeConversation>(services);
        router.OnCardAction(CardVerbs.UndeliveredMessages, conversation.ListUndeliveredAsync);
    }

    private async Task<CardActionResult> ListUndeliveredAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            var language = UiLanguages.FromLocale(turn.Locale);
            return CardActionResult.ReplaceCard(NoticeCard.Build(language, Texts.For(language).ProfileUnknown, isError: true).ToJson());
        }

        if (asker.Person.Role != Role.Verksamhetsutvecklare)
        {
            return CardActionResult.ReplaceCard(NoticeCard.Build(asker.Language, asker.Texts.Notices.UndeliveredOnlyQualityDevelopers, isError: true).ToJson());
        }

        var failed = await outbox.FailedAsync(asker.Organisation.Tenant, Latest, cancellationToken);
        var notices = failed.Select(f => OutboxDeliveryJob.Undelivered(asker.Language, asker.Organisation, f)).ToList();
        return CardActionResult.ReplaceCard(DeliveryFailedCard.Build(asker.Language, notices).ToJson());
    }
}
