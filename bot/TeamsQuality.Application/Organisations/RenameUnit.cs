using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>Renames a unit; its id, and everything kept under it, stays.</summary>
public sealed class RenameUnit(OrganisationRepository organisations, TimeProvider time, ILogger<RenameUnit> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="name">Its new name (unique in the organisation).</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? unitId, string? name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.RenameUnit(organisation, administrator, unitId, name, now), cancellationToken);
    }
}
