using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>The templates a plan can start from: the built-in ones first, then those the organisation's quality developers offered, by name.</summary>
public sealed class OfferedSelfCheckTemplates(SelfCheckTemplateRepository templates) : IUseCase
{
    public async Task<IReadOnlyList<SelfCheckTemplate>> RunAsync(Actor actor, CancellationToken cancellationToken) =>
        [.. SelfCheckTemplates.BuiltIn, .. await templates.ListAsync(actor.Tenant, cancellationToken)];
}
