using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Auth;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>Delivery through the connector client to a channel that throttles or fails for a while.</summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private readonly FakeTeamsChannel _teams = new();
    private readonly HttpClient _http = new();
    private ConnectorClient _connector = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        var options = Options.Create(new BotOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(50), MaxSendRetries = 4 });
        _connector = new ConnectorClient(_http, new AzureIdentityBotTokenSource(options), options, NullLogger<ConnectorClient>.Instance, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_the_message_delivered()
    {
        _teams.AnswerNext(429, retryAfter: TimeSpan.FromSeconds(1));

        var sent = await _connector.SendToConversationAsync(_teams.ServiceUrl, "a:chat-1", Activity.Message("Påminnelse"), CancellationToken.None);

        Assert.NotNull(sent.Id);
        var calls = _teams.Calls.ToList();
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"The retry came after {(calls[1].At - calls[0].At).TotalMilliseconds} ms, before Retry-After (1 s).");
        Assert.Equal("Påminnelse", calls[1].Body!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Passing_failures_are_retried_with_backoff(int status)
    {
        _teams.AnswerNext(status);
        _teams.AnswerNext(status);

        var sent = await _connector.SendToConversationAsync(_teams.ServiceUrl, "a:chat-2", Activity.Message("Hej"), CancellationToken.None);

        Assert.NotNull(sent.Id);
        Assert.Equal(3, _teams.Calls.Count);
    }

    [Fact]
    public async Task A_refusal_is_not_retried_and_surfaces_with_its_status()
    {
        _teams.AnswerNext(403);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _connector.SendToConversationAsync(_teams.ServiceUrl, "a:chat-3", Activity.Message("Hej"), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Single(_teams.Calls);
    }

    [Fact]
    public async Task A_channel_that_keeps_throttling_is_given_up_after_the_configured_retries()
    {
        for (var i = 0; i < 10; i++)
        {
            _teams.AnswerNext(429);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _connector.SendToConversationAsync(_teams.ServiceUrl, "a:chat-4", Activity.Message("Hej"), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(5, _teams.Calls.Count);
    }
}
