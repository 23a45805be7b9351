using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Auth;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Teams.Hosting;

/// <summary>
/// POST /api/messages: read the activity (at most 1 MiB, however it is sent), refuse what the protocol does not allow,
/// authenticate it, and answer within Teams' time limit; work that runs longer goes on in the background. The turn
/// itself asks the tenant gate whether the tenant is served (one that is not is answered and nothing is stored),
/// remembers the conversation, takes a redelivered activity only once (a redelivered invoke gets the first
/// delivery's answer again), and routes it; whatever fails in it, storage included, is answered by the router's error
/// handler, so the user hears back.
/// </summary>
public sealed class BotRequestHandler(
    InboundAuthenticator authenticator,
    ActivityRouter router,
    IInboundActivityLog inboundLog,
    IConversationReferenceStore references,
    ITenantGate tenantGate,
    IConnectorClient connector,
    IServiceScopeFactory scopes,
    BackgroundTurns background,
    SlowInvokeAnswer slowInvokeAnswer,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<BotRequestHandler> logger)
{
    /// <summary>The largest body read. Teams messages are at most about 100 KB; anything larger is refused with 413.</summary>
    public const int LargestActivityBytes = 1024 * 1024;

    /// <summary>How often a redelivered invoke looks whether the first delivery's answer is ready.</summary>
    private static readonly TimeSpan AnswerPollInterval = TimeSpan.FromMilliseconds(200);

    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (options.Value.AuthenticationEnabled && string.IsNullOrEmpty(authorization))
        {
            return Results.Problem(statusCode: 401, title: "A Bearer token is required.");
        }

        var (activity, refusal) = await ReadActivityAsync(request, cancellationToken);
        if (activity is null)
        {
            return refusal!;
        }

        // Checked before authentication and before anything is stored: ids that do not fit a table key or a tenant
        // that is not a tenant never reach a store, a handler or the tenant registry the scheduled jobs read.
        if (ActivityShape.Problem(activity) is { } problem)
        {
            logger.LogWarning("Refused an activity of type {Type}: {Problem}", LogSafe.Of(activity.Type), problem);
            return Results.Problem(statusCode: 400, title: problem);
        }

        var auth = await authenticator.AuthenticateAsync(string.IsNullOrEmpty(authorization) ? null : authorization, activity, cancellationToken);
        if (!auth.Allowed)
        {
            return Results.Problem(statusCode: auth.StatusCode, title: auth.Reason);
        }

        var turn = background.Run(stopping => TakeOnAsync(activity, stopping));
        var budget = Task.Delay(options.Value.TurnBudget, time, cancellationToken);
        if (await Task.WhenAny(turn, budget) == turn)
        {
            return ToResult(await turn);
        }

        logger.LogWarning("Turn {ActivityId} ({Type}) is taking longer than {Budget}; it goes on in the background", LogSafe.Of(activity.Id), LogSafe.Of(activity.Type), options.Value.TurnBudget);
        if (activity.Type == ActivityTypes.Invoke)
        {
            _ = turn.ContinueWith(t => FinishSlowInvokeAsync(activity, t), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            return ToResult(slowInvokeAnswer(activity));
        }

        return Results.Ok();
    }

    /// <summary>
    /// One turn: the bookkeeping (conversation reference, redelivery mark) is part of it, so a storage failure there is
    /// answered like any other failure instead of ending the request with a 500 and no word to the user.
    /// </summary>
    private async Task<InvokeResponse?> TakeOnAsync(Activity activity, CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(activity, connector, scope.ServiceProvider);
        var tenant = activity.TenantId!;
        var conversationId = activity.Conversation!.Id!;
        var deadline = time.GetUtcNow() + options.Value.TurnBudget;
        var began = false;

        // A span and a duration per turn, tagged with the tenant, the activity's type and how the turn ended: ids and
        // kinds only, never a person, a text or a card.
        var started = time.GetTimestamp();
        using var span = TeamsTelemetry.Source.StartActivity("turn");
        var outcome = TurnOutcome.Answered;
        try
        {
            // First, before any write: a tenant the host does not serve leaves nothing behind but the answer.
            if (!tenantGate.Admits(tenant))
            {
                logger.LogInformation("Activity {ActivityId} ({Type}) comes from tenant {Tenant}, which is not served: answered, nothing stored", LogSafe.Of(activity.Id), LogSafe.Of(activity.Type), LogSafe.Of(tenant));
                outcome = TurnOutcome.NotServed;
                return await tenantGate.TurnAwayAsync(turn, stopping);
            }

            await RememberConversationAsync(activity, stopping);
            if (activity.Id is { Length: > 0 } activityId)
            {
                while (!await inboundLog.TryBeginAsync(tenant, conversationId, activityId, stopping))
                {
                    outcome = TurnOutcome.Redelivered;
                    if (activity.Type != ActivityTypes.Invoke)
                    {
                        logger.LogInformation("Activity {ActivityId} was delivered again; it was already handled", LogSafe.Of(activityId));
                        return null;
                    }

                    if (await FirstAnswerAsync(activity, deadline, stopping) is { } first)
                    {
                        return first;
                    }

                    // The first delivery failed and was forgotten: this one takes the activity on.
                    outcome = TurnOutcome.Answered;
                }

                began = true;
            }

            var response = await router.RouteAsync(turn, stopping);
            if (began && response is not null)
            {
                await KeepAnswerAsync(activity, response, stopping);
            }

            return response;
        }
        catch (Exception ex)
        {
            outcome = TurnOutcome.Failed;
            logger.LogError(ex, "Handling activity {ActivityId} ({Type}) failed", LogSafe.Of(activity.Id), LogSafe.Of(activity.Type));
            if (began)
            {
                try
                {
                    await inboundLog.ForgetAsync(tenant, conversationId, activity.Id!, CancellationToken.None);
                }
                catch (Exception forgetFailure)
                {
                    logger.LogWarning(forgetFailure, "Could not forget failed activity {ActivityId}; a redelivery of it is skipped", LogSafe.Of(activity.Id));
                }
            }

            try
            {
                return await router.HandleErrorAsync(turn, ex, stopping)
                    ?? (activity.Type == ActivityTypes.Invoke ? InvokeResponse.Error(500, "Something went wrong.") : null);
            }
            catch (Exception reportFailure)
            {
                logger.LogError(reportFailure, "Could not tell the user that activity {ActivityId} failed", LogSafe.Of(activity.Id));
                return activity.Type == ActivityTypes.Invoke ? InvokeResponse.Error(500, "Something went wrong.") : null;
            }
        }
        finally
        {
            RecordTurn(span, tenant, activity.Type, outcome, time.GetElapsedTime(started));
        }
    }

    /// <summary>How a turn ended, as its span and <see cref="TeamsTelemetry.TurnDuration"/> are tagged.</summary>
    private static class TurnOutcome
    {
        public const string Answered = "answered";
        public const string NotServed = "not_served";
        public const string Redelivered = "redelivered";
        public const string Failed = "failed";
    }

    private static void RecordTurn(System.Diagnostics.Activity? span, string tenant, string? activityType, string outcome, TimeSpan took)
    {
        // The type comes from the sender: only the protocol's own names are kept apart (a tag's values stay few).
        var type = activityType is ActivityTypes.Message or ActivityTypes.Invoke or ActivityTypes.ConversationUpdate
            or ActivityTypes.InstallationUpdate or ActivityTypes.MessageReaction or ActivityTypes.Typing ? activityType : "other";
        if (TeamsTelemetry.TurnDuration.Enabled)
        {
            TeamsTelemetry.TurnDuration.Record(
                took.TotalSeconds,
                new KeyValuePair<string, object?>("tenant", tenant),
                new KeyValuePair<string, object?>("activity.type", type),
                new KeyValuePair<string, object?>("outcome", outcome));
        }

        if (span is not null)
        {
            span.SetTag("tenant", tenant);
            span.SetTag("activity.type", type);
            span.SetTag("outcome", outcome);
            span.SetStatus(outcome == TurnOutcome.Failed ? System.Diagnostics.ActivityStatusCode.Error : System.Diagnostics.ActivityStatusCode.Ok);
        }
    }

    /// <summary>Remembers the conversation for proactive messages; a failure here does not stop the turn (the next activity tries again).</summary>
    private async Task RememberConversationAsync(Activity activity, CancellationToken stopping)
    {
        if (ConversationReference.FromInbound(activity, time.GetUtcNow()) is not { } reference)
        {
            return;
        }

        try
        {
            await references.RememberAsync(reference, stopping);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not remember the conversation of activity {ActivityId}", LogSafe.Of(activity.Id));
        }
    }

    /// <summary>Keeps an invoke's answer with its mark; without it a redelivery gets the holding answer instead.</summary>
    private async Task KeepAnswerAsync(Activity activity, InvokeResponse response, CancellationToken stopping)
    {
        if (activity.Type != ActivityTypes.Invoke)
        {
            return;
        }

        try
        {
            await inboundLog.RecordAnswerAsync(activity.TenantId!, activity.Conversation!.Id!, activity.Id!, response, stopping);
        }
        catch (Exception ex) when (!stopping.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not keep the answer to invoke {ActivityId}; a redelivery gets the holding answer", LogSafe.Of(activity.Id));
        }
    }

    /// <summary>
    /// A redelivered invoke (Teams retries one that was slow): the first delivery's answer once it is there, within the
    /// time budget; else the holding answer a slow invoke gets. Null when the first delivery's mark is gone (it failed).
    /// </summary>
    private async Task<InvokeResponse?> FirstAnswerAsync(Activity activity, DateTimeOffset deadline, CancellationToken stopping)
    {
        while (true)
        {
            var mark = await inboundLog.FindAsync(activity.TenantId!, activity.Conversation!.Id!, activity.Id!, stopping);
            if (mark is null)
            {
                return null;
            }

            if (mark.Answer is { } answer)
            {
                logger.LogInformation("Invoke {ActivityId} was delivered again; it gets the first answer again", LogSafe.Of(activity.Id));
                return answer;
            }

            if (time.GetUtcNow() + AnswerPollInterval >= deadline)
            {
                return slowInvokeAnswer(activity);
            }

            await Task.Delay(AnswerPollInterval, time, stopping);
        }
    }

    /// <summary>A slow Action.Execute: Teams got a holding answer, so the final card is put in place with an update.</summary>
    private async Task FinishSlowInvokeAsync(Activity activity, Task<InvokeResponse?> turn)
    {
        if (!turn.IsCompletedSuccessfully || turn.Result?.ReplacementCard is not { } card
            || activity.ReplyToId is not { Length: > 0 } cardActivityId)
        {
            return;
        }

        // In a channel or group chat the card is shared: putting the clicker's own view in its place would show it to
        // everyone. The shared card is kept current by its own updates and each viewer's refresh instead.
        if (activity.Conversation?.ConversationType is { } type && !string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogInformation("Slow action {ActivityId} in a shared conversation: the shared card is left as it is", LogSafe.Of(activity.Id));
            return;
        }

        try
        {
            var context = new TurnContext(activity, connector, EmptyServices.Instance);
            await context.UpdateAsync(cardActivityId, Activity.Message(null, Attachment.AdaptiveCard(card)), background.Stopping);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not put the card of slow action {ActivityId} in place", LogSafe.Of(activity.Id));
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

    /// <summary>
    /// Reads at most <see cref="LargestActivityBytes"/> of the body, whether it comes with a Content-Length or chunked,
    /// before any JSON is parsed: a larger body is refused with 413 without being read further.
    /// </summary>
    private static async Task<(Activity? Activity, IResult? Refusal)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var tooLarge = Results.Problem(statusCode: 413, title: $"An activity may be at most {LargestActivityBytes} bytes.");
        var notAnActivity = Results.Problem(statusCode: 400, title: "The body is not a Bot Framework activity.");
        if (request.ContentLength > LargestActivityBytes)
        {
            return (null, tooLarge);
        }

        // Kestrel then refuses to read past the limit on this request too (also for chunked bodies).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = LargestActivityBytes;
        }

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                body.Write(buffer, 0, read);
                if (body.Length > LargestActivityBytes)
                {
                    return (null, tooLarge);
                }
            }
        }
        catch (BadHttpRequestException ex)
        {
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? tooLarge : notAnActivity);
        }

        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body.GetBuffer().AsSpan(0, (int)body.Length), BotJson.Options);
            return string.IsNullOrWhiteSpace(activity?.Type) ? (null, notAnActivity) : (activity, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return (null, notAnActivity);
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
