using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Bot.Downloads;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Integration.Tests.Playground;

/// <summary>
/// The playground's two lex Sarah reports: the first complete, so Eva can export its IVO package at once, the second
/// with what its investigation still lacks, so both paths of the package show.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DemoLexSarahReportsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Eva_finds_one_lex_Sarah_report_ready_for_IVO_and_one_still_missing_parts()
    {
        await using var bot = new BotApp(azurite, new Dictionary<string, string?> { ["Demo:LexSarahReports"] = "true" });
        using var client = bot.Client(); // returns once the host has started, the seed included
        var year = SwedishTime.Day(DateTimeOffset.UtcNow).Year;
        var reports = bot.Services.GetRequiredService<DeviationRepository>();

        var complete = await reports.FindAsync(DemoOrganisation.Tenant, new DeviationReference("LS", year, 1), CancellationToken.None);
        var incomplete = await reports.FindAsync(DemoOrganisation.Tenant, new DeviationReference("LS", year, 2), CancellationToken.None);

        Assert.NotNull(complete);
        Assert.NotNull(incomplete);
        Assert.True(IvoPackage.Concerns(complete) && IvoPackage.Concerns(incomplete));
        Assert.Empty(IvoPackage.Missing(complete));
        Assert.Equal([IvoPackageItem.NarDetUpptacktes, IvoPackageItem.Orsaker, IvoPackageItem.Atgarder], IvoPackage.Missing(incomplete));

        var link = bot.Services.GetRequiredService<DownloadLinks>().Create(DemoOrganisation.Tenant.Value, DemoOrganisation.People.EvaSundberg, "ivo", $"LS-{year}-0001", "pdf", UiLanguage.Swedish);
        var pdf = await client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }
}
