using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Deviations;

/// <summary>A report as one who may see it reads it: the report, its unit, and the actions it led to (from the unit's plan).</summary>
public sealed record DeviationView(DeviationReport Report, Unit Unit, IReadOnlyList<ImprovementAction> Actions);
