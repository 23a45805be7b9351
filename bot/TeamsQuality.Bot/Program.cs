using Hangfire;
using Microsoft.Extensions.Options;
using TeamsQuality.Application;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Bot.Downloads;
using TeamsQuality.Bot.Tab;
using TeamsQuality.Cards;
using TeamsQuality.Graph;
using TeamsQuality.Jobs;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Auth;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Storage;
#if PLAYGROUND
using TeamsQuality.Playground;
#endif

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

// Local use (no bot registration) seeds the demo organisation unless configured otherwise (and serves the playground,
// below). Read when the options are first used, so configuration added by hosts and tests is seen.
builder.Services.AddOptions<DemoOptions>()
    .PostConfigure<IConfiguration>((demo, config) =>
    {
        demo.Seed = config.GetValue($"{DemoOptions.SectionName}:{nameof(DemoOptions.Seed)}", IsLocal(config));
        demo.LexSarahReports = config.GetValue($"{DemoOptions.SectionName}:{nameof(DemoOptions.LexSarahReports)}", true);
        demo.QualityYear = config.GetValue($"{DemoOptions.SectionName}:{nameof(DemoOptions.QualityYear)}", true);
    });

// Local use serves the demo tenant without the operator listing it (Tenants:<id>:Enabled): the playground talks as it.
builder.Services.AddOptions<TeamsQuality.Application.Tenants.TenantsOptions>().PostConfigure<IConfiguration>((tenants, config) =>
{
    if (IsLocal(config))
    {
        tenants.EnabledWithoutListing.Add(DemoOrganisation.Tenant.Value);
    }
});

builder.Services.AddProblemDetails();
builder.Services.AddTeamsQualityHealthChecks(); // readiness: table storage, and PostgreSQL job storage when used
builder.Services.AddTeamsQualityStorage(configuration);
builder.Services.AddBotStateStores();
builder.Services.AddTeamsQualityUseCases();
builder.Services.AddBotHandlers();
builder.Services.AddBotProtocol(configuration, BotRoutes.Map);
// A card action that outlives the turn budget is told at once, in the user's language, that it is being worked on.
builder.Services.AddSingleton(new SlowInvokeAnswer(activity => TeamsQuality.Teams.Activities.InvokeResponse.Message(Texts.ForLocale(activity.Locale).WorkingOnIt)));
builder.Services.AddTeamsQualityJobs(configuration);
builder.Services.AddTeamsQualityGraph(configuration);
// Traces and metrics over OTLP, only when OpenTelemetry:OtlpEndpoint (or OTEL_EXPORTER_OTLP_ENDPOINT) is set.
builder.Services.AddTeamsQualityTelemetry("teamsquality-bot");
// The personal tab's API: every call carries a Teams SSO token, validated against the token's tenant's keys.
builder.Services.AddTabApi(configuration);
builder.Services.AddDownloads(configuration); // short-lived signed links to documents (the quality report, the IVO package)
builder.Services.AddDownloadSource<TeamsQuality.Bot.Deviations.IvoPackageDownload>();
builder.Services.AddDownloadSource<TeamsQuality.Bot.QualityReports.QualityReportDownload>(); // the kvalitetsberättelse as Word and PDF
// The fonts and renderers load in the background at start, not on the first download (Documents:WarmUpAtStart).
builder.Services.AddHostedService<TeamsQuality.Bot.QualityReports.DocumentWarmUpService>();

builder.Services.AddHostedService<StartupReport>();
#if PLAYGROUND
// The local stand-in for Teams (not in a published build, see the .csproj): it offers the demo organisation, whose
// chats and channel posts then go to it.
builder.AddPlayground(DemoDirectory.Create());
// The demo seed adds the app to Sjöbacka's team through the playground, as IT would in Teams (see DemoSeeder).
builder.Services.AddSingleton<IDemoTenantHost, PlaygroundDemoTenant>();
builder.Services.AddOptions<DemoOptions>().PostConfigure<IOptions<PlaygroundOptions>>((demo, playground) =>
    demo.ServiceUrl = playground.Value.Enabled ? playground.Value.ServiceUrl : null);
// Microsoft Graph is the playground's stand-in there (unless Graph:BaseUrl says otherwise), so installing the app for
// someone and the activity feed go the way they go in Teams.
builder.Services.AddOptions<GraphOptions>().PostConfigure<IOptions<PlaygroundOptions>, IConfiguration>((graph, playground, config) =>
{
    if (!playground.Value.Enabled)
    {
        return;
    }

    if (string.IsNullOrWhiteSpace(config[$"{GraphOptions.SectionName}:{nameof(GraphOptions.BaseUrl)}"]))
    {
        graph.BaseUrl = playground.Value.PublicBaseUrl.TrimEnd('/') + GraphStandIn.PlaygroundPath;
    }

    graph.TeamsAppCatalogId ??= GraphStandIn.CatalogAppId;
});
// When the playground plays Teams it also plays Entra: the tab's tokens are signed by its own key and published as its
// OpenID metadata, so the host trusts that authority (and the playground's app id) and validates them in full. A
// configured Tab:Authority wins (tests point it at their own stand-in for Entra).
builder.Services.AddOptions<TabOptions>().PostConfigure<IOptions<PlaygroundOptions>, IConfiguration>((tab, playground, config) =>
{
    if (playground.Value.Enabled && string.IsNullOrWhiteSpace(config[$"{TabOptions.SectionName}:{nameof(TabOptions.Authority)}"]))
    {
        tab.Authority = playground.Value.SsoAuthority;
        tab.AppId = PlaygroundOptions.TabAppId;
    }
});
#endif
builder.Services.AddHostedService<DemoSeeder>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    // Outside development an unexpected failure is answered with a bare problem (status and trace id), never the
    // exception's details.
    app.UseExceptionHandler();
}

app.MapBotMessages();
// Readiness (/healthz: 503 while table or job storage does not answer) and liveness (/healthz/live: 200 while the
// process runs) are apart, so a storage outage is reported without the platform restarting a process that cannot fix it.
app.MapTeamsQualityHealth();
app.MapTabPage(); // the personal tab's page at /tab/, published too
app.MapTabApi(); // /api/tab/…: only with a valid Teams SSO token
app.MapDownloads(); // /files/{token}: a document made for the person a signed link names
app.UseHangfireDashboard("/hangfire", new DashboardOptions { DashboardTitle = "TeamsQuality – schemalagda jobb" });

var playground = false;
#if PLAYGROUND
playground = app.MapPlayground(); // in local mode only: the page at /, its API and channel
#endif
if (!playground)
{
    app.MapGet("/", () => Results.Text("TeamsQuality is running. Teams talks to it at /api/messages."));
}

app.Run();

static bool IsLocal(IConfiguration config) =>
    string.IsNullOrWhiteSpace(config[$"{BotOptions.SectionName}:{nameof(BotOptions.AppId)}"]);

/// <summary>Says at start what kind of run this is, loudly when inbound authentication is off.</summary>
internal sealed class StartupReport(IOptions<BotOptions> bot, ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!bot.Value.AuthenticationEnabled)
        {
            logger.LogWarning(
                "*** Bot:AppId is not set: inbound authentication is OFF. Anyone who can reach /api/messages can talk to the bot. "
                + "This is for local use only; set Bot:AppId (and Bot:AppSecret or a managed identity) before exposing the app. ***");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
