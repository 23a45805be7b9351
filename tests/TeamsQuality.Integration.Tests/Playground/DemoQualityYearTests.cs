using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Playground;

/// <summary>
/// The playground's Hemtjänst Norra has a year to report on: Anna's kvalitetsberättelse of the current wheel year shows
/// two finished stops with their conclusions, bedömning and trend, and its deviations and feedback by kind and category.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoQualityYearTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Anna_finds_finished_stops_and_reports_of_the_year_in_her_quality_report()
    {
        await using var bot = new BotApp(azurite, new Dictionary<string, string?> { ["Demo:QualityYear"] = "true" });
        using var client = bot.Client(); // returns once the host has started, the seed included
        var organisation = await bot.Services.GetRequiredService<OrganisationRepository>().FindAsync(DemoOrganisation.Tenant, CancellationToken.None);
        var anna = new Actor(organisation!, organisation!.FindPerson(DemoOrganisation.People.AnnaBerg)!);

        await using var scope = bot.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CompileUnitReport>().RunAsync(anna, DemoOrganisation.Units.HemtjanstNorra, null, CancellationToken.None);

        Assert.False(report.IsRefused);
        var finished = report.Value.Stops.Where(s => s.Status == StopStatus.Klar).ToList();
        Assert.Equal([2, 3], finished.Select(s => s.Number));
        Assert.All(finished, s => Assert.False(string.IsNullOrWhiteSpace(s.Conclusions)));
        Assert.Equal([Trend.Battre, Trend.Oforandrad], finished.Select(s => s.Trend));
        Assert.Equal([false, true], finished.Select(s => s.NeedsAction));
        Assert.Equal(StopStatus.EjPaborjad, report.Value.Stops.Single(s => s.Number == 1).Status); // the walk-through's

        // Deviations, complaints, a view and praise over the tertials and categories of the calendar year they were filed
        // in (the report counts reports by calendar year; the lex Sarah reports stay off here).
        var deviationYear = DemoQualityYear.DeviationYear(SwedishTime.Day(DateTimeOffset.UtcNow));
        var ofYear = await scope.ServiceProvider.GetRequiredService<CompileUnitReport>().RunAsync(anna, DemoOrganisation.Units.HemtjanstNorra, deviationYear, CancellationToken.None);
        var counts = ofYear.Value.Deviations;
        Assert.Equal([1, 2, 3], counts.Counts.Select(c => c.Tertial).Distinct().Order());
        Assert.Equal(3, counts.OfKind(DeviationKind.Avvikelse));
        Assert.Equal(1, counts.OfKind(DeviationKind.Klagomal));
        Assert.True(counts.Of(c => c.Category is not null) >= 5);
    }
}
