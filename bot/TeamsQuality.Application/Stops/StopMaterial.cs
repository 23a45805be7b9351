using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Logbook;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Garage;
using TeamsQuality.Storage.Logbook;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// What a stop starts from besides its definition: the unit's logbook notes under its theme since the year before it
/// was due, and what the unit parked in the Garage under it (what awaits the stop's decision, and what it decided).
/// </summary>
public sealed record StopMaterials(IReadOnlyList<LogbookNote> LogbookNotes, IReadOnlyList<GarageItem> GarageItems)
{
    /// <summary>How many parked items wait for the stop's decision (the due card counts them).</summary>
    public int GarageAwaiting(LearningStop stop) => GarageItems.Count(i => i.AwaitsDecisionAt(stop));
}

/// <summary>
/// The stop's material, read in one place for every card that shows it: the first step lists it, the channel's due
/// card counts it (<see cref="ChannelCardFacts"/>, the due scan). Two range queries, side by side.
/// </summary>
public sealed class StopMaterial(LogbookRepository logbook, GarageRepository garage) : IUseCase
{
    public async Task<StopMaterials> OfAsync(TenantId tenant, LearningStop stop, CancellationToken cancellationToken)
    {
        var notes = logbook.ListAsync(tenant, stop.Key.UnitId, stop.Key.Number, stop.LogbookMaterialFrom, cancellationToken);
        var parked = garage.ListThemeAsync(tenant, stop.Key.UnitId, stop.Key.Number, cancellationToken);
        await Task.WhenAll(notes, parked);
        return new StopMaterials(await notes, (await parked).Where(i => i.IsMaterialFor(stop)).ToList());
    }

    /// <summary>
    /// The material of many stops of one number (the due scan's stop falling due for every unit on one day): two range
    /// queries over the tenant, not two per stop. By unit.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, StopMaterials>> OfManyAsync(TenantId tenant, int stopNumber, IReadOnlyCollection<LearningStop> stops, CancellationToken cancellationToken)
    {
        if (stops.Count == 0)
        {
            return new Dictionary<string, StopMaterials>();
        }

        var notes = logbook.ListTenantThemeAsync(tenant, stopNumber, stops.Min(s => s.LogbookMaterialFrom), cancellationToken);
        var parked = garage.ListTenantThemeAsync(tenant, stopNumber, cancellationToken);
        await Task.WhenAll(notes, parked);
        var notesOf = (await notes).ToLookup(n => n.UnitId, StringComparer.Ordinal);
        var parkedOf = (await parked).ToLookup(i => i.UnitId, StringComparer.Ordinal);
        return stops.ToDictionary(
            s => s.Key.UnitId,
            s => new StopMaterials(
                notesOf[s.Key.UnitId].Where(n => n.At >= s.LogbookMaterialFrom).ToList(),
                parkedOf[s.Key.UnitId].Where(i => i.IsMaterialFor(s)).ToList()),
            StringComparer.Ordinal);
    }

    /// <summary>The material a step is shown with: the first step's (the current situation starts from it); null for the others.</summary>
    public async Task<StopMaterials?> ForStepAsync(TenantId tenant, LearningStop stop, AnalysisStep step, CancellationToken cancellationToken) =>
        step == AnalysisStep.Nulagesbeskrivning ? await OfAsync(tenant, stop, cancellationToken) : null;
}
