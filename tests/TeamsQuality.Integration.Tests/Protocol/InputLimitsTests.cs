using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>
/// What an outsider can send to /api/messages before any authentication: the body is capped however it is sent, a
/// shape the protocol does not allow is answered 400 (never 500) before anything is stored, and a failure never shows
/// its details in production.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InputLimitsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const long TwentyFiveMegabytes = 25L * 1024 * 1024;

    private readonly FakeTeamsChannel _teams = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        _bot = new BotApp(azurite, new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Hangfire:ServerEnabled"] = "false" });
        _client = _bot.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task A_chunked_body_of_25_MB_is_refused_with_413_without_being_read_whole()
    {
        // A raw connection: HttpClient gives up on a request whose body the server stopped reading, so the answer
        // would be lost; Teams (or an attacker) sees the 413 on the wire.
        var (status, bytesSent) = await PostChunkedAsync(_bot.Port, _teams.ServiceUrl, TwentyFiveMegabytes);

        Assert.Equal(413, status);
        Assert.True(bytesSent < TwentyFiveMegabytes / 2, $"{bytesSent} bytes were taken before the refusal");
        await Task.Delay(300);
        Assert.Empty(_teams.Calls);
    }

    [Fact]
    public async Task A_body_announced_larger_than_1_MiB_is_refused_with_413()
    {
        var text = new string('a', 1_100_000);
        using var response = await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, text));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("5e0a7c2b-51b0-4c1e-9d5c-5a0bacc0de01 ")]
    [InlineData("{5e0a7c2b-51b0-4c1e-9d5c-5a0bacc0de01}")]
    public async Task A_tenant_id_that_is_not_an_Entra_tenant_id_is_refused_and_nothing_is_stored(string tenant)
    {
        var message = TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp");
        message["conversation"]!["id"] = "a:malformed-tenant-" + Guid.NewGuid().ToString("N");
        message["conversation"]!["tenantId"] = tenant;
        message["channelData"]!["tenant"]!["id"] = tenant;

        using var response = await _client.PostAsJsonAsync("/api/messages", message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var tables = new TableServiceClient(azurite.ConnectionString);
        Assert.Equal([DemoOrganisation.Tenant.Value], await ColumnAsync(tables, "Tenants", "TenantId"));
        Assert.DoesNotContain(await ColumnAsync(tables, "ConversationReferences", "Reference"), r => r.Contains(message["conversation"]!["id"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Empty(await ColumnAsync(tables, "InboundActivities", "RowKey"));
        await Task.Delay(300);
        Assert.Empty(_teams.Calls);
    }

    /// <summary>Bodies the Bot Framework protocol does not allow: each is refused with 400, none answers 500.</summary>
    public static TheoryData<string> MalformedActivities() => new(Malformed.Keys);

    [Theory]
    [MemberData(nameof(MalformedActivities))]
    public async Task A_shape_the_protocol_does_not_allow_is_answered_400_not_500(string shape)
    {
        var activity = Malformed[shape](_teams.ServiceUrl);

        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_well_formed_activities_next_to_them_are_still_answered()
    {
        // The same builders with nothing wrong: proof that the 400s above are about the shape, not the test's activities.
        using var message = await _client.PostAsJsonAsync("/api/messages", TeamsActivities.ChannelMessage(_teams.ServiceUrl, "hjälp"));
        using var execute = await _client.PostAsJsonAsync("/api/messages", TeamsActivities.Execute(_teams.ServiceUrl, "profile", "card-1"));

        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        Assert.Equal(HttpStatusCode.OK, execute.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (await execute.Content.ReadFromJsonAsync<JsonObject>())!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_production_an_unexpected_failure_is_answered_without_its_details()
    {
        await using var production = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Demo:Seed"] = "false", ["Hangfire:ServerEnabled"] = "false" },
            services => services.AddSingleton<IStartupFilter, FailingEndpoint>(),
            environment: "Production");
        using var client = production.Client();

        using var response = await client.GetAsync(FailingEndpoint.Path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(FailingEndpoint.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, Func<string, JsonObject>> Malformed = new()
    {
        ["conversation id of 2,000 characters"] = url => With(Message(url), a => a["conversation"]!["id"] = "a:" + new string('x', 2000)),
        ["activity id of 2,000 characters"] = url => With(Message(url), a => a["id"] = new string('1', 2000)),
        ["user id of 2,000 characters"] = url => With(Message(url), a => a["from"]!["id"] = "29:" + new string('u', 2000)),
        ["Entra object id of 2,000 characters"] = url => With(Message(url), a => a["from"]!["aadObjectId"] = new string('0', 2000)),
        ["channel id of 2,000 characters"] = url => With(Channel(url), a => a["channelData"]!["channel"]!["id"] = "19:" + new string('c', 2000) + "@thread.tacv2"),
        ["team id of 2,000 characters"] = url => With(Channel(url), a => a["channelData"]!["team"]!["id"] = "19:" + new string('t', 2000)),
        ["tenant id of 2,000 characters"] = url => With(Message(url), a => { a["conversation"]!["tenantId"] = new string('e', 2000); a["channelData"]!["tenant"]!["id"] = new string('e', 2000); }),
        ["a line break in the conversation id"] = url => With(Message(url), a => a["conversation"]!["id"] = "a:1\r\n2"),
        ["channelData.tenant as a string"] = url => With(Message(url), a => { a["conversation"]!.AsObject().Remove("tenantId"); a["channelData"]!["tenant"] = DemoOrganisation.Tenant.Value; }),
        ["channelData.tenant.id as a number"] = url => With(Message(url), a => { a["conversation"]!.AsObject().Remove("tenantId"); a["channelData"]!["tenant"]!["id"] = 42; }),
        ["channelData.channel.id as a number"] = url => With(Channel(url), a => a["channelData"]!["channel"]!["id"] = 19),
        ["channelData.team as an array"] = url => With(Channel(url), a => a["channelData"]!["team"] = new JsonArray(1, 2)),
        ["channelData.eventType as an object"] = url => With(Message(url), a => a["channelData"]!["eventType"] = new JsonObject()),
        ["two different tenants"] = url => With(Message(url), a => a["channelData"]!["tenant"]!["id"] = Guid.NewGuid().ToString()),
        ["no tenant at all"] = url => With(Message(url), a => { a["conversation"]!.AsObject().Remove("tenantId"); a.Remove("channelData"); }),
        ["a serviceUrl that is not a URL"] = url => With(Message(url), a => a["serviceUrl"] = "not a url"),
        ["a serviceUrl that is not http"] = url => With(Message(url), a => a["serviceUrl"] = "file:///etc/passwd"),
        ["an entity type that is a number"] = url => With(Message(url), a => a["entities"] = new JsonArray(new JsonObject { ["type"] = 1 })),
        ["a display name of 10,000 characters"] = url => With(Message(url), a => a["from"]!["name"] = new string('n', 10_000)),
        ["a locale of 1,000 characters"] = url => With(Message(url), a => a["locale"] = new string('l', 1000)),
        ["an Action.Execute whose value is an array"] = url => With(Execute(url), a => a["value"] = new JsonArray(1)),
        ["an Action.Execute whose action is a string"] = url => With(Execute(url), a => a["value"]!["action"] = "profile"),
        ["an Action.Execute whose verb is a number"] = url => With(Execute(url), a => a["value"]!["action"]!["verb"] = 7),
        ["a type of 1,000 characters"] = url => With(Message(url), a => a["type"] = new string('m', 1000)),
    };

    private static JsonObject Message(string serviceUrl) => TeamsActivities.PersonalMessage(serviceUrl, "hjälp");

    private static JsonObject Channel(string serviceUrl) => TeamsActivities.ChannelMessage(serviceUrl, "hjälp");

    private static JsonObject Execute(string serviceUrl) => TeamsActivities.Execute(serviceUrl, "profile", "card-1");

    private static JsonObject With(JsonObject activity, Action<JsonObject> change)
    {
        change(activity);
        return activity;
    }

    private async Task<List<string>> ColumnAsync(TableServiceClient tables, string table, string column)
    {
        var values = new List<string>();
        try
        {
            await foreach (var row in tables.GetTableClient(_bot.TablePrefix + table).QueryAsync<TableEntity>())
            {
                values.Add(row.GetString(column) ?? string.Empty);
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // The table was never created: nothing was stored in it.
        }

        return values;
    }

    /// <summary>
    /// Posts an activity of the given size with Transfer-Encoding: chunked over a raw connection, writing until the
    /// server answers or stops reading; returns the status and how many body bytes were written.
    /// </summary>
    private static async Task<(int Status, long BytesSent)> PostChunkedAsync(int port, string serviceUrl, long size)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        var head = TeamsActivities.PersonalMessage(serviceUrl, "PLACEHOLDER").ToJsonString();
        var at = head.IndexOf("PLACEHOLDER", StringComparison.Ordinal);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));

        var answer = new byte[4096];
        var reading = stream.ReadAsync(answer).AsTask();
        var sent = 0L;
        var piece = Encoding.UTF8.GetBytes(head[..at]);
        var filler = Encoding.UTF8.GetBytes(new string('a', 64 * 1024));
        try
        {
            while (sent < size && !reading.IsCompleted)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{piece.Length:X}\r\n"));
                await stream.WriteAsync(piece);
                await stream.WriteAsync("\r\n"u8.ToArray());
                sent += piece.Length;
                piece = filler;
            }

            if (!reading.IsCompleted)
            {
                var end = Encoding.UTF8.GetBytes(head[(at + "PLACEHOLDER".Length)..]);
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{end.Length:X}\r\n"));
                await stream.WriteAsync(end);
                await stream.WriteAsync("\r\n0\r\n\r\n"u8.ToArray());
            }
        }
        catch (IOException)
        {
            // The server stopped taking the body: its answer is already on the way.
        }

        var read = await reading.WaitAsync(TimeSpan.FromSeconds(30));
        var statusLine = Encoding.ASCII.GetString(answer, 0, read).Split("\r\n")[0];
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), sent);
    }

    /// <summary>A route that fails with an exception whose message must never reach the caller outside development.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public const string Path = "/test/failure";
        public const string Secret = "connection-string-secret-4711";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);

            // After the app's own pipeline (and inside its exception handling): only requests no endpoint took get here.
            app.Use((Microsoft.AspNetCore.Http.HttpContext context, Func<Task> _) =>
                context.Request.Path == Path ? throw new InvalidOperationException(Secret) : Task.CompletedTask);
        };
    }
}
