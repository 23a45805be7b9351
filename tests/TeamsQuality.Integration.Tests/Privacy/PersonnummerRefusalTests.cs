using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Integration.Tests.Privacy;

/// <summary>
/// A personnummer is refused however it is typed, on the filing card and in a stop: with digits from an Arabic
/// keyboard (which crashed the check, so the reporter saw "Något gick fel" on every try) or with a space, a dash or a
/// line break before the last four (which got through). The person gets the personnummer message, everything they
/// typed comes back, and nothing is stored or sent.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PersonnummerRefusalTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DemoTeams _demo = null!;

    public async Task InitializeAsync() => _demo = await DemoTeams.StartAsync(azurite, ManualClock.Swedish(2026, 11, 23, 9, 0));

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    public static TheoryData<string> TypedPersonnummer => new()
    {
        "Brukaren ٣٥١٠٢٢-٢٥٢٨ föll i duschen", // Arabic-Indic digits, as a phone set to Arabic types them
        "Brukaren ۳۵۱۰۲۲ ۲۵۲۸ föll i duschen", // Extended Arabic-Indic (Persian, Urdu)
        "Brukaren ３５１０２２－２５２８ föll i duschen", // full-width
        "Brukaren 351022 2528 föll i duschen",
        "Brukaren 19351022–2528 föll i duschen",
        "Brukaren 351022\n2528 föll i duschen",
        "Brukaren 351022.2528 föll i duschen",
        "Brukaren (701063 2391) föll i duschen", // a samordningsnummer
    };

    [Theory]
    [MemberData(nameof(TypedPersonnummer))]
    public async Task A_report_with_a_personnummer_however_typed_is_refused_with_the_personnummer_message_and_everything_typed_comes_back(string whatHappened)
    {
        var filing = new JsonObject
        {
            ["reportKind"] = "Missforhallande",
            ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["whatHappened"] = whatHappened,
            ["occurredDate"] = "2026-11-20",
            ["occurredTime"] = "14:30",
            ["immediateMeasures"] = "Vi larmade sjuksköterskan direkt.",
            ["category"] = "Forsummelse",
        };

        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, CardVerbs.FileDeviation, filing);

        Assert.True(DemoTeams.Shows(card, Texts.Swedish.DeviationRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.WhatHappened))), RecordedCall.VisibleTextOf(card));
        Assert.False(DemoTeams.Shows(card, Texts.Swedish.SomethingWentWrong));
        foreach (var (input, typed) in filing)
        {
            Assert.Equal(typed!.GetValue<string>(), DemoTeams.InputValue(card, input));
        }

        Assert.Empty(await _demo.Services.GetRequiredService<DeviationRepository>().FiledByAsync(DemoOrganisation.Tenant, DemoOrganisation.People.ErikLund, CancellationToken.None));
        Assert.DoesNotContain(_demo.Teams.Calls, c => c.Card is not null);
    }

    [Theory]
    [MemberData(nameof(TypedPersonnummer))]
    public async Task A_stop_contribution_with_a_personnummer_however_typed_is_refused_with_the_personnummer_message_and_the_text_comes_back(string text)
    {
        var data = new JsonObject
        {
            ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["year"] = 2027,
            ["stop"] = 1,
            ["step"] = 1,
            ["contribution"] = text,
        };

        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, CardVerbs.Contribute, data);

        Assert.True(DemoTeams.Shows(card, Texts.Swedish.StopRefusalText(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Contribution))), RecordedCall.VisibleTextOf(card));
        Assert.Equal(text, DemoTeams.InputValue(card, "contribution"));
        var stop = await _demo.Services.GetRequiredService<LearningStopRepository>().FindAsync(new StopKey(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, 2027, 1), CancellationToken.None);
        Assert.Empty(stop!.Contributions);
        Assert.Equal(StopStatus.EjPaborjad, stop.Status);
    }

    [Fact]
    public async Task A_managers_assessment_with_Arabic_digits_of_a_personnummer_is_refused_and_kept_not_a_failure()
    {
        var filing = new JsonObject
        {
            ["reportKind"] = "Avvikelse",
            ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
            ["whatHappened"] = "Dörren till förrådet stod olåst hela natten.",
            ["occurredDate"] = "2026-11-20",
        };
        await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, CardVerbs.FileDeviation, filing);
        const string typed = "Ringde anhöriga till ١٢١٢١٢-١٢١٢ samma kväll.";

        var card = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, CardVerbs.AssessDeviation, new JsonObject { ["reference"] = "AV-2026-0001", ["severity"] = "2", ["immediateActions"] = typed });

        Assert.True(DemoTeams.Shows(card, Texts.Swedish.DeviationRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ImmediateActions))), RecordedCall.VisibleTextOf(card));
        Assert.Equal(typed, DemoTeams.InputValue(card, "immediateActions"));
        var report = await _demo.Services.GetRequiredService<DeviationRepository>().FindAsync(DemoOrganisation.Tenant, new DeviationReference("AV", 2026, 1), CancellationToken.None);
        Assert.Null(report!.Assessment);
    }
}
