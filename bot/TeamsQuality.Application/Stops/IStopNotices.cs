using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// The port through which a stop's unit hears of it in its channel: implemented by the outbox's adapter in Jobs, which
/// renders the cards and records them (they go out after the person's answer).
/// </summary>
public interface IStopNotices
{
    /// <summary>
    /// After a change to a stop: a stop that was just started is announced, and the channel's card follows the stop's
    /// status and step. Nothing when neither changed.
    /// </summary>
    /// <param name="before">The stop's progress just before the change.</param>
    /// <param name="stop">The stop as saved.</param>
    /// <param name="by">Who made the change.</param>
    Task StopChangedAsync(Organisation organisation, Unit unit, StopProgress before, LearningStop stop, Person by, CancellationToken cancellationToken);

    /// <summary>The summary of a stop just finished closes it for the whole unit, with the actions it put in the unit's plan. A stop finishes once.</summary>
    Task StopFinishedAsync(Organisation organisation, Unit unit, LearningStop stop, IReadOnlyList<ImprovementAction> actions, CancellationToken cancellationToken);
}
