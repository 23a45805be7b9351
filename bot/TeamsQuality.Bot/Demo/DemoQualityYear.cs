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
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Bot.Demo;

/// <summary>
/// Hemtjänst Norra's quality year, so Anna's plain <c>kvalitetsberättelse</c> has something to tell from the first
/// start on any date: in the report's default year (<see cref="OrganisationWheel.ReportYear"/>: on 30 November 2026
/// wheel year 2026, November 2025 – October 2026) stops 2 and 3 held and finished by Anna on their due days (a summary
/// for each step, the bedömning and the trend), and a handful of deviations, views and complaints of different
/// categories and severities filed over the year's three tertials, so its tables and charts have bars. A year before
/// the current wheel year was never planned by the nightly job: its Hemtjänst Norra stops are planned here, without
/// nudges (their days have passed). Stop 1 (Samverkan) is left as it was: the playground's walk-through has Anna hold
/// the current year's. Everything else goes through the use cases the cards call, each with its clock set to the day
/// it happened, so it keeps its history like anything a manager does.
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

    /// <param name="Month">The month of the quality year it was filed in (0: its first month): the reports spread over the tertials.</param>
    private sealed record Filed(string ReporterId, DeviationKind Kind, DeviationCategory? Category, Severity? Severity, int Month, string WhatHappened);

    private static readonly Filed[] Reports =
    [
        new(DemoOrganisation.People.ErikLund, DeviationKind.Avvikelse, DeviationCategory.BristerIVerkstallighet, Severity.Mattlig, 1,
            "Ett morgonbesök blev en timme försenat eftersom bilen inte gick att starta och ingen reservbil fanns."),
        new(DemoOrganisation.People.FatimaHassan, DeviationKind.Avvikelse, DeviationCategory.BristerIHandlaggning, Severity.Mindre, 5,
            "Genomförandeplanen var inte uppdaterad efter det nya beslutet om dusch två gånger i veckan."),
        new(DemoOrganisation.People.ErikLund, DeviationKind.Avvikelse, DeviationCategory.Forsummelse, Severity.Allvarlig, 9,
            "Trygghetslarmet hos en brukare var urkopplat i två dygn utan att någon märkte det."),
        new(DemoOrganisation.People.FatimaHassan, DeviationKind.Klagomal, DeviationCategory.BristerIBemotande, null, 2,
            "En anhörig tycker att personalen pratar över huvudet på brukaren vid besöken."),
        new(DemoOrganisation.People.ErikLund, DeviationKind.Synpunkt, DeviationCategory.BristerIVerkstallighet, null, 6,
            "En brukare önskar att kvällsbesöket kommer före klockan 21."),
        new(DemoOrganisation.People.FatimaHassan, DeviationKind.Berom, null, null, 9,
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
        var today = SwedishTime.Day(now);
        var wheel = await use.GetRequiredService<CurrentWheel>().RunAsync(DemoOrganisation.Tenant, today, cancellationToken);
        var span = wheel.Span(wheel.ReportYear(today));
        await PlanPastYearAsync(use, wheel, span.Year, today, cancellationToken);
        var manager = new Actor(organisation, anna);
        foreach (var held in Stops)
        {
            if (wheel.For(span.Year).Stops.FirstOrDefault(s => s.Number == held.Number) is not { } definition)
            {
                continue;
            }

            // Held on its due day (earlier today at the latest), so the report's "held on" lies in the year it belongs to.
            var due = new DateTimeOffset(QualityYear.DueDate(definition, span.Year, wheel.StartMonth(span.Year)).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var then = new FixedClock(due < now ? due : now.AddMinutes(-5));
            await HoldAsync(use, then, manager, new StopAddress(DemoOrganisation.Units.HemtjanstNorra, span.Year, held.Number), held, logger, cancellationToken);
        }

        foreach (var report in Reports)
        {
            // Filed and assessed on their day in the year (the use cases' own clock set to it), as they were; never in the future.
            var day = new DateTimeOffset(span.First.AddMonths(report.Month).AddDays(14).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            if (organisation.FindPerson(report.ReporterId) is not { } reporter || day.AddHours(2) >= now)
            {
                continue;
            }

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
    /// Plans Hemtjänst Norra's stops of a wheel year before the current one (the nightly job plans only the current and
    /// the next), as the job would have: the same instances, and no nudges, since every day of that year has passed.
    /// </summary>
    private static async Task PlanPastYearAsync(IServiceProvider use, OrganisationWheel wheel, int year, DateOnly today, CancellationToken cancellationToken)
    {
        if (year >= wheel.YearOf(today))
        {
            return;
        }

        var stops = use.GetRequiredService<LearningStopRepository>();
        foreach (var definition in wheel.For(year).Stops.Where(d => ManagerGroup.HasOwn(DemoOrganisation.Units.HemtjanstNorra, d)))
        {
            await stops.PlanAsync(LearningStop.Plan(new StopKey(DemoOrganisation.Tenant, DemoOrganisation.Units.HemtjanstNorra, year, definition.Number), definition, wheel.StartMonth(year)), cancellationToken);
        }
    }

    /// <summary>Anna starts the stop, writes each step's summary and finishes it, as on the stop's cards (on the day <paramref name="then"/> says).</summary>
    private static async Task HoldAsync(IServiceProvider use, TimeProvider then, Actor anna, StopAddress address, HeldStop held, ILogger logger, CancellationToken cancellationToken)
    {
        var open = ActivatorUtilities.CreateInstance<OpenStop>(use, then);
        if (!Done(await open.RunAsync(anna, address, AnalysisStep.Nulagesbeskrivning, cancellationToken), logger, $"start stop {held.Number}"))
        {
            return;
        }

        var write = ActivatorUtilities.CreateInstance<WriteSummary>(use, then);
        foreach (var (text, index) in held.Summaries.Select((text, index) => (text, index)))
        {
            var step = (AnalysisStep)(index + 1);
            if (!Done(await open.RunAsync(anna, address, step, cancellationToken), logger, $"move stop {held.Number} on")
                || !Done(await write.RunAsync(anna, address, step, text, 0, cancellationToken), logger, $"write a summary of stop {held.Number}"))
            {
                return;
            }
        }

        Done(await ActivatorUtilities.CreateInstance<FinishStop>(use, then).RunAsync(anna, address, held.NeedsAction, held.Trend, held.Comment, cancellationToken), logger, $"finish stop {held.Number}");
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
