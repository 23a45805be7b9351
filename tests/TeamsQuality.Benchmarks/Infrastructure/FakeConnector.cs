using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsQuality.Benchmarks.Infrastructure;

/// <summary>
/// A tiny stand-in for the Teams connector on loopback, so deliveries are real HTTP: POST /v3/conversations (a new
/// channel thread or 1:1 chat) and POST /v3/conversations/{id}/activities (a message in one) answer 201 with an id.
/// It only counts the calls.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _conversations;
    private long _activities;
    private long _other;

    public FakeConnector()
    {
        Port = Azurite.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(ServiceUrl);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v3/conversations", async (HttpContext context) =>
        {
            await Drain(context);
            var n = Interlocked.Increment(ref _conversations);
            return Results.Json(new { id = $"19:bench-thread-{n}@thread.tacv2", activityId = $"c{n}" }, statusCode: 201);
        });
        _app.MapPost("/v3/conversations/{id}/activities", async (HttpContext context) =>
        {
            await Drain(context);
            var n = Interlocked.Increment(ref _activities);
            return Results.Json(new { id = $"a{n}" }, statusCode: 201);
        });
        _app.MapFallback(async (HttpContext context) =>
        {
            await Drain(context);
            Interlocked.Increment(ref _other);
            return Results.NotFound();
        });
    }

    public int Port { get; }

    /// <summary>The serviceUrl stored in the conversation references.</summary>
    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    public ConnectorCalls Calls => new(Interlocked.Read(ref _conversations), Interlocked.Read(ref _activities), Interlocked.Read(ref _other));

    public Task StartAsync(CancellationToken cancellationToken) => _app.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task Drain(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        await reader.ReadToEndAsync(context.RequestAborted);
    }
}

/// <summary>Connector calls: new conversations (channel threads, new 1:1 chats), activities posted, anything else (404).</summary>
public readonly record struct ConnectorCalls(long Conversations, long Activities, long Other)
{
    public long Total => Conversations + Activities + Other;

    public static ConnectorCalls operator -(ConnectorCalls a, ConnectorCalls b) =>
        new(a.Conversations - b.Conversations, a.Activities - b.Activities, a.Other - b.Other);
}
