using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Playground;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Integration.Tests.Playground;

/// <summary>The playground's Direct Line surface, as Web Chat uses it, with the bot answering through the local channel.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DirectLineTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _bot = new BotApp(azurite);
        _client = _bot.Client();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task The_demo_organisation_is_offered_as_users_to_choose_from()
    {
        var users = await _client.GetFromJsonAsync<JsonObject>("/playground/api/users");

        Assert.Equal(DemoOrganisation.Name, users!["organisation"]!.GetValue<string>());
        Assert.Equal(3, users["units"]!.AsArray().Count);
        var people = users["users"]!.AsArray().Select(u => $"{u!["name"]} – {u["roleLabel"]}").ToList();
        Assert.Contains("Eva Sundberg – Biträdande socialchef", people);
        Assert.Contains("Johan Ek – Verksamhetsutvecklare", people);
        Assert.Contains("Anna Berg – Enhetschef", people);
        Assert.Contains("Erik Lund – Medarbetare", people);
    }

    [Fact]
    public async Task The_page_is_served_at_the_root_with_its_script_and_style()
    {
        using var page = await _client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"playground.js\"></script>", html, StringComparison.Ordinal);
        foreach (var (path, type, text) in new[] { ("/playground.js", "text/javascript", "VERSION_HEADER"), ("/playground.css", "text/css", "tq-card-busy") })
        {
            using var file = await _client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(type, file.Content.Headers.ContentType?.MediaType);
            Assert.Contains(text, await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_person_is_welcomed_and_gets_the_help_card_in_their_personal_chat()
    {
        var conversation = await StartAsync(DemoOrganisation.People.ErikLund, "personal");

        var welcome = await WaitForAsync(conversation, a => RecordedCall.VisibleTextOf(a).Contains("Välkommen till TeamsQuality", StringComparison.Ordinal));
        Assert.Contains("Hej Erik!", RecordedCall.VisibleTextOf(welcome));

        await PostAsync(conversation, "hjälp");

        var echo = await WaitForAsync(conversation, a => a["from"]?["role"]?.GetValue<string>() == "user");
        Assert.Equal("hjälp", echo["text"]!.GetValue<string>());
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        var help = await WaitForAsync(conversation, a => RecordedCall.VisibleTextOf(a).Contains("Det här kan TeamsQuality", StringComparison.Ordinal));
        Assert.Equal("bot", help["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Installing_the_app_for_someone_through_the_Graph_stand_in_lets_the_bot_open_their_chat_as_Teams_does()
    {
        var anna = DemoOrganisation.People.AnnaBerg;
        var messenger = _bot.Services.GetRequiredService<ProactiveMessenger>();

        // Anna never opened TeamsQuality: as in Teams, the bot may not open a chat with her.
        var refused = await Assert.ThrowsAsync<ConnectorException>(() => messenger.SendToPersonAsync(DemoOrganisation.Tenant.Value, anna, Activity.Message("Före"), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // The outbox's way to her: the app installed through Graph (the real client, the playground's stand-in over HTTP).
        using (var scope = _bot.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PersonalChats>().SendAsync(DemoOrganisation.Tenant, anna, Activity.Message("Dags för hållplatsen"), CancellationToken.None);
        }

        Assert.True(_bot.Services.GetRequiredService<GraphStandIn>().IsInstalledFor(anna));
        var conversation = await StartAsync(anna, "personal");
        await WaitForAsync(conversation, a => RecordedCall.VisibleTextOf(a).Contains("Dags för hållplatsen", StringComparison.Ordinal));

        // Teams told the bot of the installation in her personal scope: it welcomed her there.
        var welcome = await WaitForAsync(conversation, a => RecordedCall.VisibleTextOf(a).Contains("Välkommen till TeamsQuality", StringComparison.Ordinal));
        Assert.Contains("Hej Anna!", RecordedCall.VisibleTextOf(welcome));
    }

    [Fact]
    public async Task Action_Execute_replaces_the_card_in_place()
    {
        var conversation = await StartAsync(DemoOrganisation.People.AnnaBerg, "personal");
        await PostAsync(conversation, "hjälp");
        var help = await WaitForAsync(conversation, a => RecordedCall.VisibleTextOf(a).Contains("Det här kan TeamsQuality", StringComparison.Ordinal));
        var cardId = help["id"]!.GetValue<string>();

        var response = await _client.PostAsJsonAsync("/playground/api/execute", new
        {
            conversationId = conversation.Id,
            activityId = cardId,
            action = new { type = "Action.Execute", verb = "profile", data = new { } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Du i TeamsQuality", RecordedCall.VisibleTextOf(await response.Content.ReadFromJsonAsync<JsonObject>()));
        var all = await ActivitiesAsync(conversation, 0);
        var withThatId = all.Where(a => a["id"]!.GetValue<string>() == cardId).ToList();
        Assert.Single(withThatId);
        Assert.Contains("Hemtjänst Norra", RecordedCall.VisibleTextOf(withThatId[0]));
    }

    [Fact]
    public async Task In_a_unit_channel_everyone_there_sees_the_conversation_and_the_bot_answers_mentions()
    {
        var erik = await StartAsync(DemoOrganisation.People.ErikLund, $"channel:{DemoOrganisation.Units.HemtjanstNorra}");
        var anna = await StartAsync(DemoOrganisation.People.AnnaBerg, $"channel:{DemoOrganisation.Units.HemtjanstNorra}");

        await PostAsync(erik, "vem är jag");

        var seenByAnna = await WaitForAsync(anna, a => RecordedCall.VisibleTextOf(a).Contains("Erik Lund", StringComparison.Ordinal) && a["attachments"] is not null);
        Assert.Contains("Medarbetare", RecordedCall.VisibleTextOf(seenByAnna));
        var eriksMessageForAnna = await WaitForAsync(anna, a => a["text"]?.GetValue<string>() == "vem är jag");
        Assert.Equal("bot", eriksMessageForAnna["from"]!["role"]!.GetValue<string>());
        Assert.Equal("Erik Lund", eriksMessageForAnna["from"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_token_cannot_start_a_conversation()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "made-up");

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(request)).StatusCode);
    }

    private sealed record DirectLineConversation(string Id, string Token);

    private async Task<DirectLineConversation> StartAsync(string personId, string conversation)
    {
        var token = await (await _client.PostAsJsonAsync("/playground/api/tokens", new { userId = personId, conversation })).Content.ReadFromJsonAsync<JsonObject>();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token!["token"]!.GetValue<string>());
        var started = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonObject>();
        return new DirectLineConversation(body!["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    private async Task PostAsync(DirectLineConversation conversation, string text)
    {
        var response = await _client.PostAsJsonAsync($"/v3/directline/conversations/{conversation.Id}/activities", new
        {
            type = "message",
            text,
            locale = "sv-SE",
            from = new { id = "web-chat-user", role = "user" },
            channelData = new { clientActivityID = "client-1" },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<List<JsonObject>> ActivitiesAsync(DirectLineConversation conversation, long watermark)
    {
        var page = await _client.GetFromJsonAsync<JsonObject>($"/v3/directline/conversations/{conversation.Id}/activities?watermark={watermark}");
        return page!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    private async Task<JsonObject> WaitForAsync(DirectLineConversation conversation, Func<JsonObject, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var found = (await ActivitiesAsync(conversation, 0)).FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The activity did not show up in the playground conversation.");
    }
}
