using Microsoft.Extensions.Options;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Bot.Demo;

/// <summary>"Demo" configuration section.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Seed the demo organisation on start when the demo tenant has none.</summary>
    public bool Seed { get; set; }

    /// <summary>
    /// Where the demo tenant's new chats and channel posts go (the local playground's channel when it serves, as they
    /// would go to Teams); none: where Teams last said. Set by the host, not configured.
    /// </summary>
    public string? ServiceUrl { get; set; }
}

/// <summary>On start, creates the demo organisation once, and points the demo tenant's conversations at the playground when it serves.</summary>
public sealed class DemoSeeder(
    IOptions<DemoOptions> demo,
    OrganisationRepository organisations,
    TenantRegistry tenants,
    IConversationReferenceStore references,
    IServiceScopeFactory scopes,
    ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Seed)
        {
            return;
        }

        var created = await organisations.CreateAsync(DemoOrganisation.Create(), cancellationToken);
        await tenants.EnsureAsync(DemoOrganisation.Tenant.Value, cancellationToken);
        logger.LogInformation("Demo organisation {Name}: {Outcome}", DemoOrganisation.Name, created ? "seeded" : "already there");

        // The demo units get their year at once, so their stops are there before the nightly planning runs.
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PlanYear>().RunAsync(DemoOrganisation.Tenant, cancellationToken);
        }

        if (demo.Value.ServiceUrl is { } serviceUrl)
        {
            await references.SetServiceUrlAsync(DemoOrganisation.Tenant.Value, serviceUrl, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
