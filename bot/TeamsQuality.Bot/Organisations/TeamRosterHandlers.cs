using TeamsQuality.Application;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Organisations;

/// <summary>
/// Learns the teams the app is in from Teams' own events: installed in a team (installationUpdate, or the bot among
/// membersAdded) → the whole roster; channelCreated / channelRenamed / channelDeleted and teamMemberAdded /
/// teamMemberRemoved → that change; teamRenamed → the name; the app removed (installationUpdate remove, or the bot among
/// membersRemoved), teamDeleted, teamArchived → the team marked gone with when; teamRestored, teamUnarchived → learned
/// whole again. Nothing is said in the team: what people see (the welcome) is HelpHandlers'.
/// When Teams cannot tell the roster now, the event is logged and left to the nightly re-sync.
/// </summary>
public sealed class TeamRosterHandlers(LearnTeam learn, FollowTeam follow, ILogger<TeamRosterHandlers> logger)
{
    /// <summary>
    /// Mapped before the welcome: updates run every handler in order, and the welcome in a team not set up names the
    /// team's members who may set it up, from the roster just learned. A roster Teams will not tell does not stop it.
    /// </summary>
    public static void Map(FeatureRoutes routes) => routes.Router
        .OnInstallationUpdate(OnUpdateAsync)
        .OnConversationUpdate(OnUpdateAsync);

    private static Task OnUpdateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Services.GetRequiredService<TeamRosterHandlers>().FollowAsync(turn, cancellationToken);

    private async Task FollowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.TeamId is not { Length: > 0 } teamId || turn.TenantId is not { Length: > 0 } tenantId)
        {
            return;
        }

        var tenant = new TenantId(tenantId);
        var teamName = ActivityShape.StringAt(activity.ChannelData, "team", "name");
        try
        {
            Task<Outcome<TeamRoster>>? change = EventOf(activity) switch
            {
                TeamEvent.Installed or TeamEvent.Back => learn.RunAsync(tenant, teamId, teamName, cancellationToken),
                TeamEvent.Renamed when teamName is { Length: > 0 } => follow.RenamedAsync(tenant, teamId, teamName, cancellationToken),
                TeamEvent.AppRemoved => follow.GoneAsync(tenant, teamId, TeamGoneReason.AppRemoved, cancellationToken),
                TeamEvent.Deleted => follow.GoneAsync(tenant, teamId, TeamGoneReason.TeamDeleted, cancellationToken),
                TeamEvent.Archived => follow.GoneAsync(tenant, teamId, TeamGoneReason.TeamArchived, cancellationToken),
                TeamEvent.ChannelChanged when ChannelOf(activity) is { } channel => follow.ChannelChangedAsync(tenant, teamId, teamName, channel, cancellationToken),
                TeamEvent.ChannelDeleted when activity.TeamsChannelId is { Length: > 0 } channelId => follow.ChannelDeletedAsync(tenant, teamId, teamName, channelId, cancellationToken),
                TeamEvent.MembersAdded => follow.MembersAddedAsync(tenant, teamId, teamName, cancellationToken),
                TeamEvent.MembersRemoved when RemovedPeople(activity) is { Count: > 0 } removed => follow.MembersRemovedAsync(tenant, teamId, teamName, removed, cancellationToken),
                _ => null,
            };
            if (change is null)
            {
                return;
            }

            if (await change is { IsRefused: false } learned)
            {
                logger.LogInformation(
                    "Team {Team} in tenant {Tenant}: {Channels} channels, {Members} members, {Reachable}",
                    LogSafe.Of(teamId), LogSafe.Of(tenantId), learned.Value.Channels.Count, learned.Value.Members.Count,
                    learned.Value.Gone is { } gone ? "gone: " + gone.Reason : "reachable");
            }
        }
        catch (TeamRosterUnavailableException ex)
        {
            logger.LogWarning(ex, "Teams did not tell the roster of team {Team} in tenant {Tenant}; the nightly re-sync will", LogSafe.Of(teamId), LogSafe.Of(tenantId));
        }
    }

    private enum TeamEvent
    {
        None,
        Installed,
        ChannelChanged,
        ChannelDeleted,
        MembersAdded,
        MembersRemoved,
        Renamed,
        AppRemoved,
        Deleted,
        Archived,
        Back,
    }

    private static TeamEvent EventOf(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            var action = activity.Extra?.TryGetValue("action", out var value) == true && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
            return action switch
            {
                "add" or "add-upgrade" => TeamEvent.Installed,
                "remove" => TeamEvent.AppRemoved,
                _ => TeamEvent.None,
            };
        }

        if (activity.Type != ActivityTypes.ConversationUpdate)
        {
            return TeamEvent.None;
        }

        if (activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return TeamEvent.Installed;
        }

        // The bot itself removed is the app uninstalled from the team, not a member leaving.
        if (activity.MembersRemoved?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) == true)
        {
            return TeamEvent.AppRemoved;
        }

        return activity.TeamsEventType switch
        {
            "channelCreated" or "channelRenamed" or "channelRestored" => TeamEvent.ChannelChanged,
            "channelDeleted" => TeamEvent.ChannelDeleted,
            "teamMemberAdded" when activity.MembersAdded is { Count: > 0 } => TeamEvent.MembersAdded,

            "teamMemberRemoved" => TeamEvent.MembersRemoved,
            "teamRenamed" => TeamEvent.Renamed,
            "teamDeleted" or "teamHardDeleted" => TeamEvent.Deleted,
            "teamArchived" => TeamEvent.Archived,
            "teamUnarchived" or "teamRestored" => TeamEvent.Back,
            _ => TeamEvent.None,
        };
    }

    private static RosterChannel? ChannelOf(Activity activity) =>
        activity.TeamsChannelId is { Length: > 0 } id ? new RosterChannel(id, ActivityShape.StringAt(activity.ChannelData, "channel", "name") ?? string.Empty) : null;

    private static List<string> RemovedPeople(Activity activity) =>
        activity.MembersRemoved?.Select(m => m.AadObjectId).OfType<string>().Where(id => id.Length > 0).ToList() ?? [];
}
