using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Logbook;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Wheel;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Integration.Tests.Stops;

/// <summary>
/// A whole learning stop through the bot, as Teams would drive it: the due job posts the card to the unit's channel,
/// the manager opens it, two colleagues contribute, the manager documents the four steps, proposes and finishes,
/// and the actions are in the unit's plan.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StopFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Year = 2027;
    private DemoTeams _demo = null!;

    private FakeTeamsChannel _teams => _demo.Teams;

    private ManualClock _clock => _demo.Clock;

    private BotApp _bot => _demo.Bot;

    private HttpClient _client => _demo.Client;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_whole_stop_from_the_due_job_to_the_actions_in_the_plan()
    {
        // The due job posts the stop to the unit's channel, with a button to start it.
        using (var scope = _bot.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DueStopsJob>().ScanAsync(CancellationToken.None);
        }

        var post = await _teams.WaitForCallAsync(c => c.Path == "/v3/conversations" && c.VisibleText.Contains("Samverkan", StringComparison.Ordinal)
            && c.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>() == "19:hemtjanst-norra@thread.tacv2");
        var start = FindAction(post.Card!, "stop.open");
        Assert.Equal(DemoOrganisation.Units.HemtjanstNorra, start["unit"]!.GetValue<string>());

        // Anna, the manager, opens it from the channel: it is started and she sees step 1 of 4.
        var step1 = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", start);
        Assert.Contains("1", RecordedCall.VisibleTextOf(step1));
        Assert.Equal(StopStatus.Paborjad, (await StopAsync()).Status);

        // Erik and Fatima add to the current situation at the same moment: nothing is lost.
        var contribute = StopData(step: 1);
        await Task.WhenAll(
            _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.contribute", With(contribute, "contribution", "Vi har bra kontakt med hemsjukvården.")),
            _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "stop.contribute", With(contribute, "contribution", "Överrapporteringen till primärvården brister ibland.")));
        var stop = await StopAsync();
        Assert.Equal(["Erik Lund", "Fatima Hassan"], stop.ContributionsTo(Domain.Wheel.AnalysisStep.Nulagesbeskrivning).Select(c => c.AuthorName).Order());

        // Everyone who opens step 1 sees both contributions with their authors.
        var seenByAnna = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1)));
        Assert.Contains("Vi har bra kontakt med hemsjukvården.", seenByAnna);
        Assert.Contains("Fatima Hassan", seenByAnna);

        // Anna documents the four steps.
        for (var step = 1; step <= 4; step++)
        {
            await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.summary", With(With(StopData(step), "summary", $"Sammanfattning av steg {step}"), "revision", "0"));
        }

        // Two proposals in step 4, then she finishes.
        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.propose", With(With(StopData(4), "proposalTitle", "Månadsmöte med hemsjukvården"), "proposalOwner", DemoOrganisation.People.FatimaHassan));
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.propose", With(With(StopData(4), "proposalTitle", "Checklista för överrapportering"), "proposalDue", "2027-02-28"));
        var summary = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.finish", With(With(With(StopData(4), "needsAction", "ja"), "trend", "Battre"), "comment", "Bra samtal i gruppen.")));

        stop = await StopAsync();
        Assert.Equal(StopStatus.Klar, stop.Status);
        Assert.True(stop.Conclusion!.NeedsAction);
        Assert.Equal(Trend.Battre, stop.Conclusion.Trend);
        Assert.All(Enum.GetValues<Domain.Wheel.AnalysisStep>(), s => Assert.Equal($"Sammanfattning av steg {(int)s}", stop.SummaryOf(s)!.Text));
        var plan = await _bot.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);
        Assert.Equal(["Checklista för överrapportering", "Månadsmöte med hemsjukvården"], plan.Select(a => a.Title).Order());
        Assert.All(plan, a => Assert.Equal((ActionStatus.EjPaborjad, ActionOriginKind.Hallplats), (a.Status, a.Origin.Kind)));
        Assert.Equal("Fatima Hassan", plan.Single(a => a.Title.StartsWith("Månads", StringComparison.Ordinal)).OwnerName);
        Assert.Contains("Månadsmöte med hemsjukvården", summary);
        Assert.Contains("Bra samtal i gruppen.", summary);

        // The summary closes the stop for the whole unit: it is posted to the unit's channel too.
        var closing = await _teams.WaitForCallAsync(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == true
            && c.VisibleText.Contains("Checklista för överrapportering", StringComparison.Ordinal));
        Assert.Equal("19:hemtjanst-norra@thread.tacv2", closing.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Finishing_again_shows_the_summary_and_puts_nothing_in_the_plan_twice()
    {
        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.propose", With(StopData(4), "proposalTitle", "Månadsmöte med hemsjukvården"));
        var finish = With(With(StopData(4), "needsAction", "ja"), "trend", "Battre");
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.finish", finish);

        // A second press (a retry, or the button on an old card) answers with how the stop ended.
        var again = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.finish", finish));

        Assert.Contains("Månadsmöte med hemsjukvården", again, StringComparison.Ordinal);
        var plan = await _bot.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);
        Assert.Equal("Månadsmöte med hemsjukvården", Assert.Single(plan).Title);
    }

    [Fact]
    public async Task A_contribution_with_a_personnummer_is_refused_and_the_text_comes_back()
    {
        const string text = "Brukaren 19121212-1212 fick fel insats";
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.contribute", With(StopData(1), "contribution", text));

        Assert.Contains("personnummer", RecordedCall.VisibleTextOf(card), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(DemoTeams.Inputs(card), i => i["id"]!.GetValue<string>() == "contribution" && i["value"]?.GetValue<string>() == text);
        Assert.Empty((await StopAsync()).Contributions);
    }

    [Fact]
    public async Task Two_summary_edits_of_the_same_revision_keep_both_texts()
    {
        var anna = _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.summary", With(With(StopData(2), "summary", "Annas version"), "revision", "0"));
        await anna;
        var second = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.summary", With(With(StopData(2), "summary", "Den andra versionen"), "revision", "0"));

        var text = RecordedCall.VisibleTextOf(second);
        Assert.Contains("Annas version", text);
        Assert.Contains(DemoTeams.Inputs(second), i => i["id"]!.GetValue<string>() == "summary" && i["value"]?.GetValue<string>() == "Den andra versionen");
        Assert.Equal("Annas version", (await StopAsync()).SummaryOf(Domain.Wheel.AnalysisStep.Orsaksanalys)!.Text);
    }

    [Fact]
    public async Task Staff_of_another_unit_are_refused_and_see_nothing_of_the_stop()
    {
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.OskarNilsson, "stop.open", StopData(1));

        var text = RecordedCall.VisibleTextOf(card);
        Assert.DoesNotContain("Samverkan", text);
        Assert.Equal(StopStatus.EjPaborjad, (await StopAsync()).Status);
    }

    [Fact]
    public async Task The_quality_developer_sees_the_stop_but_cannot_contribute()
    {
        var open = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "stop.open", StopData(1)));
        Assert.Contains("Samverkan", open);

        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "stop.contribute", With(StopData(1), "contribution", "Ett bidrag"));
        Assert.Empty((await StopAsync()).Contributions);
    }

    [Fact]
    public async Task Hallplatser_lists_my_units_ten_stops_with_their_status()
    {
        var message = TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hållplatser", DemoOrganisation.People.ErikLund);
        await _client.PostAsJsonAsync("/api/messages", message);

        var reply = await _teams.WaitForCallAsync(c => c.Card is not null);
        foreach (var theme in new[] { "Samverkan", "Bemötande och förhållningssätt", "Rättssäkerhet", "Analysdagar" })
        {
            Assert.Contains(theme, reply.VisibleText);
        }
    }

    [Fact]
    public async Task A_logbook_note_is_saved_under_a_theme_and_counted_on_the_due_card()
    {
        await _client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_teams.ServiceUrl, "logga Bra samarbete med biståndshandläggarna idag", DemoOrganisation.People.ErikLund));
        var card = await _teams.WaitForCallAsync(c => c.Card is not null);
        Assert.Contains(DemoTeams.Inputs(card.Card!), i => i["id"]!.GetValue<string>() == "logbookText" && i["value"]?.GetValue<string>() == "Bra samarbete med biståndshandläggarna idag");

        var receipt = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "logbook.add", new JsonObject { ["logbookStop"] = "1", ["logbookText"] = "Bra samarbete med biståndshandläggarna idag" });
        Assert.Contains("Samverkan", RecordedCall.VisibleTextOf(receipt));

        var notes = await _bot.Services.GetRequiredService<LogbookRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, 1, DateTimeOffset.MinValue, CancellationToken.None);
        Assert.Equal("Erik Lund", Assert.Single(notes).AuthorName);

        // When the stop comes, the note is material for the current situation.
        var step1 = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1)));
        Assert.Contains("Bra samarbete med biståndshandläggarna idag", step1);
    }

    [Fact]
    public async Task A_quality_developer_chooses_next_years_wheel_and_this_years_stops_stay()
    {
        var refused = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "wheel.choose", new JsonObject { ["wheelTemplate"] = "nordmaling-huset" }));
        Assert.Contains("verksamhetsutvecklare", refused, StringComparison.OrdinalIgnoreCase);

        var chosen = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, "wheel.choose", new JsonObject { ["wheelTemplate"] = "nordmaling-huset" }));

        Assert.Contains("2028", chosen);
        var wheel = (await _bot.Services.GetRequiredService<WheelRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None))!;
        Assert.Equal(10, wheel.For(Year).Stops.Count);
        Assert.Equal(6, wheel.For(Year + 1).Stops.Count);
        Assert.Equal("Samverkan", (await StopAsync()).Definition.Theme);
    }

    [Fact]
    public async Task Visa_aldre_pages_back_through_a_busy_step_and_keeps_what_was_typed()
    {
        // Thirty long contributions: more than one card can show.
        var sentence = "Kvällspasset vet inte vem hos hemsjukvården de ska ringa när något händer. ";
        for (var i = 1; i <= 30; i++)
        {
            _clock.Now = _clock.Now.AddMinutes(1);
            var added = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.contribute", With(StopData(1), "contribution", $"{i}: " + string.Concat(Enumerable.Repeat(sentence, 40))));
            Assert.Contains("tillagt", RecordedCall.VisibleTextOf(added), StringComparison.Ordinal);
        }

        // Fatima opens the step: the newest, and "Visa äldre" pages back until every one has been shown once.
        const string typed = "Halvskrivet bidrag som inte får försvinna";
        var seen = new List<int>();
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "stop.open", StopData(1));
        for (var pages = 1; ; pages++)
        {
            var shown = System.Text.RegularExpressions.Regex.Matches(RecordedCall.VisibleTextOf(card), @"(?<!\d)(\d+): Kvällspasset").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(shown);
            Assert.True(seen.Count == 0 || shown.Max() < seen.Min(), $"Page {pages} shows {string.Join(",", shown)} after {string.Join(",", seen)}.");
            seen.AddRange(shown);
            if (pages > 1)
            {
                Assert.Contains(DemoTeams.Inputs(card), i => i["id"]!.GetValue<string>() == "contribution" && i["value"]?.GetValue<string>() == typed);
            }

            var older = DemoTeams.Descendants(card).FirstOrDefault(o => o["type"]?.GetValue<string>() == "Action.Execute" && o["title"]?.GetValue<string>() == "Visa äldre");
            if (older is null)
            {
                break;
            }

            Assert.True(pages < 30, "Visa äldre never ends.");
            card = await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, older["verb"]!.GetValue<string>(), With((JsonObject)older["data"]!, "contribution", typed));
        }

        Assert.Equal(Enumerable.Range(1, 30), seen.Order());
    }

    private async Task<LearningStop> StopAsync() =>
        (await _bot.Services.GetRequiredService<LearningStopRepository>().FindAsync(new StopKey(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, Year, 1), CancellationToken.None))!;

    private static JsonObject StopData(int step) => new()
    {
        ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["year"] = Year,
        ["stop"] = 1,
        ["step"] = step,
    };

    private static JsonObject With(JsonObject data, string key, string value)
    {
        var copy = (JsonObject)data.DeepClone();
        copy[key] = value;
        return copy;
    }


    private static JsonObject FindAction(JsonObject card, string verb) =>
        (JsonObject)DemoTeams.Descendants(card).First(o => o["verb"]?.GetValue<string>() == verb)["data"]!;


}
