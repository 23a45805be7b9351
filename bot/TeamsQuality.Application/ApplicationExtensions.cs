using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsQuality.Application;

public static class ApplicationExtensions
{
    /// <summary>
    /// Registers every use case (each class marked <see cref="IUseCase"/>) per scope, so a feature's new use case
    /// needs no registration line. The ports they use (notices) are registered by the adapters' own extensions.
    /// </summary>
    public static IServiceCollection AddTeamsQualityUseCases(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Binds "Tenants:<tenantId>:…" into TenantsOptions.Settings (the section's children are tenant ids).
        services.AddOptions<Tenants.TenantsOptions>().Configure<Microsoft.Extensions.Configuration.IConfiguration>((options, config) =>
        {
            foreach (var tenant in config.GetSection(Tenants.TenantsOptions.SectionName).GetChildren())
            {
                var settings = new Tenants.TenantSettings();
                Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(tenant, settings);
                options.Settings[tenant.Key] = settings;
            }
        });
        foreach (var type in typeof(IUseCase).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IUseCase).IsAssignableFrom(t)))
        {
            services.TryAddScoped(type);
        }

        return services;
    }
}
