using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsQuality.Application;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Graph;
using TeamsQuality.Playground;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// The playground's Graph stand-in (<see cref="GraphStandIn"/>, Sjöbacka's directory) on a small Kestrel of its own, on
/// loopback: what the bot's real GraphServiceClient calls in these tests, over HTTP.
/// </summary>
public sealed class GraphStandInHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphStandInHost(WebApplication app, GraphStandIn graph, int port)
    {
        _app = app;
        Graph = graph;
        Port = port;
    }

    public GraphStandIn Graph { get; }

    public int Port { get; }

    /// <summary>Graph:BaseUrl for the bot.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/v1.0";

    /// <summary>The settings that point the bot's Graph client here.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Graph:BaseUrl"] = BaseUrl,
        ["Graph:TeamsAppCatalogId"] = GraphStandIn.CatalogAppId,
    };

    public static async Task<GraphStandInHost> StartAsync()
    {
        var port = RepoPaths.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new GraphStandIn(DemoDirectory.Create());
        graph.Map(app, "/v1.0");
        await app.StartAsync();
        return new GraphStandInHost(app, graph, port);
    }

    /// <summary>The bot's own Graph adapter (as the hosts register it) pointed at this stand-in, with these settings on top.</summary>
    public ServiceProvider Directory(IDictionary<string, string?>? settings = null)
    {
        var all = Settings;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddTeamsQualityUseCases();
        services.AddTeamsQualityGraph(configuration);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
