using TeamsQuality.Application.Actions;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Jobs.Outboxes;

namespace TeamsQuality.Jobs.Actions;

/// <summary>
/// The person named owner of an action (from a stop's proposals when the stop is finished, or from a report) is
/// told, once per action, through the outbox, in working hours. Not when they named themselves.
/// </summary>
public sealed class ActionNotices(Outbox outbox) : IActionNotices
{
    /// <param name="organisation">The organisation.</param>
    /// <param name="unit">The unit whose plan the action is in.</param>
    /// <param name="action">The new action.</param>
    /// <param name="by">Who created it (and so named the owner).</param>
    /// <param name="report">The report it comes from, if any: named on the card only when the owner may see it.</param>
    public async Task<int> OwnerNamedAsync(Organisation organisation, Unit unit, ImprovementAction action, Person by, DeviationReport? report, CancellationToken cancellationToken)
    {
        if (action.OwnerId is not { } ownerId
            || string.Equals(ownerId, by.Id, StringComparison.OrdinalIgnoreCase)
            || organisation.FindPerson(ownerId) is not { } owner)
        {
            return 0;
        }

        var stop = StopActions.StopOf(action);
        var reference = report is not null && report.CanSee(owner, unit, action.CreatedAt) ? report.Reference : (DeviationReference?)null;
        return await outbox.SendToPersonAsync(
            organisation.Tenant, owner.Id, $"action-owner~{unit.Id}~{action.Id}", NoticeKind.ActionOwner,
            language => ActionOwnerCard.Build(language, action, unit, by.Name, stop, reference),
            cancellationToken, about: $"{unit.Name}: {action.Title}") ? 1 : 0;
    }
}
