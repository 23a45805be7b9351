using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Application.Stops;

/// <summary>A unit's stop, as a use case read (or saved) it: what a card about the stop is built from.</summary>
public record StopView(Unit Unit, LearningStop Stop);

/// <summary>A step of the stop to show; the first step brings the stop's material (logbook notes, the Garage under the theme).</summary>
public sealed record StepView(Unit Unit, LearningStop Stop, AnalysisStep Step, StopMaterials? Material) : StopView(Unit, Stop);

/// <summary>A finished stop with the actions it put in the unit's plan.</summary>
public sealed record SummaryView(Unit Unit, LearningStop Stop, IReadOnlyList<ImprovementAction> Actions) : StopView(Unit, Stop);

/// <summary>
/// The stop as its unit's channel shows it: with how many stops its wheel year has, how many logbook notes are its
/// material and how many parked items in the Garage wait for it.
/// </summary>
public sealed record ChannelView(Unit Unit, LearningStop Stop, int StopCount, int LogbookNotes, int GarageItems = 0) : StopView(Unit, Stop);

/// <summary>What "hållplatser" answers: the unit's stops of the year, or the units to choose from.</summary>
public abstract record StopListing;

/// <summary>Someone who follows all units asked outside a unit: they choose the unit.</summary>
public sealed record ChooseUnit(IReadOnlyList<Unit> Units) : StopListing;

/// <summary>The unit's stops of the wheel year (or the manager group's, in a unit's place), as of today (Swedish time).</summary>
public sealed record UnitStops(Unit Unit, int Year, IReadOnlyList<LearningStop> Stops, DateOnly Today) : StopListing
{
    /// <summary>The manager group's stops of the year, listed after the unit's for those in the group; null for others.</summary>
    public HolderStops? Group { get; init; }

    /// <summary>The units to choose from after the list (the deputy director's own list, which is the manager group's).</summary>
    public IReadOnlyList<Unit> ChooseFrom { get; init; } = [];
}

/// <summary>The stops of a holder that is not the unit listed: the manager group (<see cref="ManagerGroup.AsHolder"/>).</summary>
public sealed record HolderStops(Unit Holder, IReadOnlyList<LearningStop> Stops);
