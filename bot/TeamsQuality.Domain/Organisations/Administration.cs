namespace TeamsQuality.Domain.Organisations;

/// <summary>
/// Someone who may set up and change the organisation of a tenant (a kvalitetsadministratör): units, people, roles,
/// channels, the wheel. Usually a quality developer; the customer's IT decides who by assigning the app role, so the
/// organisation is never changed by someone merely because they are in it.
/// </summary>
/// <param name="Tenant">The tenant they administer (the one they signed in with).</param>
/// <param name="PersonId">Their Entra object id.</param>
/// <param name="Name">Their display name, for the organisation's history.</param>
public sealed record Administrator(TenantId Tenant, string PersonId, string Name);

/// <summary>Who administers: the Entra app role, or, for the very first setup, the operator's list.</summary>
public static class Administration
{
    /// <summary>
    /// The value of the app role defined on the app registration (display name "Kvalitetsadministratör"); it reaches
    /// the app in the token's <c>roles</c> claim. ASCII, because an app role's value is a claim value.
    /// </summary>
    public const string AppRole = "Kvalitetsadministrator";

    /// <summary>
    /// Whether the person administers the tenant: their token carries the app role, or the operator named them in the
    /// tenant's bootstrap list (<c>Tenants:&lt;tenantId&gt;:Administrators</c>, Entra object ids) for the first setup.
    /// </summary>
    public static bool May(string personId, IEnumerable<string> tokenRoles, IEnumerable<string> bootstrapAdministrators) =>
        tokenRoles.Contains(AppRole, StringComparer.Ordinal)
        || bootstrapAdministrators.Any(id => string.Equals(id?.Trim(), personId, StringComparison.OrdinalIgnoreCase));
}
