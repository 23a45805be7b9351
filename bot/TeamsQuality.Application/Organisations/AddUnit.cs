using Microsoft.Extensions.Logging;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Adds a unit by name (unique in the organisation); its id is made from the name ("Hemtjänst Norra" →
/// "hemtjanst-norra") and is the <see cref="HistoryEntry.UnitId"/> of the change's one entry. The new unit gets its
/// year of hållplatser at once (<see cref="PlanYear"/>, as the nightly planning would), so the due scan reaches it from
/// the day it is set up, whoever adds it (the setup tab, the demo's onboarding).
/// </summary>
public sealed class AddUnit(OrganisationRepository organisations, PlanYear planYear, TimeProvider time, ILogger<AddUnit> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var added = await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.AddUnit(organisation, administrator, name, now), cancellationToken);
        if (!added.IsRefused && added.Value.Changed)
        {
            await planYear.RunAsync(administrator.Tenant, cancellationToken);
        }

        return added;
    }
}
