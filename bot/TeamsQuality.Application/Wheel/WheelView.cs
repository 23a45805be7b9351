using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Application.Wheel;

/// <summary>The organisation's wheel as "årshjul" shows it.</summary>
/// <param name="Year">The wheel year today falls in.</param>
/// <param name="ThisYear">The stops of that year.</param>
/// <param name="NextYearTemplateId">The template next year's wheel comes from.</param>
/// <param name="CanChooseTemplate">Whether the viewer may choose next year's template.</param>
/// <param name="Chosen">The template just chosen for next year, if this was a choice.</param>
public sealed record WheelView(int Year, WheelVersion ThisYear, string NextYearTemplateId, bool CanChooseTemplate, WheelTemplate? Chosen = null);
