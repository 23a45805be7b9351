using TeamsQuality.Application;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Application.Stops;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Bot.Demo;

/// <summary>
/// Hemtjänst Norra's year so far, so Anna's kvalitetsberättelse has something to tell from the first start: stops 2 and
/// 3 of the current wheel year held and finished by Anna (a summary for each step, the bedömning and the trend), and a
/// handful of deviations, views and complaints of different categories and severities filed over the tertials of
/// <see cref="DeviationYear"/>, so that year's report has bars in its tables and charts. (The report counts reports by
/// calendar year: in November–December the current wheel year, e.g. 2027, has none yet, so they show in
/// <c>kvalitetsberättelse 2026</c>.) Stop 1 (Samverkan) is left as it was: the playground's walk-through has Anna hold it. Everything
/// goes through the use cases the cards call, so it keeps its history like anything a manager does.
/// </summary>
internal static class DemoQualityYear
{
    private sealed record HeldStop(int Number, Trend Trend, bool NeedsAction, string Comment, string[] Summaries);

    private static readonly HeldStop[] Stops =
    [
        new(2, Trend.Battre, false, "Bemötandet har blivit bättre sedan utbildningen i lågaffektivt bemötande; vi följer upp på APT i vår.",
        [
            "Brukarundersökningen visar att 88 % känner sig väl bemötta, mot 81 % förra året. Två klagomål på bemötande under året.",
            "Förbättringen hänger ihop med utbildningen i lågaffektivt bemötande och att vi har färre vikarier per brukare.",
            "Vi behöver inga nya åtgärder nu, men ska hålla i det som fungerar: samma personal hos samma brukare.",
            "Fortsätt med kontaktmannaskapet och ta upp bemötande på APT två gånger om året.",
        ]),
        new(3, Trend.Oforandrad, true, "Rutinerna finns men är inte kända av alla; nyckelrutinen uppdateras (se åtgärdsplanen).",
        [
            "Rutinerna för nyckelhantering och larm finns på intranätet, men nya medarbetare hittar dem inte.",
            "Introduktionen tar inte upp var rutinerna finns; rutinerna har inte setts över sedan omorganisationen.",
            "Rutinerna behöver bli kända och uppdaterade: det är samma läge som förra året.",
            "Uppdatera nyckelrutinen och lägg in rutinerna i introduktionen för nyanställda.",
        ]),
    ];

    /// <param name="Month">When in <see cref="DeviationYear"/> it was filed: the reports spread over the tertials.</param>
    private sealed record Filed(string ReporterId, DeviationKind Kind, DeviationCategory? Category, Severity? Severity, int Month, string WhatHappened);

    private static readonly Filed[] Reports =
    [
        new(DemoOrganisation.People.ErikLund, DeviationKind.Avvikelse, DeviationCategory.BristerIVerkstallighet, Severity.Mattlig, 2,
            "Ett morgonbesök blev en timme försenat eftersom bilen inte gick att starta och ingen reservbil fanns."),
        new(DemoOrganisation.People.FatimaHassan, DeviationKind.Avvikelse, DeviationCategory.BristerIHandlaggning, Severity.Mindre, 6,
            "Genomförandeplanen var inte uppdaterad efter det nya beslutet om dusch två gånger i veckan."),
        new(DemoOrganisation.People.ErikLund, DeviationKind.Avvikelse, DeviationCategory.Forsummelse, Severity.Allvarlig, 10,
            "Trygghetslarmet hos en brukare var urkopplat i två dygn utan att någon märkte det."),
        new(DemoOrganisation.People.FatimaHassan, DeviationKind.Klagomal, DeviationCategory.BristerIBemotande, null, 3,
            "En anhörig tycker att personalen pratar över huvudet på brukaren vid besöken."),
        new(DemoOrganisation.People.ErikLund, DeviationKind.Synpunkt, DeviationCategory.BristerIVerkstallighet, null, 7,
            "En brukare önskar att kvällsbesöket kommer före klockan 21."),
        new(DemoOrganisation.People.FatimaHassan, DeviationKind.Berom, null, null, 10,
            "En brukares dotter tackar för att personalen uppmärksammade att hennes mamma åt dåligt."),
    ];

