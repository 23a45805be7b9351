using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Pipeline;

/// <summary>
/// Serves only the tenants the operator enabled (<see cref="TenantPolicies.IsEnabled(string)"/>). Anyone else gets the
/// not-enabled card in their language where they look (the chat, or the card they pressed) and nothing is stored: the
/// card goes straight back through the turn, never through the outbox.
/// </summary>
public sealed class TenantGate(TenantPolicies tenants) : ITenantGate
{
    public bool Admits(string tenantId) => tenants.IsEnabled(tenantId);

    public async Task<InvokeResponse?> TurnAwayAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var language = UiLanguages.FromLocale(turn.Locale);
        var card = NotEnabledCard.Build(language, activity.TenantId ?? string.Empty).ToJson();
        if (activity.Type == ActivityTypes.Invoke)
        {
            // A pressed Action.Execute shows the card in its place; any other invoke gets the words.
            return activity.Name == ActivityRouter.AdaptiveCardActionInvoke
                ? InvokeResponse.Card(card)
                : InvokeResponse.Message(Texts.For(language).NotEnabledFallbackText);
        }

        // A message (or an Action.Submit) is answered in the chat; so is the bot's installation, once. Other events
        // (a member joined, a reaction) need no answer.
        if (activity.Type == ActivityTypes.Message || activity.AddsTheBot())
        {
            await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);
        }

        return null;
    }
}
