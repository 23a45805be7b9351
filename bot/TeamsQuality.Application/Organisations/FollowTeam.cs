using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Keeps a known team's roster current from Teams' events, one row per event. A team not yet known (the installation
/// was missed) is learned whole instead, so the first event repairs it. A member removed is dropped at once, without
/// asking Teams: that is what takes their access away. A member added is read from Teams with the whole membership,
/// as the event names them by id alone (no name, e-mail or role). Who left the team leaves the units linked to its
/// channels at once too (<see cref="Setup.LeaveTeam"/>). A team the app was removed from, or that was deleted
/// or archived, is kept as last learned and marked gone with when, not forgotten: its units stay linked and show "not
/// reachable since …" rather than linked to nothing, the members as last learned are what the administrator sees while
/// deciding, and a team back within Teams' 30 days keeps its links. A team back again (reinstalled, restored,
/// unarchived) is learned whole.
/// </summary>
public sealed class FollowTeam(LearnTeam learn, TeamRosterRepository rosters, OrganisationRepository organisations, TimeProvider time) : IUseCase
{
    /// <summary>The team was renamed: its name alone changes.</summary>
    public async Task<Outcome<TeamRoster>> RenamedAsync(TenantId tenant, string teamId, string teamName, CancellationToken cancellationToken)
    {
        var known = await rosters.FindAsync(tenant, teamId, cancellationToken);
        if (known is null)
        {
            return await learn.RunAsync(tenant, teamId, teamName, cancellationToken);
        }

        var renamed = known with { Name = teamName.Trim() };
        await rosters.PutTeamAsync(tenant, renamed, cancellationToken);
        return renamed;
    }

    /// <summary>
    /// The app was removed from the team, or the team deleted or archived: the bot can no longer post there or ask Teams
    /// about it. A team never learned stays unknown (Teams would not tell it now).
    /// </summary>
    public async Task<Outcome<TeamRoster>> GoneAsync(TenantId tenant, string teamId, TeamGoneReason reason, CancellationToken cancellationToken)
    {
        var known = await rosters.FindAsync(tenant, teamId, cancellationToken);
        if (known is null)
        {
            return Outcome.Refused<TeamRoster>(RefusalReason.NotFound);
        }

        var gone = known.MarkedGone(reason, time.GetUtcNow());
        await rosters.PutTeamAsync(tenant, gone, cancellationToken);
        return gone;
    }

    /// <summary>A channel created or renamed (the name as the event told it).</summary>
    public async Task<Outcome<TeamRoster>> ChannelChangedAsync(TenantId tenant, string teamId, string? teamName, RosterChannel channel, CancellationToken cancellationToken)
    {
        var known = await rosters.FindAsync(tenant, teamId, cancellationToken);
        if (known is null)
        {
            return await learn.RunAsync(tenant, teamId, teamName, cancellationToken);
        }

        await rosters.PutChannelAsync(tenant, teamId, channel, cancellationToken);
        return known.WithChannel(channel);
    }

    public async Task<Outcome<TeamRoster>> ChannelDeletedAsync(TenantId tenant, string teamId, string? teamName, string channelId, CancellationToken cancellationToken)
    {
        var known = await rosters.FindAsync(tenant, teamId, cancellationToken);
        if (known is null)
        {
            return await learn.RunAsync(tenant, teamId, teamName, cancellationToken);
        }

        var changed = known.WithoutChannel(channelId);
        if (!ReferenceEquals(changed, known))
        {
            await rosters.RemoveChannelAsync(tenant, teamId, channelId, cancellationToken);
        }

        return changed;
    }

    public async Task<Outcome<TeamRoster>> MembersAddedAsync(TenantId tenant, string teamId, string? teamName, CancellationToken cancellationToken) =>
        await learn.RunAsync(tenant, teamId, teamName, cancellationToken);

    public async Task<Outcome<TeamRoster>> MembersRemovedAsync(TenantId tenant, string teamId, string? teamName, IReadOnlyList<string> aadObjectIds, CancellationToken cancellationToken)
    {
        var known = await rosters.FindAsync(tenant, teamId, cancellationToken);
        if (known is null)
        {
            return await learn.RunAsync(tenant, teamId, teamName, cancellationToken);
        }

        foreach (var id in aadObjectIds)
        {
            await rosters.RemoveMemberAsync(tenant, teamId, id, cancellationToken);
            known = known.WithoutMember(id);
        }

        await TeamLeavers.EndAsync(organisations, tenant, teamId, aadObjectIds, time.GetUtcNow(), cancellationToken);
        return known;
    }
}
