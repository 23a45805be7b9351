using System.Text.Json.Nodes;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Help;

/// <summary>
/// What anyone gets, in the organisation or not: help, "vem är jag", the welcome when the bot is added, the help card
/// for what nothing else understood (and for a button no handler knows), and what the user is told when a turn fails.
/// Registered on the router directly: none of it needs the asker to be in the organisation.
/// </summary>
public sealed class HelpHandlers(WhoAmI whoAmI, FindTeamSetup teamSetup, ILogger<HelpHandlers> logger)
{
    /// <summary>Mapped last: the fallbacks catch only what no feature handled.</summary>
    public static void Map(FeatureRoutes routes) => routes.Router
        .OnMessage(BotCommands.Help.Pattern, ShowHelpAsync)
        .OnMessage(BotCommands.WhoAmI.Pattern, async (turn, cancellationToken) => await SendCardAsync(turn, await Of(turn).ProfileAsync(turn, cancellationToken), cancellationToken))
        .OnMessage(AnswerNotUnderstoodAsync)
        .OnCardAction(CardVerbs.ShowHelp, HelpCardAction)
        .OnCardAction(CardVerbs.ShowProfile, async (turn, _, cancellationToken) => CardActionResult.ReplaceCard(await Of(turn).ProfileAsync(turn, cancellationToken)))
        .OnUnknownCardAction(HelpCardAction)
        .OnConversationUpdate((turn, cancellationToken) => Of(turn).WelcomeAsync(turn, cancellationToken))
        .OnInstallationUpdate((turn, cancellationToken) => Of(turn).WelcomeAsync(turn, cancellationToken))
        .OnError(ReportErrorAsync);

    private static HelpHandlers Of(TurnContext turn) => turn.Services.GetRequiredService<HelpHandlers>();

    private static Task ShowHelpAsync(TurnContext turn, CancellationToken cancellationToken) =>
        SendCardAsync(turn, HelpCard.Build(LanguageOf(turn)).ToJson(), cancellationToken);

    private static Task AnswerNotUnderstoodAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // An empty message (e.g. only an attachment) gets the plain help card.
        var text = turn.Text;
        return SendCardAsync(turn, HelpCard.Build(LanguageOf(turn), string.IsNullOrWhiteSpace(text) ? null : text).ToJson(), cancellationToken);
    }

    private static Task<CardActionResult> HelpCardAction(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        Task.FromResult(CardActionResult.ReplaceCard(HelpCard.Build(LanguageOf(turn)).ToJson()));

    private async Task WelcomeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!activity.AddsTheBot())
        {
            return;
        }

        var personal = activity.Conversation?.ConversationType is null or "personal";
        if (!personal && activity.TeamId is { Length: > 0 } teamId && turn.TenantId is { Length: > 0 } tenantId)
        {
            // In a team: the usual welcome only where TeamsQuality works (a unit's channel); elsewhere what to do next.
            var channelId = activity.TeamsChannelId is { Length: > 0 } id ? id : ConversationChannel(activity.Conversation?.Id) ?? teamId;
            var setup = (await teamSetup.RunAsync(new TenantId(tenantId), teamId, channelId, cancellationToken)).Value;
            if (!setup.IsSetUp)
            {
                var language = LanguageOf(turn);
                var unitsInTeam = setup.UnitsInTeam.Select(u => u.Channel is { } c && c.ChannelName != u.Name ? $"{u.Name} ({c.ChannelName})" : u.Name).ToList();
                await SendCardAsync(turn, SetupWelcomeCard.Build(language, setup.Organisation?.Name, unitsInTeam, setup.Administrators).ToJson(), cancellationToken);
                return;
            }
        }

        var firstName = personal ? FirstName(activity.From?.Name) : null;
        await SendCardAsync(turn, WelcomeCard.Build(LanguageOf(turn), firstName).ToJson(), cancellationToken);
    }

    /// <summary>A channel's conversation id names the channel, before any ";messageid=" of a thread in it.</summary>
    private static string? ConversationChannel(string? conversationId) =>
        conversationId?.Split(';', 2)[0] is { Length: > 0 } channel ? channel : null;

    /// <summary>Needs no service of the turn, so it answers even when the turn failed while they were made.</summary>
    private static async Task<InvokeResponse?> ReportErrorAsync(TurnContext turn, Exception error, CancellationToken cancellationToken)
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

    /// <summary>The profile card: who the person is to TeamsQuality, or that they are not in the organisation yet.</summary>
    private async Task<JsonObject> ProfileAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var tenant = turn.TenantId is { Length: > 0 } id ? new TenantId(id) : (TenantId?)null;
        var profile = (await whoAmI.RunAsync(tenant, turn.UserAadObjectId, cancellationToken)).Value;
        if (profile.Person is null)
        {
            logger.LogInformation("{User} in tenant {Tenant} is not in the organisation", LogSafe.Of(turn.UserAadObjectId), LogSafe.Of(turn.TenantId));
        }

        return ProfileCard.Build(LanguageOf(turn), profile.Organisation, profile.Person).ToJson();
    }

    private static async Task SendCardAsync(TurnContext turn, JsonObject card, CancellationToken cancellationToken) =>
        await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);

    private static UiLanguage LanguageOf(TurnContext turn) => UiLanguages.FromLocale(turn.Locale);

    private static string? FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
}
