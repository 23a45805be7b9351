using TeamsQuality.Domain.Actions;

namespace TeamsQuality.Domain.Risks;

/// <summary>
/// The actions planned against a risk name it as their origin (<see cref="ActionOriginKind.Riskanalys"/>, the risk's
/// id): the one place that reference is written (when the action is added from the risk) and read (the risk lists its
/// actions, the register counts them). The unit's plan is the one record of an action, so the risk keeps no list of
/// its own that could disagree with it.
/// </summary>
public static class RiskActions
{
    /// <summary>How long the risk's description may be in the action's origin (it is shown on every action card).</summary>
    private const int LongestOriginText = 80;

    /// <summary>The origin of an action added from the risk, e.g. "Riskanalys: Larm besvaras inte nattetid …".</summary>
    public static ActionOrigin Origin(Risk risk)
    {
        var text = risk.Description.Length <= LongestOriginText ? risk.Description : risk.Description[..LongestOriginText].TrimEnd() + "…";
        return new ActionOrigin(ActionOriginKind.Riskanalys, risk.Id, $"Riskanalys: {text}");
    }

    /// <summary>Whether the action was planned against the risk.</summary>
    public static bool CameFrom(ImprovementAction action, Risk risk) =>
        action.Origin.Kind == ActionOriginKind.Riskanalys && string.Equals(action.Origin.Reference, risk.Id, StringComparison.Ordinal);

    /// <summary>The plan's actions per risk id (only the risks that have some), oldest first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ImprovementAction>> ByRisk(IEnumerable<ImprovementAction> plan) =>
        plan.Where(a => a.Origin.Kind == ActionOriginKind.Riskanalys)
            .GroupBy(a => a.Origin.Reference, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ImprovementAction>)g.OrderBy(a => a.CreatedAt).ToList(), StringComparer.Ordinal);
}
