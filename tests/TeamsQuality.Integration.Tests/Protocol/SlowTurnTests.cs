using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsQuality.Integration.Tests.Infrastructure;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>A turn that outlives its time budget answers at once and finishes in the background.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SlowTurnTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTeamsChannel _teams = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();

        // No budget at all: every turn that touches storage is "slow".
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Bot:TurnBudget"] = "00:00:00" });
        _client = _bot.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task A_slow_card_action_says_it_is_working_then_puts_the_card_in_place()
    {
        var response = await _client.PostAsJsonAsync("/api/messages", TeamsActivities.Execute(_teams.ServiceUrl, "profile", "card-42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("application/vnd.microsoft.activity.message", body!["type"]!.GetValue<string>());
        Assert.Equal("Jag arbetar på det …", body["value"]!.GetValue<string>());

        var update = await _teams.WaitForCallAsync(c => c.Method == "PUT");
        Assert.EndsWith("/activities/card-42", update.Path, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", update.VisibleText);
    }

    [Fact]
    public async Task A_slow_card_action_delivered_again_puts_the_first_deliverys_card_in_place_again()
    {
        // Teams redelivers an invoke whose answer was slow and may drop the first delivery's update: the redelivery,
        // slow too, gets the answer kept with the first delivery and puts that card in place itself.
        var invoke = TeamsActivities.Execute(_teams.ServiceUrl, "profile", "card-44");
        using (var response = await _client.PostAsJsonAsync("/api/messages", invoke))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var first = await _teams.WaitForCallAsync(c => c.Method == "PUT");
        using (var again = await _client.PostAsJsonAsync("/api/messages", invoke))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var update = await _teams.WaitForCallAsync(c => c.Method == "PUT" && !ReferenceEquals(c, first));
        Assert.EndsWith("/activities/card-44", update.Path, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", update.VisibleText);
        Assert.Equal(first.Card!.ToJsonString(), update.Card!.ToJsonString());
    }

    [Fact]
    public async Task A_slow_card_action_in_a_channel_never_puts_the_clickers_view_on_the_shared_card()
    {
        var invoke = TeamsActivities.Execute(_teams.ServiceUrl, "profile", "card-43");
        var channel = TeamsActivities.ChannelMessage(_teams.ServiceUrl, string.Empty);
        invoke["conversation"] = channel["conversation"]!.DeepClone();
        invoke["channelData"] = channel["channelData"]!.DeepClone();

        var response = await _client.PostAsJsonAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Jag arbetar på det …", body!["value"]!.GetValue<string>());

        // The same slow action in a personal chat is put in place within this time (the test above).
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(_teams.Calls, c => c.Method == "PUT");
    }

    [Fact]
    public async Task A_slow_message_is_acknowledged_and_answered_when_done()
    {
        var response = await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "vem är jag"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Du i TeamsQuality", reply.VisibleText);
    }
}
