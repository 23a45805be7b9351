using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Teams.Auth;

namespace TeamsQuality.Playground;

/// <summary>
/// How a host takes the playground in: <see cref="AddPlayground"/> when building, <see cref="MapPlayground"/> once
/// built. It serves only in local mode: no <c>Bot:AppId</c> (so inbound authentication is off) and
/// <c>Playground:Enabled</c> not false.
/// </summary>
public static class PlaygroundHosting
{
    /// <summary>
    /// The playground's services and options. Whether it is on is decided when the options are first used, not here, so
    /// configuration that hosts and tests add after this call is seen; nothing of it runs unless it is on.
    /// </summary>
    /// <param name="directory">The tenant the playground stands in for: its people and teams as Teams and Entra know them
    /// (the host's demo tenant). The page offers its organisation's people; the team name is its first team's.</param>
    public static WebApplicationBuilder AddPlayground(this WebApplicationBuilder builder, StandInDirectory directory)
    {
        builder.Services.AddSingleton(directory);
        var tenant = directory.Tenant;
        var teamName = directory.Teams.Count > 0 ? directory.Teams[0].Name : string.Empty;
        builder.Services.AddOptions<PlaygroundOptions>()
            .Bind(builder.Configuration.GetSection(PlaygroundOptions.SectionName))
            .PostConfigure<IConfiguration, IHostEnvironment, IOptions<BotOptions>>((playground, config, environment, bot) =>
            {
                playground.Tenant = tenant;
                playground.TeamName = teamName;
                playground.PublicBaseUrl = config["App:PublicBaseUrl"] is { Length: > 0 } publicBaseUrl ? publicBaseUrl : playground.PublicBaseUrl;
                playground.Enabled = !bot.Value.AuthenticationEnabled && config.GetValue($"{PlaygroundOptions.SectionName}:{nameof(PlaygroundOptions.Enabled)}", true);
                playground.WebChatBundlePath ??= FindUpwards(environment.ContentRootPath, Path.Combine("tools", "webchat", "webchat.js"));
            });
        builder.Services.AddSingleton<PlaygroundChannel>();
        builder.Services.AddSingleton<GraphStandIn>();
        builder.Services.AddSingleton<PlaygroundSso>();
        builder.Services.AddHttpClient(nameof(PlaygroundChannel), client => client.Timeout = TimeSpan.FromSeconds(30));
        return builder;
    }

    /// <summary>
    /// In local mode: the page at / (its files are inside this assembly), its API, Direct Line for Web Chat and the
    /// connector endpoint the bot calls. Otherwise nothing.
    /// </summary>
    /// <returns>Whether the playground is served.</returns>
    public static bool MapPlayground(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PlaygroundOptions>>().Value;
        if (!options.Enabled)
        {
            return false;
        }

        var files = new EmbeddedFileProvider(typeof(PlaygroundHosting).Assembly, typeof(PlaygroundHosting).Namespace + ".wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapPlaygroundEndpoints();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TeamsQuality.Playground");
        app.Lifetime.ApplicationStarted.Register(() => logger.LogInformation("Playground: {Url}", options.PublicBaseUrl));
        return true;
    }

    private static string? FindUpwards(string start, string relative)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
