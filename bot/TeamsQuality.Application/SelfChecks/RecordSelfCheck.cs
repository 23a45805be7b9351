using TeamsQuality.Application.Actions;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Storage;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// Records (or corrects) the result of one occurrence of a control point: Godkänd, or Ej godkänd with an action planned
/// through <see cref="AddAction"/> (origin Egenkontroll, referencing the point and the occurrence; its owner told) or a
/// recorded reason. The result's rules are checked first, then the action's; nothing is saved unless both pass, and a
/// refusal comes back with the occurrence as it was read. The action's id is derived from the result's revision, so a
/// retried press adds it once.
/// </summary>
public sealed class RecordSelfCheck(OpenSelfCheck open, SelfCheckResultRepository results, AddAction addAction, TimeProvider time) : IUseCase
{
    /// <param name="action">The action form, when the result is saved with an action; null otherwise.</param>
    public async Task<Outcome<SelfCheckView>> RunAsync(
        Actor actor, Unit unit, int year, string pointId, int period, CheckInput input, NewAction? action, CancellationToken cancellationToken)
    {
        var opened = await open.RunAsync(actor, unit, year, pointId, period, cancellationToken);
        if (opened.IsRefused)
        {
            return opened;
        }

        var view = opened.Value;
        var (point, occurrence, previous) = (view.Point, view.Occurrence, view.Stored);
        var now = time.GetUtcNow();
        var actionId = action is null ? null : $"egk-{unit.Id}-{point.Id}-{occurrence.Key}-{(previous?.Result.History.Count ?? 0) + 1}";
        SelfCheckResult result;
        try
        {
            result = SelfCheckResult.Record(unit, point, occurrence, actor.Person, input, actionId, now, previous?.Result);
        }
        catch (RuleException refused)
        {
            return Outcome.Refused(refused.Refusals, view);
        }

        ImprovementAction? planned = null;
        if (action is not null)
        {
            var origin = new ActionOrigin(
                ActionOriginKind.Egenkontroll, SelfCheckResult.ReferenceOf(point.Id, occurrence), $"Egenkontroll: {point.What} ({occurrence.Key})");
            var added = await addAction.RunAsync(actor, unit, action, origin, actionId, cancellationToken);
            if (added.IsRefused)
            {
                return Outcome.Refused(added.Refusals, view);
            }

            planned = added.Value;
        }

        try
        {
            await results.SaveAsync(actor.Tenant, result, previous?.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            var current = await open.RunAsync(actor, unit, year, pointId, period, cancellationToken);
            return current.IsRefused ? current : Outcome.Refused([new Refusal(RefusalReason.ChangedMeanwhile)], current.Value);
        }

        var saved = await results.FindAsync(actor.Tenant, unit.Id, year, pointId, period, cancellationToken);
        return view with { Stored = saved, Latest = saved?.Result ?? view.Latest, Action = planned };
    }
}
