using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Actions;

/// <summary>The port through which people hear about actions: implemented by the outbox's adapter in Jobs.</summary>
public interface IActionNotices
{
    /// <summary>
    /// The person named owner of a new action is told, once per action (not when they named themselves). Returns how
    /// many were told (0 or 1).
    /// </summary>
    /// <param name="unit">The unit whose plan the action is in.</param>
    /// <param name="by">Who created it (and so named the owner).</param>
    /// <param name="report">The report it comes from, if any: named to the owner only when they may see it.</param>
    Task<int> OwnerNamedAsync(Organisation organisation, Unit unit, ImprovementAction action, Person by, DeviationReport? report, CancellationToken cancellationToken);
}
