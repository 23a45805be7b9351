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
        foreach (var type in typeof(IUseCase).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IUseCase).IsAssignableFrom(t)))
        {
            services.TryAddScoped(type);
        }

        return services;
    }
}
