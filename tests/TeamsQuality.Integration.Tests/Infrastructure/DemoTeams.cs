using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// The bot with the demo organisation as Teams drives it: a fake Teams that receives what the bot sends, a clock
/// the test sets, and presses of card buttons as the demo people.
/// </summary>
public sealed class DemoTeams : IAsyncDisposable
{
    private DemoTeams(FakeTeamsChannel teams, ManualClock clock, BotApp bot, HttpClient client)
    {
        Teams = teams;
        Clock = clock;
        Bot = bot;
        Client = client;
    }

    public FakeTeamsChannel Teams { get; }

    public ManualClock Clock { get; }

    public BotApp Bot { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => Bot.Services;

    /// <summary>Starts the bot (demo organisation seeded, no playground, jobs run by the test) with the demo tenant's Teams at the fake.</summary>
    /// <param name="services">Changes to the bot's services after its own (e.g. a table store that counts requests).</param>
    public static async Task<DemoTeams> StartAsync(AzuriteFixture azurite, DateTimeOffset now, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var teams = new FakeTeamsChannel();
        await teams.StartAsync();
        var clock = new ManualClock(now);
        var configuration = new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Demo:Seed"] = "true", ["Hangfire:ServerEnabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var bot = new BotApp(azurite, configuration, collection =>
        {
            collection.AddSingleton<TimeProvider>(clock);
            services?.Invoke(collection);
        });
        var client = bot.Client();
        await bot.Services.GetRequiredService<IConversationReferenceStore>().SetServiceUrlAsync(DemoOrganisation.Tenant.Value, teams.ServiceUrl, CancellationToken.None);
        return new DemoTeams(teams, clock, bot, client);
    }

    /// <summary>Presses an Action.Execute as the person (whose Teams speaks <paramref name="locale"/>) and returns the card Teams would show them.</summary>
    public async Task<JsonObject> ExecuteAsync(string personId, string verb, JsonObject data, string locale = "sv-SE")
    {
        var invoke = TeamsActivities.Execute(Teams.ServiceUrl, verb, "card-1", personId, locale);
        invoke["value"]!["action"]!["data"] = data.DeepClone();
        var response = await Client.PostAsJsonAsync("/api/messages", invoke);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["value"] as JsonObject ?? new JsonObject { ["text"] = body["value"]?.ToString() };
    }

    /// <summary>Writes a message in the person's personal chat.</summary>
    public Task<HttpResponseMessage> WriteAsync(string personId, string text) =>
        Client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(Teams.ServiceUrl, text, personId));

    /// <summary>Where the bot writes in a person's 1:1 chat once it knows the chat (<see cref="KnowChatsAsync"/>).</summary>
    public static string ChatOf(string personId) => $"/v3/conversations/a:personal-{personId}/activities";

    /// <summary>
    /// The bot knows these people's 1:1 chats (as after they wrote to it), with their Teams in this language: what it
    /// sends them proactively then lands at <see cref="ChatOf"/>.
    /// </summary>
    public async Task KnowChatsAsync(string locale, params string[] people)
    {
        var references = Services.GetRequiredService<IConversationReferenceStore>();
        foreach (var person in people)
        {
            await references.RememberAsync(
                new TeamsQuality.Teams.Activities.ConversationReference
                {
                    TenantId = DemoOrganisation.Tenant.Value,
                    ServiceUrl = Teams.ServiceUrl,
                    ConversationId = "a:personal-" + person,
                    ConversationType = "personal",
                    AadObjectId = person,
                    Locale = locale,
                    LastSeen = Clock.GetUtcNow(),
                },
                CancellationToken.None);
        }
    }

    /// <summary>The cards delivered in a person's 1:1 chat (not those a dead chat refused).</summary>
    public List<RecordedCall> CardsTo(string personId) =>
        Teams.Calls.Where(c => c.Path == ChatOf(personId) && !c.Refused && c.Card is not null).ToList();

    /// <summary>Waits until the attempts to send right after a turn have finished.</summary>
    public Task IdleAsync() =>
        Services.GetRequiredService<TeamsQuality.Jobs.Outboxes.ImmediateDelivery>().IdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Runs a scheduled job now, as Hangfire would, in a scope of its own.</summary>
    public async Task<T> RunAsync<TJob, T>(Func<TJob, Task<T>> run)
        where TJob : notnull
    {
        using var scope = Services.CreateScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    public static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Descendants(v!))),
        JsonArray a => a.Where(v => v is not null).SelectMany(v => Descendants(v!)),
        _ => [],
    };

    public static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        Descendants(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true);

    /// <summary>A copy of a card action's data with these inputs set, as the person typed them.</summary>
    public static JsonObject With(JsonObject data, params (string Key, string Value)[] values)
    {
        var copy = (JsonObject)data.DeepClone();
        foreach (var (key, value) in values)
        {
            copy[key] = value;
        }

        return copy;
    }

    /// <summary>
    /// Whether the card says the message anywhere a person would read it: a text, a fact, an input's error message.
    /// Where on the card it stands is the card's business; that it is said at all is what these tests check.
    /// </summary>
    public static bool Shows(JsonObject card, string message) =>
        Descendants(card).SelectMany(o => o.Select(p => p.Value)).OfType<JsonValue>()
            .Any(v => v.TryGetValue<string>(out var text) && text.Contains(message, StringComparison.Ordinal));

    public static string? InputValue(JsonObject card, string id) =>
        Inputs(card).FirstOrDefault(o => o["id"]?.GetValue<string>() == id)?["value"]?.GetValue<string>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Bot.DisposeAsync();
        await Teams.DisposeAsync();
    }
}
