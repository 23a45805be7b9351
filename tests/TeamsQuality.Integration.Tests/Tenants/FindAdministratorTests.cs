using TeamsQuality.Application.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;

namespace TeamsQuality.Integration.Tests.Tenants;

/// <summary>
/// The use case every change to an organisation starts from, with the operator's configuration as the app reads it (no
/// IO): the app role or the tenant's own bootstrap list, and only in a tenant that is enabled.
/// </summary>
public sealed class FindAdministratorTests
{
    private const string Kommun = "a2000000-0000-4000-8000-0000000000a2";
    private const string Grannkommun = "b2000000-0000-4000-8000-0000000000b2";
    private const string NotEnabled = "c2000000-0000-4000-8000-0000000000c2";
    private const string Ingrid = "0b3f1a52-7d0e-4d0a-9a51-000000000041";

    private static readonly FindAdministrator Find = new(TestTenants.Policies(new Dictionary<string, string?>
    {
        [$"Tenants:{Kommun}:Enabled"] = "true",
        [$"Tenants:{Kommun}:Administrators:0"] = Ingrid,
        [$"Tenants:{Grannkommun}:Enabled"] = "true",
        [$"Tenants:{NotEnabled}:Administrators:0"] = Ingrid,
    }));

    [Fact]
    public void The_bootstrap_administrator_administers_her_own_tenant_only()
    {
        var found = Find.Run(new TenantId(Kommun), Ingrid, "Ingrid Dahl", []);

        Assert.False(found.IsRefused);
        Assert.Equal(new Administrator(new TenantId(Kommun), Ingrid, "Ingrid Dahl"), found.Value);
        // The same object id in the neighbour's tenant is nobody there.
        Assert.True(Find.Run(new TenantId(Grannkommun), Ingrid, "Ingrid Dahl", []).IsRefused);
    }

    [Fact]
    public void The_app_role_makes_anyone_an_administrator_of_an_enabled_tenant()
    {
        Assert.False(Find.Run(new TenantId(Grannkommun), "someone", "Någon", [Administration.AppRole]).IsRefused);
        Assert.True(Find.Run(new TenantId(Grannkommun), "someone", "Någon", ["Kvalitetsadministratör"]).IsRefused);
    }

    [Fact]
    public void Nobody_administers_a_tenant_that_is_not_enabled_not_even_with_the_role_or_on_the_list()
    {
        Assert.True(Find.Run(new TenantId(NotEnabled), Ingrid, "Ingrid Dahl", [Administration.AppRole]).IsRefused);
    }
}
