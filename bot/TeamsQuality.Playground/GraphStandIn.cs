using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsQuality.Playground;

/// <summary>
/// Microsoft Graph as the bot uses it, served over HTTP from the <see cref="StandInDirectory"/>: a person
/// (<c>GET users/{id}</c>), their manager (<c>GET users/{id}/manager</c>), installing the app for them
/// (<c>POST users/{id}/teamwork/installedApps</c>) and the activity feed (<c>POST users/{id}/teamwork/sendActivityNotification</c>),
/// with Graph's own status codes and error shape. It records what was installed and notified, and can be told to answer
/// 429 with Retry-After or 403 for a test. The bot's real GraphServiceClient calls it (the playground at
/// <see cref="PlaygroundPath"/>, tests on a Kestrel of their own), so nothing of Graph is faked inside the bot.
/// </summary>
/// <remarks>
/// Installing the app for a person has Teams' effect through <see cref="Installed"/>: the playground's channel tells the
/// bot of the installation in the person's personal scope, as Teams does, and then lets the bot open the 1:1 chat.
/// </remarks>
public sealed class GraphStandIn(StandInDirectory directory)
{
    /// <summary>Where the playground serves it (Graph:BaseUrl = the app's address + this).</summary>
    public const string PlaygroundPath = "/playground/graph/v1.0";

    /// <summary>The app's id in the stand-in tenant's app catalog (Graph:TeamsAppCatalogId in local mode).</summary>
    public const string CatalogAppId = "playground-teamsquality";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _installed = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<FeedNotification> _notifications = new();
    private readonly ConcurrentQueue<GraphCall> _calls = new();
    private readonly ConcurrentQueue<Failure> _failures = new();

    /// <summary>A notification put in a person's activity feed.</summary>
    public sealed record FeedNotification(string PersonId, string? Topic, string? Text, string? WebUrl, DateTimeOffset At);

    /// <summary>A request the stand-in received (before any scripted failure), with its bearer token.</summary>
    public sealed record GraphCall(string Method, string Path, string Authorization, DateTimeOffset At, int Status);

    private sealed record Failure(int Status, TimeSpan? RetryAfter, Func<string, bool> Matches);

    public StandInDirectory Directory => directory;

    /// <summary>Told once per person the app is newly installed for (the playground: Teams' installation event to the bot).</summary>
    public Func<DirectoryPerson, CancellationToken, Task>? Installed { get; set; }

    public IReadOnlyCollection<string> InstalledFor => _installed.Keys.ToArray();

    public IReadOnlyCollection<FeedNotification> Notifications => _notifications.ToArray();

    public IReadOnlyCollection<GraphCall> Calls => _calls.ToArray();

    public bool IsInstalledFor(string personId) => _installed.ContainsKey(personId);

    /// <summary>Marks the app installed for a person without telling anyone (they added it themselves earlier).</summary>
    public void MarkInstalled(string personId) => _installed.TryAdd(personId, DateTimeOffset.UtcNow);

