using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.Tenants;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>The tenants' settings as the app resolves them, from configuration given here, for parts built by hand.</summary>
public static class TestTenants
{
    /// <summary>The policies of a configuration (e.g. <c>Tenants:&lt;id&gt;:Enabled</c> = true).</summary>
    public static TenantPolicies Policies(IDictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddTeamsQualityUseCases()
            .BuildServiceProvider()
            .GetRequiredService<TenantPolicies>();

    /// <summary>The policies when only these tenants are enabled.</summary>
    public static TenantPolicies Enabled(params string[] tenantIds) =>
        Policies(tenantIds.ToDictionary(id => $"Tenants:{id}:Enabled", _ => (string?)"true"));
}
