using System.Text.Json.Nodes;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Logbook;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Cards.Wheel;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Cards.Risks;
using TeamsQuality.Cards.SelfChecks;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
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
            cards.Add(new($"welcome-setup-no-organisation/{s}", language, SetupWelcomeCard.Build(language, null, [], ["Johan Ek", "Eva Sundberg"])));
            cards.Add(new($"welcome-setup-no-organisation-nobody-named/{s}", language, SetupWelcomeCard.Build(language, null, [], [])));
            cards.Add(new($"welcome-setup-channel-not-linked/{s}", language, SetupWelcomeCard.Build(language, Organisation.Name, ["Hemtjänst Norra", "Barn och unga (IFO) (Barn och unga)"], ["Johan Ek"])));
            cards.Add(new($"not-set-up/{s}", language, NotSetUpCard.Build(language, ["Johan Ek"])));
            cards.Add(new($"not-set-up-nobody-named/{s}", language, NotSetUpCard.Build(language, [])));
            cards.Add(new($"not-enabled/{s}", language, NotEnabledCard.Build(language, "5e0a7c2b-51b0-4c1e-9d5c-5a0bacc0de01")));
            cards.Add(new($"profile-staff/{s}", language, ProfileCard.Build(language, Organisation, Staff)));
            cards.Add(new($"profile-deputy-director/{s}", language, ProfileCard.Build(language, Organisation, DeputyDirector)));
            cards.Add(new($"profile-not-in-organisation/{s}", language, ProfileCard.Build(language, Organisation, null)));
            cards.Add(new($"profile-unknown/{s}", language, ProfileCard.Build(language, null, null)));
            cards.AddRange(StopCards(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
            cards.AddRange(ReportCards(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
            cards.AddRange(NoticeCards(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
            cards.AddRange(GarageFixtures.Cards(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
            cards.AddRange(SelfCheckPlanCards(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
            cards.AddRange(SelfCheckCardCases.For(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
            cards.AddRange(ActionCards(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
            cards.AddRange(DigestCardCases.For(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
            cards.AddRange(QualityReportFixtures.Cards(language).Select(c => new BotCardCase($"{c.Name}/{s}", language, c.Card)));
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

        // The posted card kept current for everyone as the stop goes on; the refresh lists the unit's people.
        yield return ("stop-due-started", StopDueCard.Build(language, StopFixtures.Discussed(), unit, wheel.Count, 3, StopFixtures.RefreshUserIds));
        yield return ("stop-due-moved-on", StopDueCard.Build(language, StopFixtures.MovedOn(), unit, wheel.Count, 3, StopFixtures.RefreshUserIds));
        yield return ("stop-due-started-unknown-starter", StopDueCard.Build(language, StopFixtures.StartedWithoutHistory(), unit, wheel.Count, 0));
        yield return ("stop-due-finished", StopDueCard.Build(language, finished, unit, wheel.Count, 3, StopFixtures.RefreshUserIds));
        yield return ("stop-due-finished-no-actions", StopDueCard.Build(language, FinishedWithoutProposals(), unit, wheel.Count, 0, []));
        yield return ("stop-started-notice", StopStartedCard.Build(language, StopFixtures.Discussed(), unit, StopFixtures.Manager.Name));

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

        // The manager group's stops: listed after the unit's for a manager, the deputy director's own list with the
        // units to choose from, the due card in the group's channel and the deputy director's nudge.
        var group = StopFixtures.ManagerGroupHolder;
        var groupYear = StopFixtures.GroupYear2027();
        yield return ("stops-manager-with-group", StopListCard.Build(language, unit, StopFixtures.Year, StopFixtures.UnitYear2027(), StopFixtures.Manager, StopFixtures.Today, group, groupYear));
        yield return ("stops-group-deputy-director", StopListCard.Build(language, group, StopFixtures.Year, groupYear, DeputyDirector, StopFixtures.Today, chooseFrom: Organisation.UnitsVisibleTo(DeputyDirector)));
        yield return ("stops-group-staff", StopListCard.Build(language, group, StopFixtures.Year, groupYear, StopFixtures.Staff, StopFixtures.Today));
        yield return ("stop-due-group", StopDueCard.Build(language, groupYear[1], group, wheel.Count, 0));
        yield return ("stop-nudge-group-due", StopNudgeCard.Build(language, Domain.Stops.StopEventKind.Due, groupYear[1], group, new DateOnly(2027, 9, 1)));
        yield return ("step1-group-manager", AnalysisStepCard.Build(language, groupYear[0], group, Organisation.MembersOf(ManagerGroup.Id).ToList(), StopFixtures.Manager, AnalysisStep.Nulagesbeskrivning));

        // A refusal is placed as the bot places it: under the input for its field, above the button pressed.
        IReadOnlyList<CardRefusal> Refused(Refusal refusal, string verb) => CardRefusals.Of([refusal], t.StopRefusalText, AnalysisStepCard.InputOf, verb);
        AdaptiveCard Step(LearningStop stop, Person viewer, AnalysisStep step, StepCardDraft? draft = null, string? notice = null, IReadOnlyList<CardRefusal>? refusals = null, string? conflict = null) =>
            AnalysisStepCard.Build(language, stop, unit, people, viewer, step, draft, notice, refusals, conflict);

        yield return ("step1-not-started-manager", Step(StopFixtures.Planned(1), StopFixtures.Manager, AnalysisStep.Nulagesbeskrivning));
        yield return ("step1-not-started-staff", Step(StopFixtures.Planned(1), StopFixtures.Staff, AnalysisStep.Nulagesbeskrivning));
        yield return ("step1-with-logbook-notes", AnalysisStepCard.Build(
            language, StopFixtures.Planned(1), unit, people, StopFixtures.Manager, AnalysisStep.Nulagesbeskrivning,
            logbookNotes: Enumerable.Range(1, 14).Select(i => StopFixtures.Note with { Id = "n" + i, Text = StopFixtures.Note.Text + " " + new string('å', 40 * i) }).ToList()));
        yield return ("step1-stop4-risk-links", Step(StopFixtures.Planned(4), StopFixtures.Manager, AnalysisStep.Nulagesbeskrivning));
        yield return ("step1-contribution-saved-staff", Step(StopFixtures.Discussed(), StopFixtures.Staff, AnalysisStep.Nulagesbeskrivning, notice: t.ContributionSaved));
        yield return ("step1-personnummer-staff", Step(
            StopFixtures.Discussed(), StopFixtures.Staff, AnalysisStep.Nulagesbeskrivning,
            new StepCardDraft { Contribution = StopFixtures.ContributionWithPersonnummer },
            refusals: Refused(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Contribution), CardVerbs.Contribute)));
        yield return ("step2-contributions-staff", Step(StopFixtures.Discussed(), StopFixtures.Staff, AnalysisStep.Orsaksanalys));
        yield return ("step2-own-view-manager", AnalysisStepCard.Build(
            language, StopFixtures.Discussed(), unit, people, StopFixtures.Manager, AnalysisStep.Orsaksanalys, refreshUserIds: [StopFixtures.RefreshUserIds[0]]));
        yield return ("step2-summary-manager", Step(StopFixtures.Discussed(), StopFixtures.Manager, AnalysisStep.Orsaksanalys));
        yield return ("step2-summary-delegate", Step(StopFixtures.Delegated(), StopFixtures.Staff, AnalysisStep.Orsaksanalys));
        yield return ("step2-summary-conflict-manager", Step(
            StopFixtures.Discussed(), StopFixtures.Manager, AnalysisStep.Orsaksanalys,
            new StepCardDraft { Summary = StopFixtures.ConflictingSummary },
            refusals: Refused(new Refusal(RefusalReason.ChangedMeanwhile, Field.Summary), CardVerbs.SaveSummary), conflict: StopFixtures.ConflictingSummary));
        yield return ("step2-deputy-director", Step(StopFixtures.Discussed(), DeputyDirector, AnalysisStep.Orsaksanalys));
        yield return ("step2-other-unit", Step(StopFixtures.Discussed(), StopFixtures.Outsider, AnalysisStep.Orsaksanalys));
        yield return ("step2-crowded-manager", Step(StopFixtures.Crowded(), StopFixtures.Manager, AnalysisStep.Orsaksanalys));
        yield return ("step2-crowded-older-manager", AnalysisStepCard.Build(language, StopFixtures.Crowded(), unit, people, StopFixtures.Manager, AnalysisStep.Orsaksanalys, page: 1));
        yield return ("step3-no-contributions-manager", Step(StopFixtures.Discussed(), StopFixtures.Manager, AnalysisStep.DraSlutsatser));
        yield return ("step4-proposals-manager", Step(StopFixtures.WithProposals(), StopFixtures.Manager, AnalysisStep.ForslagPaAtgarder));
        yield return ("step4-proposals-staff", Step(StopFixtures.WithProposals(), StopFixtures.Staff, AnalysisStep.ForslagPaAtgarder));
        yield return ("step4-proposal-too-long-staff", Step(
            StopFixtures.WithProposals(), StopFixtures.Staff, AnalysisStep.ForslagPaAtgarder,
            new StepCardDraft { ProposalTitle = new string('x', LearningStop.LongestText + 10), ProposalOwner = StopFixtures.OtherStaff.Id, ProposalDue = "2027-02-28" },
            refusals: Refused(new Refusal(RefusalReason.TooLong, Field.ProposalTitle), CardVerbs.Propose)));
        yield return ("step4-finished-manager", Step(finished, StopFixtures.Manager, AnalysisStep.ForslagPaAtgarder));
        yield return ("step1-finished-staff", Step(finished, StopFixtures.Staff, AnalysisStep.Nulagesbeskrivning));
        yield return ("step2-delegate-refused-manager", AnalysisStepCard.Build(
            language, StopFixtures.Discussed(), unit, people, StopFixtures.Manager, AnalysisStep.Orsaksanalys, new StepCardDraft { Summary = "Halvfärdig sammanfattning" },
            refusals: Refused(new Refusal(RefusalReason.Required, Field.Documenter), CardVerbs.DelegateDocumentation)));

        // The largest stop a unit could produce, in every view of it.
        var largest = StopFixtures.Largest();
        var many = StopFixtures.ManyPeople;
        yield return ("step1-largest-manager", AnalysisStepCard.Build(language, largest, unit, many, StopFixtures.Manager, AnalysisStep.Nulagesbeskrivning, logbookNotes: StopFixtures.ManyNotes));
        yield return ("step2-largest-staff", AnalysisStepCard.Build(language, largest, unit, many, StopFixtures.Staff, AnalysisStep.Orsaksanalys));
        yield return ("step3-largest-manager-page-5", AnalysisStepCard.Build(language, largest, unit, many, StopFixtures.Manager, AnalysisStep.DraSlutsatser, page: 5));
        yield return ("step4-largest-manager-refused", AnalysisStepCard.Build(
            language, largest, unit, many, StopFixtures.Manager, AnalysisStep.ForslagPaAtgarder, StopFixtures.LargestDraft,
            refusals: Refused(new Refusal(RefusalReason.ChangedMeanwhile, Field.Summary), CardVerbs.SaveSummary), conflictingSummary: StopFixtures.LargestDraft.Summary));
        yield return ("step4-largest-delegate", AnalysisStepCard.Build(language, largest, unit, many, many[10], AnalysisStep.ForslagPaAtgarder, StopFixtures.LargestDraft));
        yield return ("finish-form-largest", FinishStopCard.Build(
            language, largest, unit, new FinishCardDraft { NeedsAction = "ja", Trend = "Samre", Comment = StopFixtures.Costly("K: ", 2 * LearningStop.LongestText) },
            CardRefusals.Of([new Refusal(RefusalReason.TooLong, Field.Comment)], t.StopRefusalText, FinishStopCard.InputOf, CardVerbs.Finish)));
        var (largestFinished, largestActions) = StopFixtures.LargestFinished();
        yield return ("stop-summary-largest", StopSummaryCard.Build(language, largestFinished, unit, largestActions));

        yield return ("finish-form", FinishStopCard.Build(language, StopFixtures.WithProposals(), unit));
        yield return ("finish-form-no-proposals", FinishStopCard.Build(language, StopFixtures.Discussed(), unit));
        yield return ("finish-form-refused", FinishStopCard.Build(
            language, StopFixtures.WithProposals(), unit,
            new FinishCardDraft { NeedsAction = "ja", Trend = "Samre", Comment = "Kommentar med 19121212-1212" }, CardRefusals.Of([new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Comment)], t.StopRefusalText, FinishStopCard.InputOf, CardVerbs.Finish)));
        yield return ("finish-form-already-finished", FinishStopCard.Build(language, finished, unit));

        yield return ("stop-summary", StopSummaryCard.Build(language, finished, unit, actions));
        yield return ("stop-summary-no-actions", StopSummaryCard.Build(language, FinishedWithoutProposals(), unit, []));

        yield return ("logbook", LogbookCard.Build(language, wheel, null, null));
        yield return ("logbook-prefilled", LogbookCard.Build(language, wheel, "Kvällsöverlämningen fungerade bättre när vi ringde direkt.", null));
        yield return ("logbook-refused", LogbookCard.Build(
            language, wheel, StopFixtures.ContributionWithPersonnummer, 1,
            CardRefusals.Of([new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.LogbookText)], t.LogbookRefusalText, LogbookCard.InputOf, CardVerbs.AddLogbookNote)));
        yield return ("logbook-no-wheel", LogbookCard.Build(language, [], "något", null));
        yield return ("logbook-receipt", LogbookReceiptCard.Build(language, StopFixtures.Note));

        yield return ("unit-picker", UnitPickerCard.Build(language, Organisation.UnitsVisibleTo(DeputyDirector)));
        yield return ("unit-picker-no-units", UnitPickerCard.Build(language, []));
        var vetlanda = new Domain.Wheel.WheelVersion(2027, Domain.Wheel.WheelTemplates.Vetlanda.Id, Domain.Wheel.WheelTemplates.Vetlanda.Stops);
        yield return ("wheel-quality-developer", WheelCard.Build(language, 2027, vetlanda, Domain.Wheel.WheelTemplates.Nordmaling.Id, canChange: true, notice: string.Format(language.Culture(), t.WheelChosen, 2028, Domain.Wheel.WheelTemplates.Nordmaling.Name)));
        yield return ("wheel-staff", WheelCard.Build(language, 2027, vetlanda, vetlanda.TemplateId, canChange: false));
        yield return ("unit-picker-risks", UnitPickerCard.Build(language, Organisation.UnitsVisibleTo(DeputyDirector), CardVerbs.RiskRegister));
    }

    /// <summary>The cards of deviations, lex Sarah, views, complaints, praise and risks, in every state a user meets them in.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> ReportCards(UiLanguage language)
    {
        var t = Cards.Texts.For(language);
        var unit = ReportFixtures.Unit;
        var people = ReportFixtures.UnitPeople;
        var now = ReportFixtures.Now;
        var (investigated, investigatedActions) = ReportFixtures.Investigated();
        var (closed, closedActions) = ReportFixtures.Closed();
        var (crowded, crowdedActions) = ReportFixtures.LongInvestigation();

        // Filing, from a phone.
        yield return ("report-filing", DeviationFilingCard.Build(language, [unit], unit.Id, ReportFixtures.Today));
        yield return ("report-filing-several-units", DeviationFilingCard.Build(language, [unit, ReportFixtures.OtherUnit], null, ReportFixtures.Today));
        yield return ("report-filing-personnummer", DeviationFilingCard.Build(
            language, [unit], unit.Id, ReportFixtures.Today, ReportFixtures.FilingDraftWithPersonnummer,
            [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.WhatHappened)]));
        yield return ("report-filing-many-problems", DeviationFilingCard.Build(
            language, [unit], unit.Id, ReportFixtures.Today,
            new DeviationDraft { OccurredDate = "2026-11-12", OccurredTime = "09:15", ImmediateMeasures = new string('x', FreeText.LongestText + 10) },
            [
                new Refusal(RefusalReason.Required, Field.Kind),
                new Refusal(RefusalReason.Required, Field.WhatHappened),
                new Refusal(RefusalReason.InTheFuture, Field.OccurredAt),
                new Refusal(RefusalReason.TooLong, Field.ImmediateMeasures),
            ]));
        yield return ("report-filing-no-units", DeviationFilingCard.Build(language, [], null, ReportFixtures.Today));

        // The reporter's receipt and list.
        yield return ("report-receipt", DeviationReceiptCard.Build(language, ReportFixtures.Filed(), unit));
        yield return ("report-receipt-lex-sarah", DeviationReceiptCard.Build(language, ReportFixtures.Filed(DeviationKind.PatagligRiskForMissforhallande, 7), unit));
        yield return ("report-receipt-complaint", DeviationReceiptCard.Build(language, ReportFixtures.Complaint(), unit));
        yield return ("my-reports", MyDeviationsCard.Build(language, ReportFixtures.MyReports(), ReportFixtures.UnitNames));
        yield return ("my-reports-empty", MyDeviationsCard.Build(language, [], ReportFixtures.UnitNames));
        yield return ("my-reports-many", MyDeviationsCard.Build(language, ReportFixtures.ManyReports(), ReportFixtures.UnitNames));

        // Notifications: no sensitive content.
        var filed = ReportFixtures.Filed();
        var lexSarah = ReportFixtures.Filed(DeviationKind.Missforhallande, 7);
        yield return ("report-attention-assess", DeviationAttentionCard.Build(language, filed.Reference, filed.Kind, unit, filed.FiledAt, needsAssessment: true));
        yield return ("report-attention-lex-sarah-manager", DeviationAttentionCard.Build(language, lexSarah.Reference, lexSarah.Kind, unit, lexSarah.FiledAt, needsAssessment: true));
        yield return ("report-attention-lex-sarah-deputy-director", DeviationAttentionCard.Build(language, lexSarah.Reference, lexSarah.Kind, unit, lexSarah.FiledAt, needsAssessment: false));
        yield return ("report-attention-complaint", DeviationAttentionCard.Build(language, ReportFixtures.Complaint().Reference, DeviationKind.Klagomal, unit, ReportFixtures.FiledAt, needsAssessment: true));
        yield return ("ivo-nudge", DeviationReminderCard.IvoDecision(language, lexSarah.Reference, unit, Severity.Allvarlig, ReportFixtures.AssessedAt, now, 1, escalated: false));
        yield return ("ivo-nudge-escalated", DeviationReminderCard.IvoDecision(language, lexSarah.Reference, unit, Severity.Katastrofal, ReportFixtures.AssessedAt, now.AddDays(3), 4, escalated: true));
        yield return ("ivo-nudge-within-the-hour", DeviationReminderCard.IvoDecision(language, lexSarah.Reference, unit, Severity.Allvarlig, ReportFixtures.AssessedAt, ReportFixtures.AssessedAt.AddMinutes(45), 1, escalated: false));
        yield return ("ivo-nudge-at-assessment", DeviationReminderCard.IvoDecision(language, lexSarah.Reference, unit, Severity.Allvarlig, ReportFixtures.AssessedAt, ReportFixtures.AssessedAt, 0, escalated: false));

        // The report's card, by viewer and state.
        AdaptiveCard Detail(DeviationReport report, Person viewer, IReadOnlyList<Domain.Actions.ImprovementAction>? actions = null, DeviationDraft? draft = null, IReadOnlyList<Refusal>? problems = null, string? notice = null) =>
            DeviationDetailCard.Build(language, report, unit, people, viewer, actions ?? [], now, draft, problems, notice);

        yield return ("report-filed-reporter", Detail(ReportFixtures.Filed(), ReportFixtures.Staff));
        yield return ("report-filed-manager", Detail(ReportFixtures.Filed(), ReportFixtures.Manager));
        yield return ("report-filed-markdown-manager", Detail(ReportFixtures.Filed(whatHappened: ReportFixtures.MarkdownWhatHappened), ReportFixtures.Manager));
        yield return ("report-lex-sarah-filed-deputy-director", Detail(ReportFixtures.Filed(DeviationKind.Missforhallande, 7), ReportFixtures.DeputyDirector));
        yield return ("report-awaiting-ivo-deputy-director", Detail(ReportFixtures.AwaitingIvo(), ReportFixtures.DeputyDirector));
        yield return ("report-awaiting-ivo-manager", Detail(ReportFixtures.AwaitingIvo(), ReportFixtures.Manager));
        yield return ("report-awaiting-ivo-quality-developer", Detail(ReportFixtures.AwaitingIvo(), ReportFixtures.QualityDeveloper));
        yield return ("report-awaiting-ivo-reporter", Detail(ReportFixtures.AwaitingIvo(), ReportFixtures.Staff));
        yield return ("report-investigated-quality-developer", Detail(investigated, ReportFixtures.QualityDeveloper, investigatedActions));
        yield return ("report-investigated-manager", Detail(investigated, ReportFixtures.Manager, investigatedActions, notice: t.ActionSaved));
        yield return ("report-closed-manager", Detail(closed, ReportFixtures.Manager, closedActions));
        yield return ("report-closed-reporter", Detail(closed, ReportFixtures.Staff, closedActions));
        yield return ("report-complaint-manager", Detail(ReportFixtures.Complaint(), ReportFixtures.Manager));
        yield return ("report-complaint-answered-reporter", Detail(ReportFixtures.AnsweredComplaint(), ReportFixtures.Staff));
        yield return ("report-complaint-answered-manager", Detail(ReportFixtures.AnsweredComplaint(), ReportFixtures.Manager, notice: t.AnswerSaved));
        yield return ("report-complaint-closed-manager", Detail(ReportFixtures.ClosedComplaint(), ReportFixtures.Manager));
        yield return ("report-other-unit", Detail(ReportFixtures.Filed(), ReportFixtures.Outsider));
        yield return ("report-assessment-refused-manager", Detail(
            ReportFixtures.Filed(), ReportFixtures.Manager, draft: new DeviationDraft { Severity = "3", ImmediateActions = ReportFixtures.TextWithPersonnummer, Category = nameof(DeviationCategory.ValdEllerOvergrepp) },
            problems: [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ImmediateActions)]));
        yield return ("report-ivo-refused-deputy-director", Detail(
            ReportFixtures.AwaitingIvo(), ReportFixtures.DeputyDirector, draft: new DeviationDraft { IvoDecision = IvoDecisionValues.Yes, IvoMotivation = ReportFixtures.TextWithPersonnummer },
            problems: [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Motivation)]));
        yield return ("report-close-refused-manager", Detail(
            ReportFixtures.AwaitingIvo(), ReportFixtures.Manager, draft: new DeviationDraft { ClosingDecision = ReportFixtures.ClosingDecisionText },
            problems: [new Refusal(RefusalReason.IvoDecisionMissing, Field.Decision)]));
        yield return ("report-investigation-refused-quality-developer", Detail(
            investigated, ReportFixtures.QualityDeveloper, investigatedActions,
            new DeviationDraft { InvestigationTopic = nameof(InvestigationTopic.HarHantTidigare), InvestigationText = new string('t', FreeText.LongestText + 1), InvestigationIsFact = "true" },
            [new Refusal(RefusalReason.TooLong, Field.Investigation)]));
        yield return ("report-action-owner-refused-manager", Detail(
            investigated, ReportFixtures.Manager, investigatedActions, new DeviationDraft { ActionTitle = "Checklista för kvällspasset", ActionOwner = ReportFixtures.Outsider.Id },
            [new Refusal(RefusalReason.NotInUnit, Field.ActionOwner)]));
        yield return ("report-long-investigation-quality-developer", Detail(crowded, ReportFixtures.QualityDeveloper, crowdedActions));
        var (worst, worstActions, worstDraft) = ReportFixtures.WorstCase();
        yield return ("report-worst-case-manager", Detail(
            worst, ReportFixtures.Manager, worstActions, worstDraft, [new Refusal(RefusalReason.TooLong, Field.Decision)], t.ActionSaved));

        // A lex Sarah report's IVO package (the deputy director and the quality developers): incomplete, complete with
        // its link, recorded as sent, and the form refused with what was typed.
        var (ivoComplete, _) = ReportFixtures.Investigated();
        ivoComplete.Investigate(ReportFixtures.QualityDeveloper, InvestigationTopic.NarDetUpptacktes, "Kvällspersonalen upptäckte det vid nästa besök.", true, ReportFixtures.AssessedAt.AddDays(1).AddMinutes(50), "i4");
        var (ivoSent, ivoSentActions) = ReportFixtures.Investigated();
        ivoSent.Investigate(ReportFixtures.QualityDeveloper, InvestigationTopic.NarDetUpptacktes, "Kvällspersonalen upptäckte det vid nästa besök.", true, ReportFixtures.AssessedAt.AddDays(1).AddMinutes(50), "i4");
        ivoSent.RecordSentToIvo(ReportFixtures.DeputyDirector, new DateOnly(2026, 11, 12), "3.1.1-12345/2026", ReportFixtures.AssessedAt.AddDays(2));
        var ivoToday = new DateOnly(2026, 11, 12);
        yield return ("ivo-package-incomplete", IvoPackageCard.Build(language, ReportFixtures.Investigated().Report, unit, null, ivoToday));
        yield return ("ivo-package-awaiting-decision", IvoPackageCard.Build(language, ReportFixtures.AwaitingIvo(), unit, null, ivoToday));
        yield return ("ivo-package-complete", IvoPackageCard.Build(language, ivoComplete, unit, "https://teamsquality.example/files/eyJ0aWNrZXQiOnRydWV9.c2lnbmF0dXJl", ivoToday));
        yield return ("ivo-package-sent", IvoPackageCard.Build(language, ivoSent, unit, "https://teamsquality.example/files/eyJ0aWNrZXQiOnRydWV9.c2lnbmF0dXJl", ivoToday, notice: t.IvoSentSaved));
        yield return ("ivo-package-sent-refused", IvoPackageCard.Build(
            language, ivoComplete, unit, "https://teamsquality.example/files/eyJ0aWNrZXQiOnRydWV9.c2lnbmF0dXJl", ivoToday, new IvoSentDraft("2026-11-13", "IVO ärende 12"),
            [new Refusal(RefusalReason.InTheFuture, Field.IvoSentOn), new Refusal(RefusalReason.Invalid, Field.IvoDiarienummer)]));
        yield return ("ivo-package-not-for-role", NoticeCard.Build(language, t.IvoPackageNotForRole, isError: true));
        yield return ("ivo-package-none-here", NoticeCard.Build(language, t.IvoPackageNoneHere, isError: true));
        yield return ("report-sent-to-ivo-deputy-director", Detail(ivoSent, ReportFixtures.DeputyDirector, ivoSentActions));
        yield return ("report-sent-to-ivo-manager", Detail(ivoSent, ReportFixtures.Manager, ivoSentActions));

        // The unit's open reports, a reference that opens nothing, and what a channel gets instead.
        var open = ReportFixtures.OpenOfUnit();
        var many = ReportFixtures.ManyReports();
        yield return ("unit-reports-manager", UnitDeviationsCard.Build(language, unit, open, open.Count, 0, now, null, canNameSubstitute: true));
        yield return ("unit-reports-substitute-on", UnitDeviationsCard.Build(language, ReportFixtures.UnitWithSubstitute(0), open, open.Count, 0, now, ReportFixtures.OtherStaff.Name, canNameSubstitute: false));
        yield return ("unit-reports-empty", UnitDeviationsCard.Build(language, unit, [], 0, 0, now, null, canNameSubstitute: true));
        yield return ("unit-reports-first-page", UnitDeviationsCard.Build(language, unit, many.Take(UnitDeviationsCard.PageSize).ToList(), many.Count, 0, now, null, canNameSubstitute: false));
        yield return ("unit-reports-middle-page", UnitDeviationsCard.Build(language, unit, many.Skip(UnitDeviationsCard.PageSize).Take(UnitDeviationsCard.PageSize).ToList(), many.Count, UnitDeviationsCard.PageSize, now, null, canNameSubstitute: true));
        yield return ("unit-reports-not-for-staff", NoticeCard.Build(language, t.UnitReportsNotForStaff, isError: true));
        yield return ("unit-picker-unit-reports", UnitPickerCard.Build(language, Organisation.UnitsVisibleTo(DeputyDirector), CardVerbs.UnitDeviations));
        yield return ("report-none-to-open", NoticeCard.Build(language, t.ReportNoneToOpen, isError: true));
        yield return ("private-view-report", PrivateViewCard.ForReport(language, "LS-2026-0001"));
        yield return ("private-view-unit-reports", PrivateViewCard.ForUnitReports(language, unit));

        // The manager's substitute (ersättare), and the notice to the person named.
        var candidates = ReportFixtures.SubstituteCandidates;
        var erik = ReportFixtures.OtherStaff.Name;
        yield return ("substitute-none", SubstituteCard.Build(language, unit, candidates, null, [], now));
        yield return ("substitute-planned", SubstituteCard.Build(language, ReportFixtures.UnitWithSubstitute(3), candidates, erik, ReportFixtures.SubstituteHistory(1), now, notice: t.SubstituteSaved));
        yield return ("substitute-on", SubstituteCard.Build(language, ReportFixtures.UnitWithSubstitute(0), candidates, erik, ReportFixtures.SubstituteHistory(2), now));
        yield return ("substitute-long-history", SubstituteCard.Build(language, ReportFixtures.UnitWithSubstitute(-2), candidates, erik, ReportFixtures.SubstituteHistory(40), now));
        yield return ("substitute-refused-period", SubstituteCard.Build(
            language, unit, candidates, null, [], now, new SubstituteDraft(ReportFixtures.OtherStaff.Id, "2026-12-10", "2026-12-05"),
            [new Refusal(RefusalReason.EndsBeforeStart, Field.Until)]));
        yield return ("substitute-refused-every-field", SubstituteCard.Build(
            language, unit, candidates, null, [], now, new SubstituteDraft(Manager.Id, "2026-01-01", "2026-01-02"),
            [new Refusal(RefusalReason.Self, Field.Substitute), new Refusal(RefusalReason.InThePast, Field.From), new Refusal(RefusalReason.InThePast, Field.Until)]));
        yield return ("substitute-none-to-end", SubstituteCard.Build(
            language, unit, candidates, null, [], now, refusals: [new Refusal(RefusalReason.NoneToEnd)]));
        yield return ("unit-picker-substitute", UnitPickerCard.Build(language, [unit, ReportFixtures.OtherUnit], CardVerbs.SubstituteForm));
        yield return ("substitute-no-unit", NoticeCard.Build(language, t.SubstituteNoUnit, isError: true));
        yield return ("substitute-notice-named", SubstituteNoticeCard.Build(language, unit, Manager.Name, ReportFixtures.UnitWithSubstitute(3).Substitute!, ended: false));
        yield return ("substitute-notice-ended", SubstituteNoticeCard.Build(language, unit, Manager.Name, ReportFixtures.UnitWithSubstitute(0).Substitute!, ended: true));

        // Risks and statistics.
        var (risks, riskActions) = ReportFixtures.RiskRegister();
        AdaptiveCard Register(IReadOnlyList<Risk> of, bool canAdd, RiskDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, int skip = 0, IReadOnlyList<ImprovementAction>? plan = null)
        {
            var sorted = RiskOrder.Sort(of);
            plan ??= riskActions;
            return RiskRegisterCard.Build(language, unit, sorted, RiskActions.ByRisk(plan), RiskYearSummary.Of(2026, sorted, plan), canAdd, draft, refusals, skip);
        }

        yield return ("risks-manager", Register(risks, canAdd: true));
        yield return ("risks-staff", Register(risks, canAdd: false));
        yield return ("risks-empty-manager", Register([], canAdd: true));
        yield return ("risks-refused-manager", Register(
            risks, canAdd: true, ReportFixtures.RiskDraftWithPersonnummer, [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Description)]));
        yield return ("risks-no-probability-manager", Register(
            risks, canAdd: true, ReportFixtures.RiskDraftWithPersonnummer with { Description = "Larmet hörs inte i källaren.", Probability = null },
            [new Refusal(RefusalReason.Required, Field.Probability)]));
        yield return ("risks-many", Register(ReportFixtures.ManyRisks(), canAdd: true, plan: []));
        yield return ("risks-many-page-2", Register(ReportFixtures.ManyRisks(), canAdd: false, skip: RiskRegisterCard.PageSize, plan: []));

        // One risk: the alarm, assessed again from 12 to 16, with three actions; the fax, no longer current.
        var alarm = risks.Single(r => r.Id == "r4");
        var fax = risks.Single(r => r.Id == "r5");
        AdaptiveCard OneRisk(Risk risk, bool canChange, RiskCardDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, string? saved = null, string? pressed = null, IReadOnlyList<ImprovementAction>? actions = null) =>
            RiskCard.Build(language, unit, risk, actions ?? riskActions.Where(a => RiskActions.CameFrom(a, risk)).ToList(), canChange, ReportFixtures.UnitPeople, draft, refusals, saved, pressed);

        yield return ("risk-manager", OneRisk(alarm, canChange: true));
        yield return ("risk-staff", OneRisk(alarm, canChange: false));
        yield return ("risk-reassessed-manager", OneRisk(alarm, canChange: true, saved: t.RiskReassessed));
        yield return ("risk-closed-manager", OneRisk(fax, canChange: true));
        yield return ("risk-reassess-personnummer-manager", OneRisk(
            alarm, canChange: true, new RiskCardDraft { Probability = "2", Consequence = "4", Comment = ReportFixtures.TextWithPersonnummer },
            [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.RiskComment)], pressed: CardVerbs.ReassessRisk));
        yield return ("risk-reassess-changed-meanwhile-manager", OneRisk(
            alarm, canChange: true, new RiskCardDraft { Probability = "2", Consequence = "4", Comment = "Mottagaren är utdelad." },
            [new Refusal(RefusalReason.ChangedMeanwhile)], pressed: CardVerbs.ReassessRisk));
        yield return ("risk-action-refused-manager", OneRisk(
            alarm, canChange: true, new RiskCardDraft { Action = new() { Title = "Larmrutin för helger", Cause = "Larmet når inte nattpersonalen.", Owner = ReportFixtures.Outsider.Id, Due = "2027-01-31", Purpose = "Forebyggande" } },
            [new Refusal(RefusalReason.NotInUnit, Field.ActionOwner)], pressed: CardVerbs.RiskAction));
        yield return ("risk-close-refused-manager", OneRisk(
            alarm, canChange: true, new RiskCardDraft { Closing = "Nattpersonalen har nya mottagare." },
            [new Refusal(RefusalReason.Required, Field.RiskState)], pressed: CardVerbs.CloseRisk));
        yield return ("risk-closed-meanwhile-manager", OneRisk(
            fax, canChange: true, new RiskCardDraft { Probability = "2", Consequence = "2", Comment = "Faxen används fortfarande av en handläggare." },
            [new Refusal(RefusalReason.WrongState)], pressed: CardVerbs.ReassessRisk));
        var (largestRisk, largestRiskActions) = ReportFixtures.LargestRisk();
        yield return ("risk-largest-manager", OneRisk(
            largestRisk, canChange: true, new RiskCardDraft { Probability = "4", Consequence = "4", Comment = StopFixtures.Costly("C: ", 2 * FreeText.LongestText) },
            [new Refusal(RefusalReason.TooLong, Field.RiskComment)], pressed: CardVerbs.ReassessRisk, actions: largestRiskActions));
        yield return ("risk-not-found", NoticeCard.Build(language, t.ProblemRiskNotFound, isError: true));
        var (yearStart, yearEnd) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        yield return ("report-statistics", DeviationStatisticsCard.Build(language, yearStart, yearEnd, ReportFixtures.Statistics(), ReportFixtures.UnitNames));
        yield return ("report-statistics-two", DeviationStatisticsCard.Build(
            language, yearStart, yearEnd, DeviationStatistics.Of([ReportFixtures.Uncategorised(), ReportFixtures.AwaitingIvo()], yearStart, yearEnd), ReportFixtures.UnitNames));
        yield return ("report-statistics-feedback-only", DeviationStatisticsCard.Build(
            language, yearStart, yearEnd, DeviationStatistics.Of([ReportFixtures.Complaint(), ReportFixtures.Filed(DeviationKind.Berom, 5)], yearStart, yearEnd), ReportFixtures.UnitNames));
        yield return ("report-statistics-empty", DeviationStatisticsCard.Build(
            language, new DateOnly(2027, 1, 1), new DateOnly(2027, 4, 30), DeviationStatistics.Of([], new DateOnly(2027, 1, 1), new DateOnly(2027, 4, 30)), ReportFixtures.UnitNames));

        // The largest report, register and list a unit could produce.
        var (largest, largestActions, largestDraft) = ReportFixtures.Largest();
        yield return ("report-largest-manager", Detail(
            largest, ReportFixtures.Manager, largestActions, largestDraft, [new Refusal(RefusalReason.TooLong, Field.ActionTitle)], t.ActionSaved));
        yield return ("report-largest-quality-developer", Detail(largest, ReportFixtures.QualityDeveloper, largestActions, largestDraft));
        yield return ("my-reports-largest", MyDeviationsCard.Build(language, ReportFixtures.LargestReportList(), ReportFixtures.UnitNames));
        yield return ("risks-largest", Register(
            ReportFixtures.LargestRiskRegister(), canAdd: true,
            new RiskDraft { Process = StopFixtures.Costly("P: ", 200), Description = StopFixtures.Costly("D: ", 2 * FreeText.LongestText), Probability = "3", Consequence = "4" },
            [new Refusal(RefusalReason.TooLong, Field.Description)], plan: []));
    }

    /// <summary>The self-check plan's cards: the plan as each role sees it, empty and at its largest, the forms and their refusals.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> SelfCheckPlanCards(UiLanguage language)
    {
        var t = Cards.Texts.For(language);
        var unit = SelfCheckFixtures.Unit;
        var today = SelfCheckFixtures.Today;
        var few = SelfCheckFixtures.Few();
        var largest = SelfCheckFixtures.Largest();
        var empty = SelfCheckPlan.Empty(SelfCheckFixtures.Organisation.Tenant, unit.Id, 2027);
        var offered = new SelfCheckTemplate("t1", StopFixtures.Costly("Mall: ", SelfCheckTemplate.LongestName), largest.Points,
            [new SelfCheckTemplateOffer(SelfCheckFixtures.At, "kim", "Kim Kvist", unit.Id, unit.Name, 2026, largest.Points.Count)]);
        var templates = SelfCheckTemplates.BuiltIn.Append(offered).ToList();
        SelfCheckPlanShown Shown(SelfCheckPlan plan, bool canKeep, bool canOffer = false, int? earlier = null, IReadOnlyList<SelfCheckTemplate>? offers = null) =>
            new(unit, plan, today, canKeep, canOffer, earlier, offers ?? [], SelfCheckFixtures.Manager.Name);

        yield return ("selfcheck-plan-manager", SelfCheckPlanCard.Build(language, Shown(few, canKeep: true), notice: t.SelfCheckPointSaved));
        yield return ("selfcheck-plan-staff", SelfCheckPlanCard.Build(language, Shown(few, canKeep: false)));
        yield return ("selfcheck-plan-quality-developer", SelfCheckPlanCard.Build(language, Shown(few, canKeep: true, canOffer: true)));
        yield return ("selfcheck-plan-staff-forged-press", SelfCheckPlanCard.Build(language, Shown(few, canKeep: false), refusals: [new Refusal(RefusalReason.NotAllowed)]));
        yield return ("selfcheck-plan-past-year", SelfCheckPlanCard.Build(language, Shown(SelfCheckFixtures.Few(2025), canKeep: false)));
        yield return ("selfcheck-plan-empty-manager", SelfCheckPlanCard.Build(language, Shown(empty, canKeep: true, earlier: 2026, offers: templates)));
        yield return ("selfcheck-plan-empty-no-templates", SelfCheckPlanCard.Build(language, Shown(empty, canKeep: true)));
        yield return ("selfcheck-plan-empty-staff", SelfCheckPlanCard.Build(language, Shown(empty, canKeep: false)));
        yield return ("selfcheck-plan-start-refused", SelfCheckPlanCard.Build(
            language, Shown(empty, canKeep: true, earlier: 2026, offers: templates), refusals: [new Refusal(RefusalReason.UnknownChoice, Field.TemplateName)], chosenTemplate: "t1",
            refusalText: x => x.SelfCheckStartRefusal));
        yield return ("selfcheck-plan-largest-first-page", SelfCheckPlanCard.Build(language, Shown(largest, canKeep: true, canOffer: true), notice: t.SelfCheckPointSaved));
        yield return ("selfcheck-plan-largest-middle-page", SelfCheckPlanCard.Build(language, Shown(largest, canKeep: true, canOffer: true), skip: SelfCheckPlanCard.PageSize * 2));
        yield return ("selfcheck-plan-largest-last-page", SelfCheckPlanCard.Build(language, Shown(largest, canKeep: true, canOffer: true), skip: SelfCheckPlan.MostPoints - 1));
        yield return ("selfcheck-plan-offer-refused", SelfCheckPlanCard.Build(language, Shown(few, canKeep: true), refusals: [new Refusal(RefusalReason.NotAllowed)], refusalText: x => x.SelfCheckOfferRefusal));
        yield return ("unit-picker-selfcheck-plan", UnitPickerCard.Build(language, [unit, ReportFixtures.OtherUnit], CardVerbs.SelfCheckPlan));

        var people = SelfCheckFixtures.People;
        yield return ("selfcheck-point-form-new", ControlPointFormCard.Build(language, unit, 2026, people, SelfCheckFixtures.Manager.Name, null));
        yield return ("selfcheck-point-form-edit", ControlPointFormCard.Build(language, unit, 2026, people, SelfCheckFixtures.Manager.Name, "kp-3", ControlPointInputs.Of(few.Points[2])));
        yield return ("selfcheck-point-form-no-manager", ControlPointFormCard.Build(
            language, ReportFixtures.OtherUnit, 2026, [], null, null, new ControlPointInputs { What = "Larm" }, [new Refusal(RefusalReason.Required, Field.ControlResponsible)]));
        yield return ("selfcheck-point-form-refused-every-field", ControlPointFormCard.Build(
            language, unit, 2026, people, SelfCheckFixtures.Manager.Name, null,
            new ControlPointInputs { What = "Kontrollera 19121212-1212", Frequency = "Arsvis", Months = "3,9", Responsible = "someone-else", Instructions = "Ring 19121212-1212", SampleSize = "tio" },
            [
                new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ControlWhat),
                new Refusal(RefusalReason.Required, Field.ControlPerspective),
                new Refusal(RefusalReason.Required, Field.ControlMethod),
                new Refusal(RefusalReason.Invalid, Field.ControlMonths),
                new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ControlInstructions),
                new Refusal(RefusalReason.Invalid, Field.ControlSampleSize),
                new Refusal(RefusalReason.NotInUnit, Field.ControlResponsible),
            ]));
        yield return ("selfcheck-point-form-longest", ControlPointFormCard.Build(
            language, unit, 2026, people, SelfCheckFixtures.Manager.Name, "kp-00", ControlPointInputs.Of(largest.Points[0]),
            [new Refusal(RefusalReason.TooLong, Field.ControlWhat), new Refusal(RefusalReason.TooLong, Field.ControlInstructions)]));
        yield return ("selfcheck-point-remove", RemoveControlPointCard.Build(language, unit, 2026, few.Points[0]));
        yield return ("selfcheck-point-remove-refused", RemoveControlPointCard.Build(
            language, unit, 2026, largest.Points[0], StopFixtures.Costly("Skäl 19121212-1212 ", 4000), [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ControlRemovalReason)]));
        yield return ("selfcheck-offer-template", OfferTemplateCard.Build(language, unit, 2026, few.Points.Count));
        yield return ("selfcheck-offer-template-refused", OfferTemplateCard.Build(
            language, unit, 2026, few.Points.Count, "Hemtjänst och äldreomsorg", [new Refusal(RefusalReason.AlreadyExists, Field.TemplateName, "Hemtjänst och äldreomsorg")]));
    }

    /// <summary>The proactive notices that go through the outbox and are not a report's or a stop's own card.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> NoticeCards(UiLanguage language)
    {
        var at = ReportFixtures.Now;
        yield return ("delivery-failed-one", DeliveryFailedCard.Build(language, [new UndeliveredNotice(Manager.Name, null, nameof(NoticeKind.ReportFiled), "LS-2026-0007", at)]));
        yield return ("undelivered-none", DeliveryFailedCard.Build(language, []));

        // The reporter hears back.
        var unit = ReportFixtures.Unit;
        var lexSarah = ReportFixtures.Filed(DeviationKind.Missforhallande, 7);
        yield return ("report-status-assessed", DeviationStatusCard.Build(language, ReportFixtures.Filed().Reference, DeviationKind.Avvikelse, unit, DeviationStatus.Bedomd));
        yield return ("report-status-answered", DeviationStatusCard.Build(language, ReportFixtures.Complaint().Reference, DeviationKind.Klagomal, unit, DeviationStatus.Besvarad));
        yield return ("report-status-closed-lex-sarah", DeviationStatusCard.Build(language, lexSarah.Reference, lexSarah.Kind, unit, DeviationStatus.Avslutad));

        // A report waiting for its assessment.
        yield return ("assessment-reminder", DeviationReminderCard.Assessment(language, ReportFixtures.Filed().Reference, DeviationKind.Avvikelse, unit, ReportFixtures.FiledAt, ReportFixtures.FiledAt.AddHours(25), 1, escalated: false));
        yield return ("assessment-reminder-escalated-lex-sarah", DeviationReminderCard.Assessment(language, lexSarah.Reference, lexSarah.Kind, unit, ReportFixtures.FiledAt, ReportFixtures.FiledAt.AddDays(3).AddHours(2), 3, escalated: true));

        // The owner of an action is told.
        var (_, stopActions) = StopFixtures.Finished();
        yield return ("action-owner-from-stop", ActionOwnerCard.Build(language, stopActions[0], unit, Manager.Name, StopFixtures.Key(1), null));
        var (investigated, reportActions) = ReportFixtures.Investigated();
        yield return ("action-owner-from-report", ActionOwnerCard.Build(language, reportActions[0], unit, ReportFixtures.QualityDeveloper.Name, null, investigated.Reference));
        yield return ("action-owner-from-report-not-visible", ActionOwnerCard.Build(language, reportActions[0], unit, ReportFixtures.QualityDeveloper.Name, null, null));
        var longest = Domain.Actions.ImprovementAction.Create(
            Organisation.Tenant, unit.Id, "ha-long", new string('å', Domain.Stops.LearningStop.LongestText), Staff.Id, Staff.Name, null,
            new Domain.Actions.ActionOrigin(Domain.Actions.ActionOriginKind.Hallplats, "2027-10", "Hållplats 10 Analysdagar – kvalitetsredovisning (2027)"), Manager, at);
        yield return ("action-owner-longest-title", ActionOwnerCard.Build(language, longest, unit, Manager.Name, StopFixtures.Key(10), null));
        yield return ("delivery-failed-many", DeliveryFailedCard.Build(
            language,
            Enumerable.Range(1, DeliveryFailedCard.LongestList + 15)
                .Select(i => new UndeliveredNotice(
                    i % 3 == 0 ? null : $"Medarbetare med ett mycket långt namn nummer {i} {new string('x', 120)}",
                    i % 3 == 0 ? HomeCareNorth.Name : null,
                    Enum.GetValues<NoticeKind>()[i % Enum.GetValues<NoticeKind>().Length].ToString(),
                    i % 2 == 0 ? $"{HomeCareNorth.Name}: {i} Samverkan och annat som har ett långt namn {new string('y', 120)}" : null,
                    at.AddMinutes(-i)))
                .ToList()));
    }

    /// <summary>Actions followed to the end: the plan, the status form, the history, the reminders and the effect follow-up.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> ActionCards(UiLanguage language)
    {
        var unit = ActionFixtures.Unit;
        var now = ActionFixtures.Now;
        var people = new[] { ActionFixtures.Manager, ActionFixtures.Owner };
        var report = new DeviationReference("LS", 2026, 7);

        yield return ("actions-empty", ActionPlanCard.Build(language, unit, [], 0, 0, 0, 0, now));
        yield return ("actions-page", ActionPlanCard.Build(language, unit, ActionFixtures.FullPage(longest: false), 100, 0, 75, 20, now));
        yield return ("actions-page-longest", ActionPlanCard.Build(language, unit, ActionFixtures.FullPage(longest: true), 100, 40, 75, 20, now));
        yield return ("actions-page-staff", ActionPlanCard.Build(
            language, unit, ActionFixtures.FullPage(longest: false).Select(r => r with { Report = null, CanChange = false }).ToList(), 100, 80, 75, 20, now));
        yield return ("unit-picker-actions", UnitPickerCard.Build(language, Organisation.UnitsVisibleTo(DeputyDirector), CardVerbs.ActionPlan));

        yield return ("action-status-owner", ActionStatusCard.Build(language, unit, ActionFixtures.New(), null, canChange: true, now));
        yield return ("action-status-from-report-owner", ActionStatusCard.Build(language, unit, ActionFixtures.New(kind: Domain.Actions.ActionOriginKind.Avvikelse), report, canChange: true, now));
        yield return ("action-status-saved-owner", ActionStatusCard.Build(language, unit, ActionFixtures.Started(), null, canChange: true, now, saved: true));
        yield return ("action-status-staff", ActionStatusCard.Build(language, unit, ActionFixtures.Started(longest: true), null, canChange: false, now));
        yield return ("action-status-refused-owner", ActionStatusCard.Build(
            language, unit, ActionFixtures.New(longest: true), null, canChange: true, now,
            new ActionStatusDraft { Status = "Pagaende", Comment = ActionFixtures.Longest("Gäller 19121212-1212 ") },
            [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ActionComment)]));
        yield return ("action-status-not-allowed", ActionStatusCard.Build(
            language, unit, ActionFixtures.New(), null, canChange: true, now, new ActionStatusDraft { Status = "Pagaende", Comment = "Jag tar den" }, [new Refusal(RefusalReason.NotAllowed, Field.ActionStatus)]));
        yield return ("action-history", ActionHistoryCard.Build(language, unit, ActionFixtures.Done(), null, canChange: true, now));
        yield return ("action-history-longest", ActionHistoryCard.Build(language, unit, ActionFixtures.LongHistory(), report, canChange: true, now));

        foreach (var kind in new[] { Domain.Actions.ActionReminderKind.WeekBefore, Domain.Actions.ActionReminderKind.OnTheDay, Domain.Actions.ActionReminderKind.Overdue })
        {
            yield return ($"action-reminder-{kind}", ActionReminderCard.Build(language, kind, unit, ActionFixtures.New(), null, now));
        }

        yield return ("action-reminder-from-report-not-visible", ActionReminderCard.Build(language, Domain.Actions.ActionReminderKind.OnTheDay, unit, ActionFixtures.New(kind: Domain.Actions.ActionOriginKind.Avvikelse), null, now));
        yield return ("action-reminder-longest", ActionReminderCard.Build(language, Domain.Actions.ActionReminderKind.Overdue, unit, ActionFixtures.New(longest: true), report, now.AddDays(40)));

        var (followUp, at) = ActionFixtures.DueForFollowUp();
        yield return ("action-effect-question", ActionEffectCard.Build(language, unit, followUp, null, canAnswer: true, people, at));
        yield return ("action-effect-question-longest", ActionEffectCard.Build(language, unit, ActionFixtures.DueForFollowUp(longest: true).Action, report, canAnswer: true, people, at));
        yield return ("action-effect-refused", ActionEffectCard.Build(
            language, unit, followUp, null, canAnswer: true, people, at, new EffectDraft("Nej", null), refusals: [new Refusal(RefusalReason.Required, Field.ActionComment)]));
        yield return ("action-no-effect", ActionEffectCard.Build(language, unit, ActionFixtures.NoEffect(), null, canAnswer: true, people, at));
        yield return ("action-no-effect-refused", ActionEffectCard.Build(
            language, unit, ActionFixtures.NoEffect(longest: true), report, canAnswer: true, people, at, null,
            new ActionFormDraft { Title = ActionFixtures.Longest("Ny: 19121212-1212 "), Cause = ActionFixtures.Longest("Orsak: "), Due = "2027-03-01", Purpose = "Korrigerande" },
            [new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ActionTitle)]));
        var answered = ActionFixtures.NoEffect();
        answered.FollowNoEffect(ActionFixtures.Owner, unit, Domain.Actions.NoEffectStep.TillbakaTillAnalysen, null, at);
        yield return ("action-back-to-analysis", ActionEffectCard.Build(
            language, unit, answered, null, canAnswer: true, people, at, notice: string.Format(language.Culture(), Cards.Texts.For(language).BackToAnalysisDone, 1, "Samverkan")));
        yield return ("action-effect-answered-staff", ActionEffectCard.Build(language, unit, answered, null, canAnswer: false, people, at));
    }

    private static LearningStop FinishedWithoutProposals()
    {
        var stop = StopFixtures.Discussed(2);
        stop.Finish(Manager, StopFixtures.Unit, needsAction: false, Domain.Stops.Trend.Oforandrad, null, StopFixtures.At.AddHours(1));
        return stop;
    }
}
