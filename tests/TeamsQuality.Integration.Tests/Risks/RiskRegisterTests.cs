using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.Risks;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Risks;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Risks;

/// <summary>
/// The risk register over HTTP against Azurite, pressed as the demo people would: Anna (Hemtjänst Norra's manager)
/// adds a risk, assesses it again and sees the history; plans an action from it that shows under the risk and in the
/// unit's plan; marks a risk inaktuell; Erik (staff) reads but is refused changes; a personnummer in the motivation is
/// refused with what was typed kept; a stale card and forged presses are refused, never a 500.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RiskRegisterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Unit = DemoOrganisation.Units.HemtjanstNorra;
    private const string Anna = DemoOrganisation.People.AnnaBerg;
    private const string Erik = DemoOrganisation.People.ErikLund;
    private DemoTeams _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Anna_assesses_a_risk_again_and_the_history_shows_from_which_value_to_which_who_and_why()
    {
        var risk = await AddAsync("Larm besvaras inte nattetid.", probability: "3", consequence: "4");
        var opened = await _demo.ExecuteAsync(Anna, CardVerbs.OpenRisk, Press(risk));
        Assert.Equal("1", RevisionOn(opened, CardVerbs.ReassessRisk));

        _demo.Clock.Now = _demo.Clock.Now.AddDays(2);
        var card = await _demo.ExecuteAsync(Anna, CardVerbs.ReassessRisk, Reassessment(risk, "2", "4", "Ny larmmottagare i varje nattbil.", revision: "1"));

        var text = RecordedCall.VisibleTextOf(card);
        Assert.Contains(Texts.Swedish.RiskReassessed, text, StringComparison.Ordinal);
        Assert.Contains("Bedömd på nytt: 3 × 4 = 12 Kritisk → 2 × 4 = 8 Kritisk", text, StringComparison.Ordinal);
        Assert.Contains("Ny larmmottagare i varje nattbil.", text, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", text, StringComparison.Ordinal);
        Assert.Contains("Identifierad: 3 × 4 = 12 Kritisk", text, StringComparison.Ordinal);
        Assert.Equal("2", RevisionOn(card, CardVerbs.ReassessRisk));

        var saved = await StoredAsync(risk);
        Assert.Equal((Probability.Liten, Consequence.Hog, 2), (saved.Probability, saved.Consequence, saved.History.Count));
        Assert.Equal(new RiskAssessment(Probability.Stor, Consequence.Hog), saved.History[^1].From);
        Assert.Equal(Anna, saved.History[^1].PersonId);
        Assert.Equal(_demo.Clock.GetUtcNow(), saved.History[^1].At);

        // In English too, and the register counts it as assessed this year.
        var english = await _demo.ExecuteAsync(Anna, CardVerbs.OpenRisk, Press(risk), "en-US");
        Assert.Contains("Assessed again: 3 × 4 = 12 Kritisk (critical) → 2 × 4 = 8 Kritisk (critical)", RecordedCall.VisibleTextOf(english), StringComparison.Ordinal);
        var register = await _demo.ExecuteAsync(Anna, CardVerbs.RiskRegister, new JsonObject { ["unit"] = Unit });
        Assert.True(Shows(register, "1 bedömda, 0 med åtgärder"), RecordedCall.VisibleTextOf(register));
    }

    [Fact]
    public async Task A_card_older_than_the_risk_is_refused_with_what_was_typed_kept_and_the_newer_assessment_stays()
    {
        var risk = await AddAsync("Nyckel lämnas kvar i dörren.", probability: "2", consequence: "2");
        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, CardVerbs.ReassessRisk, Reassessment(risk, "4", "3", "Hände två gånger i oktober.", revision: "1"));

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.ReassessRisk, Reassessment(risk, "1", "2", "Nyckelgömma på plats.", revision: "1"));

        Assert.True(Shows(card, Texts.Swedish.ProblemRiskChangedMeanwhile), RecordedCall.VisibleTextOf(card));
        Assert.Equal("Nyckelgömma på plats.", InputValue(card, CardKeys.RiskComment));
        Assert.Contains("Hände två gånger i oktober.", RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        Assert.Equal(12, (await StoredAsync(risk)).Value);
    }

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-US")]
    public async Task A_personnummer_in_the_motivation_is_refused_under_it_with_everything_typed_kept(string locale)
    {
        var t = Texts.ForLocale(locale);
        var risk = await AddAsync("Medicin ges för sent.", probability: "3", consequence: "3");
        const string motivation = "Gäller brukaren 19121212-1212 som fick medicinen sent.";

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.ReassessRisk, Reassessment(risk, "2", "3", motivation, revision: "1"), locale);

        Assert.True(Shows(card, t.RiskRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.RiskComment))), RecordedCall.VisibleTextOf(card));
        Assert.Equal((motivation, "2", "3"), (InputValue(card, CardKeys.RiskComment), InputValue(card, CardKeys.RiskProbability), InputValue(card, CardKeys.RiskConsequence)));
        var saved = await StoredAsync(risk);
        Assert.Equal((9, 1), (saved.Value, saved.History.Count));
    }

    [Fact]
    public async Task Anna_adds_an_action_from_a_risk_and_it_is_listed_under_the_risk_and_in_the_units_plan()
    {
        var risk = await AddAsync("Larm besvaras inte nattetid.", probability: "4", consequence: "4");

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.RiskAction, With(
            Press(risk),
            (CardKeys.ActionTitle, "Larmrutin nattetid"),
            (CardKeys.ActionCause, "Nattpersonalen har ingen larmmottagare."),
            (CardKeys.ActionOwner, Erik),
            (CardKeys.ActionDue, "2026-12-31"),
            (CardKeys.ActionPurpose, "Forebyggande")));

        var text = RecordedCall.VisibleTextOf(card);
        Assert.Contains(Texts.Swedish.RiskActionAdded, text, StringComparison.Ordinal);
        Assert.Contains("• Larmrutin nattetid", text, StringComparison.Ordinal);
        Assert.Contains("Erik Lund", text, StringComparison.Ordinal);
        Assert.Contains(Texts.Swedish.ActionStatusName(ActionStatus.EjPaborjad), text, StringComparison.Ordinal);

        var action = Assert.Single(await _demo.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, Unit, CancellationToken.None));
        Assert.Equal((ActionOriginKind.Riskanalys, risk), (action.Origin.Kind, action.Origin.Reference));
        Assert.Equal(("Larmrutin nattetid", "Nattpersonalen har ingen larmmottagare.", Erik, new DateOnly(2026, 12, 31), ActionPurpose.Forebyggande), (action.Title, action.Cause, action.OwnerId, action.DueDate, action.Purpose));

        var register = await _demo.ExecuteAsync(Anna, CardVerbs.RiskRegister, new JsonObject { ["unit"] = Unit });
        Assert.True(Shows(register, "Process: Verkställighet · åtgärder: 1"), RecordedCall.VisibleTextOf(register));
        Assert.True(Shows(register, "1 bedömda, 1 med åtgärder"), RecordedCall.VisibleTextOf(register));

        // The quality report reads the same count through the use case, per year.
        var organisation = DemoOrganisation.Create();
        using var scope = _demo.Services.CreateScope();
        var summaries = scope.ServiceProvider.GetRequiredService<RiskSummaryOfYear>();
        var actor = new Actor(organisation, organisation.FindPerson(DemoOrganisation.People.JohanEk)!);
        var thisYear = await summaries.RunAsync(actor, organisation.FindUnit(Unit)!, 2026, CancellationToken.None);
        Assert.Equal(new RiskLevelCount(RiskLevel.Kritisk, 1, 1), thisYear.Value.Of(RiskLevel.Kritisk));
        Assert.Equal(0, (await summaries.RunAsync(actor, organisation.FindUnit(Unit)!, 2025, CancellationToken.None)).Value.Assessed);
    }

    [Fact]
    public async Task An_action_refused_by_the_shared_rule_keeps_what_was_typed_and_nothing_enters_the_plan()
    {
        var risk = await AddAsync("Larm besvaras inte nattetid.", probability: "4", consequence: "4");

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.RiskAction, With(
            Press(risk), (CardKeys.ActionTitle, "Larmrutin nattetid"), (CardKeys.ActionCause, "Ingen mottagare."), (CardKeys.ActionDue, "2026-01-31"), (CardKeys.ActionPurpose, "Forebyggande")));

        Assert.True(Shows(card, Texts.Swedish.ActionDuePassed), RecordedCall.VisibleTextOf(card));
        Assert.Equal(("Larmrutin nattetid", "2026-01-31"), (InputValue(card, CardKeys.ActionTitle), InputValue(card, CardKeys.ActionDue)));
        Assert.Empty(await _demo.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, Unit, CancellationToken.None));
    }

    [Fact]
    public async Task Erik_reads_the_risk_but_is_refused_assessing_it_adding_actions_or_closing_it()
    {
        var risk = await AddAsync("Larm besvaras inte nattetid.", probability: "3", consequence: "4");

        var opened = await _demo.ExecuteAsync(Erik, CardVerbs.OpenRisk, Press(risk));
        Assert.Contains("Larm besvaras inte nattetid.", RecordedCall.VisibleTextOf(opened), StringComparison.Ordinal);
        Assert.Empty(Inputs(opened));

        // The buttons are not on his card; a forged press is refused by the rule, not by the card.
        var reassess = await _demo.ExecuteAsync(Erik, CardVerbs.ReassessRisk, Reassessment(risk, "1", "1", "Inte så farligt.", revision: "1"));
        var action = await _demo.ExecuteAsync(Erik, CardVerbs.RiskAction, With(
            Press(risk), (CardKeys.ActionTitle, "Något"), (CardKeys.ActionCause, "Något"), (CardKeys.ActionDue, "2026-12-31"), (CardKeys.ActionPurpose, "Forebyggande")));
        var close = await _demo.ExecuteAsync(Erik, CardVerbs.CloseRisk, With(Press(risk), (CardKeys.RiskRevision, "1"), (CardKeys.RiskState, "Inaktuell"), (CardKeys.RiskClosing, "Inte aktuell.")));

        Assert.All([reassess, action, close], card => Assert.True(Shows(card, Texts.Swedish.ProblemOnlyManagerOrQualityDeveloperChangesRisks), RecordedCall.VisibleTextOf(card)));
        var saved = await StoredAsync(risk);
        Assert.Equal((12, 1, RiskState.Aktuell), (saved.Value, saved.History.Count, saved.State));
        Assert.Empty(await _demo.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, Unit, CancellationToken.None));
    }

    [Fact]
    public async Task A_risk_marked_inaktuell_is_kept_last_in_the_register_with_its_reason()
    {
        var fax = await AddAsync("Remisser skickas med fax.", probability: "4", consequence: "4");
        await AddAsync("Nyckel lämnas kvar i dörren.", probability: "1", consequence: "2");

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.CloseRisk, With(Press(fax), (CardKeys.RiskRevision, "1"), (CardKeys.RiskState, "Inaktuell"), (CardKeys.RiskClosing, "Faxen är avvecklad.")));

        Assert.Contains("Inte längre aktuell – Inaktuell: Faxen är avvecklad.", RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        var register = RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(Anna, CardVerbs.RiskRegister, new JsonObject { ["unit"] = Unit }));
        Assert.True(register.IndexOf("Nyckel lämnas kvar", StringComparison.Ordinal) < register.IndexOf("Remisser skickas med fax", StringComparison.Ordinal), register);
        Assert.Contains("Aktuella risker: 1 · inte längre aktuella: 1", register, StringComparison.Ordinal);
        Assert.Equal(RiskState.Inaktuell, (await StoredAsync(fax)).State);
    }

    [Theory]
    [InlineData("risk.open", "{\"unit\":\"hemtjanst-norra\",\"risk\":\"no-such-risk\"}")]
    [InlineData("risk.open", "{\"unit\":\"no-such-unit\",\"risk\":\"x\"}")]
    [InlineData("risk.open", "{\"risk\":[1,2,3]}")]
    [InlineData("risk.reassess", "{\"unit\":\"hemtjanst-norra\",\"risk\":\"no-such-risk\",\"riskRevision\":\"abc\",\"riskProbability\":\"9\"}")]
    [InlineData("risk.action", "{\"unit\":\"hemtjanst-norra\",\"risk\":\"no-such-risk\",\"actionDue\":\"not a date\"}")]
    [InlineData("risk.list", "{\"unit\":\"hemtjanst-norra\",\"skip\":\"-40\"}")]
    public async Task A_forged_or_broken_press_gets_a_card_never_a_500(string verb, string data)
    {
        var card = await _demo.ExecuteAsync(Anna, verb, JsonNode.Parse(data)!.AsObject());

        Assert.True(card["type"]?.GetValue<string>() == "AdaptiveCard", card.ToJsonString());
    }

    [Fact]
    public async Task A_stale_revision_on_a_broken_reassessment_press_still_keeps_the_risk_as_it_was()
    {
        var risk = await AddAsync("Medicin ges för sent.", probability: "3", consequence: "3");

        var card = await _demo.ExecuteAsync(Anna, CardVerbs.ReassessRisk, With(Press(risk), (CardKeys.RiskRevision, "abc"), (CardKeys.RiskProbability, "9"), (CardKeys.RiskComment, "Ny rutin.")));

        Assert.True(card["type"]?.GetValue<string>() == "AdaptiveCard", card.ToJsonString());
        Assert.Equal("Ny rutin.", InputValue(card, CardKeys.RiskComment));
        Assert.Single((await StoredAsync(risk)).History);
    }

    /// <summary>Anna adds a risk to Hemtjänst Norra's register as on the card; returns its id.</summary>
    private async Task<string> AddAsync(string description, string probability, string consequence)
    {
        await _demo.ExecuteAsync(Anna, CardVerbs.AddRisk, new JsonObject
        {
            ["unit"] = Unit,
            [CardKeys.RiskProcess] = "Verkställighet",
            [CardKeys.RiskDescription] = description,
            [CardKeys.RiskProbability] = probability,
            [CardKeys.RiskConsequence] = consequence,
        });
        var risks = await _demo.Services.GetRequiredService<RiskRepository>().OfUnitAsync(DemoOrganisation.Tenant, Unit, CancellationToken.None);
        return risks.Single(r => r.Description == description).Id;
    }

    private async Task<Risk> StoredAsync(string id) =>
        (await _demo.Services.GetRequiredService<RiskRepository>().FindAsync(DemoOrganisation.Tenant, Unit, id, CancellationToken.None))!;

    private static JsonObject Press(string risk) => new() { ["unit"] = Unit, [CardKeys.Risk] = risk };

    private static JsonObject Reassessment(string risk, string probability, string consequence, string motivation, string revision) => With(
        Press(risk), (CardKeys.RiskRevision, revision), (CardKeys.RiskProbability, probability), (CardKeys.RiskConsequence, consequence), (CardKeys.RiskComment, motivation));

    /// <summary>The revision the card's button of this verb carries.</summary>
    private static string? RevisionOn(JsonObject card, string verb) =>
        Descendants(card).FirstOrDefault(o => o["verb"]?.GetValue<string>() == verb)?["data"]?[CardKeys.RiskRevision]?.ToJsonString();
}
