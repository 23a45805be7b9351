using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// People Teams says left a team lose their place in the units linked to that team's channels at once
/// (<see cref="Setup.LeaveTeam"/>), kept in the organisation's history by "Teams". The organisation's version changes
/// with it, so every instance of the bot lets them in no more from the next turn on.
/// </summary>
internal static class TeamLeavers
{
    public static async Task EndAsync(OrganisationRepository organisations, TenantId tenant, string teamId, IReadOnlyCollection<string> gone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (gone.Count == 0 || await organisations.FindAsync(tenant, cancellationToken) is not { } organisation
            || !organisation.Units.Any(u => u.Channel is { } c && string.Equals(c.TeamId, teamId, StringComparison.Ordinal)))
        {
            return;
        }

        await organisations.ChangeAsync(
            tenant,
            current => current is null ? OrganisationChanged.Unchanged(organisation) : Setup.LeaveTeam(current, teamId, gone, now),
            cancellationToken);
    }
}
