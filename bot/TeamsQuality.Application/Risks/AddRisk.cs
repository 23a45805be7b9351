using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Risks;

namespace TeamsQuality.Application.Risks;

/// <summary>
/// The unit's manager or a quality developer adds a risk to the unit's register: process, description, probability and
/// consequence. Refused by the rules, every field at once, with the register as it was (or, for someone who may not
/// read the register, its own refusal).
/// </summary>
public sealed class AddRisk(RiskRepository risks, RiskRegister register, TimeProvider time) : IUseCase
{
    public async Task<Outcome<RiskRegisterView>> RunAsync(
        Actor actor, Unit unit, string? process, string? description, Probability? probability, Consequence? consequence, CancellationToken cancellationToken)
    {
        Risk risk;
        try
        {
            risk = Risk.Identify(Guid.NewGuid().ToString("N"), unit, actor.Person, process, description, probability, consequence, time.GetUtcNow());
        }
        catch (RuleException refused)
        {
            var unchanged = await register.RunAsync(actor, unit, cancellationToken);
            return unchanged.IsRefused ? unchanged : Outcome.Refused(refused.Refusals, unchanged.Value);
        }

        await risks.AddAsync(actor.Tenant, risk, cancellationToken);
        return await register.RunAsync(actor, unit, cancellationToken);
    }
}
