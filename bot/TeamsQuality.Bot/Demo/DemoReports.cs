using TeamsQuality.Application;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Bot.Demo;

/// <summary>
/// Two lex Sarah reports for the IVO package, each taken through the same use cases as the report's card: in Hemtjänst
/// Norra one filed by Fatima, assessed 3 by Anna, decided for IVO by Eva, investigated by Johan and with an action, so
/// its package is complete and Eva can export it (the first LS reference of the year); in LSS Ekbacken one filed by
/// Sara, assessed 4 by Mats and decided by Eva, whose investigation has only begun, so its package lists what is missing.
/// </summary>
internal static class DemoReports
{
    public static async Task SeedAsync(IServiceProvider use, OrganisationRepository organisations, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(DemoOrganisation.Tenant, cancellationToken) is not { } organisation)
        {
            return;
        }

        Actor As(string personId) => new(organisation, organisation.FindPerson(personId)!);
        var now = time.GetUtcNow();
        var steps = new Steps(logger);

        var complete = await steps.FileAsync(use.GetRequiredService<FileDeviation>().RunAsync(As(DemoOrganisation.People.FatimaHassan), new DeviationFiling(
            DeviationKind.Missforhallande, DemoOrganisation.Units.HemtjanstNorra,
            "Brukaren i ärende SN 2026/231 fick inte sitt kvällsbesök med medicin under tre kvällar i rad. Ingen i personalen märkte att besöket fallit bort ur planeringen.",
            now.AddDays(-6), "Sjuksköterskan kontaktades direkt och medicinen gavs samma kväll.", DeviationCategory.BristerIVerkstallighet), cancellationToken));
        if (complete is not null)
        {
            steps.Check(await use.GetRequiredService<AssessDeviation>().RunAsync(As(DemoOrganisation.People.AnnaBerg), complete, Severity.Allvarlig,
                "Besöket lagt tillbaka i planeringen; planeraren kontrollerar alla kvällsbesök mot beslut varje fredag tills vidare.", DeviationCategory.BristerIVerkstallighet, cancellationToken));
            steps.Check(await use.GetRequiredService<RecordIvoDecision>().RunAsync(As(DemoOrganisation.People.EvaSundberg), complete, true,
                "Allvarligt missförhållande: en insats för hälsa uteblev upprepade gånger. Anmäls till IVO snarast.", cancellationToken));
            var investigate = use.GetRequiredService<Investigate>();
            var johan = As(DemoOrganisation.People.JohanEk);
            steps.Check(await investigate.RunAsync(johan, complete, InvestigationTopic.HandelseOchKonsekvenser,
                "Brukaren fick inte sin kvällsmedicin tre kvällar. Blodtrycket var förhöjt vid läkarbesöket; ingen bestående skada enligt läkaren.", true, cancellationToken));
            steps.Check(await investigate.RunAsync(johan, complete, InvestigationTopic.NarDetUpptacktes,
                "Upptäcktes den fjärde kvällen när en vikarie frågade efter besöket i schemat.", true, cancellationToken));
            steps.Check(await investigate.RunAsync(johan, complete, InvestigationTopic.Orsaker,
                "Besöket föll bort när planeringen flyttades till det nya schemaverktyget; ingen kontroll mot besluten gjordes efter flytten.", false, cancellationToken));
            steps.Check(await use.GetRequiredService<AddDeviationAction>().RunAsync(johan, complete,
                "Kontrollera planeringen mot besluten efter varje schemaändring", DemoOrganisation.People.AnnaBerg,
                Domain.Time.SwedishTime.Day(now).AddDays(30), false, cancellationToken));
        }

        var incomplete = await steps.FileAsync(use.GetRequiredService<FileDeviation>().RunAsync(As(DemoOrganisation.People.SaraAhmadi), new DeviationFiling(
            DeviationKind.PatagligRiskForMissforhallande, DemoOrganisation.Units.Ekbacken,
            "Ytterdörren till boendet stod olåst under natten; en boende som behöver tillsyn var på väg ut när nattpersonalen upptäckte det.",
            now.AddDays(-2), null, DeviationCategory.Forsummelse), cancellationToken));
        if (incomplete is not null)
        {
            steps.Check(await use.GetRequiredService<AssessDeviation>().RunAsync(As(DemoOrganisation.People.MatsJansson), incomplete, Severity.Katastrofal,
                "Dörren kontrolleras vid varje passbyte och larmet på dörren är lagat.", DeviationCategory.Forsummelse, cancellationToken));
            steps.Check(await use.GetRequiredService<RecordIvoDecision>().RunAsync(As(DemoOrganisation.People.EvaSundberg), incomplete, true,
                "Påtaglig risk för ett allvarligt missförhållande. Anmäls till IVO.", cancellationToken));
            steps.Check(await use.GetRequiredService<Investigate>().RunAsync(As(DemoOrganisation.People.JohanEk), incomplete, InvestigationTopic.HandelseOchKonsekvenser,
                "Den boende kom inte ut; ingen skada. Dörrlarmet hade varit ur funktion i två dagar.", true, cancellationToken));
        }
    }

    /// <summary>Logs a step the demo could not take (the rest goes on: a demo is still a demo without one report).</summary>
    private sealed class Steps(ILogger logger)
    {
        public async Task<string?> FileAsync(Task<Outcome<DeviationView>> filing)
        {
            var filed = await filing;
            return Check(filed) ? filed.Value.Report.Reference.ToString() : null;
        }

        public bool Check(Outcome<DeviationView> outcome)
        {
            if (outcome.IsRefused)
            {
                logger.LogError("Demo lex Sarah report step refused: {Refusals}", string.Join(", ", outcome.Refusals));
            }

            return !outcome.IsRefused;
        }
    }
}
