using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// Stands in for the Teams cloud, which cannot run here: a real HTTP server on loopback that takes the bot's
/// connector calls (recording them, answering as scripted, e.g. 429 with Retry-After) and publishes an OpenID key set
/// so tests can sign tokens the way the Bot Framework does.
/// </summary>
public sealed class FakeTeamsChannel : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, TimeSpan? RetryAfter)> _script = new();
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentDictionary<int, (Func<RecordedCall, bool> Match, int Status, TimeSpan Delay)> _rules = new();
    private int _nextRule;
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;
    private int _arrivedCount;
    private readonly ConcurrentDictionary<string, JsonArray> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (JsonObject[] Members, int PageSize)> _members = new(StringComparer.Ordinal);

    public FakeTeamsChannel()
    {
        Port = RepoPaths.FreePort();
        SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-" + Guid.NewGuid().ToString("N")[..8] };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = BaseUrl + "/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        _app.MapGet("/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(SigningKey);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E, alg = "RS256", endorsements = new[] { "msteams" } } } });
        });
        _app.Map("/v3/conversations/{**rest}", (Delegate)RecordAsync);
        _app.MapPost("/v3/conversations", (Delegate)RecordAsync);
        _app.Map("/v3/teams/{**rest}", (Delegate)RecordAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The serviceUrl activities from this channel carry.</summary>
    public string ServiceUrl => BaseUrl + "/";

    public string MetadataUrl => BaseUrl + "/.well-known/openidconfiguration";

    public RsaSecurityKey SigningKey { get; }

    public IReadOnlyCollection<RecordedCall> Calls => _calls.ToArray();

    /// <summary>
    /// How long Teams takes to answer each call (a slow Teams). A caller that goes away meanwhile (a server killed)
    /// leaves a call Teams never carried out: recorded as <see cref="RecordedCall.Abandoned"/>.
    /// </summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>Calls that have arrived, answered or not yet (while <see cref="AnswerDelay"/> holds them).</summary>
    public int Arrived => Volatile.Read(ref _arrivedCount);

    public Task StartAsync() => _app.StartAsync();

    /// <summary>The next calls are answered with these statuses (then 200s again).</summary>
    public void AnswerNext(int status, TimeSpan? retryAfter = null) => _script.Enqueue((status, retryAfter));

    /// <summary>
    /// Calls that match are held for <paramref name="delay"/> (a slow or dead chat) and then answered with
    /// <paramref name="status"/>, until the returned handle is disposed (the chat works again).
    /// </summary>
    public IDisposable Refuse(Func<RecordedCall, bool> match, int status, TimeSpan? delay = null)
    {
        var id = Interlocked.Increment(ref _nextRule);
        _rules[id] = (match, status, delay ?? TimeSpan.Zero);
        return new Lifted(() => _rules.TryRemove(id, out _));
    }

    /// <summary>
    /// Serves a team's roster as Teams does: its channels at v3/teams/{teamId}/conversations and its members at
    /// v3/conversations/{teamId}/pagedmembers, <paramref name="pageSize"/> at a time with a continuation token.
    /// </summary>
    public void ServeTeam(string teamId, IEnumerable<(string Id, string? Name)> channels, IEnumerable<FakeMember> members, int pageSize)
    {
        _channels[teamId] = new JsonArray(channels.Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["name"] = c.Name }).ToArray());
        _members[teamId] = (members.Select(m => m.ToJson()).ToArray(), pageSize);
    }

    /// <summary>Waits for a call that matches, or fails after the timeout.</summary>
    public async Task<RecordedCall> WaitForCallAsync(Func<RecordedCall, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = _calls.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException("The bot did not make the expected call. Calls so far: "
                    + string.Join("; ", _calls.Select(c => $"{c.Method} {c.Path}")));
            }

            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>A token as the Bot Framework signs it, with each claim overridable for the auth matrix.</summary>
    public string IssueToken(string audience, string? serviceUrl = null, string issuer = Issuer, DateTime? expires = null, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(30);
        var notBefore = expiry < now ? expiry.AddMinutes(-60) : now.AddMinutes(-1);
        var claims = new List<Claim> { new("serviceurl", serviceUrl ?? ServiceUrl) };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task<IResult> RecordAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var call = new RecordedCall(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body),
            context.Request.Headers.Authorization.ToString(),
            DateTimeOffset.UtcNow)
        {
            Query = context.Request.QueryString.Value ?? string.Empty,
        };
        Interlocked.Increment(ref _arrivedCount);
        if (AnswerDelay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(AnswerDelay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                _calls.Enqueue(call with { Abandoned = true });
                _arrived.Release();
                return Results.StatusCode(499);
            }
        }

        var rule = _rules.Values.FirstOrDefault(r => r.Match(call));
        if (rule.Match is not null)
        {
            // A dead or slow chat: held, then refused, whatever is scripted.
            _calls.Enqueue(call with { Refused = true });
            _arrived.Release();
            try
            {
                await Task.Delay(rule.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The bot gave up waiting.
            }

            return Results.StatusCode(rule.Status);
        }

        (int Status, TimeSpan? RetryAfter)? scripted = _script.TryDequeue(out var next) ? next : null;
        JsonObject? answer = null;
        if (scripted is null)
        {
            answer = HttpMethods.IsGet(call.Method) ? RosterAnswer(context.Request) : null;
            if (HttpMethods.IsGet(call.Method) && answer is null)
            {
                _calls.Enqueue(call);
                _arrived.Release();
                return Results.NotFound();
            }

            var id = "fake-" + Interlocked.Increment(ref _nextId);
            answer ??= context.Request.Path == "/v3/conversations"
                ? new JsonObject { ["id"] = "19:thread-" + id, ["activityId"] = id }
                : new JsonObject { ["id"] = id };
        }

        _calls.Enqueue(call with { Response = answer });
        _arrived.Release();

        if (scripted is { } refused)
        {
            if (refused.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.StatusCode(refused.Status);
        }

        return Results.Json(answer, statusCode: HttpMethods.IsGet(call.Method) ? 200 : 201);
    }

    // GET v3/teams/{teamId}/conversations and GET v3/conversations/{teamId}/pagedmembers, from ServeTeam; null when
    // the team is not served (Teams answers 404 for a team the bot is not in).
    private JsonObject? RosterAnswer(HttpRequest request)
    {
        var parts = (request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (parts is ["v3", "teams", var teamId, "conversations"] && _channels.TryGetValue(teamId, out var channels))
        {
            return new JsonObject { ["conversations"] = channels.DeepClone() };
        }

        if (parts is ["v3", "conversations", var conversationId, "pagedmembers"] && _members.TryGetValue(conversationId, out var roster))
        {
            var asked = int.TryParse(request.Query["pageSize"], out var size) && size > 0 ? size : 200;
            var take = Math.Min(asked, roster.PageSize);
            var from = int.TryParse(((string?)request.Query["continuationToken"])?.Replace("page-", string.Empty, StringComparison.Ordinal), out var start) ? start : 0;
            var page = roster.Members.Skip(from).Take(take).Select(m => (JsonNode)m.DeepClone()).ToArray();
            var answer = new JsonObject { ["members"] = new JsonArray(page) };
            if (from + take < roster.Members.Length)
            {
                answer["continuationToken"] = "page-" + (from + take);
            }

            return answer;
        }

        return null;
    }
}

/// <summary>A team member as Teams' pagedmembers lists them (the documented shape: the Entra id as objectId).</summary>
public sealed record FakeMember(string AadObjectId, string Name, string Email, string UserRole = "user")
{
    public JsonObject ToJson() => new()
    {
        ["id"] = "29:" + AadObjectId,
        ["objectId"] = AadObjectId,
        ["name"] = Name,
        ["email"] = Email,
        ["userPrincipalName"] = Email,
        ["userRole"] = UserRole,
        ["tenantId"] = "00000000-0000-0000-0000-000000000000",
    };
}

/// <summary>A connector call the bot made, and what Teams answered (null when the call was refused).</summary>
public sealed record RecordedCall(string Method, string Path, JsonNode? Body, string Authorization, DateTimeOffset At, JsonObject? Response = null)
{
    /// <summary>The query string, e.g. ?pageSize=500&amp;continuationToken=…</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>Answered by a <see cref="FakeTeamsChannel.Refuse"/> rule (a dead or slow chat), not accepted.</summary>
    public bool Refused { get; init; }

    /// <summary>The caller went away before a slow Teams answered (see <see cref="FakeTeamsChannel.AnswerDelay"/>): not carried out.</summary>
    public bool Abandoned { get; init; }

    /// <summary>The adaptive card the call carried, if any.</summary>
    public JsonObject? Card => (Body?["attachments"] as JsonArray ?? Body?["activity"]?["attachments"] as JsonArray)?
        .FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"] as JsonObject;

    /// <summary>All the text a person would read on the card or message.</summary>
    public string VisibleText => VisibleTextOf(Body);

    /// <summary>The texts, titles and values in a card or activity, as a person would read them.</summary>
    public static string VisibleTextOf(JsonNode? node) => node is null ? string.Empty : string.Join(" ", Texts(node));

    private static IEnumerable<string> Texts(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : p.Value is null ? [] : Texts(p.Value)),
        JsonArray a => a.SelectMany(x => x is null ? [] : Texts(x)),
        _ => [],
    };
}

internal sealed class Lifted(Action lift) : IDisposable
{
    public void Dispose() => lift();
}
