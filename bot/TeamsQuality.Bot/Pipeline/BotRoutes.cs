using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsQuality.Bot.Actions;
using TeamsQuality.Bot.Deviations;
using TeamsQuality.Bot.Digest;
using TeamsQuality.Bot.Garage;
using TeamsQuality.Bot.Help;
using TeamsQuality.Bot.Logbook;
using TeamsQuality.Bot.Organisations;
using TeamsQuality.Bot.Outboxes;
using TeamsQuality.Bot.Risks;
using TeamsQuality.Bot.SelfChecks;
using TeamsQuality.Bot.Stops;
using TeamsQuality.Bot.Wheel;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Pipeline;

/// <summary>
/// Every feature's handlers in one list: registered per turn (scoped), and mapped to their commands and verbs. A new
/// feature adds its handler class in both places.
/// </summary>
public static class BotRoutes
{
    public static IServiceCollection AddBotHandlers(this IServiceCollection services)
    {
        services.AddSingleton<AskerLookup>();
        services.AddSingleton<TeamsQuality.Teams.Hosting.ITenantGate, TenantGate>();
        services.AddScoped<DeviationHandlers>();
        services.AddScoped<UnitDeviationsHandlers>();
        services.AddScoped<RiskHandlers>();
        services.AddScoped<SubstituteHandlers>();
        services.AddScoped<UndeliveredHandlers>();
        services.AddScoped<HelpHandlers>();
        services.AddScoped<TeamRosterHandlers>();
        services.AddScoped<StopHandlers>();
        services.AddScoped<LogbookHandlers>();
        services.AddScoped<WheelHandlers>();
        services.AddScoped<GarageHandlers>();
        services.AddScoped<SelfCheckPlanHandlers>();
        services.AddScoped<SelfCheckHandlers>();
        services.AddScoped<ActionHandlers>();
        services.AddScoped<DigestHandlers>();
        services.AddScoped<IvoPackageHandlers>();
        services.TryAddScoped<QualityReports.QualityReportViews>();
        services.AddScoped<QualityReports.QualityReportHandlers>();
        return services;
    }

    public static void Map(IServiceProvider services, ActivityRouter router)
    {
        var routes = new FeatureRoutes(router);
        StopHandlers.Map(routes);
        LogbookHandlers.Map(routes);
        WheelHandlers.Map(routes);
        DeviationHandlers.Map(routes);
        RiskHandlers.Map(routes);
        UndeliveredHandlers.Map(routes);
        UnitDeviationsHandlers.Map(routes);
        SubstituteHandlers.Map(routes);
        GarageHandlers.Map(routes);
        SelfCheckPlanHandlers.Map(routes);
        SelfCheckHandlers.Map(routes);
        ActionHandlers.Map(routes);
        DigestHandlers.Map(routes);
        IvoPackageHandlers.Map(routes);
        QualityReports.QualityReportHandlers.Map(routes);

        // Before the welcome: an update runs every handler mapped for it, in order, and the welcome in a team not set up
        // names who of the team may set it up from the roster just learned.
        TeamRosterHandlers.Map(routes);

        // Last: help, profile, welcome, the fallback for what nobody else understood, and what the user is told on failure.
        HelpHandlers.Map(routes);
    }
}
