using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Storage.Outboxes;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Jobs;

/// <summary>
/// A manager who never opened the bot still gets their nudge: Teams refuses to open a chat with someone who does not
/// have the app, so the outbox installs it for them through Microsoft Graph (the real GraphServiceClient, against the
/// Graph stand-in over HTTP) and then opens the chat. A missing admin consent is not retried in vain: the quality
/// developers are told, as of any message that could not be delivered. Monday 23 November 2026, 09:00: stop 1 is due.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AppInstallationOutboxTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private GraphStandInHost _graph = null!;
    private DemoTeams _demo = null!;
    private IDisposable? _annaHasNoApp;

    private FakeTeamsChannel _teams => _demo.Teams;

    public async Task InitializeAsync()
    {
        _graph = await GraphStandInHost.StartAsync();
        _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0), _graph.Settings);

        // Anna never opened TeamsQuality: Teams will not open a chat with her until the app is installed for her, and
        // installing it (through Graph) is what lets it.
        _annaHasNoApp = _teams.Refuse(IsChatOpenedWith(DemoOrganisation.People.AnnaBerg), 403);
        _graph.Graph.Installed = (person, _) =>
        {
            if (string.Equals(person.Id, DemoOrganisation.People.AnnaBerg, StringComparison.OrdinalIgnoreCase))
            {
                _annaHasNoApp?.Dispose();
            }

            return Task.CompletedTask;
        };
        await _demo.KnowChatsAsync("sv-SE", DemoOrganisation.People.JohanEk);
    }

    public async Task DisposeAsync()
    {
        await _demo.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task A_manager_who_never_opened_the_bot_gets_the_nudge_after_the_app_is_installed_for_her()
    {
        await _demo.RunAsync<DueStopsJob, DueStopsJob.Result>(job => job.ScanAsync(CancellationToken.None));
        await RunOutboxAsync();

        Assert.Equal([DemoOrganisation.People.AnnaBerg], _graph.Graph.InstalledFor);
        var refused = Assert.Single(_teams.Calls, c => IsChatOpenedWith(DemoOrganisation.People.AnnaBerg)(c) && c.Refused);
        var opened = Assert.Single(_teams.Calls, c => IsChatOpenedWith(DemoOrganisation.People.AnnaBerg)(c) && !c.Refused);
        Assert.True(opened.At >= refused.At);
        var chat = opened.Response!["id"]!.GetValue<string>();
        var nudge = Assert.Single(_teams.Calls, c => c.Path == $"/v3/conversations/{chat}/activities" && c.Card is not null);
        Assert.Contains("Samverkan", nudge.VisibleText, StringComparison.Ordinal);

        // The chat is remembered: her next notice goes straight there, with no new installation or chat.
        await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "report.file", Filing());
        await _demo.IdleAsync();
        Assert.Contains(_teams.Calls, c => c.Path == $"/v3/conversations/{chat}/activities" && c.VisibleText.Contains("AV-2026-0001", StringComparison.Ordinal));
        Assert.Single(_teams.Calls, c => IsChatOpenedWith(DemoOrganisation.People.AnnaBerg)(c) && !c.Refused);
        Assert.Single(_graph.Graph.InstalledFor);
    }

    [Fact]
    public async Task Without_admin_consent_to_install_the_app_the_quality_developers_are_told_at_once_and_Graph_is_not_asked_again()
    {
        _graph.Graph.FailNext(403, pathContains: "/installedApps");

        await _demo.RunAsync<DueStopsJob, DueStopsJob.Result>(job => job.ScanAsync(CancellationToken.None));
        await RunOutboxAsync();
        _demo.Clock.Now = _demo.Clock.Now.AddHours(3);
        await RunOutboxAsync();

        Assert.Empty(_graph.Graph.InstalledFor);
        Assert.Single(_graph.Graph.Calls, c => c.Path.EndsWith("/teamwork/installedApps", StringComparison.Ordinal));
        var told = Assert.Single(_demo.CardsTo(DemoOrganisation.People.JohanEk));
        Assert.Contains("1 meddelande kunde inte levereras", told.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", told.VisibleText, StringComparison.Ordinal);

        // Given up after one attempt; the list of what could not be delivered says what the tenant's administrator must do.
        var listed = Assert.Single(await _demo.Services.GetRequiredService<OutboxStore>().FailedAsync(DemoOrganisation.Tenant, 10, CancellationToken.None));
        Assert.Equal((DemoOrganisation.People.AnnaBerg, 1), (listed.Target.Id, listed.Attempts));
        Assert.Contains("admin consent to the application permission TeamsAppInstallation.ReadWriteSelfForUser.All", listed.LastProblem, StringComparison.Ordinal);
    }

    private static Func<RecordedCall, bool> IsChatOpenedWith(string personId) => c =>
        c.Path == "/v3/conversations"
        && c.Body?["isGroup"]?.GetValue<bool>() == false
        && string.Equals(c.Body["members"]?[0]?["aadObjectId"]?.GetValue<string>(), personId, StringComparison.OrdinalIgnoreCase);

    private async Task RunOutboxAsync() =>
        await _demo.RunAsync<OutboxDeliveryJob, int>(job => job.RunAsync(CancellationToken.None));

    private static JsonObject Filing() => new()
    {
        ["reportKind"] = "Avvikelse",
        ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["whatHappened"] = "Insatsen blev försenad en dag.",
        ["occurredDate"] = "2026-11-20",
        ["occurredTime"] = "14:30",
        ["immediateMeasures"] = "Vi ringde brukaren direkt.",
    };
}
