using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Playground;

/// <summary>
/// A local stand-in for the Teams channel service. Towards the browser it speaks the Direct Line 3.0 subset that
/// Bot Framework Web Chat uses; towards the bot it behaves as Teams: it posts Teams-shaped activities to
/// /api/messages and receives the bot's connector calls at its serviceUrl. So the bot's code path is the same as in
/// Teams. State is in memory: a restart starts the chats afresh, as a reinstall would.
/// </summary>
public sealed class PlaygroundChannel(
    IOptions<PlaygroundOptions> options,
    OrganisationRepository organisations,
    StandInDirectory directory,
    IHttpClientFactory httpClientFactory,
    GraphStandIn graph,
    TimeProvider time,
    ILogger<PlaygroundChannel> logger)
{
    public const string BotId = "28:teamsquality";
    public const string BotName = "TeamsQuality";
    public const string DirectLineBotId = "teamsquality";
    private const string PersonalPrefix = "a:playground-";
    private const string ThreadSuffix = ";messageid=";

    /// <summary>
    /// The version of a message as the page gets it (in channelData; the playground's own, Teams has none): it grows
    /// with each change of the message, so the page can tell an update it already has an answer for from a newer one.
    /// </summary>
    public const string VersionKey = "playground:version";

    private readonly ConcurrentDictionary<string, Transcript> _transcripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Session> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Session> _directLine = new(StringComparer.Ordinal);
    private long _nextId = time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Someone of the tenant the page lets you be: in the organisation or, like a new administration's people, only in the directory.</summary>
    public sealed record Chatter(string Id, string Name);

    /// <summary>Who is chatting where: a person in their personal chat or in a team's channel (a unit's or not).</summary>
    public sealed record Session(Chatter Person, string TenantId, string TranscriptKey, UnitChannel? Channel, string Locale)
    {
        public bool InChannel => Channel is not null;
    }

    public async Task<Organisation?> OrganisationAsync(CancellationToken cancellationToken) =>
        await organisations.FindAsync(options.Value.Tenant, cancellationToken);

    /// <summary>
    /// A Direct Line token for a person's personal chat ("personal") or a channel ("channel:{unitId}" for a unit's,
    /// "channel:{channelId}" for any channel of the directory's teams). The person is anyone of the directory or the
    /// organisation: the bot, not the page, decides what someone outside the organisation may do.
    /// </summary>
    public async Task<(string Token, Session Session)?> IssueTokenAsync(string personId, string conversation, string? locale, CancellationToken cancellationToken)
    {
        var organisation = await OrganisationAsync(cancellationToken);
        var person = organisation?.FindPerson(personId) is { } member
            ? new Chatter(member.Id, member.Name)
            : directory.FindPerson(personId) is { } known ? new Chatter(known.Id, known.Name) : null;
        if (person is null)
        {
            return null;
        }

        var tenant = options.Value.Tenant.Value;
        Session session;
        if (conversation == "personal")
        {
            session = new Session(person, tenant, PersonalPrefix + person.Id.ToLowerInvariant(), null, locale ?? "sv-SE");
        }
        else if (conversation.StartsWith("channel:", StringComparison.Ordinal) && FindChannel(organisation, conversation["channel:".Length..]) is { } channel)
        {
            session = new Session(person, tenant, channel.ChannelId, channel, locale ?? "sv-SE");
        }
        else
        {
            return null;
        }

        var token = NewSecret();
        _tokens[token] = session;
        return (token, session);
    }

    /// <summary>A unit's channel by the unit's id, or any channel of the directory's teams by its id.</summary>
    private UnitChannel? FindChannel(Organisation? organisation, string unitOrChannelId)
    {
        if ((organisation?.FindUnit(unitOrChannelId) ?? organisation?.FindUnitByChannel(unitOrChannelId)) is { Channel: { } unitChannel })
        {
            return unitChannel;
        }

        return directory.Teams
            .SelectMany(team => team.Channels.Select(channel => (team, channel)))
            .Where(x => string.Equals(x.channel.Id, unitOrChannelId, StringComparison.Ordinal))
            .Select(x => new UnitChannel(x.team.Id, x.channel.Id, x.channel.Name))
            .FirstOrDefault();
    }

    /// <summary>Starts a Direct Line conversation for a token. The first visit installs the bot there, as Teams does.</summary>
    public string? StartConversation(string token)
    {
        if (!_tokens.TryGetValue(token, out var session))
        {
            return null;
        }

        var directLineId = NewSecret();
        _directLine[directLineId] = session;
        graph.MarkInstalled(session.Person.Id); // opening the app in Teams installs it for the person
        var isNew = false;
        _transcripts.GetOrAdd(session.TranscriptKey, _ =>
        {
            isNew = true;
            return new Transcript();
        });
        if (isNew)
        {
            _ = SendToBotInBackgroundAsync(BotAdded(session), session);
        }

        return directLineId;
    }

    public Session? FindSession(string directLineConversationId) => _directLine.GetValueOrDefault(directLineConversationId);

    /// <summary>The conversation as the session's person sees it, after a watermark.</summary>
    public (IReadOnlyList<JsonObject> Activities, long Watermark) ActivitiesFor(Session session, string directLineConversationId, long watermark)
    {
        var transcript = _transcripts.GetOrAdd(session.TranscriptKey, _ => new Transcript());
        var (entries, newWatermark) = transcript.Since(watermark);
        return (entries.Select(e => ToDirectLine(e, session, directLineConversationId)).ToList(), newWatermark);
    }

    /// <summary>A message the person sent from Web Chat: echoed to the conversation and posted to the bot as Teams would.</summary>
    public string PostFromPerson(Session session, JsonObject directLineActivity)
    {
        var id = NextId();
        var text = directLineActivity["text"]?.GetValue<string>();
        var conversationId = session.InChannel ? session.TranscriptKey + ThreadSuffix + id : session.TranscriptKey;
        var activity = Inbound(session, directLineActivity["type"]?.GetValue<string>() ?? ActivityTypes.Message, id, conversationId);
        activity.Text = session.InChannel && text is not null ? $"<at>{BotName}</at> {text}" : text;
        activity.TextFormat = "plain";
        activity.Value = directLineActivity["value"]?.DeepClone();
        activity.Attachments = directLineActivity["attachments"]?.Deserialize<List<Attachment>>(BotJson.Options);
        activity.Locale = directLineActivity["locale"]?.GetValue<string>() ?? session.Locale;
        if (session.InChannel)
        {
            activity.Entities =
            [
                new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = $"<at>{BotName}</at>",
                    ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
                },
            ];
        }

        // Web Chat recognises its own message by the client activity id it sent.
        var echo = JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(activity, BotJson.Options), BotJson.Options)!;
        echo.ChannelData ??= [];
        if (directLineActivity["channelData"]?["clientActivityID"] is { } clientId)
        {
            echo.ChannelData["clientActivityID"] = clientId.DeepClone();
        }

        Transcript(session.TranscriptKey).Append(echo, conversationId);
        _ = SendToBotInBackgroundAsync(activity, session);
        return id;
    }

    /// <summary>The id Teams gives a person in activities (from.id), and that a card's refresh.userIds lists.</summary>
    public static string TeamsUserIdOf(Chatter person) => TeamsUserIdOf(person.Id);

    public static string TeamsUserIdOf(string aadObjectId) => "29:" + aadObjectId;

    /// <summary>
    /// An Action.Execute pressed on a card (trigger "manual"), or a card's Universal Actions refresh that the page sends
    /// by itself when the card is shown to someone its refresh.userIds lists (trigger "automatic"): an
    /// adaptiveCard/action invoke. As in Teams, the card the bot answers with is the viewer's own view: a press's answer
    /// replaces the card in a personal chat, while in a channel the others keep seeing the card as it was until the bot
    /// updates the message for everyone. A refresh's answer is only shown, never stored: the page asks again whenever it
    /// shows the card (as Teams does), and a refresh that the bot answers late must not take the place of the answer to a
    /// press made meanwhile.
    /// </summary>
    /// <returns>
    /// The invoke's answer, and the card's version once it was answered (<see cref="VersionKey"/>): every change of the
    /// card the bot made while answering, and the stored answer itself, are in that version or older.
    /// </returns>
    public async Task<(int Status, JsonNode? Body, long Version)> ExecuteAsync(Session session, string cardActivityId, JsonObject action, string? locale, CancellationToken cancellationToken, bool automatic = false)
    {
        var transcript = Transcript(session.TranscriptKey);
        if (transcript.Find(cardActivityId) is not { } card)
        {
            return (404, new JsonObject { ["error"] = "That card is not in this conversation." }, 0);
        }

        var invoke = Inbound(session, ActivityTypes.Invoke, NextId(), card.TeamsConversationId);
        invoke.Name = "adaptiveCard/action";
        invoke.ReplyToId = cardActivityId;
        invoke.Locale = locale ?? session.Locale;
        invoke.Value = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["id"] = action["id"]?.DeepClone(),
                ["verb"] = action["verb"]?.DeepClone(),
                ["data"] = action["data"]?.DeepClone() ?? new JsonObject(),
            },
            ["trigger"] = automatic ? "automatic" : "manual",
        };

        using var response = await PostToBotAsync(invoke, cancellationToken);
        var body = response.Content.Headers.ContentLength == 0 ? null : await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        if (!session.InChannel
            && !automatic
            && response.IsSuccessStatusCode
            && body?["type"]?.GetValue<string>() == InvokeResponse.AdaptiveCardType
            && body["value"] is JsonObject replacement)
        {
            transcript.Replace(cardActivityId, old => WithCard(old, (JsonObject)replacement.DeepClone()));
        }

        return ((int)response.StatusCode, body, transcript.Find(cardActivityId)?.Watermark ?? 0);
    }

    /// <summary>
    /// The app added to a team by IT (Teams admin centre or the team's owner), as Teams tells the bot: an
    /// installationUpdate "add" in the team's General channel, from whoever installed it. Posted to the bot and waited
    /// for, so the caller knows the bot has learned the team and welcomed it (the welcome is in the General channel).
    /// </summary>
    /// <returns>The bot's HTTP status.</returns>
    public async Task<int> InstallInTeamAsync(DirectoryTeam team, DirectoryPerson installer, string? locale, CancellationToken cancellationToken)
    {
        var tenant = directory.Tenant.Value;
        var update = new Activity
        {
            Type = ActivityTypes.InstallationUpdate,
            Id = NextId(),
            Timestamp = time.GetUtcNow(),
            ServiceUrl = options.Value.ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = TeamsUserIdOf(installer.Id), Name = installer.Name, AadObjectId = installer.Id },
            Recipient = new ChannelAccount { Id = BotId, Name = BotName },
            Conversation = new ConversationAccount { Id = team.Id, ConversationType = "channel", TenantId = tenant, IsGroup = true },
            ChannelData = new JsonObject
            {
                ["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = team.Id } },
                ["channel"] = new JsonObject { ["id"] = team.Id },
                ["team"] = new JsonObject { ["id"] = team.Id, ["name"] = team.Name },
                ["tenant"] = new JsonObject { ["id"] = tenant },
            },
            Locale = locale ?? "sv-SE",
            Extra = new Dictionary<string, JsonElement> { ["action"] = JsonSerializer.SerializeToElement("add") },
        };
        using var response = await PostToBotAsync(update, cancellationToken);
        return (int)response.StatusCode;
    }

    // ---- The connector side: what the bot calls at the playground's serviceUrl. ----

    public ConversationResourceResponse CreateConversation(ConversationParameters parameters)
    {
        if (parameters.IsGroup == true && parameters.ChannelData?["channel"]?["id"]?.GetValue<string>() is { Length: > 0 } channelId)
        {
            var activity = parameters.Activity ?? new Activity { Type = ActivityTypes.Message };
            var id = NextId();
            var threadId = channelId + ThreadSuffix + id;
            Transcript(channelId).Append(FromBot(activity, id, threadId), threadId);
            return new ConversationResourceResponse { Id = threadId, ActivityId = id, ServiceUrl = options.Value.ServiceUrl };
        }

        var member = parameters.Members?.FirstOrDefault();
        var personId = member?.AadObjectId ?? member?.Id?.Replace("8:orgid:", string.Empty, StringComparison.Ordinal).Replace("29:", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(personId))
        {
            return new ConversationResourceResponse();
        }

        var conversationId = PersonalPrefix + personId.ToLowerInvariant();
        if (!graph.IsInstalledFor(personId) && !_transcripts.ContainsKey(conversationId))
        {
            // As Teams: no 1:1 chat with someone who does not have the app (the bot installs it through Graph first).
            return new ConversationResourceResponse();
        }

        Transcript(conversationId);
        string? activityId = null;
        if (parameters.Activity is { } first)
        {
            activityId = NextId();
            Transcript(conversationId).Append(FromBot(first, activityId, conversationId), conversationId);
        }

        return new ConversationResourceResponse { Id = conversationId, ActivityId = activityId, ServiceUrl = options.Value.ServiceUrl };
    }

    /// <summary>
    /// The app was installed for a person through Graph (<see cref="GraphStandIn"/>): as Teams does, the bot is told in the
    /// person's personal scope (conversationUpdate with the bot among the members added), so it keeps the conversation.
    /// </summary>
    public Task InstalledForAsync(DirectoryPerson person, CancellationToken cancellationToken)
    {
        var conversationId = PersonalPrefix + person.Id.ToLowerInvariant();
        Transcript(conversationId);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = NextId(),
            Timestamp = time.GetUtcNow(),
            ServiceUrl = options.Value.ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:" + person.Id, Name = person.Name, AadObjectId = person.Id },
            Recipient = new ChannelAccount { Id = BotId, Name = BotName },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = options.Value.Tenant.Value },
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = options.Value.Tenant.Value } },
            MembersAdded = [new ChannelAccount { Id = BotId, Name = BotName }],
            Locale = "sv-SE",
        };

        // Teams tells the bot on its own time, not inside the Graph call.
        _ = Task.Run(async () =>
        {
            try
            {
                using var response = await PostToBotAsync(update, CancellationToken.None);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                logger.LogError(ex, "The playground could not tell the bot that the app was installed for {Person}", person.Id);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A message from the bot to a conversation. Conversations outlive the playground's memory (the bot keeps its
    /// references in storage across restarts, as Teams keeps chats), so an unknown one is taken up again.
    /// </summary>
    public ResourceResponse AppendFromBot(string conversationId, Activity activity)
    {
        var id = NextId();
        Transcript(TranscriptKeyOf(conversationId)).Append(FromBot(activity, id, conversationId), conversationId);
        return new ResourceResponse { Id = id };
    }

    public bool UpdateFromBot(string conversationId, string activityId, Activity activity) =>
        _transcripts.TryGetValue(TranscriptKeyOf(conversationId), out var transcript)
        && transcript.Replace(activityId, old => FromBot(activity, activityId, conversationId, old.Timestamp));

    // ---- Helpers ----

    private Transcript Transcript(string key) => _transcripts.GetOrAdd(key, _ => new Transcript());

    private static string TranscriptKeyOf(string conversationId)
    {
        var thread = conversationId.IndexOf(ThreadSuffix, StringComparison.Ordinal);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    private Activity Inbound(Session session, string type, string id, string conversationId)
    {
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = session.TenantId } };
        if (session.Channel is { } channel)
        {
            channelData["team"] = new JsonObject { ["id"] = channel.TeamId, ["name"] = directory.FindTeam(channel.TeamId)?.Name ?? options.Value.TeamName };
            channelData["channel"] = new JsonObject { ["id"] = channel.ChannelId, ["name"] = channel.ChannelName };
        }

        return new Activity
        {
            Type = type,
            Id = id,
            Timestamp = time.GetUtcNow(),
            ServiceUrl = options.Value.ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = TeamsUserIdOf(session.Person), Name = session.Person.Name, AadObjectId = session.Person.Id },
            Recipient = new ChannelAccount { Id = BotId, Name = BotName },
            Conversation = new ConversationAccount
            {
                Id = conversationId,
                ConversationType = session.InChannel ? "channel" : "personal",
                TenantId = session.TenantId,
                IsGroup = session.InChannel ? true : null,
                Name = session.Channel?.ChannelName,
            },
            ChannelData = channelData,
            Locale = session.Locale,
        };
    }

    private Activity BotAdded(Session session)
    {
        var update = Inbound(session, ActivityTypes.ConversationUpdate, NextId(), session.TranscriptKey);
        update.MembersAdded = [new ChannelAccount { Id = BotId, Name = BotName }];
        if (session.InChannel)
        {
            update.ChannelData!["eventType"] = "teamMemberAdded";
        }

        return update;
    }

    private Activity FromBot(Activity activity, string id, string conversationId, DateTimeOffset? timestamp = null)
    {
        var copy = JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(activity, BotJson.Options), BotJson.Options)!;
        copy.Id = id;
        copy.Type ??= ActivityTypes.Message;
        copy.Timestamp = timestamp ?? time.GetUtcNow();
        copy.From = new ChannelAccount { Id = BotId, Name = BotName };
        copy.Conversation = new ConversationAccount { Id = conversationId };
        return copy;
    }

    private static Activity WithCard(Activity old, JsonObject card)
    {
        var copy = JsonSerializer.Deserialize<Activity>(JsonSerializer.Serialize(old, BotJson.Options), BotJson.Options)!;
        copy.Attachments = [Attachment.AdaptiveCard(card)];
        return copy;
    }

    private static JsonObject ToDirectLine(Transcript.Entry entry, Session session, string directLineConversationId)
    {
        var activity = entry.Activity;
        var json = JsonSerializer.SerializeToNode(activity, BotJson.Options)!.AsObject();
        json["conversation"] = new JsonObject { ["id"] = directLineConversationId };
        var channelData = json["channelData"] as JsonObject ?? [];
        channelData[VersionKey] = entry.Watermark;
        json["channelData"] = channelData;
        var fromId = activity.From?.Id ?? string.Empty;
        if (fromId == BotId)
        {
            json["from"] = new JsonObject { ["id"] = DirectLineBotId, ["name"] = BotName, ["role"] = "bot" };
        }
        else
        {
            var own = string.Equals(activity.From?.AadObjectId, session.Person.Id, StringComparison.OrdinalIgnoreCase);
            json["from"] = new JsonObject
            {
                ["id"] = own ? session.Person.Id : activity.From?.AadObjectId ?? fromId,
                ["name"] = activity.From?.Name,
                ["role"] = own ? "user" : "bot",
            };
            json["text"] = activity.TextWithoutBotMention();
            json.Remove("entities");
        }

        json.Remove("serviceUrl");
        json.Remove("recipient");
        return json;
    }

    private async Task SendToBotInBackgroundAsync(Activity activity, Session session)
    {
        try
        {
            using var response = await PostToBotAsync(activity, CancellationToken.None);
            if (!response.IsSuccessStatusCode)
            {
                Notice(session, $"Boten svarade HTTP {(int)response.StatusCode} på aktiviteten {activity.Id}.");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            logger.LogError(ex, "The playground could not reach the bot at {Url}", options.Value.MessagesUrl);
            Notice(session, "Boten gick inte att nå: " + ex.Message);
        }
    }

    private async Task<HttpResponseMessage> PostToBotAsync(Activity activity, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(nameof(PlaygroundChannel));
        return await http.PostAsJsonAsync(options.Value.MessagesUrl, activity, BotJson.Options, cancellationToken);
    }

    /// <summary>Tells the person in the page that something went wrong between the channel and the bot.</summary>
    private void Notice(Session session, string text)
    {
        var id = NextId();
        Transcript(session.TranscriptKey).Append(
            new Activity
            {
                Type = ActivityTypes.Message,
                Id = id,
                Timestamp = time.GetUtcNow(),
                From = new ChannelAccount { Id = "playground", Name = "Lekplatsen" },
                Text = text,
            },
            session.TranscriptKey);
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
