using System.Net.Http.Json;
using System.Text;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Outboxes;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>
/// OpenTelemetry as an operator sees it: the bot on Kestrel exports to a collector of our own (OTLP/HTTP protobuf on
/// loopback, <see cref="OtlpReceiver"/>) a span per turn and per job run, the turn's duration per tenant, the table
/// requests, the job's duration and the outbox's depth; no span or metric carries a message's text or a download
/// link's token. Without an OTLP endpoint nothing is registered, so nothing is collected or sent.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TelemetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Text = "hjälp";
    private const string Token = "SECRETtoken4711abcdef";
    private static readonly TimeSpan InTime = TimeSpan.FromSeconds(60);
    private static readonly string Tenant = DemoOrganisation.Tenant.Value;

    private readonly FakeTeamsChannel _teams = new();
    private readonly OtlpReceiver _collector = new();

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        await _collector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _collector.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_a_turn_and_a_job_run_reach_the_collector_as_spans_and_metrics()
    {
        await using var bot = Bot(new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpEndpoint"] = _collector.BaseUrl,
            ["OpenTelemetry:OtlpProtocol"] = "http/protobuf",
            ["OpenTelemetry:MetricExportInterval"] = "00:00:00.500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        using var client = bot.Client();

        await TurnAndJobAsync(bot, client);

        Assert.True(bot.Services.GetRequiredService<TelemetryExport>().Exporting);
        await _collector.WaitForAsync(
            c => c.Spans.Any(s => s.Name == "turn") && c.Spans.Any(s => s.Name == "job " + OutboxDeliveryJob.RecurringJobId)
                && c.Points.Any(p => p.Metric == "teamsquality.turn.duration") && c.Points.Any(p => p.Metric == "teamsquality.job.duration")
                && c.Points.Any(p => p.Metric == "teamsquality.storage.requests") && c.Points.Any(p => p.Metric == "teamsquality.outbox.due"),
            InTime,
            "the turn's and the job's spans and metrics");

        var turn = _collector.Spans.First(s => s.Name == "turn");
        Assert.Equal("TeamsQuality.Teams", turn.Scope);
        Assert.Equal(Tenant, turn.Attributes["tenant"]);
        Assert.Equal("message", turn.Attributes["activity.type"]);
        Assert.Equal("answered", turn.Attributes["outcome"]);
        Assert.Equal("teamsquality-bot", turn.Resource["service.name"]);
        Assert.True(turn.Resource.ContainsKey("service.instance.id"));

        var job = _collector.Spans.First(s => s.Name == "job " + OutboxDeliveryJob.RecurringJobId);
        Assert.Equal("TeamsQuality.Jobs", job.Scope);
        Assert.Equal("succeeded", job.Attributes["outcome"]);

        var points = _collector.Points;
        Assert.Contains(points, p => p.Metric == "teamsquality.turn.duration"
            && p.Attributes.GetValueOrDefault("tenant") == Tenant && p.Attributes.GetValueOrDefault("activity.type") == "message" && p.Attributes.GetValueOrDefault("outcome") == "answered");
        Assert.Contains(points, p => p.Metric == "teamsquality.job.duration"
            && p.Attributes.GetValueOrDefault("job") == OutboxDeliveryJob.RecurringJobId && p.Attributes.GetValueOrDefault("outcome") == "succeeded");
        Assert.Contains(points, p => p.Metric == "teamsquality.outbox.due" && p.Attributes.GetValueOrDefault("tenant") == Tenant);

        // The table requests, per table (without the deployment's prefix), kind and status: the turn's point read of
        // the organisation and the delivery job's range query of the outbox among them.
        var storage = points.Where(p => p.Metric == "teamsquality.storage.requests").ToList();
        Assert.All(storage, p => Assert.Equal(["kind", "status", "table"], p.Attributes.Keys.Order(StringComparer.Ordinal)));
        Assert.Contains(storage, p => p.Attributes["table"] == "Outbox" && p.Attributes["kind"] == "query" && p.Attributes["status"] == "200");
        Assert.DoesNotContain(storage, p => p.Attributes["table"].StartsWith(bot.TablePrefix, StringComparison.Ordinal));

        // The download link's request is traced by its route's shape only; nothing anywhere carries the token or the text.
        await _collector.WaitForAsync(c => c.Spans.Any(s => s.Attributes.GetValueOrDefault("http.route") == "/files/{token}"), InTime, "the download's span");
        var download = _collector.Spans.First(s => s.Attributes.GetValueOrDefault("http.route") == "/files/{token}");
        Assert.Equal("/files/{id}", download.Attributes["url.path"]);
        Assert.All(_collector.Spans, s => Assert.All(s.Attributes.Values, v => Assert.DoesNotContain(Token, v, StringComparison.Ordinal)));
        Assert.All(_collector.Payloads, payload =>
        {
            Assert.Equal(-1, payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Token)));
            Assert.Equal(-1, payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Text)));
        });
    }

    [Fact]
    public async Task Without_an_OTLP_endpoint_nothing_is_collected_or_sent()
    {
        // Everything but the endpoint: still off.
        await using var bot = Bot(new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpProtocol"] = "http/protobuf",
            ["OpenTelemetry:MetricExportInterval"] = "00:00:00.500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        using var client = bot.Client();

        await TurnAndJobAsync(bot, client);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.False(bot.Services.GetRequiredService<TelemetryExport>().Exporting);
        Assert.Empty(_collector.Payloads);
    }

    private BotApp Bot(Dictionary<string, string?> settings)
    {
        settings["Playground:Enabled"] = "false";
        return new BotApp(azurite, settings);
    }

    /// <summary>A user's "hjälp" answered through the fake Teams, a fetch of a download link, and one outbox delivery run.</summary>
    private async Task TurnAndJobAsync(BotApp bot, HttpClient client)
    {
        using (await client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, Text)))
        {
        }

        await _teams.WaitForCallAsync(c => c.Card is not null, InTime);
        using (await client.GetAsync("/files/" + Token + "?t=" + Token))
        {
        }

        var ran = bot.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededListCount();
        bot.Services.GetRequiredService<IRecurringJobManager>().Trigger(OutboxDeliveryJob.RecurringJobId);
        var deadline = DateTime.UtcNow + InTime;
        while (bot.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededListCount() == ran && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.True(bot.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededListCount() > ran, "The delivery job did not run.");
    }
}
