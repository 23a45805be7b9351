using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Conformance.Tests.Infrastructure.CardReading;
using UiTexts = TeamsQuality.Cards.Texts;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// What a user notices on the learning-stop cards: which step they are in and its questions, what they may do by their
/// role, that a refusal never loses what they typed, the logbook count, dates and times as Swedes read them, and
/// English UI text with the domain words kept Swedish. The cards are the catalogue's (validated by the official library).
/// </summary>
public sealed partial class StopCardTests
{
    private static readonly string[] StopVerbs =
        [CardVerbs.OpenStop, CardVerbs.Contribute, CardVerbs.SaveSummary, CardVerbs.Propose, CardVerbs.DelegateDocumentation, CardVerbs.FinishForm, CardVerbs.Finish, CardVerbs.RefreshStop, CardVerbs.ShowStopSummary];

    public static TheoryData<UiLanguage> Languages => new() { UiLanguage.Swedish, UiLanguage.English };

    private static JsonObject Card(string name, UiLanguage language) => BotCardCatalogue.Get($"{name}/{BotCardCatalogue.Suffix(language)}").Json;

    private static UiTexts T(UiLanguage language) => UiTexts.For(language);

    // ---- The step card ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "Steg 2 av 4 – Orsaksanalys")]
    [InlineData(UiLanguage.English, "Step 2 of 4 – Orsaksanalys")]
    public void Step_card_says_which_step_it_is_and_asks_that_steps_questions(UiLanguage language, string stepLine)
    {
        var texts = Texts(Card("step2-contributions-staff", language));
        var samverkan = WheelTemplates.Vetlanda.Stop(1)!;

        Assert.Contains(texts, t => t.StartsWith(stepLine, StringComparison.Ordinal));
        Assert.Contains(string.Format(T(language).StopTitle, 1, "Samverkan"), texts);
        foreach (var question in samverkan.QuestionsFor(AnalysisStep.Orsaksanalys))
        {
            Assert.Contains(texts, t => t.Contains(question, StringComparison.Ordinal));
        }

        foreach (var question in samverkan.QuestionsFor(AnalysisStep.Nulagesbeskrivning))
        {
            Assert.DoesNotContain(texts, t => t.Contains(question, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Everyone_in_the_unit_may_contribute_but_only_the_documenter_sees_the_summary_input(UiLanguage language)
    {
        var manager = Card("step2-summary-manager", language);
        var staff = Card("step2-contributions-staff", language);
        var delegated = Card("step2-summary-delegate", language);

        Assert.NotNull(Input(staff, CardKeys.Contribution));
        Assert.NotNull(Input(manager, CardKeys.Contribution));

        Assert.Null(Input(staff, CardKeys.Summary));
        Assert.Empty(Buttons(staff, CardVerbs.SaveSummary));

        Assert.NotNull(Input(manager, CardKeys.Summary));
        Assert.Equal(StopFixtures.SavedSummary, ValueOf(manager, CardKeys.Summary));
        Assert.Single(Buttons(manager, CardVerbs.SaveSummary));

        // The staff member the manager delegated to documents too, but does not delegate.
        Assert.NotNull(Input(delegated, CardKeys.Summary));
        Assert.Null(Input(delegated, CardKeys.Delegate));
        Assert.Contains($"{T(language).DocumentedByLabel}: {StopFixtures.Staff.Name}", Texts(delegated));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Only_the_manager_can_delegate_the_documentation_and_everyone_sees_who_documents(UiLanguage language)
    {
        var manager = Card("step2-summary-manager", language);
        var staff = Card("step2-contributions-staff", language);

        var choices = Input(manager, CardKeys.Delegate)!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();
        Assert.Equal(new[] { StopFixtures.Staff.Id, StopFixtures.OtherStaff.Id }, choices);
        Assert.Single(Buttons(manager, CardVerbs.DelegateDocumentation));
        Assert.Null(Input(staff, CardKeys.Delegate));
        Assert.Contains($"{T(language).DocumentedByLabel}: {StopFixtures.Manager.Name}", Texts(staff));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_refused_contribution_comes_back_in_the_input_with_the_message_in_red_right_under_it(UiLanguage language)
    {
        var card = Card("step1-personnummer-staff", language);
        var refusal = T(language).StopRefusalText(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Contribution));

        // Under the box, just above "Lägg till": where the user pressed, not at the top of a long card.
        Assert.Equal([(refusal, "attention")], Under(card, CardKeys.Contribution));
        Assert.DoesNotContain(refusal, Texts(card).Take(3));
        Assert.Equal(StopFixtures.ContributionWithPersonnummer, ValueOf(card, CardKeys.Contribution));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_step_card_says_Sammanfattning_av_steget_once(UiLanguage language)
    {
        var texts = Texts(Card("step2-summary-manager", language));

        Assert.Single(texts, x => x == T(language).SummaryLabel);
        Assert.Equal(T(language).SummaryInputLabel, Input(Card("step2-summary-manager", language), CardKeys.Summary)!["label"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_receipt_is_green_and_the_input_is_empty_again(UiLanguage language)
    {
        var card = Card("step1-contribution-saved-staff", language);
        var notice = card["body"]![0]!["inlines"]![0]!;

        Assert.Equal(T(language).ContributionSaved, notice["text"]!.GetValue<string>());
        Assert.Equal("good", notice["color"]!.GetValue<string>());
        Assert.Null(ValueOf(card, CardKeys.Contribution));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_refused_proposal_keeps_its_title_owner_and_date_even_when_too_long(UiLanguage language)
    {
        var card = Card("step4-proposal-too-long-staff", language);

        Assert.Equal(new string('x', LearningStop.LongestText + 10), ValueOf(card, CardKeys.ProposalTitle));
        Assert.Equal(StopFixtures.OtherStaff.Id, ValueOf(card, CardKeys.ProposalOwner));
        Assert.Equal("2027-02-28", ValueOf(card, CardKeys.ProposalDue));
        Assert.Contains(T(language).StopRefusalText(new Refusal(RefusalReason.TooLong, Field.ProposalTitle)), Texts(card));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_summary_conflict_shows_both_texts_and_keeps_the_users_in_the_input(UiLanguage language)
    {
        var card = Card("step2-summary-conflict-manager", language);
        var texts = Texts(card);
        var save = Assert.Single(Buttons(card, CardVerbs.SaveSummary));

        Assert.Contains(T(language).StopRefusalText(new Refusal(RefusalReason.ChangedMeanwhile, Field.Summary)), texts);
        Assert.Contains(StopFixtures.SavedSummary, texts);
        Assert.Contains(StopFixtures.ConflictingSummary, texts);
        Assert.Equal(StopFixtures.ConflictingSummary, ValueOf(card, CardKeys.Summary));

        // Saving again is against the revision now saved, so the merged text goes through.
        Assert.Equal(StopFixtures.Discussed().SummaryOf(AnalysisStep.Orsaksanalys)!.Revision, DataOf(save)[CardKeys.Revision]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Step_4_lists_the_proposals_and_takes_new_ones_with_an_optional_owner_and_date(UiLanguage language)
    {
        var card = Card("step4-proposals-staff", language);
        var texts = Texts(card);

        Assert.Contains("• Gemensam rutin för överlämning kvällar och helger", texts);
        Assert.Contains(texts, t => t.Contains(StopFixtures.OtherStaff.Name, StringComparison.Ordinal) && t.Contains(language == UiLanguage.English ? "31 January 2027" : "31 januari 2027", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(T(language).OwnerDefault, StringComparison.Ordinal) && t.Contains(T(language).NoDueDate, StringComparison.Ordinal));

        Assert.Equal("Input.Text", TypeOf(Input(card, CardKeys.ProposalTitle)!));
        Assert.Equal("Input.ChoiceSet", TypeOf(Input(card, CardKeys.ProposalOwner)!));
        Assert.Equal("Input.Date", TypeOf(Input(card, CardKeys.ProposalDue)!));
        Assert.All(Inputs(card), input => Assert.NotEqual(true, input["isRequired"]?.GetValue<bool>()));
        Assert.Single(Buttons(card, CardVerbs.Propose));

        // Only the documenter finishes.
        Assert.Empty(Buttons(card, CardVerbs.FinishForm));
        Assert.Single(Buttons(Card("step4-proposals-manager", language), CardVerbs.FinishForm));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_steps_link_to_each_other(UiLanguage language)
    {
        int[] StepsLinked(JsonObject card) => Buttons(card, CardVerbs.OpenStop).Select(b => DataOf(b)[CardKeys.Step]!.GetValue<int>()).ToArray();

        Assert.Equal(new[] { 2 }, StepsLinked(Card("step1-not-started-manager", language)));
        Assert.Equal(new[] { 1, 3 }, StepsLinked(Card("step2-summary-manager", language)));
        Assert.Equal(new[] { 3 }, StepsLinked(Card("step4-proposals-manager", language)));
    }

    [Theory]
    [InlineData("step4-finished-manager")]
    [InlineData("step1-finished-staff")]
    public void A_finished_stop_is_read_only(string name)
    {
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var card = Card(name, language);

            Assert.Empty(Inputs(card));
            // Only buttons that read: another step, or this one again with what others added (Uppdatera).
            Assert.All(Buttons(card), b => Assert.Contains(b["verb"]!.GetValue<string>(), new[] { CardVerbs.OpenStop, CardVerbs.RefreshStop }));
            Assert.Contains(T(language).StopFinishedReadOnly, Texts(card));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Someone_who_follows_all_units_reads_but_does_not_take_part(UiLanguage language)
    {
        var card = Card("step2-deputy-director", language);

        Assert.Empty(Inputs(card));
        Assert.Contains(T(language).FollowerReadOnly, Texts(card));
        Assert.Contains(StopFixtures.SavedSummary, Texts(card));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Someone_from_another_unit_sees_nothing_of_the_stop(UiLanguage language)
    {
        var step = Card("step2-other-unit", language);
        var list = Card("stops-other-unit", language);
        var refusal = string.Format(T(language).StopAccessRefused, StopFixtures.Unit.Name);

        Assert.Contains(refusal, Texts(step));
        Assert.DoesNotContain(Texts(step), t => t.Contains(StopFixtures.MarkdownContribution, StringComparison.Ordinal) || t.Contains(StopFixtures.SavedSummary, StringComparison.Ordinal));
        Assert.Empty(Inputs(step));
        Assert.Contains(refusal, Texts(list));
        Assert.Empty(Buttons(list, CardVerbs.OpenStop));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Contributions_show_who_wrote_them_when_on_the_Swedish_clock_and_the_text_as_written(UiLanguage language)
    {
        var card = Card("step2-contributions-staff", language);

        // Written 13:15 UTC on 10 November: 14:15 in Sweden (winter time).
        Assert.Contains(language == UiLanguage.English ? "Anna Andersson · 10 Nov 14:15" : "Anna Andersson · 10 nov. 14:15", Texts(card));

        var carrying = Descendants(card).Where(e => TypeOf(e) is "TextBlock" or "TextRun" && e["text"]!.GetValue<string>().Contains("evil.example", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(carrying);
        Assert.All(carrying, e => Assert.Equal("TextRun", TypeOf(e)));
        Assert.Contains(carrying, e => e["text"]!.GetValue<string>() == StopFixtures.MarkdownContribution);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_step_with_more_than_a_card_can_hold_shows_the_newest_and_Visa_aldre_pages_through_the_rest(UiLanguage language)
    {
        var t = T(language);
        var card = Card("step2-crowded-manager", language);
        var texts = Texts(card);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) < 40 * 1024, "The crowded step card is not well under 80 KB.");
        Assert.Contains(texts, x => x.StartsWith("60: ", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, x => x.StartsWith("1: ", StringComparison.Ordinal));
        Assert.Contains(string.Format(t.ContributionsHeading, 60), texts);
        var older = Assert.Single(Buttons(card), b => b["title"]!.GetValue<string>() == t.ShowOlder);
        Assert.Equal(CardVerbs.OpenStop, older["verb"]!.GetValue<string>());
        Assert.Equal(1, DataOf(older)[CardKeys.Page]!.GetValue<int>());
        Assert.Equal((int)AnalysisStep.Orsaksanalys, DataOf(older)[CardKeys.Step]!.GetValue<int>());
        Assert.DoesNotContain(Buttons(card), b => b["title"]!.GetValue<string>() == t.ShowNewer);

        // The page before: older contributions, and a way back.
        var page1 = Card("step2-crowded-older-manager", language);
        var newer = Assert.Single(Buttons(page1), b => b["title"]!.GetValue<string>() == t.ShowNewer);
        Assert.Equal(0, DataOf(newer)[CardKeys.Page]!.GetValue<int>());
        var shown = Numbered(texts);
        Assert.All(Numbered(Texts(page1)), n => Assert.True(n < shown.Min(), $"Contribution {n} on the older page is not older than the newest page's."));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Visa_aldre_pages_through_every_one_of_300_contributions_once_newest_first(UiLanguage language)
    {
        var t = T(language);
        var stop = StopFixtures.ManyContributions();
        var pages = new List<List<int>>();
        int? page = 0;
        while (page is { } number)
        {
            var card = AnalysisStepCard.Build(language, stop, StopFixtures.Unit, StopFixtures.ManyPeople, StopFixtures.Staff, AnalysisStep.Orsaksanalys, page: number).ToJson();
            var texts = Texts(card);
            var shown = Numbered(texts);
            pages.Add(shown);
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) < 80 * 1024, $"Page {number} is over 80 KB.");
            Assert.Contains(string.Format(t.ContributionsShown, shown.Min(), shown.Max(), StopFixtures.LargestContributions), texts);
            Assert.True(pages.Count < 400, "Visa äldre never ends.");
            page = Buttons(card).SingleOrDefault(b => b["title"]!.GetValue<string>() == t.ShowOlder) is { } older ? DataOf(older)[CardKeys.Page]!.GetValue<int>() : null;
            Assert.True(page is null || page == number + 1, $"Visa äldre on page {number} leads to page {page}.");
        }

        // Every one of the 300, once, each page older than the one before and in the order written.
        Assert.True(pages.Count > 1, "The 300 contributions fit on one card: the test shows no paging.");
        Assert.Equal(Enumerable.Range(1, StopFixtures.LargestContributions).Reverse(), pages.SelectMany(p => Enumerable.Reverse(p)));
    }

    /// <summary>The numbers of the contributions shown ("17: …"), in the card's order.</summary>
    private static List<int> Numbered(List<string> texts) =>
        texts.Select(x => Regex.Match(x, @"^(\d+): ")).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    // ---- The due post and the nudges ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "stop-due", "3 anteckningar i loggboken under det här temat")]
    [InlineData(UiLanguage.English, "stop-due", "3 notes in the logbook (loggbok) under this theme")]
    [InlineData(UiLanguage.Swedish, "stop-due-one-note", "1 anteckning i loggboken under det här temat")]
    [InlineData(UiLanguage.Swedish, "stop-due-risk-analysis-no-notes", "Inga anteckningar i loggboken under det här temat än.")]
    [InlineData(UiLanguage.English, "stop-due-risk-analysis-no-notes", "No notes in the logbook (loggbok) under this theme yet.")]
    public void The_due_post_says_how_many_logbook_notes_the_theme_has(UiLanguage language, string name, string expected) =>
        Assert.Contains(expected, Texts(Card(name, language)));

    [Theory]
    [InlineData(UiLanguage.Swedish, "Hållplats 1 av 10: Samverkan", "Klar senast: 30 november 2026", "Tidsåtgång: 1 h")]
    [InlineData(UiLanguage.English, "Hållplats 1 of 10: Samverkan", "Due by: 30 November 2026", "Time needed: 1 h")]
    public void The_due_post_names_the_stop_its_due_date_and_time(UiLanguage language, string title, string due, string time)
    {
        var card = Card("stop-due", language);
        var texts = Texts(card);
        var samverkan = WheelTemplates.Vetlanda.Stop(1)!;

        Assert.Contains(title, texts);
        Assert.Contains(due, texts);
        Assert.Contains(time, texts);
        Assert.All(samverkan.Purpose.Concat(samverkan.Preparation), line => Assert.Contains("• " + line, texts));

        var start = Assert.Single(Buttons(card));
        Assert.Equal(CardVerbs.OpenStop, start["verb"]!.GetValue<string>());
        Assert.Equal(T(language).StartStop, start["title"]!.GetValue<string>());
        Assert.Equal(1, DataOf(start)[CardKeys.Step]!.GetValue<int>());
    }

    // ---- The channel's card as the stop goes on ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "Påbörjad av Eva Ek – steg 1 av 4", "Påbörjad av Eva Ek – steg 3 av 4", "Påbörjad – steg 2 av 4")]
    [InlineData(UiLanguage.English, "Påbörjad (started) by Eva Ek – step 1 of 4", "Påbörjad (started) by Eva Ek – step 3 of 4", "Påbörjad (started) – step 2 of 4")]
    public void Once_started_the_channel_card_says_who_started_it_and_where_the_unit_is_and_never_offers_to_start(
        UiLanguage language, string started, string movedOn, string starterUnknown)
    {
        foreach (var (name, status, step) in new[] { ("stop-due-started", started, 1), ("stop-due-moved-on", movedOn, 3), ("stop-due-started-unknown-starter", starterUnknown, 2) })
        {
            var card = Card(name, language);
            var texts = Texts(card);

            Assert.Equal(T(language).StopInProgressTitle, FirstText(card));
            Assert.Contains(status, texts);
            Assert.DoesNotContain(T(language).StartStop, texts);
            var open = Assert.Single(Buttons(card));
            Assert.Equal((CardVerbs.OpenStop, T(language).OpenStop, step), (open["verb"]!.GetValue<string>(), open["title"]!.GetValue<string>(), DataOf(open)[CardKeys.Step]!.GetValue<int>()));
        }
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Klar – avslutad av Eva Ek, 10 november 2026", "Bedömning: Åtgärder behövs", "Åtgärder i enhetens plan (2)")]
    [InlineData(UiLanguage.English, "Klar (finished) – closed by Eva Ek, 10 November 2026", "Bedömning (assessment): Actions are needed", "Actions (åtgärder) in the unit's plan (2)")]
    public void Once_finished_the_channel_card_says_Klar_with_its_bedomning_and_leads_to_the_summary(UiLanguage language, string status, string assessment, string actions)
    {
        var card = Card("stop-due-finished", language);
        var texts = Texts(card);

        Assert.Equal(T(language).StopFinishedTitle, FirstText(card));
        Assert.Contains(status, texts);
        Assert.Contains(assessment, texts);
        Assert.Contains(actions, texts);
        Assert.Contains("Bättre än förra året tack vare veckomötena.", texts);
        var summary = Assert.Single(Buttons(card));
        Assert.Equal((CardVerbs.ShowStopSummary, T(language).ShowStopSummary), (summary["verb"]!.GetValue<string>(), summary["title"]!.GetValue<string>()));
        Assert.DoesNotContain(T(language).StartStop, texts);
    }

    [Theory]
    [InlineData("stop-due", null)]
    [InlineData("stop-due-started", 2)]
    [InlineData("stop-due-moved-on", 2)]
    [InlineData("stop-due-finished", 2)]
    [InlineData("stop-due-finished-no-actions", 0)]
    public void The_channel_card_refreshes_to_each_viewers_own_view_for_the_unit_people_listed(string name, int? listed)
    {
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var refresh = RefreshOf(Card(name, language));

            Assert.NotNull(refresh);
            var action = refresh["action"]!.AsObject();
            Assert.Equal(("Action.Execute", CardVerbs.RefreshStop), (action["type"]!.GetValue<string>(), action["verb"]!.GetValue<string>()));

            // No step: the refresh asks for the viewer's current view of the stop, wherever the unit is then.
            Assert.Equal([CardKeys.Unit, CardKeys.Year, CardKeys.Stop], DataOf(action).Select(p => p.Key));
            var userIds = refresh["userIds"]?.AsArray().Select(id => id!.GetValue<string>()).ToList();
            Assert.Equal(listed, userIds?.Count);
            if (listed > 0)
            {
                Assert.Equal(StopFixtures.RefreshUserIds, userIds);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_step_card_refreshes_its_own_step_for_its_viewer_and_anyone_can_press_Uppdatera(UiLanguage language)
    {
        var card = Card("step2-own-view-manager", language);
        var refresh = RefreshOf(card)!;

        Assert.Equal(CardVerbs.RefreshStop, refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(2, DataOf(refresh["action"]!.AsObject())[CardKeys.Step]!.GetValue<int>());
        Assert.Equal([StopFixtures.RefreshUserIds[0]], refresh["userIds"]!.AsArray().Select(id => id!.GetValue<string>()));

        foreach (var name in new[] { "step2-own-view-manager", "step2-contributions-staff", "step1-finished-staff", "step4-proposals-manager" })
        {
            var step = name.StartsWith("step1", StringComparison.Ordinal) ? 1 : name.StartsWith("step4", StringComparison.Ordinal) ? 4 : 2;
            var uppdatera = Assert.Single(Buttons(Card(name, language), CardVerbs.RefreshStop));
            Assert.Equal(T(language).RefreshCard, uppdatera["title"]!.GetValue<string>());
            Assert.Equal(step, DataOf(uppdatera)[CardKeys.Step]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Eva Ek har startat hållplats 1: Samverkan")]
    [InlineData(UiLanguage.English, "Eva Ek has started hållplats 1: Samverkan")]
    public void The_start_notice_says_who_started_which_stop_opens_it_and_quotes_nobody(UiLanguage language, string expected)
    {
        var card = Card("stop-started-notice", language);

        Assert.Equal(expected, FirstText(card));
        var open = Assert.Single(Buttons(card));
        Assert.Equal(CardVerbs.OpenStop, open["verb"]!.GetValue<string>());
        Assert.False(DataOf(open).ContainsKey(CardKeys.Step), "The notice opens the stop where the unit is when pressed, so it names no step.");
        Assert.DoesNotContain(StopFixtures.Discussed().Contributions, c => AllText(card).Contains(c.Text, StringComparison.Ordinal));
        Assert.Null(RefreshOf(card));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Tidsåtgång: 1,5 h")]
    [InlineData(UiLanguage.English, "Time needed: 1.5 h")]
    public void Time_estimates_use_the_languages_decimal_sign(UiLanguage language, string expected)
    {
        var texts = Texts(Card("stop-due-risk-analysis-no-notes", language));

        Assert.Contains(expected, texts);
        Assert.Contains(texts, t => t.EndsWith(": Riskanalys", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "stop-nudge-due", "Dags för hållplats 3: Processer och rutiner", "Tid kvar: 30 dagar")]
    [InlineData(UiLanguage.Swedish, "stop-nudge-reminder", "En vecka kvar: hållplats 3 Processer och rutiner är inte påbörjad", "Tid kvar: 7 dagar")]
    [InlineData(UiLanguage.Swedish, "stop-nudge-overdue", "Försenad: hållplats 2 Bemötande och förhållningssätt skulle vara klar 31 december 2026", "Försenad med: 15 dagar")]
    [InlineData(UiLanguage.Swedish, "stop-nudge-overdue-one-day", "Försenad: hållplats 2 Bemötande och förhållningssätt skulle vara klar 31 december 2026", "Försenad med: 1 dag")]
    [InlineData(UiLanguage.English, "stop-nudge-reminder", "One week left: hållplats 3 Processer och rutiner has not been started", "Time left: 7 days")]
    [InlineData(UiLanguage.English, "stop-nudge-overdue", "Overdue: hållplats 2 Bemötande och förhållningssätt was due 31 December 2026", "Overdue by: 15 days")]
    public void A_nudge_says_what_and_how_much_time_is_left_or_lost(UiLanguage language, string name, string title, string days)
    {
        var card = Card(name, language);
        var texts = Texts(card);

        Assert.Equal(title, FirstText(card));
        Assert.Equal(title, card["fallbackText"]!.GetValue<string>());
        Assert.Contains(days, texts);
        Assert.Contains($"{T(language).ProfileUnit}: {StopFixtures.Unit.Name}", texts);
        Assert.Equal(T(language).OpenStop, Buttons(card, CardVerbs.OpenStop).Single()["title"]!.GetValue<string>());
        Assert.True(texts.Count <= 10, $"A nudge should be short; this one has {texts.Count} texts.");
    }

    // ---- The list ----

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_list_shows_every_stop_its_status_and_lets_the_manager_start_those_not_started(UiLanguage language)
    {
        var t = T(language);
        var manager = Card("stops-manager", language);
        var staff = Card("stops-staff", language);
        var deputy = Card("stops-deputy-director", language);

        Assert.Equal(10, Buttons(manager, CardVerbs.OpenStop).Count);
        Assert.Equal(8, Buttons(manager).Count(b => b["title"]!.GetValue<string>() == t.StopListStartNow));
        Assert.All(Buttons(staff), b => Assert.Equal(t.StopListOpen, b["title"]!.GetValue<string>()));

        // The deputy director leads the stops the manager group or an analysis day holds, and starts those.
        var ledByDeputy = WheelTemplates.Vetlanda.Stops.Where(s => s.HeldBy != StopHolder.Enhet).Select(s => s.Number);
        Assert.Equal(ledByDeputy, Buttons(deputy).Where(b => b["title"]!.GetValue<string>() == t.StopListStartNow).Select(b => DataOf(b)[CardKeys.Stop]!.GetValue<int>()));
        Assert.Equal(Enumerable.Range(1, 10), Buttons(staff).Select(b => DataOf(b)[CardKeys.Stop]!.GetValue<int>()));

        var texts = Texts(staff);
        Assert.Contains(t.StatusName(StopStatus.Klar), texts);
        Assert.Contains($"{t.StatusName(StopStatus.Paborjad)} · {t.StopListOverdue}", texts);
        Assert.Contains($"{t.StatusName(StopStatus.EjPaborjad)} · {t.StopListNow}", texts);
        Assert.Contains(language == UiLanguage.English ? "May–June · due 30 Jun 2027" : "Maj–juni · klar senast 30 juni 2027", texts);

        var status = Descendants(staff).Where(e => TypeOf(e) == "TextRun").ToList();
        Assert.Contains(status, r => r["text"]!.GetValue<string>() == t.StatusName(StopStatus.Klar) && r["color"]?.GetValue<string>() == "good");
        Assert.Contains(status, r => r["text"]!.GetValue<string>().Contains(t.StopListOverdue, StringComparison.Ordinal) && r["color"]?.GetValue<string>() == "attention");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Ten_stops_make_a_small_card(UiLanguage language) =>
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(Card("stops-manager", language).ToJsonString()) < 20 * 1024);

    // ---- Finishing ----

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_finishing_form_asks_for_the_bedomning_and_keeps_the_draft(UiLanguage language)
    {
        var form = Card("finish-form", language);
        var refused = Card("finish-form-refused", language);
        var needsAction = Input(form, CardKeys.NeedsAction)!;

        Assert.True(needsAction["isRequired"]!.GetValue<bool>());
        Assert.Equal(T(language).NeedsActionError, needsAction["errorMessage"]!.GetValue<string>());
        Assert.Equal(new[] { "ja", "nej" }, needsAction["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Equal(new[] { "Battre", "Oforandrad", "Samre", "EjBedomd" }, Input(form, CardKeys.Trend)!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Null(ValueOf(form, CardKeys.NeedsAction));
        Assert.Equal("EjBedomd", ValueOf(form, CardKeys.Trend));

        Assert.Equal("ja", ValueOf(refused, CardKeys.NeedsAction));
        Assert.Equal("Samre", ValueOf(refused, CardKeys.Trend));
        Assert.Equal("Kommentar med 19121212-1212", ValueOf(refused, CardKeys.Comment));

        // Going back does not need the required answer.
        var back = Assert.Single(Buttons(form, CardVerbs.OpenStop));
        Assert.Equal("none", back["associatedInputs"]!.GetValue<string>());
        Assert.Equal(4, DataOf(back)[CardKeys.Step]!.GetValue<int>());
        Assert.Single(Buttons(form, CardVerbs.Finish));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_summary_tells_how_the_stop_ended_and_which_actions_it_created(UiLanguage language)
    {
        var t = T(language);
        var texts = Texts(Card("stop-summary", language));

        Assert.Contains($"{t.StatusLabel}: {t.StatusName(StopStatus.Klar)}", texts);
        Assert.Contains($"{t.AssessmentLabel}: {t.AssessmentNeedsAction}", texts);
        Assert.Contains($"{t.TrendFactLabel}: {t.TrendName(Trend.Battre)}", texts);
        Assert.Contains(language == UiLanguage.English ? $"{t.FinishedByLabel}: Eva Ek, 10 Nov 2026 14:55" : $"{t.FinishedByLabel}: Eva Ek, 10 nov. 2026 14:55", texts);
        Assert.Contains("Bättre än förra året tack vare veckomötena.", texts);
        Assert.Contains(StopFixtures.SavedSummary, texts);
        Assert.Contains("• Gemensam rutin för överlämning kvällar och helger", texts);
        Assert.Equal(2, texts.Count(x => x.EndsWith(t.ActionStatusName(Domain.Actions.ActionStatus.EjPaborjad), StringComparison.Ordinal)));
        Assert.Contains(string.Format(t.OriginIs, "Hållplats 1 Samverkan (2027)"), texts);
    }

    // ---- The logbook ----

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_logbook_form_offers_every_theme_and_keeps_the_users_text(UiLanguage language)
    {
        var empty = Card("logbook", language);
        var prefilled = Card("logbook-prefilled", language);
        var refused = Card("logbook-refused", language);

        var themes = Input(empty, CardKeys.LogbookStop)!["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(WheelTemplates.Vetlanda.Stops.Select(s => $"{s.Number}. {s.Theme}"), themes);
        Assert.All(Inputs(empty), i => Assert.True(i["isRequired"]!.GetValue<bool>() && i["errorMessage"] is not null));
        Assert.Null(ValueOf(empty, CardKeys.LogbookText));

        Assert.Equal("Kvällsöverlämningen fungerade bättre när vi ringde direkt.", ValueOf(prefilled, CardKeys.LogbookText));
        Assert.Equal(StopFixtures.ContributionWithPersonnummer, ValueOf(refused, CardKeys.LogbookText));
        Assert.Equal("1", ValueOf(refused, CardKeys.LogbookStop));
        Assert.Single(Buttons(refused, CardVerbs.AddLogbookNote));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Antecknat i loggboken under Samverkan")]
    [InlineData(UiLanguage.English, "Noted in the logbook (loggbok) under Samverkan")]
    public void The_logbook_receipt_says_under_which_theme(UiLanguage language, string expected)
    {
        var card = Card("logbook-receipt", language);

        Assert.Equal(expected, FirstText(card));
        Assert.Contains(StopFixtures.Note.Text, Texts(card));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Someone_who_follows_all_units_picks_the_unit_whose_stops_to_see(UiLanguage language)
    {
        var card = Card("unit-picker", language);
        var unit = Input(card, CardKeys.Unit)!;

        Assert.Equal(BotCardCatalogue.Organisation.Units.Select(u => u.Id).Order(), unit["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).Order());
        Assert.True(unit["isRequired"]!.GetValue<bool>());
        Assert.Single(Buttons(card, CardVerbs.ListStops));
        Assert.Contains(T(language).NoUnits, Texts(Card("unit-picker-no-units", language)));
    }

    // ---- Across the flow ----

    public static TheoryData<string> StopCardNames()
    {
        var data = new TheoryData<string>();
        foreach (var card in BotCardCatalogue.All.Where(c => IsStopCard(c.Name)))
        {
            data.Add(card.Name);
        }

        return data;
    }

    private static bool IsStopCard(string name) => Regex.IsMatch(name, "^(stop|stops|step|finish|logbook|unit-picker)");

    [Theory]
    [MemberData(nameof(StopCardNames))]
    public void Every_stop_button_carries_the_unit_and_numbers_as_JSON_numbers(string name)
    {
        foreach (var button in Buttons(BotCardCatalogue.Get(name).Json).Where(b => StopVerbs.Contains(b["verb"]!.GetValue<string>())))
        {
            var verb = button["verb"]!.GetValue<string>();
            var data = DataOf(button);
            // The manager group's stops name the group where a unit's name their unit.
            string[] holders = name.Contains("group", StringComparison.Ordinal) ? [StopFixtures.Unit.Id, Domain.Organisations.ManagerGroup.Id] : [StopFixtures.Unit.Id];
            Assert.Contains(data[CardKeys.Unit]?.GetValue<string>(), holders);
            Assert.Equal(JsonValueKind.Number, data[CardKeys.Year]?.GetValueKind());
            Assert.Equal(StopFixtures.Year, data[CardKeys.Year]!.GetValue<int>());
            Assert.Equal(JsonValueKind.Number, data[CardKeys.Stop]?.GetValueKind());
            if (verb is CardVerbs.Contribute or CardVerbs.SaveSummary || data.ContainsKey(CardKeys.Step))
            {
                Assert.Equal(JsonValueKind.Number, data[CardKeys.Step]?.GetValueKind());
                Assert.InRange(data[CardKeys.Step]!.GetValue<int>(), 1, 4);
            }

            if (verb == CardVerbs.SaveSummary)
            {
                Assert.Equal(JsonValueKind.Number, data[CardKeys.Revision]?.GetValueKind());
            }
        }
    }

    [Theory]
    [MemberData(nameof(StopCardNames))]
    public void Every_input_has_one_of_the_keys_the_handlers_read(string name)
    {
        var keys = typeof(CardKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        Assert.All(Inputs(BotCardCatalogue.Get(name).Json), input => Assert.Contains(input["id"]!.GetValue<string>(), keys));
    }

    [Theory]
    [MemberData(nameof(StopCardNames))]
    public void English_cards_use_English_UI_text_while_the_domain_words_stay_Swedish(string name)
    {
        if (!name.EndsWith("/en", StringComparison.Ordinal))
        {
            return;
        }

        var english = Texts(BotCardCatalogue.Get(name).Json);
        var swedishOnly = SwedishOnlyUiTexts();
        var leaked = english.Where(text => swedishOnly.Any(sv => text.Contains(sv, StringComparison.Ordinal))).ToList();

        Assert.True(leaked.Count == 0, $"\"{name}\" shows Swedish UI text in English: {string.Join(" | ", leaked)}");
    }

    [Theory]
    [InlineData("stop-due")]
    [InlineData("step2-summary-manager")]
    [InlineData("finish-form")]
    [InlineData("logbook")]
    public void The_check_for_Swedish_UI_text_catches_a_Swedish_card(string name)
    {
        var swedish = Texts(Card(name, UiLanguage.Swedish));
        var swedishOnly = SwedishOnlyUiTexts();

        Assert.True(swedishOnly.Count > 50, $"Only {swedishOnly.Count} Swedish UI texts to look for.");
        Assert.Contains(swedish, text => swedishOnly.Any(sv => text.Contains(sv, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_domain_words_stay_Swedish_in_English()
    {
        var step = AllText(Card("step2-contributions-staff", UiLanguage.English));
        var due = AllText(Card("stop-due", UiLanguage.English));
        var finish = AllText(Card("finish-form", UiLanguage.English));
        var summary = AllText(Card("stop-summary", UiLanguage.English));

        Assert.Contains("Orsaksanalys", step, StringComparison.Ordinal);
        Assert.Contains("Hållplats 1: Samverkan", step, StringComparison.Ordinal);
        Assert.Contains("hållplats för lärande", due, StringComparison.Ordinal);
        Assert.Contains("Processkvalitet", due, StringComparison.Ordinal);
        Assert.Contains("enhetschef", due, StringComparison.Ordinal);
        Assert.Contains("Bedömning", finish, StringComparison.Ordinal);
        Assert.Contains("Nulägesbeskrivning", finish, StringComparison.Ordinal);
        Assert.Contains("Klar", summary, StringComparison.Ordinal);
        Assert.Contains("Ej påbörjad", summary, StringComparison.Ordinal);
    }

    // ---- The texts ----

    /// <summary>Every refusal a stop's use cases can give, each about what it concerns.</summary>
    private static readonly Refusal[] EveryStopRefusal =
    [
        new(RefusalReason.NotFound),
        new(RefusalReason.NotAllowed),
        new(RefusalReason.NotInUnit),
        new(RefusalReason.NotDocumenter),
        new(RefusalReason.NotManager),
        new(RefusalReason.AlreadyFinished),
        new(RefusalReason.Required, Field.Contribution),
        new(RefusalReason.TooLong, Field.Contribution),
        new(RefusalReason.ContainsPersonalIdentityNumber, Field.Contribution),
        new(RefusalReason.ChangedMeanwhile, Field.Summary),
        new(RefusalReason.NotInUnit, Field.ProposalOwner),
        new(RefusalReason.Invalid, Field.ProposalDue),
        new(RefusalReason.Required, Field.Documenter),
        new(RefusalReason.Required, Field.NeedsAction),
    ];

    [Fact]
    public void Every_refusal_has_its_own_message_in_both_languages()
    {
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var t = T(language);
            var messages = EveryStopRefusal.Select(t.StopRefusalText).ToList();

            Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m)));
            Assert.DoesNotContain(t.SomethingWentWrong, messages);
            Assert.Equal(messages.Count, messages.Distinct().Count());
            Assert.DoesNotContain(messages, m => m.Contains('{', StringComparison.Ordinal));
        }

        Assert.Contains("personnummer", T(UiLanguage.Swedish).StopRefusalText(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Contribution)), StringComparison.Ordinal);
        Assert.Contains("4000", T(UiLanguage.English).StopRefusalText(new Refusal(RefusalReason.TooLong, Field.Contribution)), StringComparison.Ordinal);
    }

    private static IEnumerable<PropertyInfo> TextProperties() =>
        typeof(UiTexts).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));

    /// <summary>
    /// The fixed parts of the Swedish UI texts that no English text uses: at least two words, so a shared word like
    /// "Status" does not count, and a domain word the English text keeps (e.g. "Förslag på åtgärder") is not a leak.
    /// </summary>
    internal static List<string> SwedishOnlyUiTexts()
    {
        var english = string.Join("\n", TextProperties().Select(p => (string)p.GetValue(UiTexts.English)!));
        return TextProperties()
            .SelectMany(p => PlaceholderPattern().Split((string)p.GetValue(UiTexts.Swedish)!))
            .Select(part => part.Trim(' ', ':', '·', '(', ')', '.', ','))
            .Where(part => part.Contains(' ', StringComparison.Ordinal) && part.Length >= 8 && !english.Contains(part, StringComparison.Ordinal))
            .Distinct()
            .ToList();
    }

    /// <summary>The first text in the card's body (the body comes before the card's buttons).</summary>
    private static string FirstText(JsonObject card) => Texts(card)[0];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
