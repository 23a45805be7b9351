using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Playground;

/// <summary>The playground's HTTP surface: its own small API for the page, Direct Line 3.0 for Web Chat, and the connector API for the bot.</summary>
public static class PlaygroundEndpoints
{
    private const int TokenLifetimeSeconds = 3600;

    /// <summary>The card's version (<see cref="PlaygroundChannel.VersionKey"/>) once an Action.Execute was answered.</summary>
    public const string CardVersionHeader = "X-Playground-Card-Version";

    /// <summary>The routes; <see cref="PlaygroundHosting.MapPlayground"/> maps them in local mode only.</summary>
    internal static void MapPlaygroundEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/playground/api");
        api.MapGet("/users", ListUsersAsync);
        api.MapPost("/tokens", IssueTokenAsync);
        api.MapPost("/execute", ExecuteAsync);
        app.MapGet("/playground/webchat.js", ServeWebChat);
        api.MapPost("/jobs/{jobId}", RunJobNow);
        api.MapPost("/teams/{teamId}/install", InstallInTeamAsync);
        app.MapPlaygroundSso();

        var directLine = app.MapGroup("/v3/directline");
        directLine.MapPost("/conversations", StartConversation);
        directLine.MapGet("/conversations/{conversationId}", (string conversationId, HttpRequest request, PlaygroundChannel channel) =>
            channel.FindSession(conversationId) is null
                ? Results.NotFound()
                : Results.Json(new { conversationId, token = BearerToken(request), expires_in = TokenLifetimeSeconds }));
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapPost("/tokens/refresh", (HttpRequest request) =>
            Results.Json(new { token = BearerToken(request), expires_in = TokenLifetimeSeconds }));

        // Microsoft Graph's stand-in over the same directory; what it installs reaches the bot as Teams' installation event.
        var graph = app.Services.GetRequiredService<GraphStandIn>();
        var channel = app.Services.GetRequiredService<PlaygroundChannel>();
        graph.Installed ??= channel.InstalledForAsync;
        graph.Map(app, GraphStandIn.PlaygroundPath);

        var connector = app.MapGroup("/playground/v3/conversations");
        connector.MapPost("/", CreateConversationAsync);
        connector.MapPost("/{conversationId}/activities", SendToConversationAsync);
        connector.MapPost("/{conversationId}/activities/{replyToId}", SendToConversationAsync);
        connector.MapPut("/{conversationId}/activities/{activityId}", UpdateActivityAsync);