    /// <summary>
    /// The next <paramref name="times"/> calls whose path contains <paramref name="pathContains"/> (any, when null) are
    /// answered <paramref name="status"/> (e.g. 429 with Retry-After, or 403 as when admin consent is missing).
    /// </summary>
    public void FailNext(int status, TimeSpan? retryAfter = null, int times = 1, string? pathContains = null)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue(new Failure(status, retryAfter, path => pathContains is null || path.Contains(pathContains, StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>Serves Graph's v1.0 under <paramref name="prefix"/> (e.g. <see cref="PlaygroundPath"/>, or "/v1.0").</summary>
    public void Map(IEndpointRouteBuilder routes, string prefix)
    {
        var graph = routes.MapGroup(prefix);
        graph.MapGet("/users/{id}", (string id, HttpContext context) => Answer(context, () => Person(id) is { } person ? Results.Json(UserJson(person, prefix, context)) : NotFound(id)));
        graph.MapGet("/users/{id}/manager", (string id, HttpContext context) => Answer(context, () =>
            Person(id) is { ManagerId: { } managerId } && Person(managerId) is { } manager
                ? Results.Json(UserJson(manager, prefix, context, typed: true))
                : NotFound(id + "/manager")));
        graph.MapPost("/users/{id}/teamwork/installedApps", (string id, HttpContext context) => AnswerAsync(context, () => InstallAsync(id, context)));
        graph.MapPost("/users/{id}/teamwork/sendActivityNotification", (string id, HttpContext context) => AnswerAsync(context, () => NotifyAsync(id, context)));
    }

    private DirectoryPerson? Person(string id) => directory.FindPerson(id);

    private Task<IResult> Answer(HttpContext context, Func<IResult> answer) => AnswerAsync(context, () => Task.FromResult(answer()));

    private async Task<IResult> AnswerAsync(HttpContext context, Func<Task<IResult>> answer)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var authorization = context.Request.Headers.Authorization.ToString();
        IResult result;
        int status;
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= "Bearer ".Length)
        {
            (result, status) = (Error(401, "InvalidAuthenticationToken", "Access token is empty."), 401);
        }
        else if (TakeFailure(path) is { } failure)
        {
            if (failure.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            result = failure.Status switch
            {
                403 => Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
                429 => Error(429, "TooManyRequests", "Too many requests."),
                _ => Error(failure.Status, "ServiceUnavailable", "The service is not available now."),
            };
            status = failure.Status;
        }
        else
        {
            result = await answer();
            status = (result as IStatusCodeHttpResult)?.StatusCode ?? 200;
        }

        _calls.Enqueue(new GraphCall(context.Request.Method, path, authorization, DateTimeOffset.UtcNow, status));
        return result;
    }

    private Failure? TakeFailure(string path)
    {
        // One at a time, in order: a scripted failure for another path waits for its own.
        lock (_failures)
        {
            if (_failures.TryPeek(out var next) && next.Matches(path))
            {
                _failures.TryDequeue(out _);
                return next;
            }
        }

        return null;
    }

    private async Task<IResult> InstallAsync(string id, HttpContext context)
    {
        var body = await ReadAsync(context);
        var app = body?["teamsApp@odata.bind"]?.GetValue<string>();
        if (app is null || !app.EndsWith("/appCatalogs/teamsApps/" + CatalogAppId, StringComparison.Ordinal))
        {
            return Error(400, "BadRequest", "teamsApp@odata.bind must name the app in the tenant's app catalog.");
        }

        if (Person(id) is not { } person)
        {
            return NotFound(id);
        }

        if (!_installed.TryAdd(person.Id, DateTimeOffset.UtcNow))
        {
            return Error(409, "Conflict", "App is already installed for the user.");
        }

        if (Installed is { } installed)
        {
            await installed(person, context.RequestAborted);
        }

        return Results.StatusCode(201);
    }

    private async Task<IResult> NotifyAsync(string id, HttpContext context)
    {
        var body = await ReadAsync(context);
        if (Person(id) is not { } person)
        {
            return NotFound(id);
        }

        if (!_installed.ContainsKey(person.Id))
        {
            // Graph refuses a feed notice from an app the person does not have.
            return Error(403, "Forbidden", "The app is not installed for the recipient.");
        }

        var text = body?["previewText"]?["content"]?.GetValue<string>();
        _notifications.Enqueue(new FeedNotification(
            person.Id,
            body?["topic"]?["value"]?.GetValue<string>(),
            text,
            body?["topic"]?["webUrl"]?.GetValue<string>(),
            DateTimeOffset.UtcNow));
        return Results.NoContent();
    }

    private static JsonObject UserJson(DirectoryPerson person, string prefix, HttpContext context, bool typed = false)
    {
        var json = new JsonObject
        {
            ["@odata.context"] = $"{context.Request.Scheme}://{context.Request.Host}{prefix}/$metadata#users/$entity",
            ["id"] = person.Id,
            ["displayName"] = person.Name,
            ["mail"] = person.Email,
            ["userPrincipalName"] = person.Email,
            ["jobTitle"] = person.JobTitle,
            ["department"] = person.Department,
        };
        if (typed)
        {
            json["@odata.type"] = "#microsoft.graph.user";
        }

        return json;
    }

    private static IResult NotFound(string what) => Error(404, "Request_ResourceNotFound", $"Resource '{what}' does not exist or one of its queried reference-property objects are not present.");

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);

    private static async Task<JsonNode?> ReadAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
