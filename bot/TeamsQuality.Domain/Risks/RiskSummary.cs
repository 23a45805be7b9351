using TeamsQuality.Domain.Actions;

namespace TeamsQuality.Domain.Risks;

/// <summary>One level's line of the year's summary: how many risks were assessed at it, and how many of them have actions.</summary>
public sealed record RiskLevelCount(RiskLevel Level, int Assessed, int WithActions);

/// <summary>
/// The risks a unit assessed in a calendar year, per level (Kritisk, Medium, Låg): each risk counted once, at the level
/// of its last assessment that year (identified or assessed again, Swedish time), whether it is still current or not,
/// and how many of those have at least one action in the unit's plan. The register shows it; the quality report reads
/// it through the same use case.
/// </summary>
public sealed record RiskYearSummary(int Year, IReadOnlyList<RiskLevelCount> Levels)
{
    /// <summary>The levels, the most serious first.</summary>
    public static IReadOnlyList<RiskLevel> Order { get; } = [RiskLevel.Kritisk, RiskLevel.Medium, RiskLevel.Lag];

    public int Assessed => Levels.Sum(l => l.Assessed);

    public RiskLevelCount Of(RiskLevel level) => Levels.Single(l => l.Level == level);

    public static RiskYearSummary Of(int year, IEnumerable<Risk> risks, IEnumerable<ImprovementAction> plan) =>
        Of(year, risks.Select(r => (r, r.LastAssessmentIn(year))), plan);

    /// <summary>The same for the risks assessed in a quality year's span (the quality report's year).</summary>
    public static RiskYearSummary Of(Wheel.QualityYearSpan span, IEnumerable<Risk> risks, IEnumerable<ImprovementAction> plan) =>
        Of(span.Year, risks.Select(r => (r, r.LastAssessmentIn(span))), plan);

    private static RiskYearSummary Of(int year, IEnumerable<(Risk Risk, RiskAssessment? Assessment)> lastAssessed, IEnumerable<ImprovementAction> plan)
    {
        var actions = RiskActions.ByRisk(plan);
        var assessed = lastAssessed.Where(x => x.Assessment is not null).ToList();
        return new RiskYearSummary(
            year,
            Order.Select(level =>
            {
                var atLevel = assessed.Where(x => x.Assessment!.Level == level).ToList();
                return new RiskLevelCount(level, atLevel.Count, atLevel.Count(x => actions.ContainsKey(x.Risk.Id)));
            }).ToList());
    }
}

/// <summary>The register's order, the one every view of it uses.</summary>
public static class RiskOrder
{
    /// <summary>
    /// The current risks first — Kritisk first, the highest value first, then the most recently assessed — and after
    /// them those no longer current, the most recently closed first.
    /// </summary>
    public static IReadOnlyList<Risk> Sort(IEnumerable<Risk> risks) =>
        risks.OrderBy(r => r.IsCurrent ? 0 : 1)
            .ThenByDescending(r => r.IsCurrent ? (int)r.Level : 0)
            .ThenByDescending(r => r.IsCurrent ? r.Value : 0)
            .ThenByDescending(r => r.IsCurrent ? r.AssessedAt : (r.History.Count > 0 ? r.History[^1].At : r.AssessedAt))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
}
