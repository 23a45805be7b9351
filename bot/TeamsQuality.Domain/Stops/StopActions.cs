using System.Globalization;
using TeamsQuality.Domain.Actions;

namespace TeamsQuality.Domain.Stops;

/// <summary>
/// The actions a stop leads to name it as their origin, "{year}-{NN}" (e.g. "2027-01" for stop 1 of wheel year 2027):
/// the one place that reference is written (when the stop is finished) and read (the stop's summary lists its
/// actions, an owner's card links back to the stop).
/// </summary>
public static class StopActions
{
    /// <summary>"2027-01": how an action names the stop it came from.</summary>
    public static string Reference(StopKey stop) => $"{stop.Year}-{stop.Number:00}";

    /// <summary>The origin of the actions a stop's proposals become, e.g. "Hållplats 1 Samverkan (2027)".</summary>
    public static ActionOrigin Origin(LearningStop stop) =>
        new(ActionOriginKind.Hallplats, Reference(stop.Key), $"Hållplats {stop.Key.Number} {stop.Definition.Theme} ({stop.Key.Year})");

    /// <summary>Whether the action came from the stop.</summary>
    public static bool CameFrom(ImprovementAction action, StopKey stop) =>
        action.Origin.Kind == ActionOriginKind.Hallplats && action.Origin.Reference == Reference(stop);

    /// <summary>The stop an action came from, in the action's unit; null for an action that did not come from a stop.</summary>
    public static StopKey? StopOf(ImprovementAction action)
    {
        if (action.Origin.Kind != ActionOriginKind.Hallplats)
        {
            return null;
        }

        var parts = action.Origin.Reference.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new StopKey(action.Tenant, action.UnitId, year, number)
            : null;
    }
}
