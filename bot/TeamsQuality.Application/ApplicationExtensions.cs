using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Application.Tenants;

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
        if (!services.Any(d => d.ServiceType == typeof(TenantPolicies)))
        {
            AddTenants(services);
        }

        foreach (var type in typeof(IUseCase).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IUseCase).IsAssignableFrom(t)))
        {
            services.TryAddScoped(type);
        }

        return services;
    }

    /// <summary>
    /// The operator's per-tenant settings and the global defaults they override, resolved by <see cref="TenantPolicies"/>.
    /// Once per container: the hosts and the jobs' registrations all call <see cref="AddTeamsQualityUseCases"/>.
    /// </summary>
    private static void AddTenants(IServiceCollection services)
    {
        services.AddOptions<DeviationOptions>().BindConfiguration(DeviationOptions.SectionName);

        // Binds "Tenants:<tenantId>:…" into TenantsOptions.Settings (the section's children are tenant ids).
        services.AddOptions<TenantsOptions>().Configure<IConfiguration>((options, config) =>
        {
            foreach (var tenant in config.GetSection(TenantsOptions.SectionName).GetChildren())
            {
                var settings = new TenantSettings();
                tenant.Bind(settings);
                options.Settings[tenant.Key] = settings;
            }

            // A single-tenant registration serves its own tenant: enabled without listing it. The key is the bot
            // registration's (BotOptions in the protocol project, which the use cases do not see).
            if (config["Bot:TenantId"] is { } own && !string.IsNullOrWhiteSpace(own))
            {
                options.EnabledWithoutListing.Add(own.Trim());
            }

            // The global default of quiet hours keeps its key from before tenants had their own (./run turns it off).
            options.QuietHours = config.GetValue("Hangfire:QuietHours", true);
        }).ValidateOnStart();
        // A changed configuration (enabling a tenant, say) is read again without a restart, where the host reloads it.
        services.AddSingleton<IOptionsChangeTokenSource<TenantsOptions>>(sp => new ConfigurationChangeTokenSource<TenantsOptions>(sp.GetRequiredService<IConfiguration>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TenantsOptions>, TenantsOptionsValidator>());
        services.TryAddSingleton<TenantPolicies>();
    }
}
