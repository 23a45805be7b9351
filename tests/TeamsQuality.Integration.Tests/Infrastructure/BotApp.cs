using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// The whole bot, on real Kestrel on a free loopback port, against the test run's Azurite with tables of its own
/// (a fresh prefix per instance unless one is given, so a "restart" can reuse the tables).
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly string _environment;

    public BotApp(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? tablePrefix = null, string environment = "Development")
    {
        _environment = environment;
        Port = RepoPaths.FreePort();
        TablePrefix = tablePrefix ?? "t" + Guid.NewGuid().ToString("N")[..10];
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["App:PublicBaseUrl"] = BaseUrl,
            ["Bot:RetryBaseDelay"] = "00:00:00.050",
            ["Logging:LogLevel:Default"] = "Warning",
            // The tests file their own lex Sarah reports and count from LS-…-0001; the demo's are tested on their own.
            ["Demo:LexSarahReports"] = "false",
            // Nor Hemtjänst Norra's finished stops and reports of the year (DemoQualityYear): tests start from empty stops.
            ["Demo:QualityYear"] = "false",
            // Many hosts start in one test process; the renderers warm up there with the first document a test renders.
            ["Documents:WarmUpAtStart"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        // Kestrel listens where the "urls" setting says, read when the server starts. UseKestrel(Port) would set the
        // address on the built host from the test's thread while the app's own Main starts it: a race the app loses
        // when nothing delays the server's start.
        UseKestrel();
    }

    public int Port { get; }

    public string TablePrefix { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts the server and gives a client for it.</summary>
    public HttpClient Client()
    {
        StartServer();
        return new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, BaseUrl);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
