using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>Names the organisation: creates it when the tenant has none (the first step of a setup), else renames it.</summary>
public sealed class NameOrganisation(OrganisationRepository organisations, TimeProvider time, ILogger<NameOrganisation> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="name">The name, e.g. "Sjöbacka kommun, socialförvaltningen".</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so); or refused, each refusal naming its field.</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, string? name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.NameOrganisation(organisation, administrator, name, now), cancellationToken);
    }
}
