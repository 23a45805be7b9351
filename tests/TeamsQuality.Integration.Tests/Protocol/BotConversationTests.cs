using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>Teams-shaped activities to /api/messages, answered at their serviceUrl, with the bot running locally (no auth).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotConversationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTeamsChannel _teams = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        _bot = new BotApp(azurite);
        _client = _bot.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task A_Teams_message_saying_hjalp_gets_the_Swedish_help_card_at_its_serviceUrl()
    {
        var message = TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp");
        var response = await _client.PostAsJsonAsync("/api/messages", message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/v3/conversations/{message["conversation"]!["id"]}/activities", Uri.UnescapeDataString(reply.Path));
        Assert.Contains("Det här kan TeamsQuality", reply.VisibleText);
        Assert.Contains("hjälp", reply.VisibleText);
        Assert.Equal("sv", reply.Card!["lang"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_English_locale_gets_the_help_card_in_English()
    {
        await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "help", locale: "en-US"));

        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("What TeamsQuality can do", reply.VisibleText);
        Assert.DoesNotContain("Det här kan", reply.VisibleText);
    }

    [Fact]
    public async Task Something_the_bot_does_not_understand_gets_help_quoting_what_was_written()
    {
        await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "när är nästa hållplats?"));

        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Jag förstod inte \"när är nästa hållplats?\"", reply.VisibleText);
        Assert.Contains("Det här kan TeamsQuality", reply.VisibleText);
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_in_the_same_thread()
    {
        var message = TeamsActivities.ChannelMessage(_teams.ServiceUrl, "hjälp");
        await _client.PostAsJsonAsync("/api/messages", message);

        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Equal(
            $"/v3/conversations/{message["conversation"]!["id"]}/activities/{message["id"]}",
            Uri.UnescapeDataString(reply.Path));
        Assert.Contains("Det här kan TeamsQuality", reply.VisibleText);
    }

    [Fact]
    public async Task An_activity_delivered_twice_is_answered_once()
    {
        var message = TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp");
        var first = await _client.PostAsJsonAsync("/api/messages", message);
        await _teams.WaitForCallAsync(c => c.Card is not null);
        var second = await _client.PostAsJsonAsync("/api/messages", message);

        // A different message after the redelivery shows the bot is still answering, and gives the redelivery time to surface.
        await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "vem är jag"));
        await _teams.WaitForCallAsync(c => c.VisibleText.Contains("Du i TeamsQuality", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_teams.Calls, c => c.VisibleText.Contains("Det här kan TeamsQuality", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"an activity without a type\"}")]
    [InlineData("")]
    public async Task A_malformed_body_is_answered_400_not_500(string body)
    {
        var response = await _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Action_Execute_is_answered_in_the_HTTP_response_with_the_replacement_card()
    {
        var response = await _client.PostAsJsonAsync("/api/messages", TeamsActivities.Execute(_teams.ServiceUrl, "profile", "card-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, body!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var card = RecordedCall.VisibleTextOf(body["value"]);
        Assert.Contains("Anna Berg", card);
        Assert.Contains("Enhetschef", card);
        Assert.Contains("Hemtjänst Norra", card);
    }

    [Fact]
    public async Task Action_Submit_arrives_as_a_message_with_value_and_is_routed_by_its_verb()
    {
        var submit = TeamsActivities.PersonalMessage(_teams.ServiceUrl, string.Empty);
        submit.Remove("text");
        submit["value"] = new JsonObject { ["verb"] = "profile" };
        submit["replyToId"] = "card-7";
        await _client.PostAsJsonAsync("/api/messages", submit);

        var update = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/card-7", update.Path, StringComparison.Ordinal);
        Assert.Contains("Du i TeamsQuality", update.VisibleText);
    }

    [Fact]
    public async Task Someone_outside_the_organisation_is_told_so_on_the_profile_card()
    {
        var stranger = TeamsActivities.PersonalMessage(_teams.ServiceUrl, "vem är jag", personId: Guid.NewGuid().ToString());
        await _client.PostAsJsonAsync("/api/messages", stranger);

        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Du finns inte med i organisationen", reply.VisibleText);
    }

    [Fact]
    public async Task Adding_the_bot_to_a_personal_chat_sends_a_welcome_card_with_the_first_name()
    {
        var update = TeamsActivities.PersonalMessage(_teams.ServiceUrl, string.Empty);
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsActivities.BotId });
        await _client.PostAsJsonAsync("/api/messages", update);

        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains("Välkommen till TeamsQuality", reply.VisibleText);
        Assert.Contains("Hej Anna!", reply.VisibleText);
    }

    [Fact]
    public async Task A_person_who_wrote_once_can_be_reached_after_a_restart()
    {
        await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp"));
        await _teams.WaitForCallAsync(c => c.Card is not null);

        // A new process on the same tables: nothing is left in memory.
        await using var restarted = new BotApp(azurite, tablePrefix: _bot.TablePrefix);
        restarted.StartServer();
        using var scope = restarted.Services.CreateScope();
        var messenger = scope.ServiceProvider.GetRequiredService<ProactiveMessenger>();
        var delivery = await messenger.SendToPersonAsync(DemoOrganisation.Tenant.Value, DemoOrganisation.People.AnnaBerg, Activity.Message("Påminnelse: hållplats Samverkan"), CancellationToken.None);

        Assert.True(delivery.Delivered, delivery.Problem);
        var sent = await _teams.WaitForCallAsync(c => c.VisibleText.Contains("Påminnelse", StringComparison.Ordinal));
        Assert.Equal($"/v3/conversations/a:personal-{DemoOrganisation.People.AnnaBerg}/activities", Uri.UnescapeDataString(sent.Path));
    }

    [Fact]
    public async Task A_post_to_a_unit_channel_starts_a_new_thread_there()
    {
        await _client.PostAsJsonAsync("/api/messages", TeamsActivities.ChannelMessage(_teams.ServiceUrl, "hjälp"));
        await _teams.WaitForCallAsync(c => c.Card is not null);

        using var scope = _bot.Services.CreateScope();
        var messenger = scope.ServiceProvider.GetRequiredService<ProactiveMessenger>();
        var delivery = await messenger.PostToChannelAsync(DemoOrganisation.Tenant.Value, "19:hemtjanst-norra@thread.tacv2", Activity.Message("Dags för hållplatsen"), CancellationToken.None);

        Assert.True(delivery.Delivered, delivery.Problem);
        var created = await _teams.WaitForCallAsync(c => c.Path == "/v3/conversations");
        Assert.True(created.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal("19:hemtjanst-norra@thread.tacv2", created.Body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("Dags för hållplatsen", created.Body["activity"]!["text"]!.GetValue<string>());
    }
}
