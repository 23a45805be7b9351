using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsQuality.Bot.Organisations;
using TeamsQuality.Bot.Overview;

namespace TeamsQuality.Bot.Tab;

/// <summary>Every feature's tab endpoints, each mapped by its feature's <c>…TabEndpoints.Map</c> into the signed-in group.</summary>
internal static class TabRoutes
{
    public static void Map(RouteGroupBuilder tab)
    {
        OrganisationTabEndpoints.Map(tab);
        SetupTabEndpoints.Map(tab);
        QualityReports.QualityReportTabEndpoints.Map(tab);
        OverviewTabEndpoints.Map(tab);
    }

    /// <summary>What the features' tab endpoints take besides use cases (registered with <see cref="TabApi.AddTabApi"/>).</summary>
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<Setups>();
        services.TryAddScoped<QualityReports.QualityReportViews>();
    }
}
