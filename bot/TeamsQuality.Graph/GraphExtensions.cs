using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsQuality.Application.Organisations;

namespace TeamsQuality.Graph;

public static class GraphExtensions
{
    /// <summary>Microsoft Graph behind <see cref="ITenantDirectory"/> ("Graph" section; the identity is the bot's, "Bot").</summary>
    public static IServiceCollection AddTeamsQualityGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName));
        services.TryAddSingleton<GraphClients>();
        services.TryAddSingleton<ITenantDirectory, GraphTenantDirectory>();
        return services;
    }
}
