using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>The unit is linked to no channel any more; its people stay.</summary>
public sealed class UnlinkUnitChannel(OrganisationRepository organisations, TimeProvider time, ILogger<UnlinkUnitChannel> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? unitId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.UnlinkChannel(organisation, administrator, unitId, now), cancellationToken);
    }
}
