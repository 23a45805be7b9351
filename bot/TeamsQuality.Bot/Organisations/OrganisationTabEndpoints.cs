using TeamsQuality.Application.Organisations;
using TeamsQuality.Bot.Tab;
using TeamsQuality.Cards;

namespace TeamsQuality.Bot.Organisations;

/// <summary>The organisation in the tab: who is signed in and what they may do with their tenant's organisation.</summary>
internal static class OrganisationTabEndpoints
{
    public static void Map(RouteGroupBuilder tab)
    {
        tab.MapGet("/me", MeAsync);
    }

    /// <summary>
    /// GET /api/tab/me: the caller (name, object id, tenant, app roles), whether they administer the tenant, the
    /// tenant's organisation if it has one, and the caller in it if they are.
    /// </summary>
    private static async Task<IResult> MeAsync(TabCaller caller, WhoAmI whoAmI, FindAdministrator administrators, CancellationToken cancellationToken)
    {
        var profile = (await whoAmI.RunAsync(caller.Tenant, caller.ObjectId, cancellationToken)).Value;
        var (administrator, _) = caller.AsAdministrator(administrators);
        var texts = Texts.For(caller.Language);
        var organisation = profile.Organisation;
        var person = profile.Person;
        return Results.Json(new
        {
            name = caller.Name,
            objectId = caller.ObjectId,
            tenantId = caller.Tenant.Value,
            roles = caller.Roles,
            administrator = administrator is not null,
            organisation = organisation is null ? null : new { name = organisation.Name, units = organisation.Units.Count, people = organisation.People.Count },
            person = person is null ? null : new
            {
                role = person.Role.ToString(),
                roleLabel = texts.RoleName(person.Role),
                unit = person.UnitId is null ? null : organisation?.FindUnit(person.UnitId)?.Name,
            },
        });
    }
}
