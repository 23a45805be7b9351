using Microsoft.Extensions.Options;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>Whether the tenant has an organisation yet and, when not, who may set it up before IT has assigned the app role.</summary>
/// <param name="HasOrganisation">The tenant's organisation exists.</param>
/// <param name="Administrators">
/// The operator's first administrators (<c>Tenants:&lt;id&gt;:Administrators</c>) by their name in one of the tenant's
/// teams as Teams listed them; those in no recorded team are not named: nobody there would know them.
/// </param>
public sealed record TenantSetup(bool HasOrganisation, IReadOnlyList<string> Administrators);

/// <summary>
/// For someone who is not in the organisation: whether that is because the tenant has none yet (then they are told who
/// sets it up and where, as the welcome in a team says), or because nobody added them.
/// </summary>
public sealed class FindTenantSetup(OrganisationRepository organisations, TeamRosterRepository rosters, IOptionsMonitor<TenantsOptions> tenants) : IUseCase
{
    public async Task<TenantSetup> RunAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(tenant, cancellationToken) is not null)
        {
            return new TenantSetup(true, []);
        }

        var bootstrap = tenants.CurrentValue.For(tenant).Administrators;
        var teams = bootstrap.Count == 0 ? [] : await rosters.ListAsync(tenant, cancellationToken);
        return new TenantSetup(false, NamesIn(bootstrap, teams));
    }

    /// <summary>The people's names as these teams list them, in the order asked; those in none of the teams left out.</summary>
    internal static IReadOnlyList<string> NamesIn(IEnumerable<string> personIds, IEnumerable<TeamRoster> teams)
    {
        var members = teams.SelectMany(t => t.Members).ToList();
        return personIds.Select(id => members.FirstOrDefault(m => m.Is(id))?.Name)
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Select(name => name!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
