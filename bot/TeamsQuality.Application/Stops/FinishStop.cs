using Microsoft.Extensions.Logging;
using TeamsQuality.Application.Actions;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Stops;

/// <summary>
/// The documenter finishes the stop with the bedömning (are actions needed?), trend and comment: every proposal becomes
/// an action in the unit's plan, each owner somebody else named is told, and the summary closes the stop for the unit
/// in its channel.
/// </summary>
public sealed class FinishStop(
    LearningStopRepository stops,
    ImprovementActionRepository actions,
    StopSummary summaries,
    IStopNotices notices,
    IActionNotices actionNotices,
    TimeProvider time,
    ILogger<FinishStop> logger) : IUseCase
{
    /// <param name="needsAction">The bedömning; none when it was not made (refused: it comes first).</param>
    /// <returns>Done: the stop's <see cref="SummaryView"/>. Refused: the stop as it was read.</returns>
    public async Task<Outcome<StopView>> RunAsync(Actor actor, StopAddress address, bool? needsAction, Trend trend, string? comment, CancellationToken cancellationToken)
    {
        IReadOnlyList<ImprovementAction> created = [];
        var finished = await StopCommand.ChangeAsync(actor, address, stops, notices, (stop, unit) =>
        {
            if (needsAction is not { } needs)
            {
                throw new RuleException(RefusalReason.Required, Field.NeedsAction);
            }

            var manager = unit.ManagerId is { } managerId ? actor.Organisation.FindPerson(managerId) : null;
            created = stop.Finish(actor.Person, unit, needs, trend, comment, time.GetUtcNow(), manager);
        }, cancellationToken);
        if (finished.IsRefused)
        {
            // Finished already (e.g. a retry after a failure while adding the actions): the result as it is.
            return finished.Refusals is [{ Reason: RefusalReason.AlreadyFinished }] && finished.Unchanged is { } read
                ? await summaries.OfAsync(actor.Tenant, read.Unit, read.Stop, cancellationToken)
                : finished;
        }

        var (unit, stop) = finished.Value;
        await actions.AddAsync(created, cancellationToken);
        logger.LogInformation("Stop {Number} of {Unit} {Year} finished with {Count} action(s)", stop.Key.Number, stop.Key.UnitId, stop.Key.Year, created.Count);
        foreach (var action in created)
        {
            // Each owner the proposals named is told (once, through the outbox; sent after this answer).
            await actionNotices.OwnerNamedAsync(actor.Organisation, unit, action, actor.Person, null, cancellationToken);
        }

        var summary = await summaries.OfAsync(actor.Tenant, unit, stop, cancellationToken);
        await notices.StopFinishedAsync(actor.Organisation, unit, stop, summary.Actions, cancellationToken);
        return summary;
    }
}
