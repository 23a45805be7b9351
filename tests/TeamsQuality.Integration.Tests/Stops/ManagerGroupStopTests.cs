using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Integration.Tests.Stops;

/// <summary>
/// Vetlanda's stop 7 (Öppna jämförelser, August) is the manager group's: Sjöbacka's year is planned on 23 November
/// 2026 (the demo seed), and on Monday 2 August 2027 the due scan brings it once to the group, in its channel
/// "Chefsgruppen" (or 1:1 to the deputy director, Eva, when none is linked), never to a unit's channel. The managers and
/// Eva take part over HTTP as Teams would drive it; staff cannot.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ManagerGroupStopTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Year = 2027;
    private DemoTeams _demo = null!;

    private FakeTeamsChannel Teams => _demo.Teams;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task On_stop_7s_day_one_card_goes_to_the_group_channel_Eva_is_nudged_and_no_unit_hears_of_it()
    {
        // Hemtjänst Norra's year was planned before the group held its stops once: it has a copy of stop 7, due the same day.
        await PlanUnitCopyOfStop7Async(DemoOrganisation.Units.HemtjanstNorra);

        var result = await ScanOnStop7sDayAsync();

        var posts = ChannelPosts();
        var post = Assert.Single(posts);
        Assert.Equal(DemoOrganisation.ManagerGroupChannelId, ChannelOf(post));
        Assert.Contains("Öppna jämförelser", post.VisibleText);
        Assert.Equal(ManagerGroup.Id, DemoTeams.Descendants(post.Card!).First(o => o["verb"]?.GetValue<string>() == "stop.open")["data"]!["unit"]!.GetValue<string>());

        // One nudge, to the deputy director who leads the group; no unit manager is nudged about stop 7 or its copy.
        var nudge = Assert.Single(_demo.CardsTo(DemoOrganisation.People.EvaSundberg));
        Assert.Contains("Öppna jämförelser", nudge.VisibleText);
        Assert.Contains(ManagerGroup.Name, nudge.VisibleText);
        Assert.All(Managers, manager => Assert.Empty(_demo.CardsTo(manager)));
        Assert.Empty(NewChats());
        Assert.Equal(2, result.Sent);
    }

    [Fact]
    public async Task Without_a_channel_the_group_stop_goes_once_to_the_deputy_director_alone()
    {
        var johan = new Administrator(DemoOrganisation.Tenant, DemoOrganisation.People.JohanEk, "Johan Ek");
        using (var scope = _demo.Services.CreateScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<UnlinkManagerGroupChannel>().RunAsync(johan, CancellationToken.None)).IsRefused);
        }

        var result = await ScanOnStop7sDayAsync();

        Assert.Empty(ChannelPosts());
        var card = Assert.Single(_demo.CardsTo(DemoOrganisation.People.EvaSundberg));
        Assert.Contains("Öppna jämförelser", card.VisibleText);
        Assert.Equal("stop.open", DemoTeams.Descendants(card.Card!).First(o => o["type"]?.GetValue<string>() == "Action.Execute")["verb"]!.GetValue<string>());
        Assert.All(Managers, manager => Assert.Empty(_demo.CardsTo(manager)));
        Assert.Empty(NewChats());
        Assert.Equal(1, result.Sent);
    }

    [Fact]
    public async Task Managers_of_two_units_and_Eva_hold_the_analysis_together_and_staff_are_refused()
    {
        // Eva opens the stop: she leads the group, so it starts.
        var step1 = await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "stop.open", Stop7(step: 1));
        Assert.Contains("Öppna jämförelser", RecordedCall.VisibleTextOf(step1));
        Assert.Equal(StopStatus.Paborjad, (await Stop7Async()).Status);

        // The group's channel is told, not a unit's.
        await _demo.IdleAsync();
        var started = Assert.Single(ChannelPosts());
        Assert.Equal(DemoOrganisation.ManagerGroupChannelId, ChannelOf(started));
        Assert.Contains("Eva Sundberg har startat hållplats 7: Öppna jämförelser", started.VisibleText);

        // Anna (Hemtjänst Norra) and Karin (Barn och unga) add to the current situation.
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.contribute", DemoTeams.With(Stop7(1), ("contribution", "Kontinuiteten i hemtjänsten ligger under riket.")));
        var karins = await _demo.ExecuteAsync(DemoOrganisation.People.KarinHolm, "stop.contribute", DemoTeams.With(Stop7(1), ("contribution", "Handläggningstiden för barnutredningar har kortats.")));
        Assert.Contains("Kontinuiteten i hemtjänsten ligger under riket.", RecordedCall.VisibleTextOf(karins));

        // Erik, staff of Hemtjänst Norra, is refused: the group's stops are not the staff's.
        var eriks = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.contribute", DemoTeams.With(Stop7(1), ("contribution", "Jag vill också tycka till.")));
        Assert.Contains("hör till en annan enhet", RecordedCall.VisibleTextOf(eriks));

        var stop = await Stop7Async();
        Assert.Equal(["Anna Berg", "Karin Holm"], stop.ContributionsTo(AnalysisStep.Nulagesbeskrivning).Select(c => c.AuthorName).Order());

        // Eva documents the step; Karin, not delegated, may not.
        await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "stop.summary", DemoTeams.With(Stop7(1), ("summary", "Två enheter under riket"), ("revision", "0")));
        await _demo.ExecuteAsync(DemoOrganisation.People.KarinHolm, "stop.summary", DemoTeams.With(Stop7(2), ("summary", "Karins sammanfattning"), ("revision", "0")));
        stop = await Stop7Async();
        Assert.Equal("Två enheter under riket", stop.SummaryOf(AnalysisStep.Nulagesbeskrivning)!.Text);
        Assert.Null(stop.SummaryOf(AnalysisStep.Orsaksanalys));
    }

    [Fact]
    public async Task Hallplatser_lists_the_group_stops_for_a_manager_and_for_Eva_and_not_for_staff()
    {
        var annas = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.list", new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra }));
        Assert.Contains("Samverkan", annas);
        Assert.Contains("Chefsgruppens hållplatser", annas);
        Assert.Contains("Öppna jämförelser", annas);
        Assert.Contains("Personal- och kompetensförsörjning", annas);

        // Eva, outside a unit: the group's stops are hers, with the units to choose from.
        var evas = await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "stop.list", new JsonObject());
        Assert.Contains("Hållplatser 2027 – Chefsgruppen", RecordedCall.VisibleTextOf(evas));
        Assert.Contains("Öppna jämförelser", RecordedCall.VisibleTextOf(evas));
        Assert.DoesNotContain("Samverkan", RecordedCall.VisibleTextOf(evas));
        Assert.Contains(DemoTeams.Inputs(evas), i => i["id"]!.GetValue<string>() == "listUnit");

        // Her stop buttons still name the group's stop, though the card has the unit choice: Teams merges the inputs
        // into the pressed button's data, so the choice does not share the stop's "unit".
        var startNow = DemoTeams.Descendants(evas).First(o => o["title"]?.GetValue<string>() == "Starta nu")["data"]!.AsObject();
        var pressed = DemoTeams.With(startNow, ("listUnit", DemoOrganisation.Units.BarnOchUnga));
        Assert.Contains("Öppna jämförelser", RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "stop.open", pressed)));
        Assert.Equal(StopStatus.Paborjad, (await Stop7Async()).Status);

        // Choosing a unit there lists that unit's stops.
        var units = await _demo.ExecuteAsync(DemoOrganisation.People.EvaSundberg, "stop.list", new JsonObject { ["listUnit"] = DemoOrganisation.Units.BarnOchUnga });
        Assert.Contains("Barn och unga", RecordedCall.VisibleTextOf(units));
        Assert.Contains("Samverkan", RecordedCall.VisibleTextOf(units));

        var eriks = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.list", new JsonObject { ["unit"] = DemoOrganisation.Units.HemtjanstNorra }));
        Assert.Contains("Samverkan", eriks);
        Assert.DoesNotContain("Chefsgruppens", eriks);
        Assert.DoesNotContain("Öppna jämförelser", eriks);
    }

    private static JsonObject Stop7(int step) => new()
    {
        ["unit"] = ManagerGroup.Id,
        ["year"] = Year,
        ["stop"] = 7,
        ["step"] = step,
    };

    private async Task<LearningStop> Stop7Async() =>
        (await _demo.Services.GetRequiredService<LearningStopRepository>().FindAsync(new StopKey(DemoOrganisation.Tenant, ManagerGroup.Id, Year, 7), CancellationToken.None))!;

    /// <summary>A unit's copy of stop 7 and its due-index events, as the planning before this change left them.</summary>
    private async Task PlanUnitCopyOfStop7Async(string unitId)
    {
        var copy = LearningStop.Plan(new StopKey(DemoOrganisation.Tenant, unitId, Year, 7), WheelTemplates.Vetlanda.Stop(7)!, startMonth: 11);
        Assert.True(await _demo.Services.GetRequiredService<LearningStopRepository>().PlanAsync(copy, CancellationToken.None));
        await _demo.Services.GetRequiredService<StopCalendar>().AddAsync(
            DemoOrganisation.Tenant,
            StopNudges.Plan(copy, new DateOnly(2026, 11, 23)).Select(e => new StopCalendarEntry(unitId, Year, 7, e.Kind, e.On)),
            CancellationToken.None);
    }

    /// <summary>Monday 2 August 2027, 09:00: stop 7's window opened on Sunday the 1st.</summary>
    private async Task<DueStopsJob.Result> ScanOnStop7sDayAsync()
    {
        // The deputy director and the managers have talked to the bot: what it sends them lands in their chats.
        await _demo.KnowChatsAsync("sv-SE", [DemoOrganisation.People.EvaSundberg, .. Managers]);
        _demo.Clock.Now = ManualClock.Swedish(2027, 8, 2, 9, 0);
        return await _demo.RunAsync<DueStopsJob, DueStopsJob.Result>(job => job.ScanAsync(CancellationToken.None));
    }

    private List<RecordedCall> ChannelPosts() =>
        Teams.Calls.Where(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == true).ToList();

    private static readonly string[] Managers = [DemoOrganisation.People.AnnaBerg, DemoOrganisation.People.KarinHolm, DemoOrganisation.People.MatsJansson];

    private List<RecordedCall> NewChats() =>
        Teams.Calls.Where(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == false).ToList();

    private static string ChannelOf(RecordedCall call) => call.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>();
}
