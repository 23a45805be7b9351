using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Auth;

namespace TeamsQuality.Teams.Connector;

/// <summary>Outbound calls to the Bot Framework channel service at an activity's serviceUrl.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>The team's channels (GET v3/teams/{teamId}/conversations); the General channel's id is the team's.</summary>
    Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken);

    /// <summary>Every member of a team or conversation (GET v3/conversations/{id}/pagedmembers), all pages followed.</summary>
    Task<IReadOnlyList<TeamsMember>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);
}

/// <summary>
/// The connector client: replies, in-place card updates, new conversations and the team's roster (channels, members), with the bot's token, retried with
/// exponential backoff and jitter on 429, 412, 502 and 504 (and network failures), honouring Retry-After. Inside
/// <see cref="ConnectorThrottling.SurfaceToCaller"/> a 429 is not retried but thrown with its Retry-After, for the
/// outbox's limiter to share with every server.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromMinutes(2);

    // The largest page Teams serves (its documented limit is 500); fewer round trips for a big team.
    private const int MembersPageSize = 500;
    private readonly HttpClient _http;
    private readonly IBotAccessTokenSource _tokens;
    private readonly BotOptions _options;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly TimeProvider _time;

    public ConnectorClient(HttpClient http, IBotAccessTokenSource tokens, IOptions<BotOptions> options, ILogger<ConnectorClient> logger, TimeProvider timeProvider)
    {
        _http = http;
        _tokens = tokens;
        _options = options.Value;
        _logger = logger;
        _time = timeProvider;
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(response => IsWorthRetrying(response.StatusCode)
                        && !(response.StatusCode == HttpStatusCode.TooManyRequests && ConnectorThrottling.SurfacesToCaller)),
                MaxRetryAttempts = Math.Max(1, _options.MaxSendRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = LongestRetryAfter,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    _logger.LogWarning(
                        "The channel answered {Status}; retry {Attempt} in {Delay}",
                        args.Outcome.Result?.StatusCode.ToString() ?? args.Outcome.Exception?.GetType().Name,
                        args.AttemptNumber + 1,
                        args.RetryDelay);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", Prepare(activity, conversationId), cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        activity.ReplyToId = replyToId;
        return SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", Prepare(activity, conversationId), cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = activityId;
        return SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", Prepare(activity, conversationId), cancellationToken);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        parameters.Bot ??= new ChannelAccount { Id = BotChannelId };
        if (parameters.Activity is { } activity)
        {
            activity.Type ??= ActivityTypes.Message;
            activity.From ??= parameters.Bot;
        }

        return SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);
    }

    public async Task<IReadOnlyList<TeamChannel>> GetTeamChannelsAsync(string serviceUrl, string teamId, CancellationToken cancellationToken)
    {
        var list = await SendAsync<ConversationList>(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}/conversations", null, cancellationToken);
        return list.Conversations?.ToList() ?? [];
    }

    public async Task<IReadOnlyList<TeamsMember>> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var members = new List<TeamsMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? continuation = null;
        do
        {
            var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers?pageSize={MembersPageSize}"
                + (continuation is null ? string.Empty : "&continuationToken=" + Escape(continuation));
            var page = await SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, cancellationToken);
            members.AddRange(page.Members ?? []);

            // A channel that hands back a token it gave before would keep us paging for ever; stop instead.
            continuation = string.IsNullOrEmpty(page.ContinuationToken) || !seen.Add(page.ContinuationToken) ? null : page.ContinuationToken;
        }
        while (continuation is not null);

        return members;
    }

    /// <summary>The bot's id in Teams conversations.</summary>
    public string BotChannelId => "28:" + (string.IsNullOrWhiteSpace(_options.AppId) ? "teamsquality" : _options.AppId);

    private Activity Prepare(Activity activity, string conversationId)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.From ??= new ChannelAccount { Id = BotChannelId, Name = "TeamsQuality" };
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        return activity;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken)
        where T : class, new()
    {
        var uri = new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path);
        var token = await _tokens.GetTokenAsync(cancellationToken);
        using var response = await _retry.ExecuteAsync(
            async ct =>
            {
                // A request message cannot be sent twice, so every attempt builds its own.
                using var request = new HttpRequestMessage(method, uri)
                {
                    Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: BotJson.Options),
                };
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                return await _http.SendAsync(request, ct);
            },
            cancellationToken);

        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new ConnectorException(response.StatusCode, $"{method} {uri} answered {(int)response.StatusCode}: {Truncate(detail)}")
            {
                RetryAfter = response.StatusCode == HttpStatusCode.TooManyRequests ? RetryAfter(response, _time) : null,
            };
        }

        if (response.Content.Headers.ContentLength == 0)
        {
            return new T();
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<T>(BotJson.Options, cancellationToken) ?? new T();
        }
        catch (System.Text.Json.JsonException)
        {
            return new T();
        }
    }

    private static bool IsWorthRetrying(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < LongestRetryAfter ? delta : LongestRetryAfter;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < LongestRetryAfter ? wait : LongestRetryAfter;
        }

        return null;
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
