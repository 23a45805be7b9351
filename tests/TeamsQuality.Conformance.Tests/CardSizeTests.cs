using System.Text;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using Xunit.Abstractions;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// A card never outgrows Teams: Teams refuses a message over about 100 KB (80 KB for the card is the safe limit), and a
/// card that is refused is a button that does nothing. Every card of the largest stop and report a unit could produce
/// (every text at its longest in the letters that cost most as JSON, hundreds of contributions, entries, proposals,
/// actions, risks and reports, a refused draft in every input) stays well under it.
/// </summary>
public sealed class CardSizeTests(ITestOutputHelper output)
{
    /// <summary>Well under Teams' limit: room for the activity around the card and for what Teams adds.</summary>
    private const int WellUnder = 70 * 1024;

    public static TheoryData<string> LargestCards()
    {
        var data = new TheoryData<string>();
        foreach (var card in BotCardCatalogue.All.Where(c => c.Name.Contains("-largest", StringComparison.Ordinal)))
        {
            data.Add(card.Name);
        }

        return data;
    }

    [Fact]
    public void The_catalogue_has_the_largest_stop_and_report_in_every_view()
    {
        var names = BotCardCatalogue.All.Select(c => c.Name).Where(n => n.Contains("-largest", StringComparison.Ordinal)).ToList();

        Assert.All(
            ["step1-largest-manager/sv", "step2-largest-staff/en", "step4-largest-manager-refused/sv", "finish-form-largest/sv", "stop-summary-largest/en", "report-largest-manager/sv", "report-largest-quality-developer/en", "my-reports-largest/sv", "risks-largest/sv", "risk-largest-manager/en"],
            name => Assert.Contains(name, names));
    }

    [Theory]
    [MemberData(nameof(LargestCards))]
    public void A_card_of_the_largest_stop_or_report_is_well_under_80_KB(string name)
    {
        // As the bot's JSON is at its largest: every non-ASCII letter escaped (å is \u00E5).
        var bytes = Encoding.UTF8.GetByteCount(BotCardCatalogue.Get(name).Json.ToJsonString());
        output.WriteLine($"{name}: {bytes} bytes");

        Assert.True(bytes < WellUnder, $"Card \"{name}\" is {bytes} bytes of JSON; it must stay well under 80 KB ({WellUnder} bytes).");
    }

    [Theory]
    [InlineData(AnalysisStep.Nulagesbeskrivning)]
    [InlineData(AnalysisStep.ForslagPaAtgarder)]
    public void Any_page_of_the_largest_stops_contributions_is_well_under_80_KB_for_the_documenter_with_a_refused_draft(AnalysisStep step)
    {
        var stop = StopFixtures.Largest();
        var t = Cards.Texts.Swedish;

        // The newest, the next, one in the middle, and one past the oldest (shown as the oldest page).
        foreach (var page in new[] { 0, 1, StopFixtures.LargestContributions / 2, 10_000 })
        {
            var card = AnalysisStepCard.Build(
                UiLanguage.Swedish, stop, StopFixtures.Unit, StopFixtures.ManyPeople, StopFixtures.Manager, step, StopFixtures.LargestDraft,
                refusals: [new CardRefusal(t.StopRefusalText(new Refusal(RefusalReason.TooLong, Field.Contribution)), CardKeys.Contribution, CardVerbs.Contribute)],
                conflictingSummary: StopFixtures.LargestDraft.Summary, logbookNotes: StopFixtures.ManyNotes, refreshUserIds: [StopFixtures.Manager.Id], page: page).ToJson();
            var bytes = Encoding.UTF8.GetByteCount(card.ToJsonString());
            output.WriteLine($"Step {step}, page {page}: {bytes} bytes");

            Assert.True(bytes < WellUnder, $"Page {page} of step {step} is {bytes} bytes of JSON.");
            Assert.StartsWith(StopFixtures.LargestDraft.Contribution![..20], Infrastructure.CardReading.ValueOf(card, CardKeys.Contribution), StringComparison.Ordinal);
        }
    }
}
