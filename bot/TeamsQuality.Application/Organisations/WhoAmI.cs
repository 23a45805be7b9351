using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>Who someone is to TeamsQuality: their organisation (if the tenant has one) and themselves in it (if they are).</summary>
public sealed record Profile(Organisation? Organisation, Person? Person);

/// <summary>
/// "Vem är jag": the person as the organisation has them, read from storage rather than the host's short cache, so
/// someone just added sees themselves at once. Asked by anyone, also by those not (yet) in the organisation.
/// </summary>
public sealed class WhoAmI(OrganisationRepository organisations) : IUseCase
{
    /// <param name="tenant">The tenant the person signed in with; null when the request named none.</param>
    /// <param name="personId">Their Entra object id; null when the request named none.</param>
    /// <param name="cancellationToken">The turn's.</param>
    public async Task<Outcome<Profile>> RunAsync(TenantId? tenant, string? personId, CancellationToken cancellationToken)
    {
        if (tenant is not { } known)
        {
            return new Profile(null, null);
        }

        var organisation = await organisations.FindAsync(known, cancellationToken);
        return new Profile(organisation, personId is null ? null : organisation?.FindPerson(personId));
    }
}
