using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Storage;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>
/// Teams delivers an invoke again when the answer was slow; an empty answer then shows the user an error. The
/// redelivery gets the first delivery's answer, the same card, and the work is done once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RedeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTeamsChannel _teams = new();

    public Task InitializeAsync() => _teams.StartAsync();

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task An_invoke_delivered_twice_gets_the_same_card_both_times()
    {
        await using var bot = new BotApp(azurite, new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Hangfire:ServerEnabled"] = "false" });
        using var client = bot.Client();
        var invoke = TeamsActivities.Execute(_teams.ServiceUrl, "profile", "card-1");

        var first = await AnswerAsync(client, invoke);
        var again = await AnswerAsync(client, invoke);

        Assert.Equal("application/vnd.microsoft.card.adaptive", first["type"]!.GetValue<string>());
        Assert.Contains("Anna Berg", RecordedCall.VisibleTextOf(first["value"]));
        Assert.Equal(first.ToJsonString(), again.ToJsonString());
    }

    [Fact]
    public async Task A_filing_delivered_again_while_storage_is_slow_gets_the_same_receipt_and_is_filed_once()
    {
        var prefix = "r" + Guid.NewGuid().ToString("N")[..10];
        var tables = new TableStore(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix }));
        await new OrganisationRepository(tables).CreateAsync(DemoOrganisation.Create(), CancellationToken.None);

        // Every answer from storage takes 150 ms: the filing takes a while, and Teams sends it again meanwhile.
        await using var storage = new StorageProxy(azurite, StorageMode.Forward) { Latency = TimeSpan.FromMilliseconds(150) };
        await using var bot = storage.StartBot(prefix);
        using var client = bot.Client();
        await bot.Services.GetRequiredService<TeamsQuality.Teams.Hosting.IConversationReferenceStore>()
            .SetServiceUrlAsync(DemoOrganisation.Tenant.Value, _teams.ServiceUrl, CancellationToken.None);
        var invoke = TeamsActivities.Execute(_teams.ServiceUrl, "report.file", "card-filing", DemoOrganisation.People.ErikLund);
        invoke["value"]!["action"]!["data"] = TeamsActivities.DeviationFiling();

        var first = AnswerAsync(client, invoke);
        await Task.Delay(400);
        var again = AnswerAsync(client, invoke);
        var answers = await Task.WhenAll(first, again);

        Assert.Equal("application/vnd.microsoft.card.adaptive", answers[0]["type"]!.GetValue<string>());
        Assert.Contains("LS-", RecordedCall.VisibleTextOf(answers[0]["value"]));
        Assert.Equal(answers[0].ToJsonString(), answers[1].ToJsonString());
        var filed = await new DeviationRepository(tables).FiledInAsync(DemoOrganisation.Tenant, TeamsQuality.Domain.Time.SwedishTime.ToSwedish(DateTimeOffset.UtcNow).Year, CancellationToken.None);
        Assert.Single(filed);
    }

    [Fact]
    public async Task An_answer_larger_than_a_table_property_is_kept_whole()
    {
        var tables = new TableStore(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "a" + Guid.NewGuid().ToString("N")[..10] }));
        var log = new InboundActivityLog(tables, TimeProvider.System);
        var tenant = DemoOrganisation.Tenant.Value;

        // ~200 KB of text that does not compress away: more than three 64 KiB properties even compressed.
        var texts = new JsonArray();
        for (var i = 0; i < 100; i++)
        {
            texts.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(1500)) });
        }

        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = texts };
        Assert.True(await log.TryBeginAsync(tenant, "a:1", "big", CancellationToken.None));
        Assert.Null((await log.FindAsync(tenant, "a:1", "big", CancellationToken.None))!.Answer);

        await log.RecordAnswerAsync(tenant, "a:1", "big", InvokeResponse.Card((JsonObject)card.DeepClone()), CancellationToken.None);

        var kept = (await log.FindAsync(tenant, "a:1", "big", CancellationToken.None))!.Answer!;
        Assert.Equal(200, kept.HttpStatus);
        Assert.Equal(InvokeResponse.Card(card).Body!.ToJsonString(), kept.Body!.ToJsonString());
        Assert.Null(await log.FindAsync(tenant, "a:1", "another", CancellationToken.None));
    }

    private static async Task<JsonObject> AnswerAsync(HttpClient client, JsonObject invoke)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.False(string.IsNullOrWhiteSpace(text), "The invoke was answered with an empty body.");
        return JsonNode.Parse(text)!.AsObject();
    }
}
