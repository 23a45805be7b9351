using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Risks;

namespace TeamsQuality.Application.Risks;

/// <summary>One risk as one person reads it: the risk with its history, its actions from the unit's plan, and whether they may change it.</summary>
public sealed record RiskView(Unit Unit, Risk Risk, IReadOnlyList<ImprovementAction> Actions, bool CanChange);

/// <summary>
/// Opens one risk of a unit for those who work with the unit. Every use case that shows or changes a risk goes through
/// here, so who may see it is checked in one place. A unit or risk that is not there and one the person may not see are
/// refused alike (<see cref="RefusalReason.NotFound"/>, nothing read to show).
/// </summary>
public sealed class OpenRisk(RiskRepository risks, ImprovementActionRepository plan, TimeProvider time) : IUseCase
{
    public async Task<Outcome<RiskView>> RunAsync(Actor actor, string? unitId, string? riskId, CancellationToken cancellationToken) =>
        await FindAsync(actor, unitId, riskId, cancellationToken) is { } found
            ? await ViewAsync(actor, found.Unit, found.Risk, cancellationToken)
            : Outcome.Refused<RiskView>(RefusalReason.NotFound);

    /// <summary>
    /// Applies a change to a risk the person may see and saves it (conditional on its ETag; read again and decided again
    /// when someone else saved it meanwhile). Refused by the rules: nothing is saved, and the risk comes back as it is.
    /// </summary>
    internal async Task<Outcome<RiskView>> ChangeAsync(
        Actor actor, string? unitId, string? riskId, Action<Risk, Unit, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        if (await FindAsync(actor, unitId, riskId, cancellationToken) is not { } found)
        {
            return Outcome.Refused<RiskView>(RefusalReason.NotFound);
        }

        try
        {
            var saved = await risks.UpdateAsync(actor.Tenant, found.Unit.Id, found.Risk.Id, risk => change(risk, found.Unit, time.GetUtcNow()), cancellationToken);
            return await ViewAsync(actor, found.Unit, saved, cancellationToken);
        }
        catch (RuleException refused)
        {
            // Shown as it is now (it may have changed since the card was read: that is often why it was refused).
            var current = await risks.FindAsync(actor.Tenant, found.Unit.Id, found.Risk.Id, cancellationToken) ?? found.Risk;
            return Outcome.Refused(refused.Refusals, await ViewAsync(actor, found.Unit, current, cancellationToken));
        }
    }

    /// <summary>The risk the press names, in a unit the person works with; null otherwise.</summary>
    internal async Task<(Unit Unit, Risk Risk)?> FindAsync(Actor actor, string? unitId, string? riskId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(unitId) || string.IsNullOrWhiteSpace(riskId) || actor.Organisation.FindUnit(unitId) is not { } unit || !actor.Person.WorksWith(unit.Id))
        {
            return null;
        }

        return await risks.FindAsync(actor.Tenant, unit.Id, riskId, cancellationToken) is { } risk ? (unit, risk) : null;
    }

    internal async Task<RiskView> ViewAsync(Actor actor, Unit unit, Risk risk, CancellationToken cancellationToken)
    {
        var actions = await plan.ListAsync(actor.Tenant, unit.Id, cancellationToken);
        return new RiskView(unit, risk, actions.Where(a => RiskActions.CameFrom(a, risk)).OrderBy(a => a.CreatedAt).ToList(), Risk.CanAdd(actor.Person, unit));
    }
}