    public static async Task SeedAsync(IServiceProvider use, OrganisationRepository organisations, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (await organisations.FindAsync(DemoOrganisation.Tenant, cancellationToken) is not { } organisation
            || organisation.FindPerson(DemoOrganisation.People.AnnaBerg) is not { } anna)
        {
            return;
        }

        var now = time.GetUtcNow();
        var year = (await use.GetRequiredService<CurrentWheel>().RunAsync(DemoOrganisation.Tenant, SwedishTime.Day(now), cancellationToken)).YearOf(SwedishTime.Day(now));
        var manager = new Actor(organisation, anna);
        foreach (var held in Stops)
        {
            await HoldAsync(use, manager, new StopAddress(DemoOrganisation.Units.HemtjanstNorra, year, held.Number), held, logger, cancellationToken);
        }

        var reportYear = DeviationYear(SwedishTime.Day(now));
        foreach (var report in Reports)
        {
            if (organisation.FindPerson(report.ReporterId) is not { } reporter)
            {
                continue;
            }

            // Filed and assessed on their day earlier in the year (the use cases' own clock set to it), as they were.
            var day = new DateTimeOffset(reportYear, report.Month, 15, 9, 0, 0, TimeSpan.Zero);
            var then = new FixedClock(day.AddHours(2));
            var file = ActivatorUtilities.CreateInstance<FileDeviation>(use, then);
            var assess = ActivatorUtilities.CreateInstance<AssessDeviation>(use, ActivatorUtilities.CreateInstance<OpenDeviation>(use, then));
            var filed = await file.RunAsync(new Actor(organisation, reporter), new DeviationFiling(
                report.Kind, DemoOrganisation.Units.HemtjanstNorra, report.WhatHappened, day, null, report.Category), cancellationToken);
            if (!Done(filed, logger, "file a report"))
            {
                continue;
            }

            if (report.Severity is { } severity)
            {
                Done(await assess.RunAsync(manager, filed.Value.Report.Reference.ToString(), severity,
                    "Rutinen gicks igenom med den som var i tjänst samma dag.", report.Category, cancellationToken), logger, "assess a report");
            }
        }
    }

    /// <summary>
    /// The calendar year whose deviations the demo shows (the report counts them by calendar year and tertial): the
    /// current one once its October has passed, else the one before, so every filing day lies in the past.
    /// </summary>
    public static int DeviationYear(DateOnly today) => today.Month >= 11 ? today.Year : today.Year - 1;

    /// <summary>Anna starts the stop, writes each step's summary and finishes it, as on the stop's cards.</summary>
    private static async Task HoldAsync(IServiceProvider use, Actor anna, StopAddress address, HeldStop held, ILogger logger, CancellationToken cancellationToken)
    {
        if (!Done(await use.GetRequiredService<OpenStop>().RunAsync(anna, address, AnalysisStep.Nulagesbeskrivning, cancellationToken), logger, $"start stop {held.Number}"))
        {
            return;
        }

        var write = use.GetRequiredService<WriteSummary>();
        var open = use.GetRequiredService<OpenStop>();
        foreach (var (text, index) in held.Summaries.Select((text, index) => (text, index)))
        {
            var step = (AnalysisStep)(index + 1);
            if (!Done(await open.RunAsync(anna, address, step, cancellationToken), logger, $"move stop {held.Number} on")
                || !Done(await write.RunAsync(anna, address, step, text, 0, cancellationToken), logger, $"write a summary of stop {held.Number}"))
            {
                return;
            }
        }

        Done(await use.GetRequiredService<FinishStop>().RunAsync(anna, address, held.NeedsAction, held.Trend, held.Comment, cancellationToken), logger, $"finish stop {held.Number}");
    }

    /// <summary>Logs a step the demo could not take (the rest goes on: the year is still a year without it).</summary>
    private static bool Done<T>(Outcome<T> outcome, ILogger logger, string step)
    {
        if (outcome.IsRefused)
        {
            logger.LogError("Demo quality year: Anna Berg's unit could not {Step}: {Refusals}", step, string.Join(", ", outcome.Refusals));
        }

        return !outcome.IsRefused;
    }

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