        // The roster, as Teams tells it, from the stand-in directory (RosterStandIn).
        app.MapGet("/playground/v3/teams/{teamId}/conversations", (string teamId, StandInDirectory directory) =>
            RosterStandIn.Channels(directory, teamId) is { } channels ? Results.Json(channels) : Results.NotFound());
        connector.MapGet("/{conversationId}/pagedmembers", (string conversationId, int? pageSize, string? continuationToken, StandInDirectory directory) =>
        {
            var (status, body) = RosterStandIn.MembersPage(directory, conversationId, pageSize, continuationToken);
            return Results.Json(body, statusCode: status);
        });
    }

    /// <summary>
    /// GET /playground/api/users: whom the page lets you be and where. Everyone of the stand-in directory (the tenant as
    /// Entra knows it), the organisation's people first with their role and unit, the others marked as not in it, so a
    /// new administration (Demo:Seed=false, no organisation) starts as in Teams; the organisation's units; and every
    /// channel of the directory's teams, the units' channels first, then the manager group's (its unit id is the group's).
    /// </summary>
    private static async Task<IResult> ListUsersAsync(PlaygroundChannel channel, StandInDirectory directory, CancellationToken cancellationToken)
    {
        var organisation = await channel.OrganisationAsync(cancellationToken);
        var swedish = Texts.Swedish;
        var units = organisation?.Units.OrderBy(u => u.Name, StringComparer.Ordinal).ToList() ?? [];
        var members = (organisation?.People ?? [])
            .OrderBy(p => p.UnitId is null ? 0 : 1).ThenBy(p => p.UnitId, StringComparer.Ordinal).ThenBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p =>
            {
                var unit = p.UnitId is null ? null : organisation!.FindUnit(p.UnitId);

                // The channel pane opens where the person's stops are held: their unit's channel, or for the deputy
                // director, who leads the manager group, the group's channel (a manager picks it from the list).
                var channelId = unit?.Channel?.ChannelId ?? (ManagerGroup.Leads(p) ? organisation!.ManagerGroupChannel?.ChannelId : null);
                return new PageUser(p.Id, p.Name, true, p.Role.ToString(), swedish.RoleName(p.Role), p.UnitId, unit?.Name, channelId, directory.FindPerson(p.Id)?.JobTitle);
            });
        var others = directory.People
            .Where(p => organisation?.FindPerson(p.Id) is null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PageUser(p.Id, p.Name, false, null, null, null, null, null, p.JobTitle));

        var teamChannels = directory.Teams.SelectMany(team => team.Channels.Select(c => new PageChannel(
            c.Id, c.Name, team.Id, team.Name, organisation?.FindUnitByChannel(c.Id)?.Id, organisation?.FindUnitByChannel(c.Id)?.Name)));
        var unitChannels = units.Where(u => u.Channel is not null).Select(u => new PageChannel(
            u.Channel!.ChannelId, u.Channel.ChannelName, u.Channel.TeamId, directory.FindTeam(u.Channel.TeamId)?.Name, u.Id, u.Name));
        var groupChannel = organisation?.ManagerGroupChannel is { } group
            ? new[] { new PageChannel(group.ChannelId, group.ChannelName, group.TeamId, directory.FindTeam(group.TeamId)?.Name, ManagerGroup.Id, ManagerGroup.Name) }
            : [];
        var channels = unitChannels.Concat(groupChannel).Concat(teamChannels.Where(c => c.UnitId is null)).DistinctBy(c => c.Id, StringComparer.Ordinal);

        return Results.Json(new
        {
            tenantId = directory.Tenant.Value,
            organisation = organisation?.Name,
            units = units.Select(u => new { id = u.Id, name = u.Name, channelName = u.Channel?.ChannelName }),
            channels,
            users = members.Concat(others),
        });
    }

    /// <summary>Someone the page offers: <paramref name="InOrganisation"/> false for a person only Entra knows (no role, no unit).</summary>
    private sealed record PageUser(string Id, string Name, bool InOrganisation, string? Role, string? RoleLabel, string? UnitId, string? UnitName, string? ChannelId, string? JobTitle);

    /// <summary>A channel the page offers, with the unit whose channel it is, if any.</summary>
    private sealed record PageChannel(string Id, string Name, string TeamId, string? TeamName, string? UnitId, string? UnitName);

    private sealed record InstallRequest(string? InstalledBy, string? Locale);

    /// <summary>
    /// POST /playground/api/teams/{teamId}/install: IT adds the app to a team of the directory, and the bot is told as
    /// Teams tells it (installationUpdate "add"); answered once the bot has taken it (learned the roster, welcomed the
    /// team). Optional body: installedBy (an object id of the directory; default the team's first owner), locale.
    /// </summary>
    private static async Task<IResult> InstallInTeamAsync(string teamId, HttpRequest request, StandInDirectory directory, PlaygroundChannel channel, CancellationToken cancellationToken)
    {
        if (directory.FindTeam(teamId) is not { } team)
        {
            return Results.Problem(statusCode: 404, title: $"No such team in the playground's directory. Teams: {string.Join(", ", directory.Teams.Select(t => t.Id))}.");
        }

        var body = request.HasJsonContentType() ? await ReadAsync<InstallRequest>(request, cancellationToken) : null;
        var installerId = body?.InstalledBy ?? (team.OwnerIds.Count > 0 ? team.OwnerIds[0] : team.MemberIds.Count > 0 ? team.MemberIds[0] : null);
        if (installerId is null || directory.FindPerson(installerId) is not { } installer)
        {
            return Results.Problem(statusCode: 400, title: "installedBy must be the object id of a person in the playground's directory.");
        }

        var status = await channel.InstallInTeamAsync(team, installer, body?.Locale, cancellationToken);
        return status is >= 200 and < 300
            ? Results.Json(new { teamId = team.Id, teamName = team.Name, botStatus = status })
            : Results.Problem(statusCode: 502, title: $"The bot answered HTTP {status} to the installation.");
    }

    private sealed record TokenRequest(string? UserId, string? Conversation, string? Locale);

    private static async Task<IResult> IssueTokenAsync(TokenRequest? request, PlaygroundChannel channel, CancellationToken cancellationToken)
    {
        if (request?.UserId is null || request.Conversation is null)
        {
            return Results.Problem(statusCode: 400, title: "userId and conversation (\"personal\" or \"channel:<unitId>\") are required.");
        }

        var issued = await channel.IssueTokenAsync(request.UserId, request.Conversation, request.Locale, cancellationToken);
        if (issued is not { } token)
        {
            return Results.Problem(statusCode: 404, title: "No such person in the playground's directory, or no such channel.");
        }

        var english = UiLanguages.FromLocale(request.Locale) == UiLanguage.English;
        var title = token.Session.Channel is { } unitChannel
            ? unitChannel.ChannelName
            : english ? "Chat with TeamsQuality" : "Chatt med TeamsQuality";
        return Results.Json(new { token = token.Token, userId = token.Session.Person.Id, userName = token.Session.Person.Name, teamsUserId = PlaygroundChannel.TeamsUserIdOf(token.Session.Person), title });
    }

    /// <param name="Trigger">"manual" (a button) or "automatic" (a card's refresh, sent by the page as Teams does).</param>
    private sealed record ExecuteRequest(string? ConversationId, string? ActivityId, JsonObject? Action, string? Locale, string? Trigger);

    /// <summary>
    /// POST /playground/api/execute: an Action.Execute; ?trigger=automatic for a refresh the page sends by itself. The
    /// body is the bot's invoke answer as is; the card's version once answered is in the <see cref="CardVersionHeader"/>.
    /// </summary>
    private static async Task<IResult> ExecuteAsync(ExecuteRequest? request, string? trigger, PlaygroundChannel channel, HttpResponse http, CancellationToken cancellationToken)
    {
        if (request?.ConversationId is null || request.ActivityId is null || request.Action?["verb"] is null)
        {
            return Results.Json(new { error = "conversationId, activityId and action.verb are required." }, statusCode: 400);
        }

        if (channel.FindSession(request.ConversationId) is not { } session)
        {
            return Results.Json(new { error = "Unknown conversation; reload the page." }, statusCode: 404);
        }

        var automatic = string.Equals(trigger ?? request.Trigger, "automatic", StringComparison.Ordinal);
        var (status, body, version) = await channel.ExecuteAsync(session, request.ActivityId, request.Action, request.Locale, cancellationToken, automatic);
        http.Headers[CardVersionHeader] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return body is null ? Results.StatusCode(status) : Results.Json(body, BotJson.Options, statusCode: status);
    }

    /// <summary>Runs a recurring job now, as the Hangfire dashboard's "Trigger now" does (playground only).</summary>
    private static IResult RunJobNow(string jobId, Hangfire.IRecurringJobManager jobs)
    {
        string[] known = [TeamsQuality.Jobs.Stops.DueStopsJob.ScanJobId, TeamsQuality.Jobs.Outboxes.OutboxDeliveryJob.RecurringJobId, TeamsQuality.Jobs.Wheel.WheelPlanningJob.RecurringJobId, TeamsQuality.Jobs.Protocol.PruneInboundActivityMarksJob.RecurringJobId, TeamsQuality.Jobs.Deviations.IvoDecisionNudgeJob.RecurringJobId, TeamsQuality.Jobs.Deviations.AssessmentReminderJob.RecurringJobId, TeamsQuality.Jobs.SelfChecks.DueSelfChecksJob.RecurringJobId, TeamsQuality.Jobs.Actions.ActionRemindersJob.RecurringJobId, TeamsQuality.Jobs.Digest.WeeklyDigestJob.RecurringJobId];
        if (!known.Contains(jobId, StringComparer.Ordinal))
        {
            return Results.Problem(statusCode: 404, title: $"No such job. Known jobs: {string.Join(", ", known)}.");
        }

        jobs.Trigger(jobId);
        return Results.Accepted(value: new { triggered = jobId });
    }

    private static IResult ServeWebChat(IOptions<PlaygroundOptions> options)
    {
        var path = options.Value.WebChatBundlePath;
        return path is not null && File.Exists(path)
            ? Results.File(path, "text/javascript; charset=utf-8")
            : Results.Problem(statusCode: 404, title: "The Web Chat bundle is not installed. Run ./run (or eng/install-tools.sh) once.");
    }

    private static IResult StartConversation(HttpRequest request, PlaygroundChannel channel)
    {
        var token = BearerToken(request);
        var conversationId = token is null ? null : channel.StartConversation(token);
        return conversationId is null
            ? Results.Problem(statusCode: 403, title: "Unknown token; get one from /playground/api/tokens.")
            : Results.Json(new { conversationId, token, expires_in = TokenLifetimeSeconds }, statusCode: 201);
    }

    private static IResult GetActivities(string conversationId, string? watermark, PlaygroundChannel channel)
    {
        if (channel.FindSession(conversationId) is not { } session)
        {
            return Results.NotFound();
        }

        var since = long.TryParse(watermark, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var (activities, newWatermark) = channel.ActivitiesFor(session, conversationId, since);
        return Results.Json(
            new JsonObject
            {
                ["activities"] = new JsonArray(activities.Select(a => (JsonNode)a).ToArray()),
                ["watermark"] = newWatermark.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            BotJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, PlaygroundChannel channel, CancellationToken cancellationToken)
    {
        if (channel.FindSession(conversationId) is not { } session)
        {
            return Results.NotFound();
        }

        JsonObject? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<JsonObject>(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null)
        {
            return Results.Problem(statusCode: 400, title: "The body is not an activity.");
        }

        var id = channel.PostFromPerson(session, activity);
        return Results.Json(new { id });
    }

    private static async Task<IResult> CreateConversationAsync(HttpRequest request, PlaygroundChannel channel, CancellationToken cancellationToken)
    {
        var parameters = await ReadAsync<ConversationParameters>(request, cancellationToken);
        if (parameters is null)
        {
            return Results.BadRequest();
        }

        var created = channel.CreateConversation(parameters);
        if (created.Id is null && parameters.IsGroup != true && parameters.Members is { Count: > 0 })
        {
            // Teams' answer when the app is not installed for the person.
            return Results.Json(new { error = new { code = "Forbidden", message = "The bot is not part of the conversation roster." } }, statusCode: 403);
        }

        return created.Id is null ? Results.BadRequest() : Results.Json(created, BotJson.Options, statusCode: 201);
    }

    private static async Task<IResult> SendToConversationAsync(string conversationId, HttpRequest request, PlaygroundChannel channel, CancellationToken cancellationToken)
    {
        var activity = await ReadAsync<Activity>(request, cancellationToken);
        if (activity is null)
        {
            return Results.BadRequest();
        }

        return Results.Json(channel.AppendFromBot(conversationId, activity), BotJson.Options, statusCode: 201);
    }

    private static async Task<IResult> UpdateActivityAsync(string conversationId, string activityId, HttpRequest request, PlaygroundChannel channel, CancellationToken cancellationToken)
    {
        var activity = await ReadAsync<Activity>(request, cancellationToken);
        if (activity is null)
        {
            return Results.BadRequest();
        }

        return channel.UpdateFromBot(conversationId, activityId, activity)
            ? Results.Json(new ResourceResponse { Id = activityId }, BotJson.Options)
            : Results.NotFound();
    }

    private static async Task<T?> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, BotJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
