using Microsoft.AspNetCore.Builder;
using TeamsQuality.Graph;
using TeamsQuality.Jobs;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Storage;

// Runs the scheduled jobs in a process of their own. Use it with shared job storage (Hangfire:Storage=PostgreSql)
// and Hangfire:ServerEnabled=false in the bot, so the jobs run here and not on every web instance.
// Given an address (--urls, ASPNETCORE_URLS or ASPNETCORE_HTTP_PORTS) it answers readiness (/healthz) and liveness
// (/healthz/live) as the bot does; without one it listens on nothing, so several workers on one machine never compete
// for a default port.
var listen = new ConfigurationBuilder().AddEnvironmentVariables("ASPNETCORE_").AddCommandLine(args).Build();
IHostApplicationBuilder builder = new[] { "urls", "http_ports", "https_ports" }.Any(key => !string.IsNullOrWhiteSpace(listen[key]))
    ? WebApplication.CreateBuilder(args)
    : Host.CreateApplicationBuilder(args);
builder.Services.AddTeamsQualityStorage(builder.Configuration);
builder.Services.AddBotStateStores();
builder.Services.AddBotConnector(builder.Configuration);
builder.Services.AddTeamsQualityJobs(builder.Configuration);
builder.Services.AddTeamsQualityGraph(builder.Configuration);
builder.Services.AddTeamsQualityHealthChecks();
// Traces and metrics over OTLP, only when OpenTelemetry:OtlpEndpoint (or OTEL_EXPORTER_OTLP_ENDPOINT) is set.
builder.Services.AddTeamsQualityTelemetry("teamsquality-worker");

if (builder is WebApplicationBuilder web)
{
    var app = web.Build();
    app.MapTeamsQualityHealth();
    await app.RunAsync();
}
else
{
    await ((HostApplicationBuilder)builder).Build().RunAsync();
}
