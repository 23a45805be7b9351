using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TeamsQuality.Integration.Tests.Infrastructure;

namespace TeamsQuality.Integration.Tests.Tenants;

/// <summary>
/// The operator enables tenants: someone in a tenant that is not enabled is told so in their language wherever they
/// write or press, and nothing of their tenant is stored (every table is read to be sure); once the operator enables
/// it (Tenants:&lt;id&gt;:Enabled), the same people are served. Over HTTP, with the fake Teams channel.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TenantEnablementTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Tenant = "e0000000-0000-4000-8000-00000000000e";
    private const string Person = "e0000000-0000-4000-8000-0000000000a1";
    private const string TeamId = "19:omsorgen@thread.tacv2";

    private readonly FakeTeamsChannel _teams = new();

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        _teams.ServeTeam(TeamId, [(TeamId, null), ("19:hemtjanst@thread.tacv2", "Hemtjänsten")], [new FakeMember(Person, "Alva Ek", "alva.ek@kommun.se", "owner")], pageSize: 10);
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task A_tenant_not_enabled_is_told_so_and_nothing_of_it_is_stored_until_the_operator_enables_it()
    {
        var tablePrefix = "t" + Guid.NewGuid().ToString("N")[..10];
        await using (var bot = new BotApp(azurite, tablePrefix: tablePrefix))
        {
            using var client = bot.Client();

            // A message in the personal chat: the card, in Swedish, with the id the operator needs.
            await PostAsync(client, PersonalMessage("hjälp", "sv-SE"));
            var card = await _teams.WaitForCallAsync(c => c.Card is not null);
            Assert.Contains("TeamsQuality är inte aktiverat för er organisation", card.VisibleText);
            Assert.Contains("IT-avdelning", card.VisibleText);
            Assert.Contains(Tenant, card.VisibleText);

            // A button pressed (Action.Execute), by someone whose Teams speaks English: the card in its place.
            using var pressed = await client.PostAsJsonAsync("/api/messages", Execute("en-US"));
            Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
            var answer = await pressed.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Equal("application/vnd.microsoft.card.adaptive", answer!["type"]!.GetValue<string>());
            Assert.Contains("TeamsQuality is not enabled for your organisation", RecordedCall.VisibleTextOf(answer["value"]));

            // Installed in a team: told once in the team, and the team's roster is not read.
            await PostAsync(client, Installation());
            await _teams.WaitForCallAsync(c => c.Card is not null && c.Path.Contains(TeamId, StringComparison.Ordinal));
            await Task.Delay(500);
            Assert.DoesNotContain(_teams.Calls, c => c.Path.EndsWith("/pagedmembers", StringComparison.Ordinal) || c.Path.Contains("/teams/", StringComparison.Ordinal));

            // A member joining is no event to answer: nothing is sent.
            var before = _teams.Calls.Count;
            await PostAsync(client, TeamEvent("teamMemberAdded", membersAdded: Person));
            await Task.Delay(300);
            Assert.Equal(before, _teams.Calls.Count);
        }

        // Every table the bot made (the demo tenant's rows are there) holds nothing of the tenant.
        Assert.Contains("Tenants", await TenantTables.NamesAsync(azurite.ConnectionString, tablePrefix));
        Assert.Empty(await TenantTables.RowsOfAsync(azurite.ConnectionString, tablePrefix, Tenant));

        // The operator enables the tenant (the app restarts with the new setting, as an App Service does): it works.
        await using (var bot = new BotApp(azurite, new Dictionary<string, string?> { [$"Tenants:{Tenant}:Enabled"] = "true" }, tablePrefix: tablePrefix))
        {
            using var client = bot.Client();
            var since = DateTimeOffset.UtcNow;
            await PostAsync(client, PersonalMessage("hjälp", "sv-SE"));
            var help = await _teams.WaitForCallAsync(c => c.Card is not null && c.At >= since);
            Assert.Contains("Det här kan TeamsQuality", help.VisibleText);
            Assert.DoesNotContain("inte aktiverat", help.VisibleText);

            await PostAsync(client, Installation());
            await _teams.WaitForCallAsync(c => c.Path.EndsWith("/pagedmembers", StringComparison.Ordinal));
        }

        var stored = await TenantTables.RowsOfAsync(azurite.ConnectionString, tablePrefix, Tenant);
        Assert.Contains(stored, row => row.StartsWith("Tenants:", StringComparison.Ordinal));
        Assert.Contains(stored, row => row.StartsWith("ConversationReferences:", StringComparison.Ordinal));
        Assert.Contains(stored, row => row.StartsWith("InboundActivities:", StringComparison.Ordinal));
    }

    private static async Task PostAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
    }

    private JsonObject PersonalMessage(string text, string locale)
    {
        var message = TeamsActivities.PersonalMessage(_teams.ServiceUrl, text, Person, locale);
        message["conversation"]!["tenantId"] = Tenant;
        message["channelData"]!["tenant"]!["id"] = Tenant;
        return message;
    }

    private JsonObject Execute(string locale)
    {
        var invoke = TeamsActivities.Execute(_teams.ServiceUrl, "help.show", "card-1", Person, locale);
        invoke["conversation"]!["tenantId"] = Tenant;
        invoke["channelData"]!["tenant"]!["id"] = Tenant;
        return invoke;
    }

    /// <summary>The bot added to a team, as Teams sends it: conversationUpdate with the bot among membersAdded.</summary>
    private JsonObject Installation() => TeamEvent("teamMemberAdded", membersAdded: TeamsActivities.BotId);

    private JsonObject TeamEvent(string eventType, string membersAdded) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = TeamsActivities.NewId(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = _teams.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + Person, ["name"] = "Alva Ek", ["aadObjectId"] = Person },
        ["conversation"] = new JsonObject { ["id"] = TeamId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = Tenant },
        ["recipient"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "TeamsQuality" },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = membersAdded.StartsWith("28:", StringComparison.Ordinal) ? membersAdded : "29:" + membersAdded, ["aadObjectId"] = membersAdded }),
        ["locale"] = "sv-SE",
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = Tenant },
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Omsorgen" },
            ["eventType"] = eventType,
        },
    };
}
