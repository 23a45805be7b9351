using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Playground;

/// <summary>
/// The tenant the playground stands in for, as Teams and Microsoft Graph know it (not as TeamsQuality's organisation
/// has it): its people with what Entra has on them, and its teams with their channels and members. The playground
/// serves the Bot Framework roster and the Graph stand-in from it, so onboarding goes the way it goes in Teams.
/// </summary>
/// <param name="Tenant">The Entra tenant.</param>
/// <param name="People">Everyone in the tenant the stand-in knows.</param>
/// <param name="Teams">The Teams teams the app is (or will be) installed in.</param>
public sealed record StandInDirectory(TenantId Tenant, IReadOnlyList<DirectoryPerson> People, IReadOnlyList<DirectoryTeam> Teams)
{
    /// <summary>
    /// The app roles the tenant's IT assigned on the app registration, per person's object id (e.g. Kvalitetsadministrator):
    /// Entra puts them in the person's token's <c>roles</c>, and so does the playground's stand-in for it.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AppRoles { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The app roles a person holds; none when not assigned any.</summary>
    public IReadOnlyList<string> AppRolesOf(string personId) =>
        AppRoles.FirstOrDefault(r => string.Equals(r.Key, personId, StringComparison.OrdinalIgnoreCase)).Value ?? [];

    public DirectoryPerson? FindPerson(string id) =>
        People.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    public DirectoryTeam? FindTeam(string teamId) =>
        Teams.FirstOrDefault(t => string.Equals(t.Id, teamId, StringComparison.Ordinal));
}

/// <summary>A person as Entra has them.</summary>
/// <param name="Id">Entra object id (Teams' aadObjectId).</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Mail / user principal name.</param>
/// <param name="JobTitle">Entra's job title, if any.</param>
/// <param name="Department">Entra's department, if any.</param>
/// <param name="ManagerId">Their manager's object id in Entra, if any.</param>
public sealed record DirectoryPerson(string Id, string Name, string Email, string? JobTitle, string? Department, string? ManagerId);

/// <summary>A Teams team: its channels (the first is General) and its members by object id, owners among them.</summary>
public sealed record DirectoryTeam(string Id, string Name, IReadOnlyList<DirectoryChannel> Channels, IReadOnlyList<string> MemberIds, IReadOnlyList<string> OwnerIds);

/// <summary>A channel of a team.</summary>
public sealed record DirectoryChannel(string Id, string Name);
