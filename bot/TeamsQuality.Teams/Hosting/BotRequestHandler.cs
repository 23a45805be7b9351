using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Auth;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Teams.Hosting;

/// <summary>
/// POST /api/messages: read and authenticate the activity, remember its conversation, take a redelivered activity
/// only once, route it, and answer within Teams' time limit; work that runs longer goes on in the background.
/// </summary>
public sealed class BotRequestHandler(
    InboundAuthenticator authenticator,
    ActivityRouter router,
    IInboundActivityLog inboundLog,
    IConversationReferenceStore references,
    IConnectorClient connector,
    IServiceScopeFactory scopes,
    BackgroundTurns background,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<BotRequestHandler> logger)
{
    private const int LargestActivityBytes = 1024 * 1024;

    /// <summary>Answers the given slow invoke while its work goes on.</summary>
    public Func<Activity, InvokeResponse> SlowInvokeAnswer { get; set; } = _ => InvokeResponse.Message("…");

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (options.Value.AuthenticationEnabled && string.IsNullOrEmpty(authorization))
        {
            return Results.Problem(statusCode: 401, title: "A Bearer token is required.");
        }

        var activity = await ReadActivityAsync(request, cancellationToken);
        if (activity is null)
        {
            return Results.Problem(statusCode: 400, title: "The body is not a Bot Framework activity.");
        }

        var auth = await authenticator.AuthenticateAsync(string.IsNullOrEmpty(authorization) ? null : authorization, activity, cancellationToken);
        if (!auth.Allowed)
        {
            return Results.Problem(statusCode: auth.StatusCode, title: auth.Reason);
        }

        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return Results.Problem(statusCode: 400, title: "The activity needs a conversation id and a serviceUrl.");
        }

        var tenant = activity.TenantId ?? string.Empty;
        if (ConversationReference.FromInbound(activity, time.GetUtcNow()) is { } reference)
        {
            await references.RememberAsync(reference, cancellationToken);
        }

        if (activity.Id is { Length: > 0 } activityId
            && !await inboundLog.TryBeginAsync(tenant, conversationId, activityId, cancellationToken))
        {
            logger.LogInformation("Activity {ActivityId} was delivered again; it was already handled", activityId);
            return Results.Ok();
        }

        var turn = background.Run(stopping => RunTurnAsync(activity, stopping));
        var budget = Task.Delay(options.Value.TurnBudget, time, cancellationToken);
        if (await Task.WhenAny(turn, budget) == turn)
        {
            return ToResult(await turn);
        }

        logger.LogWarning("Turn {ActivityId} ({Type}) is taking longer than {Budget}; it goes on in the background", activity.Id, activity.Type, options.Value.TurnBudget);
        if (activity.Type == ActivityTypes.Invoke)
        {
            _ = turn.ContinueWith(t => FinishSlowInvokeAsync(activity, t), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            return ToResult(SlowInvokeAnswer(activity));
        }

        return Results.Ok();
    }

    private async Task<InvokeResponse?> RunTurnAsync(Activity activity, CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(activity, connector, scope.ServiceProvider);
        try
        {
            return await router.RouteAsync(turn, stopping);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Handling activity {ActivityId} ({Type}) failed", activity.Id, activity.Type);
            if (activity.Id is { Length: > 0 } id && activity.Conversation?.Id is { } conversationId)
            {
                await inboundLog.ForgetAsync(activity.TenantId ?? string.Empty, conversationId, id, CancellationToken.None);
            }

            try
            {
                return await router.HandleErrorAsync(turn, ex, stopping)
                    ?? (activity.Type == ActivityTypes.Invoke ? InvokeResponse.Error(500, "Something went wrong.") : null);
            }
            catch (Exception reportFailure)
            {
                logger.LogError(reportFailure, "Could not tell the user that activity {ActivityId} failed", activity.Id);
                return activity.Type == ActivityTypes.Invoke ? InvokeResponse.Error(500, "Something went wrong.") : null;
            }
        }
    }

    /// <summary>A slow Action.Execute: Teams got a holding answer, so the final card is put in place with an update.</summary>
    private async Task FinishSlowInvokeAsync(Activity activity, Task<InvokeResponse?> turn)
    {
        if (!turn.IsCompletedSuccessfully || turn.Result?.Body is not JsonObject body
            || body["type"]?.GetValue<string>() != InvokeResponse.AdaptiveCardType
            || body["value"] is not JsonObject card
            || activity.ReplyToId is not { Length: > 0 } cardActivityId)
        {
            return;
        }

        try
        {
            var context = new TurnContext(activity, connector, EmptyServices.Instance);
            await context.UpdateAsync(cardActivityId, Activity.Message(null, Attachment.AdaptiveCard((JsonObject)card.DeepClone())), background.Stopping);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not put the card of slow action {ActivityId} in place", activity.Id);
        }
    }

    private static IResult ToResult(InvokeResponse? response)
    {
        if (response is null)
        {
            return Results.Ok();
        }

        return response.Body is null
            ? Results.StatusCode(response.HttpStatus)
            : Results.Json(response.Body, BotJson.Options, statusCode: response.HttpStatus);
    }

    private static async Task<Activity?> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > LargestActivityBytes)
        {
            return null;
        }

        try
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options, cancellationToken);
            return string.IsNullOrWhiteSpace(activity?.Type) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
