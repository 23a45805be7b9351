using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Garage;

namespace TeamsQuality.Integration.Tests.Garage;

/// <summary>
/// Nordmaling's Garage through the bot, as Teams would drive it, against Azurite: Fatima parks an idea under stop 1's
/// theme (Samverkan); when Anna opens the stop its first step lists it; Anna takes it into the plan with the shared
/// action form (an action with origin Garage), keeps another and drops a third with a reason; Erik, who takes part but
/// does not document, cannot decide; a personnummer is refused with the text kept.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GarageFlowTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Year = 2027;
    private const string Idea = "Gemensam kontaktlista för kvällar med hemsjukvården";
    private const string Risk = "Vikarier vet inte vem de ska ringa på kvällen";
    private const string Need = "En digital tavla i personalrummet";
    private DemoTeams _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task An_idea_parked_by_Fatima_reaches_its_stop_and_Anna_decides_on_each_item()
    {
        // Fatima writes "garage …": the form comes with her text in it, and she picks the kind and the theme.
        await _demo.WriteAsync(DemoOrganisation.People.FatimaHassan, "garage " + Idea);
        var form = await _demo.Teams.WaitForCallAsync(c => c.Card is not null && DemoTeams.InputValue(c.Card, "garageText") == Idea);
        Assert.NotNull(DemoTeams.Inputs(form.Card!).SingleOrDefault(i => i["id"]!.GetValue<string>() == "garageStop"));

        var receipt = await ParkAsync(DemoOrganisation.People.FatimaHassan, "Ide", Idea);
        Assert.Contains("Parkerat i garaget under Samverkan", RecordedCall.VisibleTextOf(receipt));
        await ParkAsync(DemoOrganisation.People.ErikLund, "Risk", Risk);
        await ParkAsync(DemoOrganisation.People.FatimaHassan, "Ide", Need);

        // Anna opens stop 1: the first step lists what is parked under Samverkan, and opens the Garage's review.
        var step1 = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
        Assert.Contains(Idea, RecordedCall.VisibleTextOf(step1));
        Assert.Contains("Fatima Hassan", RecordedCall.VisibleTextOf(step1));
        var review = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.review", FindAction(step1, "garage.review"));
        Assert.Contains(Risk, RecordedCall.VisibleTextOf(review));

        // Erik takes part in the stop but does not document it: he cannot decide, and nothing changes.
        var idea = await ItemAsync(Idea);
        var refused = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "garage.keep", ItemData(idea.Id));
        Assert.Contains("Bara den som dokumenterar hållplatsen", RecordedCall.VisibleTextOf(refused));
        Assert.Equal(GarageStatus.Parkerad, (await ItemAsync(Idea)).Status);

        // Into the plan: the shared action form, prefilled from the idea.
        var planForm = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.planForm", ItemData(idea.Id));
        Assert.Equal(Idea, DemoTeams.InputValue(planForm, "actionTitle"));
        Assert.Equal("Forebyggande", DemoTeams.InputValue(planForm, "actionPurpose"));
        var planned = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.toPlan", DemoTeams.With(
            ItemData(idea.Id),
            ("actionTitle", "Kontaktlista för kvällar"),
            ("actionCause", DemoTeams.InputValue(planForm, "actionCause")!),
            ("actionOwner", DemoOrganisation.People.FatimaHassan),
            ("actionDue", "2027-02-28"),
            ("actionPurpose", "Forebyggande")));
        Assert.Contains("Lagt i planen: Kontaktlista för kvällar", RecordedCall.VisibleTextOf(planned));

        var action = Assert.Single(await PlanAsync(), a => a.Origin.Kind == ActionOriginKind.Garage);
        Assert.Equal(("Kontaktlista för kvällar", idea.Id, "Fatima Hassan", ActionPurpose.Forebyggande), (action.Title, action.Origin.Reference, action.OwnerName, action.Purpose));
        idea = await ItemAsync(Idea);
        Assert.Equal((GarageStatus.TillPlanen, action.Id), (idea.Status, idea.ActionId));
        Assert.Equal(("Anna Berg", GarageStatus.TillPlanen), (idea.History[^1].PersonName, idea.History[^1].Status));

        // The same press again (a retry) adds nothing twice.
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.toPlan", DemoTeams.With(
            ItemData(idea.Id), ("actionTitle", "Kontaktlista för kvällar"), ("actionCause", "Idé"), ("actionDue", "2027-02-28"), ("actionPurpose", "Forebyggande")));
        Assert.Single(await PlanAsync(), a => a.Origin.Kind == ActionOriginKind.Garage);

        // The risk is kept for the theme's next stop.
        var risk = await ItemAsync(Risk);
        var kept = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.keep", ItemData(risk.Id));
        Assert.Contains("Kvar i garaget till nästa gång temat kommer.", RecordedCall.VisibleTextOf(kept));
        Assert.Equal((GarageStatus.KvarIGaraget, (int?)Year), ((await ItemAsync(Risk)).Status, (await ItemAsync(Risk)).DecidedInYear));

        // The need is dropped, but not without a reason.
        var need = await ItemAsync(Need);
        var noReason = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.drop", DemoTeams.With(ItemData(need.Id), ("garageReason", "  ")));
        Assert.True(DemoTeams.Shows(noReason, "Skriv varför det stryks – ett skäl behövs."));
        Assert.Equal(GarageStatus.Parkerad, (await ItemAsync(Need)).Status);
        var dropped = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.drop", DemoTeams.With(ItemData(need.Id), ("garageReason", "Förvaltningen inför skärmar i alla personalrum")));
        Assert.Contains("Struket ur garaget.", RecordedCall.VisibleTextOf(dropped));
        need = await ItemAsync(Need);
        Assert.Equal((GarageStatus.Struken, "Förvaltningen inför skärmar i alla personalrum"), (need.Status, need.Reason));

        // "garage" alone lists the unit's Garage with where each stands.
        await _demo.WriteAsync(DemoOrganisation.People.FatimaHassan, "garage");
        var list = await _demo.Teams.WaitForCallAsync(c => c.Card is not null && c.VisibleText.Contains("Garaget – Hemtjänst Norra", StringComparison.Ordinal));
        Assert.Contains("Till planen", list.VisibleText);
        Assert.Contains("Kvar i garaget", list.VisibleText);
        Assert.Contains("Förvaltningen inför skärmar i alla personalrum", list.VisibleText);
    }

    [Fact]
    public async Task Two_presses_into_the_plan_at_once_make_one_action_and_one_decision()
    {
        await ParkAsync(DemoOrganisation.People.FatimaHassan, "Ide", Idea);
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
        var idea = await ItemAsync(Idea);
        var press = DemoTeams.With(
            ItemData(idea.Id), ("actionTitle", "Kontaktlista för kvällar"), ("actionCause", "Idé från garaget"), ("actionDue", "2027-02-28"), ("actionPurpose", "Forebyggande"));

        // Anna on her phone and her laptop, or a press Teams sent twice: both answer, the item's ETag lets one decide.
        var answers = await Task.WhenAll(
            _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.toPlan", press),
            _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "garage.toPlan", press));

        Assert.All(answers, a => Assert.Contains("Kontaktlista för kvällar", RecordedCall.VisibleTextOf(a)));
        Assert.Single(await PlanAsync(), a => a.Origin.Kind == ActionOriginKind.Garage);
        Assert.Single((await ItemAsync(Idea)).History, h => h.Status == GarageStatus.TillPlanen);
    }

    [Fact]
    public async Task A_personnummer_is_refused_and_the_text_comes_back()
    {
        const string typed = "Brukaren 19121212-1212 behöver en fast kontaktperson på kvällar";

        var refused = await _demo.ExecuteAsync(DemoOrganisation.People.FatimaHassan, "garage.park", new JsonObject { ["garageKind"] = "Behov", ["garageStop"] = "1", ["garageText"] = typed });

        Assert.Equal(typed, DemoTeams.InputValue(refused, "garageText"));
        Assert.Equal("1", DemoTeams.InputValue(refused, "garageStop"));
        Assert.True(DemoTeams.Shows(refused, "personnummer"));
        Assert.DoesNotContain(await GarageAsync(), i => i.Text.Contains("19121212", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_due_card_in_the_channel_counts_what_is_parked_under_the_theme()
    {
        await ParkAsync(DemoOrganisation.People.FatimaHassan, "Ide", Idea);
        var waiting = (await GarageAsync()).Count(i => i.StopNumber == 1 && i.Status == GarageStatus.Parkerad);

        await _demo.RunAsync<DueStopsJob, int>(async job =>
        {
            await job.ScanAsync(CancellationToken.None);
            return 0;
        });

        var post = await _demo.Teams.WaitForCallAsync(c => c.Path == "/v3/conversations" && c.VisibleText.Contains("Samverkan", StringComparison.Ordinal)
            && c.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>() == "19:hemtjanst-norra@thread.tacv2");
        Assert.Contains($"{waiting} saker parkerade i garaget under det här temat", post.VisibleText);
    }

    private async Task<JsonObject> ParkAsync(string personId, string kind, string text) =>
        await _demo.ExecuteAsync(personId, "garage.park", new JsonObject { ["garageKind"] = kind, ["garageStop"] = "1", ["garageText"] = text });

    private async Task<IReadOnlyList<GarageItem>> GarageAsync() =>
        await _demo.Services.GetRequiredService<GarageRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);

    private async Task<GarageItem> ItemAsync(string text) => (await GarageAsync()).Single(i => i.Text == text);

    private async Task<IReadOnlyList<ImprovementAction>> PlanAsync() =>
        await _demo.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);

    private static JsonObject StopData(int step) => new()
    {
        ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["year"] = Year,
        ["stop"] = 1,
        ["step"] = step,
    };

    private static JsonObject ItemData(string itemId) => new()
    {
        ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["year"] = Year,
        ["stop"] = 1,
        ["garageItem"] = itemId,
    };

    private static JsonObject FindAction(JsonObject card, string verb) =>
        (JsonObject)DemoTeams.Descendants(card).First(o => o["verb"]?.GetValue<string>() == verb)["data"]!;
}
