using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>Removes a person from the organisation; refused for a unit's manager until another is chosen.</summary>
public sealed class RemovePerson(OrganisationRepository organisations, TimeProvider time, ILogger<RemovePerson> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="personId">Who (Entra object id).</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? personId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.RemovePerson(organisation, administrator, personId, now), cancellationToken);
    }
}
