using System.Text.Json.Nodes;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Conformance.Tests;

/// <summary>One card the bot can send, built the way the bot builds it.</summary>
public sealed record BotCardCase(string Name, UiLanguage Language, AdaptiveCard Card)
{
    public JsonObject Json { get; } = Card.ToJson();
}

/// <summary>
/// Every card the bot can send today, in Swedish and English, with the inputs that change them: a question the bot
/// did not understand (short and very long), a welcome in a personal chat and in a team, and the profile of people in
/// different places of the organisation. Add new cards here and the conformance tests check them.
/// </summary>
public static class BotCardCatalogue
{
    public const string NotUnderstood = "något jag inte förstod";

    /// <summary>A message far longer than a card may be (about 120 KB of UTF-8), over several lines.</summary>
    public static string VeryLongMessage { get; } = "Hej! Jag undrar hur jag rapporterar en avvikelse när brukaren inte var hemma\n"
        + string.Concat(Enumerable.Repeat("och så vidare med å, ä och ö i varje rad; ", 3000));

    public static Person Staff { get; } = new("0f1c2d3e-0000-4000-8000-000000000001", "Anna Andersson", Role.Medarbetare, "hemtjanst-norra");

    public static Person Manager { get; } = new("0f1c2d3e-0000-4000-8000-000000000002", "Eva Ek", Role.Enhetschef, "hemtjanst-norra");

    public static Person DeputyDirector { get; } = new("0f1c2d3e-0000-4000-8000-000000000003", "Bo Berg", Role.BitradandeSocialchef, null);

    public static Unit HomeCareNorth { get; } = new(
        "hemtjanst-norra",
        "Hemtjänst Norra",
        Manager.Id,
        new UnitChannel("19:team-hemtjanst@thread.tacv2", "19:kvalitet-hemtjanst@thread.tacv2", "Kvalitet och lärande"));

    public static Organisation Organisation { get; } = new(
        new TenantId("7c1e9a52-5a7e-4a55-9d0f-3b4c5d6e7f80"),
        "Socialförvaltningen i Exempelkommun",
        [HomeCareNorth, new Unit("ifo-barn", "IFO Barn och unga", null, null)],
        [Staff, Manager, DeputyDirector]);

    public static IReadOnlyList<BotCardCase> All { get; } = Build();

