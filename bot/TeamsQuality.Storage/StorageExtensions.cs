using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Garage;
using TeamsQuality.Storage.Logbook;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Storage.Risks;
using TeamsQuality.Storage.SelfChecks;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Wheel;

namespace TeamsQuality.Storage;

public static class StorageExtensions
{
    /// <summary>Table storage and the repositories over it (the protocol's own stores: AddBotStateStores in TeamsQuality.Teams.Storage).</summary>
    public static IServiceCollection AddTeamsQualityStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TableStore>();
        services.TryAddSingleton<TenantRegistry>();
        services.TryAddSingleton<OrganisationRepository>();
        services.TryAddSingleton<TeamRosterRepository>();
        services.TryAddSingleton<WheelRepository>();
        services.TryAddSingleton<LearningStopRepository>();
        services.TryAddSingleton<ImprovementActionRepository>();
        services.TryAddSingleton<LogbookRepository>();
        services.TryAddSingleton<GarageRepository>();
        services.TryAddSingleton<StopCalendar>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<JobState>();
        services.TryAddSingleton<DeviationRepository>();
        services.TryAddSingleton<RiskRepository>();
        services.TryAddSingleton<SelfCheckPlanRepository>();
        services.TryAddSingleton<SelfCheckTemplateRepository>();
        services.TryAddSingleton<SelfCheckResultRepository>();
        services.TryAddSingleton<QualityReports.QualityReportDraftRepository>();
        services.TryAddSingleton<Digest.DigestSubscriptionRepository>();
        return services;
    }
}
