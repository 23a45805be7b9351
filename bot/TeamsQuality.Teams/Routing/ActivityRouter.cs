using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsQuality.Teams.Activities;

namespace TeamsQuality.Teams.Routing;

public delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);

public delegate Task<CardActionResult> CardActionHandler(TurnContext turn, CardAction action, CancellationToken cancellationToken);

public delegate Task<InvokeResponse> InvokeHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>
/// Routes inbound activities to the bot's handlers, the way the modern Teams SDKs shape them: on message (by pattern,
/// with a fallback), on card action by verb (Action.Execute and Action.Submit alike), on conversation and installation
/// updates, and on other invokes by name.
/// </summary>
public sealed class ActivityRouter
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    private readonly List<(Regex Pattern, TurnHandler Handler)> _messageRoutes = [];
    private readonly Dictionary<string, CardActionHandler> _cardActions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, InvokeHandler> _invokes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TurnHandler> _conversationUpdates = [];
    private readonly List<TurnHandler> _installationUpdates = [];
    private TurnHandler? _fallbackMessage;
    private CardActionHandler? _unknownCardAction;
    private Func<TurnContext, Exception, CancellationToken, Task<InvokeResponse?>>? _onError;

    /// <summary>Handles messages whose text (without the bot's @mention) matches the pattern.</summary>
    public ActivityRouter OnMessage(Regex pattern, TurnHandler handler)
    {
        _messageRoutes.Add((pattern, handler));
        return this;
    }

    /// <summary>Handles every message no pattern matched.</summary>
    public ActivityRouter OnMessage(TurnHandler handler)
    {
        _fallbackMessage = handler;
        return this;
    }

    /// <summary>Handles a card button by its verb, whether the card used Action.Execute or Action.Submit.</summary>
    public ActivityRouter OnCardAction(string verb, CardActionHandler handler)
    {
        _cardActions[verb] = handler;
        return this;
    }

    /// <summary>Handles card actions with a verb nobody registered (e.g. a button on an old card).</summary>
    public ActivityRouter OnUnknownCardAction(CardActionHandler handler)
    {
        _unknownCardAction = handler;
        return this;
    }

    public ActivityRouter OnConversationUpdate(TurnHandler handler)
    {
        _conversationUpdates.Add(handler);
        return this;
    }

    public ActivityRouter OnInstallationUpdate(TurnHandler handler)
    {
        _installationUpdates.Add(handler);
        return this;
    }

    /// <summary>Handles an invoke other than adaptiveCard/action, by name.</summary>
    public ActivityRouter OnInvoke(string name, InvokeHandler handler)
    {
        _invokes[name] = handler;
        return this;
    }

    /// <summary>What to tell the user when a handler fails; returns the invoke answer for invokes.</summary>
    public ActivityRouter OnError(Func<TurnContext, Exception, CancellationToken, Task<InvokeResponse?>> handler)
    {
        _onError = handler;
        return this;
    }

    /// <summary>Routes one activity. Returns the invoke response for invokes, null otherwise.</summary>
    public async Task<InvokeResponse?> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Invoke when string.Equals(activity.Name, AdaptiveCardActionInvoke, StringComparison.OrdinalIgnoreCase):
                return await ExecuteAsync(turn, cancellationToken);

            case ActivityTypes.Invoke:
                return activity.Name is not null && _invokes.TryGetValue(activity.Name, out var invoke)
                    ? await invoke(turn, cancellationToken)
                    : new InvokeResponse { HttpStatus = 501 };

            case ActivityTypes.Message when SubmittedAction(activity) is { } submitted:
                await SubmitAsync(turn, submitted, cancellationToken);
                return null;

            case ActivityTypes.Message:
                var text = turn.Text;
                foreach (var (pattern, handler) in _messageRoutes)
                {
                    if (pattern.IsMatch(text))
                    {
                        await handler(turn, cancellationToken);
                        return null;
                    }
                }

                if (_fallbackMessage is not null)
                {
                    await _fallbackMessage(turn, cancellationToken);
                }

                return null;

            case ActivityTypes.ConversationUpdate:
                foreach (var handler in _conversationUpdates)
                {
                    await handler(turn, cancellationToken);
                }

                return null;

            case ActivityTypes.InstallationUpdate:
                foreach (var handler in _installationUpdates)
                {
                    await handler(turn, cancellationToken);
                }

                return null;

            default:
                return null;
        }
    }

    /// <summary>Lets the bot tell the user that something failed.</summary>
    public async Task<InvokeResponse?> HandleErrorAsync(TurnContext turn, Exception error, CancellationToken cancellationToken) =>
        _onError is null ? null : await _onError(turn, error, cancellationToken);

    private async Task<InvokeResponse> ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var action = turn.Activity.Value is JsonObject value ? value["action"] as JsonObject : null;
        var verb = ActivityShape.StringAt(action, "verb");
        if (string.IsNullOrWhiteSpace(verb))
        {
            return InvokeResponse.Error(400, "The action has no verb.");
        }

        var data = action?["data"] as JsonObject ?? [];
        var cardAction = new CardAction(verb, (JsonObject)data.DeepClone(), IsExecute: true, turn.Activity.ReplyToId);
        var result = await HandlerFor(verb)(turn, cardAction, cancellationToken);
        return result switch
        {
            CardActionResult.ReplaceCardResult replace => InvokeResponse.Card(replace.Card),
            CardActionResult.MessageResult message => InvokeResponse.Message(message.Text),
            _ => InvokeResponse.Empty,
        };
    }

    private async Task SubmitAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var result = await HandlerFor(action.Verb)(turn, action, cancellationToken);
        switch (result)
        {
            case CardActionResult.ReplaceCardResult replace when action.CardActivityId is { Length: > 0 } cardId:
                await turn.UpdateAsync(cardId, Activity.Message(null, Attachment.AdaptiveCard(replace.Card)), cancellationToken);
                break;
            case CardActionResult.ReplaceCardResult replace:
                await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(replace.Card)), cancellationToken);
                break;
            case CardActionResult.MessageResult message:
                await turn.SendAsync(Activity.Message(message.Text), cancellationToken);
                break;
        }
    }

    private CardActionHandler HandlerFor(string verb) =>
        _cardActions.TryGetValue(verb, out var handler)
            ? handler
            : _unknownCardAction ?? ((_, _, _) => Task.FromResult(CardActionResult.None));

    private static CardAction? SubmittedAction(Activity activity)
    {
        if (activity.Value is not JsonObject value)
        {
            return null;
        }

        // Teams wraps some submits as { msteams: …, data }; plain Action.Submit sends the data itself.
        var verb = value[CardAction.VerbKey] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return string.IsNullOrWhiteSpace(verb) ? null : new CardAction(verb, (JsonObject)value.DeepClone(), IsExecute: false, activity.ReplyToId);
    }
}
