using TeamsQuality.Domain.Logbook;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Logbook;

namespace TeamsQuality.Application.Stops;

/// <summary>What a step is shown with besides the stop.</summary>
internal static class StepMaterial
{
    /// <summary>
    /// The unit's logbook notes under the stop's theme since the year before it was due: the current situation starts
    /// from them, so the first step shows them; null for the other steps.
    /// </summary>
    public static async Task<IReadOnlyList<LogbookNote>?> LogbookNotesAsync(
        LogbookRepository logbook, Actor actor, Unit unit, LearningStop stop, AnalysisStep step, CancellationToken cancellationToken) =>
        step == AnalysisStep.Nulagesbeskrivning
            ? await logbook.ListAsync(actor.Tenant, unit.Id, stop.Key.Number, stop.LogbookMaterialFrom, cancellationToken)
            : null;
}
