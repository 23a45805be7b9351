using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Actions;

/// <summary>
/// One action as one person sees it: the action, the report it came from when it came from one and they may see that
/// report (else null: the card says "a report"), and whether they may change it (its owner, the acting manager).
/// </summary>
public sealed record ActionView(Unit Unit, ImprovementAction Action, DeviationReference? Report, bool CanChange);

/// <summary>Who may see the report an action came from: the report's own rule, the same as <c>ActionNotices</c> follows.</summary>
public static class ActionReports
{
    /// <summary>The report's reference when the action came from a report the viewer may see; else null.</summary>
    public static async Task<DeviationReference?> VisibleAsync(
        DeviationRepository reports, ImprovementAction action, Person viewer, Unit unit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (action.Origin.Kind != ActionOriginKind.Avvikelse || !DeviationReference.TryParse(action.Origin.Reference, out var reference))
        {
            return null;
        }

        var report = await reports.FindAsync(action.Tenant, reference, cancellationToken);
        return report is not null && report.CanSee(viewer, unit, now) ? reference : null;
    }

    /// <summary>The view of an action for a person.</summary>
    public static async Task<ActionView> ViewAsync(
        DeviationRepository reports, ImprovementAction action, Person viewer, Unit unit, DateTimeOffset now, CancellationToken cancellationToken) =>
        new(unit, action, await VisibleAsync(reports, action, viewer, unit, now, cancellationToken), action.CanChange(viewer, unit, now));

    /// <summary>
    /// The one way an action changes: read it, let the domain decide (<paramref name="decide"/> throws a
    /// <see cref="Domain.Rules.RuleException"/> to refuse, and nothing is saved then), save it on its ETag with its new
    /// history, and return it as the person sees it; refused with the action as it is. Not found: refused NotFound.
    /// </summary>
    public static async Task<Outcome<ActionView>> ChangeAsync(
        ImprovementActionRepository actions, DeviationRepository reports, Actor actor, Unit unit, string actionId, DateTimeOffset now,
        Action<ImprovementAction> decide, CancellationToken cancellationToken)
    {
        var saved = await actions.UpdateAsync(actor.Tenant, unit.Id, actionId, action => Rules.Decide(() =>
        {
            decide(action);
            return true;
        }), cancellationToken);
        if (saved is not { } done)
        {
            return Outcome.Refused<ActionView>(Domain.Rules.RefusalReason.NotFound);
        }

        var view = await ViewAsync(reports, done.Action, actor.Person, unit, now, cancellationToken);
        return done.Result.IsRefused ? Outcome.Refused(done.Result.Refusals, view) : view;
    }
}
