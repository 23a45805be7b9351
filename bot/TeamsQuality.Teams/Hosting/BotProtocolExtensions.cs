using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Auth;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Teams.Hosting;

public static class BotProtocolExtensions
{
    /// <summary>
    /// The outbound side of the protocol (connector client, tokens, proactive messages): enough for a host that only
    /// sends, like the job worker.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBotAccessTokenSource, AzureIdentityBotTokenSource>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddTransient<ProactiveMessenger>();

        // Teams' send limits: in this process by default; the jobs' PostgreSQL store replaces it for several servers.
        services.AddOptions<SendLimitOptions>().Bind(configuration.GetSection(SendLimitOptions.SectionName));
        services.TryAddSingleton<IRateStore, InProcessRateStore>();
        services.TryAddSingleton<ISendLimiter, GcraSendLimiter>();
        return services;
    }

    /// <summary>
    /// The inbound side too: authentication, routing and the /api/messages handler. A host that registers a
    /// <see cref="SlowInvokeAnswer"/> (before or after this) has a slow invoke answered with it, and one that registers an
    /// <see cref="ITenantGate"/> has it decide which tenants are served (without one, all are).
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration, Action<IServiceProvider, ActivityRouter> configureRoutes)
    {
        services.AddBotConnector(configuration);
        services.AddHttpClient(nameof(InboundAuthenticator));
        services.TryAddSingleton<InboundAuthenticator>();
        services.TryAddSingleton<BackgroundTurns>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundTurns>());
        services.TryAddSingleton(sp =>
        {
            var router = new ActivityRouter();
            configureRoutes(sp, router);
            return router;
        });
        services.TryAddSingleton(new SlowInvokeAnswer(_ => InvokeResponse.Message("…")));
        services.TryAddSingleton<ITenantGate, OpenTenantGate>();
        services.TryAddSingleton<BotRequestHandler>();
        return services;
    }

    /// <summary>Maps POST /api/messages.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, (HttpRequest request, BotRequestHandler handler, CancellationToken cancellationToken) =>
            handler.HandleAsync(request, cancellationToken));
}
