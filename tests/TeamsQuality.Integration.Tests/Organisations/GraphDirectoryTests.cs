using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Graph;
using TeamsQuality.Integration.Tests.Infrastructure;
using static TeamsQuality.Bot.Demo.DemoOrganisation;

namespace TeamsQuality.Integration.Tests.Organisations;

/// <summary>
/// The bot's Graph adapter with Microsoft.Graph's own GraphServiceClient, over HTTP against the Graph stand-in serving
/// Sjöbacka's directory: what the administrator's hints and the outbox get, and what Graph's failures become.
/// </summary>
public sealed class GraphDirectoryTests : IAsyncLifetime
{
    private GraphStandInHost _graph = null!;
    private ServiceProvider _services = null!;

    private ITenantDirectory Directory => _services.GetRequiredService<ITenantDirectory>();

    public async Task InitializeAsync()
    {
        _graph = await GraphStandInHost.StartAsync();
        _services = _graph.Directory();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task A_persons_job_title_department_and_mail_come_from_Entra()
    {
        var anna = await Directory.FindPersonAsync(Tenant, People.AnnaBerg, CancellationToken.None);

        Assert.NotNull(anna);
        Assert.Equal(("Anna Berg", "Enhetschef", "Hemtjänst Norra", "anna.berg@sjobacka.se"), (anna.Name, anna.JobTitle, anna.Department, anna.Mail));
        Assert.All(_graph.Graph.Calls, c => Assert.Equal("Bearer " + GraphClients.StandInToken, c.Authorization));
    }

    [Fact]
    public async Task A_persons_manager_is_the_one_Entra_names_and_someone_without_one_has_none()
    {
        var erikManager = await Directory.FindManagerAsync(Tenant, People.ErikLund, CancellationToken.None);
        var ingridManager = await Directory.FindManagerAsync(Tenant, DemoDirectory.IngridDahl, CancellationToken.None);

        Assert.Equal((People.AnnaBerg, "Anna Berg", "Enhetschef"), (erikManager?.Id, erikManager?.Name, erikManager?.JobTitle));
        Assert.Null(ingridManager);
    }

    [Fact]
    public async Task Someone_not_in_the_tenant_is_not_found()
    {
        const string stranger = "9a9a9a9a-0000-0000-0000-000000000099";

        Assert.Null(await Directory.FindPersonAsync(Tenant, stranger, CancellationToken.None));
        var refused = await Assert.ThrowsAsync<DirectoryException>(() => Directory.InstallAppForAsync(Tenant, stranger, CancellationToken.None));
        Assert.Equal(DirectoryFailure.NotFound, refused.Failure);
    }

    [Fact]
    public async Task Throttled_with_Retry_After_the_client_waits_as_long_as_Graph_asked_and_then_succeeds()
    {
        _graph.Graph.FailNext(429, TimeSpan.FromSeconds(2));
        var waited = Stopwatch.StartNew();

        var anna = await Directory.FindPersonAsync(Tenant, People.AnnaBerg, CancellationToken.None);

        waited.Stop();
        Assert.Equal("Enhetschef", anna?.JobTitle);
        var calls = _graph.Graph.Calls.ToList();
        Assert.Equal([429, 200], calls.Select(c => c.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(1.9), $"The retry came {calls[1].At - calls[0].At} after the 429.");
        Assert.True(waited.Elapsed >= TimeSpan.FromSeconds(1.9));
    }

    [Fact]
    public async Task Throttled_past_the_retries_is_a_failure_the_caller_can_wait_out()
    {
        await using var oneRetry = _graph.Directory(new Dictionary<string, string?> { ["Graph:MaxRetries"] = "1" });
        _graph.Graph.FailNext(429, TimeSpan.FromSeconds(1), times: 2);

        var throttled = await Assert.ThrowsAsync<DirectoryException>(() =>
            oneRetry.GetRequiredService<ITenantDirectory>().FindManagerAsync(Tenant, People.ErikLund, CancellationToken.None));

        Assert.Equal(DirectoryFailure.Throttled, throttled.Failure);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.RetryAfter);
        Assert.Equal(2, _graph.Graph.Calls.Count);
    }

    [Fact]
    public async Task Forbidden_says_which_permission_the_administrator_must_consent_to()
    {
        _graph.Graph.FailNext(403, pathContains: "/manager");
        _graph.Graph.FailNext(403, pathContains: "/installedApps");
        _graph.Graph.FailNext(403, pathContains: "/sendActivityNotification");

        var manager = await Assert.ThrowsAsync<DirectoryException>(() => Directory.FindManagerAsync(Tenant, People.ErikLund, CancellationToken.None));
        var install = await Assert.ThrowsAsync<DirectoryException>(() => Directory.InstallAppForAsync(Tenant, People.ErikLund, CancellationToken.None));
        var feed = await Assert.ThrowsAsync<DirectoryException>(() => Directory.SendActivityAsync(Tenant, People.ErikLund, new ActivityFeedNotice("TeamsQuality", "Hej"), CancellationToken.None));

        Assert.Equal(
            [(DirectoryFailure.ConsentMissing, "User.Read.All"), (DirectoryFailure.ConsentMissing, "TeamsAppInstallation.ReadWriteSelfForUser.All"), (DirectoryFailure.ConsentMissing, "TeamsActivity.Send")],
            new[] { manager, install, feed }.Select(e => (e.Failure, e.Permission ?? string.Empty)));
        Assert.Contains("admin consent", manager.Message, StringComparison.Ordinal);
        Assert.Contains("User.Read.All", manager.Message, StringComparison.Ordinal);
        Assert.Empty(_graph.Graph.InstalledFor);
    }

    [Fact]
    public async Task The_app_is_installed_for_a_person_once_and_installing_again_is_fine()
    {
        var first = await Directory.InstallAppForAsync(Tenant, DemoDirectory.NilsStrom, CancellationToken.None);
        var again = await Directory.InstallAppForAsync(Tenant, DemoDirectory.NilsStrom, CancellationToken.None);

        Assert.Equal((AppInstallation.Installed, AppInstallation.AlreadyInstalled), (first, again));
        Assert.Equal([DemoDirectory.NilsStrom], _graph.Graph.InstalledFor);
    }

    [Fact]
    public async Task The_activity_feed_gets_the_neutral_line_for_someone_who_has_the_app()
    {
        await Directory.InstallAppForAsync(Tenant, People.AnnaBerg, CancellationToken.None);

        await Directory.SendActivityAsync(Tenant, People.AnnaBerg, new ActivityFeedNotice("TeamsQuality", "Du har ett nytt meddelande från TeamsQuality."), CancellationToken.None);

        var notice = Assert.Single(_graph.Graph.Notifications);
        Assert.Equal((People.AnnaBerg, "TeamsQuality", "Du har ett nytt meddelande från TeamsQuality."), (notice.PersonId, notice.Topic, notice.Text));
        Assert.StartsWith("https://teams.microsoft.com/l/chat/", notice.WebUrl, StringComparison.Ordinal);
    }
}
