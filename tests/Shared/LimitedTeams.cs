using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsQuality.Testing;

/// <summary>
/// A stand-in for Teams' connector on loopback that ENFORCES Teams' send limits, as Teams does: per tenant (each tenant
/// has its own service URL, <see cref="ServiceUrlFor"/>) so many requests in any 1-s window, and per conversation 7 a
/// second, 8 in 2 s and 60 in 30 s. A request past a limit is answered 429 with Retry-After (whole seconds, at least
/// one) and not delivered. It answers POST v3/conversations (a new channel thread or 1:1 chat), POST
/// v3/conversations/{id}/activities and PUT v3/conversations/{id}/activities/{activityId}, and keeps every request:
/// when, to which tenant and conversation, the activity's text, and whether it was taken. Shared by the integration
/// tests and the benchmark (linked into both).
/// </summary>
public sealed class LimitedTeams : IAsyncDisposable
{
    private static readonly (int Count, TimeSpan Window)[] ConversationLimits =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
    ];

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly List<TeamsRequest> _requests = [];
    private readonly Dictionary<string, List<long>> _taken = new(StringComparer.Ordinal);
    private long _ids;

    public LimitedTeams(int tenantPerSecond = 50)
    {
        TenantPerSecond = tenantPerSecond;
        Port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/t/{tenant}/v3/conversations", async (string tenant, HttpContext context) =>
        {
            var body = await ReadAsync(context);
            var conversation = body?["channelData"]?["channel"]?["id"]?.GetValue<string>()
                ?? body?["members"]?[0]?["id"]?.GetValue<string>()
                ?? "new";
            return Answer(context, TeamsRequestKind.NewConversation, tenant, conversation, TextOf(body?["activity"]), n => new { id = $"19:thread-{n}@thread.tacv2", activityId = $"c{n}" });
        });
        _app.MapPost("/t/{tenant}/v3/conversations/{id}/activities", async (string tenant, string id, HttpContext context) =>
            Answer(context, TeamsRequestKind.Activity, tenant, id, TextOf(await ReadAsync(context)), n => new { id = $"a{n}" }));
        _app.MapPut("/t/{tenant}/v3/conversations/{id}/activities/{activityId}", async (string tenant, string id, string activityId, HttpContext context) =>
            Answer(context, TeamsRequestKind.Update, tenant, id, TextOf(await ReadAsync(context)), _ => new { id = activityId }));
        _app.MapFallback(() => Results.NotFound());
    }

    /// <summary>Requests a tenant may make in any 1-s window.</summary>
    public int TenantPerSecond { get; }

    public int Port { get; }

    /// <summary>The service URL of a tenant's conversation references (the tenant is in the path, as Teams knows it from the token).</summary>
    public string ServiceUrlFor(string tenantId) => $"http://127.0.0.1:{Port}/t/{tenantId}/";

    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    /// <summary>Every request so far, in the order they came.</summary>
    public IReadOnlyList<TeamsRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>The most requests (taken or refused) one tenant made in any window of this length.</summary>
    public int MostInAnyWindow(string tenantId, TimeSpan window)
    {
        var times = Requests.Where(r => r.Tenant == tenantId).Select(r => r.At).Order().ToList();
        var most = 0;
        var first = 0;
        for (var last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= window)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private IResult Answer(HttpContext context, TeamsRequestKind kind, string tenant, string conversation, string? text, Func<long, object> body)
    {
        var now = Stopwatch.GetTimestamp();
        TimeSpan? wait;
        lock (_gate)
        {
            wait = WaitFor(TenantKey(tenant), now, TenantPerSecond, TimeSpan.FromSeconds(1));
            foreach (var (count, window) in ConversationLimits)
            {
                var conversationWait = WaitFor(ConversationKey(tenant, conversation), now, count, window);
                wait = conversationWait > wait || wait is null ? conversationWait ?? wait : wait;
            }

            _requests.Add(new TeamsRequest(kind, TimeSpan.FromTicks((long)(now * (TimeSpan.TicksPerSecond / (double)Stopwatch.Frequency))), tenant, conversation, text, wait is null));
            if (wait is null)
            {
                Take(TenantKey(tenant), now);
                Take(ConversationKey(tenant, conversation), now);
            }
        }

        if (wait is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        return Results.Json(body(Interlocked.Increment(ref _ids)), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>How long until one more request fits the window's count (null: it fits now).</summary>
    private TimeSpan? WaitFor(string key, long now, int count, TimeSpan window)
    {
        if (!_taken.TryGetValue(key, out var taken))
        {
            return null;
        }

        var span = (long)(window.TotalSeconds * Stopwatch.Frequency);
        var inWindow = taken.Where(t => now - t < span).ToList();
        return inWindow.Count < count ? null : Stopwatch.GetElapsedTime(now, inWindow[^count] + span);
    }

    private void Take(string key, long now)
    {
        if (!_taken.TryGetValue(key, out var taken))
        {
            _taken[key] = taken = [];
        }

        taken.Add(now);

        // Nothing older than the longest window matters.
        var oldest = now - (long)(30 * Stopwatch.Frequency);
        if (taken.Count > 256 && taken[0] < oldest)
        {
            taken.RemoveAll(t => t < oldest);
        }
    }

    private static string TenantKey(string tenant) => "t:" + tenant;

    private static string ConversationKey(string tenant, string conversation) => "c:" + tenant + ":" + conversation;

    private static string? TextOf(JsonNode? activity) => activity?["text"]?.GetValue<string>();

    private static async Task<JsonNode?> ReadAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>One request to <see cref="LimitedTeams"/>: what, when (a monotonic clock), to whom, the activity's text, and whether it was taken (not 429).</summary>
public sealed record TeamsRequest(TeamsRequestKind Kind, TimeSpan At, string Tenant, string Conversation, string? Text, bool Taken);

public enum TeamsRequestKind
{
    /// <summary>POST v3/conversations: a new channel thread or 1:1 chat.</summary>
    NewConversation,

    /// <summary>POST v3/conversations/{id}/activities: a message in a conversation.</summary>
    Activity,

    /// <summary>PUT v3/conversations/{id}/activities/{activityId}: a card updated in place.</summary>
    Update,
}