    public static BotCardCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>The card names for xunit theories.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var card in All)
        {
            data.Add(card.Name);
        }

        return data;
    }

    public static string Suffix(UiLanguage language) => language == UiLanguage.English ? "en" : "sv";

    private static List<BotCardCase> Build()
    {
        var cards = new List<BotCardCase>();
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var s = Suffix(language);
            cards.Add(new($"help/{s}", language, HelpCard.Build(language)));
            cards.Add(new($"help-not-understood/{s}", language, HelpCard.Build(language, NotUnderstood)));
            cards.Add(new($"help-not-understood-long/{s}", language, HelpCard.Build(language, VeryLongMessage)));
            cards.Add(new($"welcome-personal/{s}", language, WelcomeCard.Build(language, "Anna")));
            cards.Add(new($"welcome-team/{s}", language, WelcomeCard.Build(language, null)));
            cards.Add(new($"profile-staff/{s}", language, ProfileCard.Build(language, Organisation, Staff)));
            cards.Add(new($"profile-deputy-director/{s}", language, ProfileCard.Build(language, Organisation, DeputyDirector)));
            cards.Add(new($"profile-not-in-organisation/{s}", language, ProfileCard.Build(language, Organisation, null)));
            cards.Add(new($"profile-unknown/{s}", language, ProfileCard.Build(language, null, null)));
            cards.AddRange(StopCards(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
        }

        return cards;
    }

    /// <summary>The learning-stop flow's cards in every state a user meets them in.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> StopCards(UiLanguage language)
    {
        var t = Cards.Texts.For(language);
        var people = StopFixtures.UnitPeople;
        var unit = StopFixtures.Unit;
        var wheel = StopFixtures.Wheel;
        var (finished, actions) = StopFixtures.Finished();

        yield return ("stop-due", StopDueCard.Build(language, StopFixtures.Planned(1), unit, wheel.Count, 3));
        yield return ("stop-due-one-note", StopDueCard.Build(language, StopFixtures.Planned(2), unit, wheel.Count, 1));
        yield return ("stop-due-risk-analysis-no-notes", StopDueCard.Build(language, StopFixtures.Planned(4), unit, wheel.Count, 0));
        yield return ("stop-due-analysis-days", StopDueCard.Build(language, StopFixtures.Planned(10), unit, wheel.Count, 12));

        yield return ("stop-nudge-due", StopNudgeCard.Build(language, Domain.Stops.StopEventKind.Due, StopFixtures.Planned(3), unit, new DateOnly(2027, 1, 1)));
        yield return ("stop-nudge-reminder", StopNudgeCard.Build(language, Domain.Stops.StopEventKind.Reminder, StopFixtures.Planned(3), unit, new DateOnly(2027, 1, 24)));
        yield return ("stop-nudge-overdue", StopNudgeCard.Build(language, Domain.Stops.StopEventKind.Overdue, StopFixtures.Planned(2), unit, StopFixtures.Today));
        yield return ("stop-nudge-overdue-one-day", StopNudgeCard.Build(language, Domain.Stops.StopEventKind.Overdue, StopFixtures.Planned(2), unit, new DateOnly(2027, 1, 1)));

        var year = StopFixtures.Year2027();
        yield return ("stops-manager", StopListCard.Build(language, unit, StopFixtures.Year, year, StopFixtures.Manager, StopFixtures.Today));
        yield return ("stops-staff", StopListCard.Build(language, unit, StopFixtures.Year, year, StopFixtures.Staff, StopFixtures.Today));
        yield return ("stops-deputy-director", StopListCard.Build(language, unit, StopFixtures.Year, year, DeputyDirector, StopFixtures.Today));
        yield return ("stops-none-planned", StopListCard.Build(language, unit, StopFixtures.Year, [], StopFixtures.Manager, StopFixtures.Today));
        yield return ("stops-other-unit", StopListCard.Build(language, unit, StopFixtures.Year, year, StopFixtures.Outsider, StopFixtures.Today));

        AdaptiveCard Step(LearningStop stop, Person viewer, AnalysisStep step, StepCardDraft? draft = null, string? notice = null, bool error = false, string? conflict = null) =>
            AnalysisStepCard.Build(language, stop, unit, people, viewer, step, draft, notice, error, conflict);

        yield return ("step1-not-started-manager", Step(StopFixtures.Planned(1), StopFixtures.Manager, AnalysisStep.Nulagesbeskrivning));
        yield return ("step1-not-started-staff", Step(StopFixtures.Planned(1), StopFixtures.Staff, AnalysisStep.Nulagesbeskrivning));
        yield return ("step1-contribution-saved-staff", Step(StopFixtures.Discussed(), StopFixtures.Staff, AnalysisStep.Nulagesbeskrivning, notice: t.ContributionSaved));
        yield return ("step1-personnummer-staff", Step(
            StopFixtures.Discussed(), StopFixtures.Staff, AnalysisStep.Nulagesbeskrivning,
            new StepCardDraft { Contribution = StopFixtures.ContributionWithPersonnummer }, t.Refusal(StopRefusal.ContainsPersonalIdentityNumber), error: true));
        yield return ("step2-contributions-staff", Step(StopFixtures.Discussed(), StopFixtures.Staff, AnalysisStep.Orsaksanalys));
        yield return ("step2-summary-manager", Step(StopFixtures.Discussed(), StopFixtures.Manager, AnalysisStep.Orsaksanalys));
        yield return ("step2-summary-delegate", Step(StopFixtures.Delegated(), StopFixtures.Staff, AnalysisStep.Orsaksanalys));
        yield return ("step2-summary-conflict-manager", Step(
            StopFixtures.Discussed(), StopFixtures.Manager, AnalysisStep.Orsaksanalys,
            new StepCardDraft { Summary = StopFixtures.ConflictingSummary }, t.Refusal(StopRefusal.SummaryChangedMeanwhile), error: true, StopFixtures.ConflictingSummary));
        yield return ("step2-deputy-director", Step(StopFixtures.Discussed(), DeputyDirector, AnalysisStep.Orsaksanalys));
        yield return ("step2-other-unit", Step(StopFixtures.Discussed(), StopFixtures.Outsider, AnalysisStep.Orsaksanalys));
        yield return ("step2-crowded-manager", Step(StopFixtures.Crowded(), StopFixtures.Manager, AnalysisStep.Orsaksanalys));
        yield return ("step3-no-contributions-manager", Step(StopFixtures.Discussed(), StopFixtures.Manager, AnalysisStep.DraSlutsatser));
        yield return ("step4-proposals-manager", Step(StopFixtures.WithProposals(), StopFixtures.Manager, AnalysisStep.ForslagPaAtgarder));
        yield return ("step4-proposals-staff", Step(StopFixtures.WithProposals(), StopFixtures.Staff, AnalysisStep.ForslagPaAtgarder));
        yield return ("step4-proposal-too-long-staff", Step(
            StopFixtures.WithProposals(), StopFixtures.Staff, AnalysisStep.ForslagPaAtgarder,
            new StepCardDraft { ProposalTitle = new string('x', LearningStop.LongestText + 10), ProposalOwner = StopFixtures.OtherStaff.Id, ProposalDue = "2027-02-28" },
            t.Refusal(StopRefusal.TextTooLong), error: true));
        yield return ("step4-finished-manager", Step(finished, StopFixtures.Manager, AnalysisStep.ForslagPaAtgarder));
        yield return ("step1-finished-staff", Step(finished, StopFixtures.Staff, AnalysisStep.Nulagesbeskrivning));

        yield return ("finish-form", FinishStopCard.Build(language, StopFixtures.WithProposals(), unit));
        yield return ("finish-form-no-proposals", FinishStopCard.Build(language, StopFixtures.Discussed(), unit));
        yield return ("finish-form-refused", FinishStopCard.Build(
            language, StopFixtures.WithProposals(), unit,
            new FinishCardDraft { NeedsAction = "ja", Trend = "Samre", Comment = "Kommentar med 19121212-1212" }, t.Refusal(StopRefusal.ContainsPersonalIdentityNumber), noticeIsError: true));
        yield return ("finish-form-already-finished", FinishStopCard.Build(language, finished, unit));

        yield return ("stop-summary", StopSummaryCard.Build(language, finished, unit, actions));
        yield return ("stop-summary-no-actions", StopSummaryCard.Build(language, FinishedWithoutProposals(), unit, []));

        yield return ("logbook", LogbookCard.Build(language, wheel, null, null));
        yield return ("logbook-prefilled", LogbookCard.Build(language, wheel, "Kvällsöverlämningen fungerade bättre när vi ringde direkt.", null));
        yield return ("logbook-refused", LogbookCard.Build(language, wheel, StopFixtures.ContributionWithPersonnummer, 1, t.Refusal(StopRefusal.ContainsPersonalIdentityNumber), noticeIsError: true));
        yield return ("logbook-no-wheel", LogbookCard.Build(language, [], "något", null));
        yield return ("logbook-receipt", LogbookReceiptCard.Build(language, StopFixtures.Note));

        yield return ("unit-picker", UnitPickerCard.Build(language, Organisation.UnitsVisibleTo(DeputyDirector)));
        yield return ("unit-picker-no-units", UnitPickerCard.Build(language, []));
    }

    private static LearningStop FinishedWithoutProposals()
    {
        var stop = StopFixtures.Discussed(2);
        stop.Finish(Manager, StopFixtures.Unit, needsAction: false, Domain.Stops.Trend.Oforandrad, null, StopFixtures.At.AddHours(1));
        return stop;
    }
}
