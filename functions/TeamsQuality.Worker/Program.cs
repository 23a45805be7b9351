using TeamsQuality.Graph;
using TeamsQuality.Jobs;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Hosting;
using TeamsQuality.Teams.Storage;

// Runs the scheduled jobs in a process of their own. Use it with shared job storage (Hangfire:Storage=PostgreSql)
// and Hangfire:ServerEnabled=false in the bot, so the jobs run here and not on every web instance.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddTeamsQualityStorage(builder.Configuration);
builder.Services.AddBotStateStores();
builder.Services.AddBotConnector(builder.Configuration);
builder.Services.AddTeamsQualityJobs(builder.Configuration);
builder.Services.AddTeamsQualityGraph(builder.Configuration);

var host = builder.Build();
await host.RunAsync();
