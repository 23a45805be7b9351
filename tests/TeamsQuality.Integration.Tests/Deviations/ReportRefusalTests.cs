using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Risks;
using static TeamsQuality.Integration.Tests.Infrastructure.DemoTeams;

namespace TeamsQuality.Integration.Tests.Deviations;

/// <summary>
/// Refusals that say the real reason, naming the field, with what was typed kept: an owner from another unit (for a
/// report's action and a stop's proposal), a category that does not exist, a risk without probability, and staff who
/// ask for the statistics.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportRefusalTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly JsonObject Reference = new() { ["reference"] = "AV-2026-0001" };
    private DemoTeams _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    // ---- An owner from another unit ----

    [Theory]
    [InlineData(DemoOrganisation.People.KarinHolm)] // another unit's manager
    [InlineData(DemoOrganisation.People.SaraAhmadi)] // another unit's staff
    [InlineData(DemoOrganisation.People.JohanEk)] // follows all units, belongs to none
    [InlineData("00000000-0000-0000-0000-00000000dead")] // nobody in the organisation
    public async Task A_reports_action_owned_by_someone_outside_the_unit_is_refused_naming_the_owner_field(string ownerId)
    {
        await FileAsync();
        var typed = With(Reference, ("actionTitle", "Kontroll av planering vid schemabyte"), ("actionOwner", ownerId), ("actionDue", "2027-01-31"));

        var card = await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, CardVerbs.DeviationAction, typed);

        Assert.True(DemoTeams.Shows(card, Texts.Swedish.DeviationRefusal(new Refusal(RefusalReason.NotInUnit, Field.ActionOwner))), RecordedCall.VisibleTextOf(card));
        Assert.Contains("'Ansvarig'", RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        Assert.Equal("Kontroll av planering vid schemabyte", DemoTeams.InputValue(card, "actionTitle"));
        Assert.Equal("2027-01-31", DemoTeams.InputValue(card, "actionDue"));
        Assert.Empty((await ReportAsync()).ActionIds);
        Assert.Empty(await PlanAsync());

        // Someone of the unit may own it.
        await _demo.ExecuteAsync(DemoOrganisation.People.JohanEk, CardVerbs.DeviationAction, With(typed, ("actionOwner", DemoOrganisation.People.FatimaHassan)));
        Assert.Equal("Fatima Hassan", Assert.Single(await PlanAsync()).OwnerName);
    }

    [Theory]
    [InlineData(DemoOrganisation.People.KarinHolm)]
    [InlineData(DemoOrganisation.People.OskarNilsson)]
    [InlineData("00000000-0000-0000-0000-00000000dead")]
    public async Task A_stop_proposal_owned_by_someone_outside_the_unit_is_refused_naming_the_owner_field(string ownerId)
    {
        var data = new JsonObject
        {
            ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["year"] = 2027,
            ["stop"] = 1,
            ["step"] = 4,
            ["proposalTitle"] = "Månadsmöte med hemsjukvården",
            ["proposalOwner"] = ownerId,
            ["proposalDue"] = "2027-02-28",
        };

        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, CardVerbs.Propose, data);

        Assert.True(DemoTeams.Shows(card, Texts.Swedish.StopRefusalText(new Refusal(RefusalReason.NotInUnit, Field.ProposalOwner))), RecordedCall.VisibleTextOf(card));
        Assert.Contains("'Ansvarig'", Texts.Swedish.StopRefusalText(new Refusal(RefusalReason.NotInUnit, Field.ProposalOwner)), StringComparison.Ordinal);
        Assert.Equal("Månadsmöte med hemsjukvården", DemoTeams.InputValue(card, "proposalTitle"));
        Assert.Equal("2027-02-28", DemoTeams.InputValue(card, "proposalDue"));
        Assert.Empty((await StopAsync()).Proposals);

        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, CardVerbs.Propose, With(data, ("proposalOwner", DemoOrganisation.People.FatimaHassan)));
        Assert.Equal("Fatima Hassan", Assert.Single((await StopAsync()).Proposals).OwnerName);
    }

    // ---- A category that does not exist ----

    [Theory]
    [InlineData("99")] // Enum.TryParse takes any number
    [InlineData("7")] // one past the last category
    [InlineData("Påhittad")]
    public async Task An_assessment_with_a_category_that_does_not_exist_is_refused_naming_the_category(string category)
    {
        await FileAsync();

        var card = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, CardVerbs.AssessDeviation, With(Reference, ("severity", "2"), ("immediateActions", "Dörren låstes direkt."), ("category", category)));

        Assert.True(DemoTeams.Shows(card, Texts.Swedish.DeviationRefusal(new Refusal(RefusalReason.UnknownChoice, Field.Category))), RecordedCall.VisibleTextOf(card));
        Assert.Contains("'Kategori'", RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        Assert.Equal("Dörren låstes direkt.", DemoTeams.InputValue(card, "immediateActions"));
        var report = await ReportAsync();
        Assert.Null(report.Assessment);
        Assert.Null(report.Category);
        Assert.DoesNotContain("Kategori: " + category, RecordedCall.VisibleTextOf(await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, CardVerbs.OpenDeviation, Reference)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filing_with_a_category_that_does_not_exist_is_refused_and_kept()
    {
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, CardVerbs.FileDeviation, With(Filing(), ("category", "99")));

        Assert.True(DemoTeams.Shows(card, Texts.Swedish.DeviationRefusal(new Refusal(RefusalReason.UnknownChoice, Field.Category))), RecordedCall.VisibleTextOf(card));
        Assert.Equal("Dörren till förrådet stod olåst hela natten.", DemoTeams.InputValue(card, "whatHappened"));
        Assert.Empty(await _demo.Services.GetRequiredService<DeviationRepository>().FiledByAsync(DemoOrganisation.Tenant, DemoOrganisation.People.ErikLund, CancellationToken.None));
    }

    // ---- A risk names the field that is missing ----

    [Theory]
    [InlineData("sv-SE")]
    [InlineData("en-US")]
    public async Task A_risk_without_probability_is_refused_naming_probability_not_severity(string locale)
    {
        var t = Texts.ForLocale(locale);
        var typed = new JsonObject
        {
            ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["riskProcess"] = "Verkställighet",
            ["riskDescription"] = "Insats uteblir vid schemabyte",
            ["riskConsequence"] = "3",
        };

        var card = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, CardVerbs.AddRisk, typed, locale);

        var text = RecordedCall.VisibleTextOf(card);
        Assert.True(DemoTeams.Shows(card, t.RiskRefusal(new Refusal(RefusalReason.Required, Field.Probability))), text);
        Assert.Contains($"'{t.RiskProbabilityLabel}'", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"'{t.FieldSeverity}'", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"'{t.RiskConsequenceLabel}'", text, StringComparison.Ordinal);
        Assert.Equal(("Verkställighet", "Insats uteblir vid schemabyte", "3"), (DemoTeams.InputValue(card, "riskProcess"), DemoTeams.InputValue(card, "riskDescription"), DemoTeams.InputValue(card, "riskConsequence")));
        Assert.Empty(await _demo.Services.GetRequiredService<RiskRepository>().OfUnitAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None));
    }

    [Fact]
    public async Task A_risk_without_process_and_consequence_names_both()
    {
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, CardVerbs.AddRisk, new JsonObject
        {
            ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["riskDescription"] = "Insats uteblir vid schemabyte",
            ["riskProbability"] = "2",
        });

        var text = RecordedCall.VisibleTextOf(card);
        Assert.Contains("'Process'", text, StringComparison.Ordinal);
        Assert.Contains("'Konsekvens'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("'Sannolikhet'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("'Enhet'", text, StringComparison.Ordinal);
        Assert.Equal("2", DemoTeams.InputValue(card, "riskProbability"));
    }

    // ---- Statistics are for a role ----

    [Theory]
    [InlineData("statistik", "sv-SE")]
    [InlineData("statistics", "en-US")]
    public async Task Staff_asking_for_statistics_are_told_they_are_for_managers_quality_developers_and_the_deputy_director(string command, string locale)
    {
        var t = Texts.ForLocale(locale);
        await _demo.Client.PostAsJsonAsync("/api/messages", TeamsActivities.PersonalMessage(_demo.Teams.ServiceUrl, command, DemoOrganisation.People.ErikLund, locale));

        var reply = await _demo.Teams.WaitForCallAsync(c => c.Card is not null);

        Assert.True(DemoTeams.Shows(reply.Card!, t.StatisticsNotForRole), reply.VisibleText);
        Assert.False(DemoTeams.Shows(reply.Card!, t.NotYourUnit));
        Assert.Contains(locale == "sv-SE" ? "enhetschefer" : "unit managers", reply.VisibleText, StringComparison.Ordinal);
    }

    // ---- Helpers ----

    private async Task FileAsync() => await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, CardVerbs.FileDeviation, Filing());

    private static JsonObject Filing() => new()
    {
        ["reportKind"] = "Avvikelse",
        ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["whatHappened"] = "Dörren till förrådet stod olåst hela natten.",
        ["occurredDate"] = "2026-11-20",
    };

    private async Task<DeviationReport> ReportAsync() =>
        (await _demo.Services.GetRequiredService<DeviationRepository>().FindAsync(DemoOrganisation.Tenant, new DeviationReference("AV", 2026, 1), CancellationToken.None))!;

    private async Task<IReadOnlyList<Domain.Actions.ImprovementAction>> PlanAsync() =>
        await _demo.Services.GetRequiredService<ImprovementActionRepository>().ListAsync(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, CancellationToken.None);

    private async Task<LearningStop> StopAsync() =>
        (await _demo.Services.GetRequiredService<LearningStopRepository>().FindAsync(new StopKey(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, 2027, 1), CancellationToken.None))!;
}
