using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>The manager group is linked to no channel any more: its stops are held with the deputy director (1:1).</summary>
public sealed class UnlinkManagerGroupChannel(OrganisationRepository organisations, TimeProvider time, ILogger<UnlinkManagerGroupChannel> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>The organisation as the change left it and the history it kept (none: it already was so).</returns>
    public async Task<Outcome<OrganisationChanged>> RunAsync(Administrator administrator, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await SetupChanges.ApplyAsync(organisations, logger, administrator, organisation => Setup.UnlinkManagerGroupChannel(organisation, administrator, now), cancellationToken);
    }
}
