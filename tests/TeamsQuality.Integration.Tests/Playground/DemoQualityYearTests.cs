using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Application;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Integration.Tests.Playground;

/// <summary>
/// The playground's Hemtjänst Norra has a year to report on, whatever the date: Anna's plain kvalitetsberättelse (the
/// report's default year) shows two finished stops with their conclusions, bedömning and trend, and the same year's
/// deviations and feedback over its three tertials by kind and category.
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

        // Deviations, complaints, a view and praise over the three tertials and the categories of the same year (its span:
        // everything in the report is of the wheel year's months; the lex Sarah reports stay off here).
        var today = SwedishTime.Day(DateTimeOffset.UtcNow);
        var wheel = await scope.ServiceProvider.GetRequiredService<CurrentWheel>().RunAsync(DemoOrganisation.Tenant, today, CancellationToken.None);
        Assert.Equal(wheel.Span(wheel.ReportYear(today)), report.Value.Span);
        Assert.All(finished, s => Assert.True(report.Value.Span.Contains(s.HeldOn!.Value), $"stop {s.Number} held {s.HeldOn} outside {report.Value.Span}"));
        var counts = report.Value.Deviations;
        Assert.Equal([1, 2, 3], counts.Counts.Select(c => c.Tertial).Distinct().Order());
        Assert.Equal(3, counts.OfKind(DeviationKind.Avvikelse));
        Assert.Equal(1, counts.OfKind(DeviationKind.Klagomal));
        Assert.True(counts.Of(c => c.Category is not null) >= 5);
    }
}
