using TeamsQuality.Application.Actions;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Application.Risks;

/// <summary>
/// From a risk, the unit's manager or a quality developer plans an action against it into the unit's plan: what, the
/// cause it addresses, owner, due date, purpose (the shared form). The risk's rule says who may, and only while the risk
/// is current (<see cref="Risk.RequireActionable"/>); the action is created the one way actions are, by
/// <see cref="AddAction"/>, with the risk as its origin (<see cref="RiskActions.Origin"/>), so it is listed under the
/// risk and in the unit's plan alike. Refused: nothing is saved, and the risk comes back with what was refused.
/// </summary>
public sealed class AddRiskAction(OpenRisk open, AddAction addAction) : IUseCase
{
    public async Task<Outcome<RiskView>> RunAsync(Actor actor, string? unitId, string? riskId, NewAction action, CancellationToken cancellationToken)
    {
        if (await open.FindAsync(actor, unitId, riskId, cancellationToken) is not { } found)
        {
            return Outcome.Refused<RiskView>(RefusalReason.NotFound);
        }

        try
        {
            found.Risk.RequireActionable(actor.Person, found.Unit);
        }
        catch (RuleException refused)
        {
            return Outcome.Refused(refused.Refusals, await open.ViewAsync(actor, found.Unit, found.Risk, cancellationToken));
        }

        var added = await addAction.RunAsync(actor, found.Unit, action, RiskActions.Origin(found.Risk), id: null, cancellationToken);
        var view = await open.ViewAsync(actor, found.Unit, found.Risk, cancellationToken);
        return added.IsRefused ? Outcome.Refused(added.Refusals, view) : view;
    }
}
