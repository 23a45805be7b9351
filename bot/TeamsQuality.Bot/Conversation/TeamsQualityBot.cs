using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Conversation;

/// <summary>
/// The bot's conversation: which handler answers which message, card action and update. Each handler is a thin
/// adapter: it finds who is asking and in which language, asks the domain, and answers with a card.
/// </summary>
public sealed class TeamsQualityBot(OrganisationRepository organisations, ILogger<TeamsQualityBot> logger)
{
    public static void Register(IServiceProvider services, ActivityRouter router)
    {
        var bot = ActivatorUtilities.CreateInstance<TeamsQualityBot>(services);
        router
            .OnMessage(BotCommands.Help.Pattern, bot.ShowHelpAsync)
            .OnMessage(BotCommands.WhoAmI.Pattern, bot.ShowProfileAsync)
            .OnMessage(bot.AnswerNotUnderstoodAsync)
            .OnCardAction(CardVerbs.ShowHelp, bot.HelpCardActionAsync)
            .OnCardAction(CardVerbs.ShowProfile, bot.ProfileCardActionAsync)
            .OnUnknownCardAction(bot.HelpCardActionAsync)
            .OnConversationUpdate(bot.WelcomeAsync)
            .OnInstallationUpdate(bot.WelcomeAsync)
            .OnError(bot.ReportErrorAsync);
    }

    private Task ShowHelpAsync(TurnContext turn, CancellationToken cancellationToken) =>
        SendCardAsync(turn, HelpCard.Build(LanguageOf(turn)).ToJson(), cancellationToken);

    private Task AnswerNotUnderstoodAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // An empty message (e.g. only an attachment) gets the plain help card.
        var text = turn.Text;
        return SendCardAsync(turn, HelpCard.Build(LanguageOf(turn), string.IsNullOrWhiteSpace(text) ? null : text).ToJson(), cancellationToken);
    }

    private async Task ShowProfileAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await SendCardAsync(turn, await ProfileCardForAsync(turn, cancellationToken), cancellationToken);

    private Task<CardActionResult> HelpCardActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.ReplaceCard(HelpCard.Build(LanguageOf(turn)).ToJson()));

    private async Task<CardActionResult> ProfileCardActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        CardActionResult.ReplaceCard(await ProfileCardForAsync(turn, cancellationToken));

    private async Task WelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var botWasAdded = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Extra?.TryGetValue("action", out var action) == true && action.GetString() == "add"
            : activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) == true;
        if (!botWasAdded)
        {
            return;
        }

        var personal = activity.Conversation?.ConversationType is null or "personal";
        var firstName = personal ? FirstName(activity.From?.Name) : null;
        await SendCardAsync(turn, WelcomeCard.Build(LanguageOf(turn), firstName).ToJson(), cancellationToken);
    }

    private async Task<InvokeResponse?> ReportErrorAsync(TurnContext turn, Exception error, CancellationToken cancellationToken)
    {
        // Storage down or not answering: say so (nothing was saved, try again); the card keeps what was typed, as an
        // invoke answered with a message leaves the card in place.
        var texts = Texts.For(LanguageOf(turn));
        var message = StorageAvailability.IsOutage(error) ? texts.StorageUnavailable : texts.SomethingWentWrong;
        if (turn.Activity.Type == ActivityTypes.Invoke)
        {
            return InvokeResponse.Message(message);
        }

        await turn.SendAsync(Activity.Message(message), cancellationToken);
        return null;
    }

    private async Task<System.Text.Json.Nodes.JsonObject> ProfileCardForAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Organisation? organisation = null;
        Person? person = null;
        if (turn.TenantId is { Length: > 0 } tenant)
        {
            organisation = await organisations.FindAsync(new TenantId(tenant), cancellationToken);
            person = turn.UserAadObjectId is { } aad ? organisation?.FindPerson(aad) : null;
        }

        if (person is null)
        {
            logger.LogInformation("{User} in tenant {Tenant} is not in the organisation", LogSafe.Of(turn.UserAadObjectId), LogSafe.Of(turn.TenantId));
        }

        return ProfileCard.Build(LanguageOf(turn), organisation, person).ToJson();
    }

    private static async Task SendCardAsync(TurnContext turn, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);

    private static UiLanguage LanguageOf(TurnContext turn) => UiLanguages.FromLocale(turn.Locale);

    private static string? FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
