using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Whether a signed-in person administers their tenant (<see cref="Administration.May"/>): every change to the
/// organisation starts here, so nobody else can make one.
/// </summary>
public sealed class FindAdministrator(TenantPolicies tenants) : IUseCase
{
    /// <param name="tenant">The tenant of the person's token.</param>
    /// <param name="personId">Their Entra object id (the token's <c>oid</c>).</param>
    /// <param name="name">Their display name.</param>
    /// <param name="tokenRoles">The app roles in their token (<c>roles</c>).</param>
    /// <remarks>
    /// Nobody administers a tenant the operator has not enabled: its organisation is not to be stored at all.
    /// </remarks>
    public Outcome<Administrator> Run(TenantId tenant, string personId, string name, IReadOnlyCollection<string> tokenRoles)
    {
        var policy = tenants.For(tenant);
        return policy.Enabled && Administration.May(personId, tokenRoles, policy.Administrators)
            ? new Administrator(tenant, personId, name)
            : Outcome.Refused<Administrator>(RefusalReason.NotAllowed);
    }
}
