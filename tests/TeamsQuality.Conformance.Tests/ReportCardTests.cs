using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Risks;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Conformance.Tests.Infrastructure.CardReading;
using UiTexts = TeamsQuality.Cards.Texts;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// What people notice on the cards of deviations, lex Sarah, complaints and risks: a notification never carries what
/// happened, each role gets its own forms (only the deputy director decides on IVO), a refusal names the field and puts
/// back what was typed, the receipt gives the reference, the IVO wait is shown with its elapsed time, and the record
/// shows its history. The cards are the catalogue's, which the official library validates.
/// </summary>
public sealed partial class ReportCardTests
{
    private static readonly string[] ReportVerbs =
        [CardVerbs.OpenDeviation, CardVerbs.AssessDeviation, CardVerbs.DecideIvo, CardVerbs.Investigate, CardVerbs.DeviationAction, CardVerbs.AnswerFeedback, CardVerbs.CloseDeviation];

    private static readonly string[] FormVerbs =
        [CardVerbs.AssessDeviation, CardVerbs.DecideIvo, CardVerbs.Investigate, CardVerbs.DeviationAction, CardVerbs.AnswerFeedback, CardVerbs.CloseDeviation];

    private static readonly string[] Notifications =
        ["report-attention-assess", "report-attention-lex-sarah-manager", "report-attention-lex-sarah-deputy-director", "report-attention-complaint", "ivo-nudge", "ivo-nudge-escalated", "ivo-nudge-at-assessment"];

    public static TheoryData<UiLanguage> Languages => new() { UiLanguage.Swedish, UiLanguage.English };

    private static JsonObject Card(string name, UiLanguage language) => BotCardCatalogue.Get($"{name}/{BotCardCatalogue.Suffix(language)}").Json;

    private static UiTexts T(UiLanguage language) => UiTexts.For(language);

    private static bool Swedish(UiLanguage language) => language == UiLanguage.Swedish;

    private static List<string> ChoiceValues(JsonObject input) => input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();

    private static List<string> ChoiceTitles(JsonObject input) => input["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();

    /// <summary>The inputs a user only sees after pressing a button that opens a form (Action.ShowCard).</summary>
    private static List<JsonObject> InputsBehindButtons(JsonObject card) =>
        Descendants(card).Where(e => TypeOf(e) == "Action.ShowCard").SelectMany(s => Inputs(s["card"]!.AsObject())).ToList();

    // ---- Privacy: notifications say that, never what ----

    [Theory]
    [MemberData(nameof(Languages))]
    public void Notifications_say_a_report_needs_attention_and_nothing_of_what_happened(UiLanguage language)
    {
        // Not vacuous: the report's own card, for the manager, does show what was written.
        var detail = AllText(Card("report-filed-manager", language));
        Assert.Contains(ReportFixtures.WhatHappened, detail, StringComparison.Ordinal);
        Assert.Contains(ReportFixtures.ImmediateMeasures, detail, StringComparison.Ordinal);

        foreach (var name in Notifications)
        {
            var card = Card(name, language);
            var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) });
            foreach (var secret in new[] { ReportFixtures.WhatHappened, ReportFixtures.ImmediateMeasures, ReportFixtures.ImmediateActionsText, "Kvällsmedicinen", "sjuksköterskan", ReportFixtures.Staff.Name })
            {
                Assert.False(json.Contains(secret, StringComparison.Ordinal), $"The notification \"{name}\" ({language}) carries \"{secret}\".");
            }

            Assert.Empty(Inputs(card));
            var open = Assert.Single(Buttons(card));
            Assert.Equal(CardVerbs.OpenDeviation, open["verb"]!.GetValue<string>());
            Assert.Equal(T(language).OpenReport, open["title"]!.GetValue<string>());
            Assert.Contains(DataOf(open)[CardKeys.Reference]!.GetValue<string>(), AllText(card), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Referens: AV-2026-0042", "Typ: Avvikelse", "Enhet: Hemtjänst Norra", "Inkommen: 10 nov. 2026 14:05")]
    [InlineData(UiLanguage.English, "Reference: AV-2026-0042", "Kind: Avvikelse (deviation)", "Unit: Hemtjänst Norra", "Filed: 10 Nov 2026 14:05")]
    public void The_managers_notification_names_the_report_and_asks_for_the_assessment(UiLanguage language, params string[] facts)
    {
        var card = Card("report-attention-assess", language);
        var texts = Texts(card);

        Assert.Equal(T(language).AttentionAssessTitle, texts[0]);
        Assert.All(facts, fact => Assert.Contains(fact, texts));
        Assert.Contains(T(language).AttentionAssessText, texts);
        Assert.DoesNotContain(T(language).AttentionLexSarah, texts);
        Assert.Equal("AV-2026-0042", DataOf(Buttons(card).Single())[CardKeys.Reference]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_lex_Sarah_notification_says_it_is_urgent_and_the_deputy_director_is_not_asked_to_assess(UiLanguage language)
    {
        var t = T(language);
        var manager = Texts(Card("report-attention-lex-sarah-manager", language));
        var deputy = Texts(Card("report-attention-lex-sarah-deputy-director", language));

        Assert.Contains(t.AttentionLexSarah, manager);
        Assert.Contains(t.AttentionLexSarah, deputy);
        Assert.Contains($"{t.KindLabel}: {t.ReportKindName(DeviationKind.Missforhallande)}", deputy);
        Assert.Equal(t.AttentionTitle, deputy[0]);
        Assert.DoesNotContain(t.AttentionAssessText, deputy);
        Assert.Contains(t.AttentionAssessText, manager);
    }

    // ---- Who gets which form ----

    [Theory]
    [InlineData("report-filed-reporter")]
    [InlineData("report-awaiting-ivo-reporter")]
    [InlineData("report-closed-reporter")]
    [InlineData("report-complaint-answered-reporter")]
    public void The_reporter_reads_their_report_but_gets_no_form(string name)
    {
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var card = Card(name, language);

            Assert.Empty(Inputs(card));
            Assert.DoesNotContain(Buttons(card), b => FormVerbs.Contains(b["verb"]!.GetValue<string>()));
            Assert.Contains(ReportFixtures.WhatHappened, AllText(card), StringComparison.Ordinal);
            Assert.DoesNotContain(T(language).YourPartHeading, Texts(card));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_manager_assesses_on_the_severity_matrix_with_its_examples(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-filed-manager", language);
        var severity = Input(card, CardKeys.Severity)!;
        var actions = Input(card, CardKeys.ImmediateActions)!;

        Assert.Equal(new[] { "1", "2", "3", "4" }, ChoiceValues(severity));
        Assert.Equal(Enum.GetValues<Severity>().Select(t.SeverityName), ChoiceTitles(severity));
        Assert.Equal(Swedish(language) ? "3 – Allvarlig" : "3 – Allvarlig (serious)", ChoiceTitles(severity)[2]);
        Assert.True(severity["isRequired"]!.GetValue<bool>());
        Assert.Equal(t.SeverityError, severity["errorMessage"]!.GetValue<string>());
        Assert.True(actions["isRequired"]!.GetValue<bool>());
        Assert.Equal(t.ImmediateActionsError, actions["errorMessage"]!.GetValue<string>());
        Assert.True(actions["isMultiline"]!.GetValue<bool>());
        Assert.Equal(nameof(DeviationCategory.BristerIVerkstallighet), ValueOf(card, CardKeys.Category));

        var text = AllText(card);
        foreach (var example in Enum.GetValues<Severity>().SelectMany(UiTexts.SeverityExamples))
        {
            Assert.Contains(example, text, StringComparison.Ordinal);
        }

        var assess = Assert.Single(Buttons(card, CardVerbs.AssessDeviation));
        Assert.Equal("AV-2026-0042", DataOf(assess)[CardKeys.Reference]!.GetValue<string>());

        // The form opens from its own button, so its required inputs never block the other forms.
        Assert.Contains(severity, InputsBehindButtons(card));
        Assert.Contains(Descendants(card), e => TypeOf(e) == "Action.ShowCard" && e["title"]!.GetValue<string>() == t.AssessForm);
        Assert.Single(Buttons(card, CardVerbs.DeviationAction));
        Assert.Empty(Buttons(card, CardVerbs.DecideIvo));
        Assert.Empty(Buttons(card, CardVerbs.Investigate));

        // Not assessed yet: nothing to close.
        Assert.Empty(Buttons(card, CardVerbs.CloseDeviation));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Only_the_deputy_director_gets_the_IVO_form(UiLanguage language)
    {
        var t = T(language);
        var deputy = Card("report-awaiting-ivo-deputy-director", language);

        var decision = Input(deputy, CardKeys.IvoDecision)!;
        Assert.Equal(new[] { IvoDecisionValues.Yes, IvoDecisionValues.No }, ChoiceValues(decision));
        Assert.True(decision["isRequired"]!.GetValue<bool>());
        Assert.True(Input(deputy, CardKeys.IvoMotivation)!["isRequired"]!.GetValue<bool>());
        Assert.Equal("LS-2026-0007", DataOf(Assert.Single(Buttons(deputy, CardVerbs.DecideIvo)))[CardKeys.Reference]!.GetValue<string>());
        Assert.Contains(t.IvoForm, Texts(deputy));

        // The deputy director decides on IVO only: no assessment, investigation, action or closing.
        Assert.All(new[] { CardVerbs.AssessDeviation, CardVerbs.Investigate, CardVerbs.DeviationAction, CardVerbs.CloseDeviation }, verb => Assert.Empty(Buttons(deputy, verb)));

        foreach (var name in new[] { "report-awaiting-ivo-manager", "report-awaiting-ivo-quality-developer", "report-awaiting-ivo-reporter", "report-investigated-quality-developer" })
        {
            var card = Card(name, language);
            Assert.Null(Input(card, CardKeys.IvoDecision));
            Assert.Null(Input(card, CardKeys.IvoMotivation));
            Assert.Empty(Buttons(card, CardVerbs.DecideIvo));
        }

        // Before the manager's assessment there is nothing to decide.
        Assert.Null(Input(Card("report-lex-sarah-filed-deputy-director", language), CardKeys.IvoDecision));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Väntar på beslut om IVO-anmälan sedan 10 nov. 2026 15:05 (2 dagar 3 timmar)")]
    [InlineData(UiLanguage.English, "Waiting for the decision on reporting to IVO since 10 Nov 2026 15:05 (2 days 3 hours)")]
    public void While_the_IVO_decision_is_awaited_everyone_sees_since_when_and_the_manager_cannot_close(UiLanguage language, string waiting)
    {
        var t = T(language);
        foreach (var name in new[] { "report-awaiting-ivo-deputy-director", "report-awaiting-ivo-manager", "report-awaiting-ivo-quality-developer", "report-awaiting-ivo-reporter" })
        {
            var texts = Texts(Card(name, language));
            Assert.Single(texts, waiting);
            Assert.Contains(texts, x => x.Contains(t.MustBeReportedToIvo, StringComparison.Ordinal));
        }

        var manager = Card("report-awaiting-ivo-manager", language);
        Assert.Empty(Buttons(manager, CardVerbs.CloseDeviation));
        Assert.Contains(t.CloseAfterIvo, Texts(manager));

        // The manager may still change the assessment: the form starts from the one recorded.
        Assert.Contains(Descendants(manager), e => TypeOf(e) == "Action.ShowCard" && e["title"]!.GetValue<string>() == t.ReassessForm);
        Assert.Equal("3", ValueOf(manager, CardKeys.Severity));
        Assert.Equal(ReportFixtures.ImmediateActionsText, ValueOf(manager, CardKeys.ImmediateActions));
        Assert.Equal(nameof(DeviationCategory.Forsummelse), ValueOf(manager, CardKeys.Category));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Orsaker · Bedömning", "Händelsen och dess konsekvenser · Fakta", "Kim Kvist · 11 nov. 2026 15:05")]
    [InlineData(UiLanguage.English, "Orsaker (causes) · Bedömning (assessment)", "Händelsen och dess konsekvenser (the event and its consequences) · Fakta (fact)", "Kim Kvist · 11 Nov 2026 15:05")]
    public void The_quality_developer_investigates_entry_by_entry_as_fact_or_assessment(UiLanguage language, string judgement, string fact, string byline)
    {
        var t = T(language);
        var card = Card("report-investigated-quality-developer", language);
        var texts = Texts(card);

        Assert.Contains(string.Format(t.InvestigationHeading, 3), texts);
        Assert.Contains(judgement, texts);
        Assert.Contains(fact, texts);
        Assert.Contains(byline, texts);
        Assert.Contains("Medicinen gavs 21:00 i stället för 19:00. Ingen bestående skada.", texts);

        var topic = Input(card, CardKeys.InvestigationTopic)!;
        Assert.Equal(Enum.GetNames<InvestigationTopic>(), ChoiceValues(topic));
        Assert.Equal(Enum.GetValues<InvestigationTopic>().Select(t.InvestigationTopicName), ChoiceTitles(topic));
        var isFact = Input(card, CardKeys.InvestigationIsFact)!;
        Assert.Equal("Input.Toggle", TypeOf(isFact));
        Assert.Equal("true", isFact["valueOn"]!.GetValue<string>());
        Assert.Equal("false", isFact["valueOff"]!.GetValue<string>());
        Assert.Single(Buttons(card, CardVerbs.Investigate));
        Assert.Single(Buttons(card, CardVerbs.DeviationAction));
        Assert.Single(Buttons(card, CardVerbs.CloseDeviation));

        // The manager does not investigate; a deputy director has nothing to do once IVO is decided.
        Assert.Empty(Buttons(Card("report-investigated-manager", language), CardVerbs.Investigate));
        Assert.Null(Input(Card("report-investigated-manager", language), CardKeys.InvestigationText));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Ansvarig: Erik Lund · klart senast 15 december 2026 · Ej påbörjad", "Ansvarig: enhetschefen · inget slutdatum · Ej påbörjad")]
    [InlineData(UiLanguage.English, "Owner: Erik Lund · due 15 December 2026 · Ej påbörjad (not started)", "Owner: the enhetschef · no due date · Ej påbörjad (not started)")]
    public void The_reports_actions_show_owner_due_date_and_status_and_the_action_form_offers_the_units_people(UiLanguage language, string first, string second)
    {
        var card = Card("report-investigated-manager", language);
        var texts = Texts(card);

        Assert.Contains(string.Format(T(language).ReportActionsHeading, 2), texts);
        Assert.Contains("• Checklista för överlämning mellan passen", texts);
        Assert.Contains(first, texts);
        Assert.Contains(second, texts);
        Assert.Equal(T(language).ActionSaved, texts[0]);

        var owners = ChoiceValues(Input(card, CardKeys.ActionOwner)!);
        Assert.Equal(ReportFixtures.UnitPeople.Select(p => p.Id).Order(), owners.Order());
        Assert.Equal("Input.Date", TypeOf(Input(card, CardKeys.ActionDue)!));
        Assert.True(Input(card, CardKeys.ActionTitle)!["isRequired"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_history_shows_every_step_with_who_and_when(UiLanguage language)
    {
        var t = T(language);
        var (report, _) = ReportFixtures.Investigated();
        var texts = Texts(Card("report-investigated-manager", language));
        var history = texts.SkipWhile(x => x != t.HistoryHeading).Skip(1).ToList();
        string At(DateTimeOffset instant) => Domain.Time.SwedishTime.ToSwedish(instant).ToString("d MMM yyyy HH:mm", language.Culture());

        Assert.Equal(report.History.Count, history.Count(x => Regex.IsMatch(x, @"^\d+ \w+\.? \d{4} \d\d:\d\d · ")));
        Assert.Contains($"{At(ReportFixtures.FiledAt)} · Anna Andersson · {string.Format(t.HistoryFiled, t.ReportKindName(DeviationKind.Missforhallande))}", history);
        Assert.Contains($"{At(ReportFixtures.AssessedAt)} · Eva Ek · {string.Format(t.HistoryAssessed, t.SeverityName(Severity.Allvarlig))}", history);
        Assert.Contains($"{At(ReportFixtures.AssessedAt.AddHours(20))} · Bo Berg · {string.Format(t.HistoryIvoDecided, t.IvoYes)}", history);
        Assert.Contains($"{At(ReportFixtures.AssessedAt.AddDays(1).AddMinutes(30))} · Kim Kvist · {string.Format(t.HistoryInvestigation, t.InvestigationTopicName(InvestigationTopic.Orsaker))}", history);
        Assert.Contains($"{At(ReportFixtures.AssessedAt.AddDays(1).AddHours(2))} · Eva Ek · {string.Format(t.HistoryAction, "Följ upp överlämningen på APT")}", history);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_closed_report_shows_its_decision_and_takes_nothing_more(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-closed-manager", language);
        var texts = Texts(card);

        Assert.Empty(Inputs(card));
        Assert.Contains(ReportFixtures.ClosingDecisionText, texts);
        Assert.Contains(t.FieldDecision, texts);
        Assert.Contains(t.ReportStatusName(DeviationStatus.Avslutad), texts);
        Assert.Contains(t.IvoReported, texts);
        Assert.Contains(ReportFixtures.IvoMotivationText, texts);
        Assert.All(Buttons(card), b => Assert.Equal(CardVerbs.OpenDeviation, b["verb"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_complaint_is_received_answered_and_closed_without_assessment_or_investigation(UiLanguage language)
    {
        var t = T(language);
        var received = Card("report-complaint-manager", language);
        var answered = Card("report-complaint-answered-manager", language);
        var closed = Card("report-complaint-closed-manager", language);

        Assert.NotNull(Input(received, CardKeys.AnswerText));
        Assert.Single(Buttons(received, CardVerbs.AnswerFeedback));
        Assert.Null(Input(received, CardKeys.Severity));
        Assert.Empty(Buttons(received, CardVerbs.CloseDeviation));
        Assert.DoesNotContain(t.AssessmentHeading, Texts(received));
        Assert.DoesNotContain(string.Format(t.InvestigationHeading, 0), Texts(received));
        Assert.Contains(t.NotAnsweredYet, Texts(received));

        Assert.Contains(ReportFixtures.AnswerText, Texts(answered));
        Assert.Empty(Buttons(answered, CardVerbs.AnswerFeedback));
        Assert.Single(Buttons(answered, CardVerbs.CloseDeviation));
        Assert.Contains(ReportFixtures.AnswerText, Texts(Card("report-complaint-answered-reporter", language)));

        Assert.Empty(Inputs(closed));
        Assert.Contains(t.ReportStatusName(DeviationStatus.Avslutad), Texts(closed));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Someone_from_another_unit_is_refused_and_sees_nothing(UiLanguage language)
    {
        var card = Card("report-other-unit", language);
        var text = AllText(card);

        Assert.Contains(T(language).ReportAccessRefused, Texts(card));
        Assert.Equal(T(language).ReportAccessRefused, Swedish(language) ? "Du har inte behörighet att se den här rapporten." : "You are not allowed to see this report.");
        Assert.DoesNotContain(ReportFixtures.WhatHappened, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFixtures.ImmediateMeasures, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFixtures.Staff.Name, text, StringComparison.Ordinal);
        Assert.Empty(Inputs(card));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void What_the_reporter_wrote_shows_as_written_not_as_Markdown(UiLanguage language)
    {
        var card = Card("report-filed-markdown-manager", language);
        var carrying = Descendants(card).Where(e => TypeOf(e) is "TextBlock" or "TextRun" && e["text"]!.GetValue<string>().Contains("evil.example", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(carrying);
        Assert.All(carrying, e => Assert.Equal("TextRun", TypeOf(e)));
        Assert.Contains(carrying, e => e["text"]!.GetValue<string>() == ReportFixtures.MarkdownWhatHappened);
    }

    // ---- Refusals keep what was typed ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "Texten i 'Vad hände' innehåller ett personnummer eller samordningsnummer. Skriv inte personuppgifter här – hänvisa till ärendet med dess diarienummer. Det du skrev finns kvar så att du kan ändra det.")]
    [InlineData(UiLanguage.English, "The text in 'What happened' contains a personnummer or samordningsnummer (personal identity number). Do not write personal data here – refer to the case by its diarienummer. What you wrote is kept so you can change it.")]
    public void The_filing_card_names_the_field_of_the_problem_and_puts_back_everything_typed(UiLanguage language, string message)
    {
        var card = Card("report-filing-personnummer", language);
        var draft = ReportFixtures.FilingDraftWithPersonnummer;

        // Under "Vad hände", and again just above "Skicka rapporten" where the user pressed; not at the top.
        Assert.Equal(message, T(language).DeviationRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.WhatHappened)));
        Assert.Equal([(message, "attention")], Under(card, CardKeys.WhatHappened));
        Assert.Equal([(T(language).ReportProblemsHeading, "attention"), ("• " + message, "attention")], Above(card, CardVerbs.FileDeviation));
        Assert.DoesNotContain(Texts(card).Take(3), x => x.Contains(message, StringComparison.Ordinal));

        Assert.Equal(draft.WhatHappened, ValueOf(card, CardKeys.WhatHappened));
        Assert.Equal(draft.ReportKind, ValueOf(card, CardKeys.ReportKind));
        Assert.Equal(draft.ReportUnit, ValueOf(card, CardKeys.ReportUnit));
        Assert.Equal(draft.OccurredDate, ValueOf(card, CardKeys.OccurredDate));
        Assert.Equal(draft.OccurredTime, ValueOf(card, CardKeys.OccurredTime));
        Assert.Equal(draft.ImmediateMeasures, ValueOf(card, CardKeys.ImmediateMeasures));
        Assert.Equal(draft.Category, ValueOf(card, CardKeys.Category));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_filing_card_lists_every_problem_and_keeps_even_a_text_too_long(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-filing-many-problems", language);
        var texts = Texts(card);

        var messages = new (string Input, string Message)[]
        {
            (CardKeys.ReportKind, string.Format(t.ProblemChoose, t.FieldKind)),
            (CardKeys.WhatHappened, string.Format(t.ProblemRequired, t.FieldWhatHappened)),
            (CardKeys.OccurredDate, string.Format(t.ProblemInTheFuture, t.FieldOccurredAt)),
            (CardKeys.ImmediateMeasures, string.Format(t.ProblemTooLong, t.FieldImmediateMeasures, FreeText.LongestText)),
        };
        Assert.Equal(messages.Select(m => "• " + m.Message).Prepend(t.ReportProblemsHeading), Above(card, CardVerbs.FileDeviation).Select(x => x.Text));
        Assert.All(messages, m => Assert.Equal([(m.Message, "attention")], Under(card, m.Input)));
        Assert.Equal("2026-11-12", ValueOf(card, CardKeys.OccurredDate));
        Assert.Equal("09:15", ValueOf(card, CardKeys.OccurredTime));
        Assert.Equal(new string('x', FreeText.LongestText + 10), ValueOf(card, CardKeys.ImmediateMeasures));
        Assert.Null(ValueOf(card, CardKeys.ReportKind));
        Assert.Null(ValueOf(card, CardKeys.WhatHappened));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_refused_assessment_comes_back_open_in_place_with_what_was_typed(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-assessment-refused-manager", language);
        var message = t.DeviationRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.ImmediateActions));

        Assert.Equal([(message, "attention")], Under(card, CardKeys.ImmediateActions));
        Assert.Contains(("• " + message, "attention"), Above(card, CardVerbs.AssessDeviation));
        Assert.Contains($"'{t.FieldImmediateActions}'", message, StringComparison.Ordinal);
        Assert.Equal("3", ValueOf(card, CardKeys.Severity));
        Assert.Equal(ReportFixtures.TextWithPersonnummer, ValueOf(card, CardKeys.ImmediateActions));
        Assert.Equal(nameof(DeviationCategory.ValdEllerOvergrepp), ValueOf(card, CardKeys.Category));

        // Open in the card itself (not behind a button), and not required there, so the other forms still work.
        var behind = InputsBehindButtons(card);
        Assert.DoesNotContain(Input(card, CardKeys.ImmediateActions)!, behind);
        Assert.Null(Input(card, CardKeys.ImmediateActions)!["isRequired"]);
        Assert.Null(Input(card, CardKeys.Severity)!["isRequired"]);
        Assert.Contains(Input(card, CardKeys.ActionTitle)!, behind);
        Assert.Single(Buttons(card, CardVerbs.AssessDeviation));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_refused_IVO_decision_comes_back_with_the_choice_and_the_motivation(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-ivo-refused-deputy-director", language);

        Assert.Equal(IvoDecisionValues.Yes, ValueOf(card, CardKeys.IvoDecision));
        Assert.Equal(ReportFixtures.TextWithPersonnummer, ValueOf(card, CardKeys.IvoMotivation));
        var message = t.DeviationRefusal(new Refusal(RefusalReason.ContainsPersonalIdentityNumber, Field.Motivation));
        Assert.Equal([(message, "attention")], Under(card, CardKeys.IvoMotivation));
        Assert.Equal([(message, "attention")], Above(card, CardVerbs.DecideIvo));
        Assert.Empty(InputsBehindButtons(card));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Closing_before_the_IVO_decision_is_refused_and_the_decision_text_is_kept_to_copy(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-close-refused-manager", language);
        var texts = Texts(card);

        Assert.Contains("• " + t.ProblemIvoDecisionMissing, texts);
        Assert.Equal(
            Swedish(language)
                ? "Rapporten kan inte avslutas förrän biträdande socialchef har beslutat om anmälan till IVO."
                : "The report cannot be closed before the biträdande socialchef (deputy director) has decided on reporting to IVO.",
            t.ProblemIvoDecisionMissing);

        // No closing form while the decision is awaited, but what the manager wrote is on the card, as written.
        Assert.Null(Input(card, CardKeys.ClosingDecision));
        Assert.Contains(t.ConflictYoursHeading, texts);
        Assert.Contains(ReportFixtures.ClosingDecisionText, texts);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_refused_investigation_entry_keeps_topic_text_and_fact(UiLanguage language)
    {
        var card = Card("report-investigation-refused-quality-developer", language);

        Assert.Equal(nameof(InvestigationTopic.HarHantTidigare), ValueOf(card, CardKeys.InvestigationTopic));
        Assert.Equal(new string('t', FreeText.LongestText + 1), ValueOf(card, CardKeys.InvestigationText));
        Assert.Equal("true", ValueOf(card, CardKeys.InvestigationIsFact));
        Assert.Contains("• " + T(language).DeviationRefusal(new Refusal(RefusalReason.TooLong, Field.Investigation)), Texts(card));
    }

    // ---- Filing from a phone ----

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_filing_card_asks_little_and_checks_the_required_fields_in_the_card(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-filing", language);
        var texts = Texts(card);

        var kind = Input(card, CardKeys.ReportKind)!;
        Assert.Equal(Enum.GetNames<DeviationKind>(), ChoiceValues(kind));
        Assert.Equal(
            Swedish(language)
                ? ["Avvikelse", "Lex Sarah – missförhållande", "Lex Sarah – påtaglig risk för missförhållande", "Synpunkt", "Klagomål", "Beröm"]
                : new[] { "Avvikelse (deviation)", "Lex Sarah – missförhållande (irregularity)", "Lex Sarah – påtaglig risk för missförhållande (evident risk of an irregularity)", "Synpunkt (view)", "Klagomål (complaint)", "Beröm (praise)" },
            ChoiceTitles(kind));
        Assert.Equal("expanded", kind["style"]!.GetValue<string>());

        foreach (var required in new[] { CardKeys.ReportKind, CardKeys.WhatHappened, CardKeys.OccurredDate, CardKeys.ReportUnit })
        {
            var input = Input(card, required)!;
            Assert.True(input["isRequired"]?.GetValue<bool>() == true, $"{required} is not required.");
            Assert.False(string.IsNullOrWhiteSpace(input["errorMessage"]?.GetValue<string>()), $"{required} has no error message.");
        }

        foreach (var optional in new[] { CardKeys.OccurredTime, CardKeys.ImmediateMeasures, CardKeys.Category })
        {
            Assert.Null(Input(card, optional)!["isRequired"]);
        }

        Assert.Equal("Input.Time", TypeOf(Input(card, CardKeys.OccurredTime)!));
        Assert.Equal("2026-11-10", ValueOf(card, CardKeys.OccurredDate));
        Assert.Equal("2026-11-10", Input(card, CardKeys.OccurredDate)!["max"]!.GetValue<string>());
        Assert.Equal(ReportFixtures.Unit.Id, ValueOf(card, CardKeys.ReportUnit));
        Assert.Null(ValueOf(card, CardKeys.ReportKind));
        Assert.Equal(t.CategoryLabel, Input(card, CardKeys.Category)!["label"]!.GetValue<string>());
        Assert.Equal(Enum.GetNames<DeviationCategory>(), ChoiceValues(Input(card, CardKeys.Category)!));
        Assert.Contains(t.ReportPrivacyHint, texts);
        Assert.Contains(t.ReportLexSarahAtOnce, texts);
        Assert.Contains(Swedish(language) ? "genast" : "at once", t.ReportLexSarahAtOnce, StringComparison.Ordinal);

        var send = Assert.Single(Buttons(card));
        Assert.Equal(CardVerbs.FileDeviation, send["verb"]!.GetValue<string>());
        Assert.Equal(t.SendReport, send["title"]!.GetValue<string>());
        Assert.Equal(Swedish(language) ? "Skicka rapporten" : "Send the report", t.SendReport);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void With_several_units_the_reporter_chooses_and_with_none_cannot_file(UiLanguage language)
    {
        var several = Card("report-filing-several-units", language);
        var none = Card("report-filing-no-units", language);

        Assert.Equal(new[] { ReportFixtures.Unit.Id, ReportFixtures.OtherUnit.Id }, ChoiceValues(Input(several, CardKeys.ReportUnit)!));
        Assert.Null(ValueOf(several, CardKeys.ReportUnit));
        Assert.Empty(Inputs(none));
        Assert.Contains(T(language).ReportNoUnits, Texts(none));
        Assert.Empty(Buttons(none, CardVerbs.FileDeviation));
    }

    // ---- The receipt and the reporter's list ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "report-receipt", "AV-2026-0042", "Typ: Avvikelse", "Status: Inkommen")]
    [InlineData(UiLanguage.English, "report-receipt", "AV-2026-0042", "Kind: Avvikelse (deviation)", "Status: Inkommen (received)")]
    [InlineData(UiLanguage.Swedish, "report-receipt-lex-sarah", "LS-2026-0007", "Typ: Lex Sarah – påtaglig risk för missförhållande", "Status: Inkommen")]
    [InlineData(UiLanguage.Swedish, "report-receipt-complaint", "SK-2026-0012", "Typ: Klagomål", "Status: Inkommen")]
    public void The_receipt_gives_the_reference_to_refer_to_the_report_by(UiLanguage language, string name, string reference, string kind, string status)
    {
        var t = T(language);
        var card = Card(name, language);
        var texts = Texts(card);

        Assert.Equal(t.ReceiptTitle, texts[0]);
        Assert.Equal(reference, texts[1]);
        Assert.Contains($"{t.ReferenceLabel}: {reference}", texts);
        Assert.Contains(kind, texts);
        Assert.Contains(status, texts);
        Assert.Contains($"{t.FieldUnit}: Hemtjänst Norra", texts);
        Assert.Contains(Swedish(language) ? "Inkommen: 10 nov. 2026 14:05" : "Filed: 10 Nov 2026 14:05", texts);
        Assert.Contains(t.ReceiptFollowHint, texts);
        Assert.Contains(name.EndsWith("lex-sarah", StringComparison.Ordinal) ? t.ReceiptToldLexSarah : t.ReceiptToldManager, texts);
        Assert.Single(Buttons(card, CardVerbs.MyDeviations));
        Assert.Equal(reference, DataOf(Assert.Single(Buttons(card, CardVerbs.OpenDeviation)))[CardKeys.Reference]!.GetValue<string>());
        Assert.DoesNotContain(ReportFixtures.WhatHappened, AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lex_Sarah_receipt_says_who_has_been_told() =>
        Assert.Equal(
            "Enhetschefen, verksamhetsutvecklarna och biträdande socialchef har fått veta att rapporten har kommit in.",
            Texts(Card("report-receipt-lex-sarah", UiLanguage.Swedish)).Single(x => x.StartsWith("Enhetschefen", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Languages))]
    public void My_reports_are_listed_newest_first_with_a_button_each(UiLanguage language)
    {
        var t = T(language);
        var card = Card("my-reports", language);
        var shown = Buttons(card, CardVerbs.OpenDeviation).Select(b => DataOf(b)[CardKeys.Reference]!.GetValue<string>()).ToList();

        Assert.Equal(new[] { "SK-2026-0044", "SK-2026-0012", "LS-2026-0007", "AV-2026-0040", "LS-2026-0003" }, shown);
        Assert.All(Buttons(card, CardVerbs.OpenDeviation), b => Assert.Equal(t.ShowReport, b["title"]!.GetValue<string>()));
        var texts = Texts(card);
        Assert.Contains($"LS-2026-0007 · {t.ReportKindName(DeviationKind.Missforhallande)}", texts);
        Assert.Contains(Swedish(language) ? "Hemtjänst Norra · 10 november 2026" : "Hemtjänst Norra · 10 November 2026", texts);
        Assert.Contains(t.ReportStatusName(DeviationStatus.Avslutad), texts);
        Assert.Contains(t.ReportStatusName(DeviationStatus.Besvarad), texts);
        Assert.Contains(string.Format(t.MyReportsMany, 5), texts);
        Assert.DoesNotContain(ReportFixtures.WhatHappened, AllText(card), StringComparison.Ordinal);

        var empty = Card("my-reports-empty", language);
        Assert.Contains(t.MyReportsEmpty, Texts(empty));
        Assert.Single(Buttons(empty, CardVerbs.DeviationForm));

        var many = Card("my-reports-many", language);
        Assert.Equal(MyDeviationsCard.MostShown, Buttons(many, CardVerbs.OpenDeviation).Count);
        Assert.Contains(string.Format(t.MyReportsHidden, 55 - MyDeviationsCard.MostShown), Texts(many));
    }

    // ---- The IVO nudge ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "ivo-nudge", "Beslut om IVO-anmälan saknas – bedömd för 2 dagar 3 timmar sedan", "Påminnelse: nr 1", "Bedömd allvarlig – ska anmälas till IVO")]
    [InlineData(UiLanguage.Swedish, "ivo-nudge-escalated", "Beslut om IVO-anmälan saknas – bedömd för 5 dagar 3 timmar sedan", "Påminnelse: nr 4", "Bedömd katastrofal – ska anmälas till IVO")]
    [InlineData(UiLanguage.Swedish, "ivo-nudge-within-the-hour", "Beslut om IVO-anmälan saknas – bedömd för 45 minuter sedan", "Påminnelse: nr 1", "Bedömd allvarlig – ska anmälas till IVO")]
    [InlineData(UiLanguage.English, "ivo-nudge", "No decision on reporting to IVO – assessed 2 days 3 hours ago", "Reminder: no. 1", "Assessed allvarlig (serious) – ska anmälas till IVO (must be reported to IVO)")]
    public void The_IVO_nudge_says_how_long_the_decision_has_waited_and_that_the_law_says_snarast(UiLanguage language, string name, string waited, string reminder, string assessed)
    {
        var t = T(language);
        var card = Card(name, language);
        var texts = Texts(card);

        Assert.Contains(waited, texts);
        Assert.Contains(reminder, texts);
        Assert.Contains(assessed, texts);
        Assert.Contains($"{t.ReferenceLabel}: LS-2026-0007", texts);
        Assert.Contains($"{t.FieldUnit}: Hemtjänst Norra", texts);
        Assert.Contains(texts, x => x.Contains("snarast", StringComparison.Ordinal));
        Assert.Equal(name == "ivo-nudge-escalated" ? t.IvoNudgeEscalatedTitle : t.IvoNudgeTitle, texts[0]);
        Assert.Equal(name == "ivo-nudge-escalated", texts.Contains(t.IvoNudgeEscalatedNote));
        Assert.Equal("LS-2026-0007", DataOf(Assert.Single(Buttons(card, CardVerbs.OpenDeviation)))[CardKeys.Reference]!.GetValue<string>());
        Assert.True(texts.Count <= 12, $"A nudge should be short; this one has {texts.Count} texts.");
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Beslut om IVO-anmälan saknas – bedömd nyss")]
    [InlineData(UiLanguage.English, "No decision on reporting to IVO – assessed just now")]
    public void The_notice_at_the_assessment_itself_is_not_called_a_reminder_and_says_it_was_just_now(UiLanguage language, string waited)
    {
        var t = T(language);
        var texts = Texts(Card("ivo-nudge-at-assessment", language));

        Assert.DoesNotContain(texts, x => x.StartsWith(t.ReminderLabel + ":", StringComparison.Ordinal));
        Assert.Contains(waited, texts);
        Assert.DoesNotContain(texts, x => Regex.IsMatch(x, @"\b0 min"));
        Assert.Contains(texts, x => x.Contains("snarast", StringComparison.Ordinal));
    }

    // ---- Statistics ----

    [Theory]
    [InlineData(UiLanguage.Swedish, "Totalt: 7", "T1 2026 (Januari–april): 1", "Hemtjänst Norra: 6", "IFO Barn och unga: 1", "Avvikelse: 3", "Lex Sarah – missförhållande: 2", "Försummelse: 2", "3 – Allvarlig: 2", "Inte bedömda: 3", "Utan kategori: 1")]
    [InlineData(UiLanguage.English, "Total: 7", "T1 2026 (January–April): 1", "Hemtjänst Norra: 6", "Avvikelse (deviation): 3", "Försummelse (neglect): 2", "3 – Allvarlig (serious): 2", "Not assessed: 3", "Without category: 1")]
    public void The_statistics_count_per_tertial_unit_kind_category_and_severity(UiLanguage language, params string[] expected)
    {
        var texts = Texts(Card("report-statistics", language));

        Assert.All(expected, fact => Assert.Contains(fact, texts));
        Assert.DoesNotContain(ReportFixtures.WhatHappened, string.Join("\n", texts), StringComparison.Ordinal);
        Assert.Contains(T(language).StatisticsEmpty, Texts(Card("report-statistics-empty", language)));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Totalt: 2", "T3 2026 (September–december): 2", "Hemtjänst Norra: 2", "Avvikelse: 1", "Lex Sarah – missförhållande: 1", "Försummelse: 1", "Utan kategori: 1", "3 – Allvarlig: 1", "Inte bedömda: 1")]
    [InlineData(UiLanguage.English, "Total: 2", "T3 2026 (September–December): 2", "Hemtjänst Norra: 2", "Avvikelse (deviation): 1", "Lex Sarah – missförhållande (irregularity): 1", "Försummelse (neglect): 1", "Without category: 1", "3 – Allvarlig (serious): 1", "Not assessed: 1")]
    public void Statistics_of_two_reports_show_only_the_rows_that_count_something(UiLanguage language, params string[] expected)
    {
        var texts = Texts(Card("report-statistics-two", language));
        var rows = texts.Where(x => Regex.IsMatch(x, @": \d+$")).ToList();

        // The phone screenshot had about thirty rows for two reports, most of them zeros.
        Assert.Equal(expected.Order(), rows.Order());
        Assert.DoesNotContain(texts, x => x.EndsWith(": 0", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_statistics_section_with_nothing_to_count_says_inga(UiLanguage language)
    {
        var t = T(language);
        var texts = Texts(Card("report-statistics-feedback-only", language));

        // Views, complaints and praise have no category and no severity: those two sections say "Inga".
        Assert.Equal(2, texts.Count(x => x == t.StatisticsSectionNone));
        Assert.Equal(t.StatisticsSectionNone, texts[texts.IndexOf(t.PerCategoryHeading) + 1]);
        Assert.Equal(t.StatisticsSectionNone, texts[texts.IndexOf(t.PerSeverityHeading) + 1]);
        Assert.DoesNotContain(texts, x => x.EndsWith(": 0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Rapporter kalenderåret 2026", "Rapportstatistik kalenderåret 2026", "Rapporter T1 2027")]
    [InlineData(UiLanguage.English, "Reports – calendar year 2026", "Report statistics – calendar year 2026", "Reports – T1 2027")]
    public void The_statistics_title_says_it_counts_the_calendar_year_not_the_wheels(UiLanguage language, string title, string fallback, string tertialTitle)
    {
        var card = Card("report-statistics", language);

        // In November 2026 the wheel's year is 2027: a bare "2026" beside it reads as a mistake.
        Assert.Equal(title, Texts(card)[0]);
        Assert.Equal(fallback, card["fallbackText"]!.GetValue<string>());
        Assert.Equal(tertialTitle, Texts(Card("report-statistics-empty", language))[0]);
    }

    // ---- Long records stay small ----

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_long_investigation_shows_the_newest_and_says_the_rest_are_kept(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-long-investigation-quality-developer", language);
        var texts = Texts(card);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) < 80 * 1024);
        Assert.Contains(texts, x => x.StartsWith("40: ", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, x => x.StartsWith("1: ", StringComparison.Ordinal));
        var hidden = Regex.Match(string.Join("\n", texts), string.Join("(?<n>\\d+)", t.InvestigationHidden.Split("{0}").Select(Regex.Escape)));
        Assert.True(hidden.Success, "The card does not say that earlier investigation entries are not shown.");
        Assert.Equal(40, texts.Count(x => Regex.IsMatch(x, @"^\d+: ")) + int.Parse(hidden.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(texts, x => Regex.IsMatch(x, string.Join(@"\d+", t.HistoryHidden.Split("{0}").Select(Regex.Escape))));
        Assert.Contains(texts, x => Regex.IsMatch(x, string.Join(@"\d+", t.ReportActionsHidden.Split("{0}").Select(Regex.Escape))));
        Assert.True(texts.Count(x => x.StartsWith("• Åtgärd ", StringComparison.Ordinal)) is > 0 and <= DeviationDetailCard.MostActions);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Even_a_record_of_every_text_at_its_longest_with_a_draft_of_every_form_fits_and_keeps_the_start_of_each_text(UiLanguage language)
    {
        var t = T(language);
        var card = Card("report-worst-case-manager", language);
        var texts = Texts(card);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) < 80 * 1024);
        Assert.Equal(t.ActionSaved, texts[0]);
        Assert.Contains((t.DeviationRefusal(new Refusal(RefusalReason.TooLong, Field.Decision)), "attention"), Under(card, CardKeys.ClosingDecision));
        Assert.Contains(texts, x => x.StartsWith("ööööö", StringComparison.Ordinal));
        Assert.Contains(texts, x => x.StartsWith("40: ääää", StringComparison.Ordinal));
        Assert.Contains(string.Format(t.HistoryHeading), texts);

        // The forms the manager has are open with the start of what was typed; the rest is shown unsaved.
        Assert.StartsWith("éééé", ValueOf(card, CardKeys.ActionTitle), StringComparison.Ordinal);
        Assert.StartsWith("éééé", ValueOf(card, CardKeys.ClosingDecision), StringComparison.Ordinal);
        Assert.Contains(t.ConflictYoursHeading, texts);
        Assert.Equal(4, texts.Count(x => x.StartsWith("éééé", StringComparison.Ordinal)));
    }

    // ---- Across the report cards ----

    public static TheoryData<string> ReportCardNames()
    {
        var data = new TheoryData<string>();
        foreach (var card in BotCardCatalogue.All.Where(c => IsReportCard(c.Name)))
        {
            data.Add(card.Name);
        }

        return data;
    }

    private static bool IsReportCard(string name) => Regex.IsMatch(name, "^(report|my-reports|ivo-nudge|risks)");

    [Fact]
    public void The_catalogue_has_every_report_card_in_both_languages()
    {
        var names = BotCardCatalogue.All.Select(c => c.Name).Where(IsReportCard).ToList();

        Assert.True(names.Count >= 90, $"Only {names.Count} report cards in the catalogue.");
        Assert.Equal(names.Count(n => n.EndsWith("/sv", StringComparison.Ordinal)), names.Count(n => n.EndsWith("/en", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ReportCardNames))]
    public void Every_report_button_carries_a_reference_that_parses(string name)
    {
        foreach (var button in Buttons(BotCardCatalogue.Get(name).Json).Where(b => ReportVerbs.Contains(b["verb"]!.GetValue<string>())))
        {
            var reference = DataOf(button)[CardKeys.Reference]?.GetValue<string>();
            Assert.True(DeviationReference.TryParse(reference, out var parsed) && parsed.ToString() == reference, $"\"{name}\": button \"{button["title"]}\" carries reference \"{reference}\".");
        }
    }

    [Theory]
    [MemberData(nameof(ReportCardNames))]
    public void Every_input_has_one_of_the_keys_the_handlers_read(string name)
    {
        var keys = typeof(CardKeys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        Assert.All(Inputs(BotCardCatalogue.Get(name).Json), input => Assert.Contains(input["id"]!.GetValue<string>(), keys));
    }

    [Theory]
    [MemberData(nameof(ReportCardNames))]
    public void Every_form_button_sends_the_inputs_and_each_form_has_its_own_button(string name)
    {
        var card = BotCardCatalogue.Get(name).Json;
        foreach (var verb in FormVerbs)
        {
            var buttons = Buttons(card, verb);
            Assert.True(buttons.Count <= 1, $"\"{name}\" has {buttons.Count} buttons for {verb}.");
            Assert.All(buttons, b => Assert.Null(b["associatedInputs"]));
        }
    }

    [Theory]
    [MemberData(nameof(ReportCardNames))]
    public void English_cards_use_English_UI_text_while_the_domain_words_stay_Swedish(string name)
    {
        if (!name.EndsWith("/en", StringComparison.Ordinal))
        {
            return;
        }

        var english = Texts(BotCardCatalogue.Get(name).Json);
        var swedishOnly = StopCardTests.SwedishOnlyUiTexts();
        var leaked = english.Where(text => swedishOnly.Any(sv => text.Contains(sv, StringComparison.Ordinal))).ToList();

        Assert.True(leaked.Count == 0, $"\"{name}\" shows Swedish UI text in English: {string.Join(" | ", leaked)}");
    }

    [Theory]
    [InlineData("report-filing")]
    [InlineData("report-investigated-manager")]
    [InlineData("risks-manager")]
    [InlineData("ivo-nudge")]
    public void The_check_for_Swedish_UI_text_catches_a_Swedish_report_card(string name)
    {
        var swedish = Texts(Card(name, UiLanguage.Swedish));
        var swedishOnly = StopCardTests.SwedishOnlyUiTexts();

        Assert.Contains(swedish, text => swedishOnly.Any(sv => text.Contains(sv, StringComparison.Ordinal)));
    }

    // ---- The texts ----

    /// <summary>The fields the deviation and risk cards have, each where a refusal may name it.</summary>
    private static readonly Field[] CardFields =
    [
        Field.Kind, Field.Unit, Field.WhatHappened, Field.OccurredAt, Field.ImmediateMeasures, Field.Severity, Field.ImmediateActions,
        Field.Motivation, Field.Investigation, Field.ActionTitle, Field.Decision, Field.Answer, Field.Category, Field.ActionOwner,
        Field.Process, Field.Description, Field.Probability, Field.Consequence,
    ];

    /// <summary>The label each field has on the deviation and risk cards: what a refusal about it quotes.</summary>
    private static string Label(UiTexts t, Field field) => field switch
    {
        Field.Kind => t.FieldKind,
        Field.Unit => t.FieldUnit,
        Field.WhatHappened => t.FieldWhatHappened,
        Field.OccurredAt => t.FieldOccurredAt,
        Field.ImmediateMeasures => t.FieldImmediateMeasures,
        Field.Severity => t.FieldSeverity,
        Field.ImmediateActions => t.FieldImmediateActions,
        Field.Motivation => t.FieldMotivation,
        Field.Investigation => t.FieldInvestigation,
        Field.ActionTitle => t.FieldActionTitle,
        Field.Decision => t.FieldDecision,
        Field.Answer => t.FieldAnswer,
        Field.Category => t.CategoryFactLabel,
        Field.ActionOwner => t.FieldActionOwner,
        Field.Process => t.FieldRiskProcess,
        Field.Description => t.FieldRiskDescription,
        Field.Probability => t.RiskProbabilityLabel,
        Field.Consequence => t.RiskConsequenceLabel,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field of the deviation and risk cards."),
    };

    /// <summary>The reasons the deviation and risk rules refuse with.</summary>
    private static readonly RefusalReason[] CardReasons =
    [
        RefusalReason.Required, RefusalReason.InTheFuture, RefusalReason.ContainsPersonalIdentityNumber, RefusalReason.TooLong, RefusalReason.NotAllowed,
        RefusalReason.WrongState, RefusalReason.IvoDecisionMissing, RefusalReason.UnknownChoice, RefusalReason.NotInUnit,
    ];

    [Fact]
    public void Every_problem_with_every_field_has_a_clear_message_in_both_languages()
    {
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var t = T(language);
            foreach (var field in CardFields)
            {
                foreach (var reason in CardReasons)
                {
                    var refusal = new Refusal(reason, field);
                    foreach (var message in new[] { t.DeviationRefusal(refusal), t.RiskRefusal(refusal) })
                    {
                        Assert.False(string.IsNullOrWhiteSpace(message));
                        Assert.NotEqual(t.SomethingWentWrong, message);
                        Assert.DoesNotContain("{", message, StringComparison.Ordinal);
                    }

                    if (reason is RefusalReason.Required or RefusalReason.ContainsPersonalIdentityNumber or RefusalReason.TooLong or RefusalReason.InTheFuture
                        or RefusalReason.UnknownChoice or RefusalReason.NotInUnit)
                    {
                        Assert.Contains($"'{Label(t, field)}'", t.DeviationRefusal(refusal), StringComparison.Ordinal);
                    }
                }

                // Each field the cards have is placed under its input.
                Assert.NotNull(DeviationDraft.InputOf(field) ?? RiskDraft.InputOf(field));
            }

            // Each rule that can refuse a person says which role may, in its own words.
            var notAllowed = new[] { Field.Severity, Field.Motivation, Field.Investigation, Field.ActionTitle, Field.Answer, Field.Decision }
                .Select(f => t.DeviationRefusal(new Refusal(RefusalReason.NotAllowed, f))).ToList();
            Assert.Equal(notAllowed.Count, notAllowed.Distinct().Count());
            var wrongState = new[] { Field.Severity, Field.Motivation, Field.Investigation, Field.ActionTitle, Field.Answer, Field.Decision }
                .Select(f => t.DeviationRefusal(new Refusal(RefusalReason.WrongState, f))).ToList();
            Assert.Equal(wrongState.Count, wrongState.Distinct().Count());
        }

        Assert.Equal(
            "Bara biträdande socialchef beslutar om anmälan till IVO.",
            T(UiLanguage.Swedish).DeviationRefusal(new Refusal(RefusalReason.NotAllowed, Field.Motivation)));
        Assert.Contains("4000", T(UiLanguage.English).DeviationRefusal(new Refusal(RefusalReason.TooLong, Field.WhatHappened)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, Severity.Mindre, "1 – Mindre")]
    [InlineData(UiLanguage.Swedish, Severity.Mattlig, "2 – Måttlig")]
    [InlineData(UiLanguage.Swedish, Severity.Allvarlig, "3 – Allvarlig")]
    [InlineData(UiLanguage.Swedish, Severity.Katastrofal, "4 – Katastrofal")]
    [InlineData(UiLanguage.English, Severity.Katastrofal, "4 – Katastrofal (catastrophic)")]
    public void Severities_are_named_as_in_the_matrix(UiLanguage language, Severity severity, string expected) =>
        Assert.Equal(expected, T(language).SeverityName(severity));

    [Fact]
    public void Every_label_of_the_domain_exists_and_is_distinct_in_both_languages()
    {
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var t = T(language);
            AssertDistinct(Enum.GetValues<DeviationKind>().Select(t.ReportKindName));
            AssertDistinct(Enum.GetValues<DeviationCategory>().Select(t.CategoryName));
            AssertDistinct(Enum.GetValues<Severity>().Select(t.SeverityName));
            AssertDistinct(Enum.GetValues<DeviationStatus>().Select(t.ReportStatusName));
            AssertDistinct(Enum.GetValues<InvestigationTopic>().Select(t.InvestigationTopicName));
            AssertDistinct(Enum.GetValues<RiskLevel>().Select(t.RiskLevelName));
            AssertDistinct(Enum.GetValues<Probability>().Select(t.ProbabilityName));
            AssertDistinct(Enum.GetValues<Consequence>().Select(t.ConsequenceName));
            AssertDistinct(CardFields.Select(f => Label(t, f)));
        }

        Assert.Equal(
            ["Brister i handläggning", "Brister i verkställighet", "Brister i bemötande", "Försummelse", "Ekonomiska oegentligheter", "Våld eller övergrepp", "Annan form"],
            Enum.GetValues<DeviationCategory>().Select(T(UiLanguage.Swedish).CategoryName));

        static void AssertDistinct(IEnumerable<string> labels)
        {
            var list = labels.ToList();
            Assert.All(list, label => Assert.False(string.IsNullOrWhiteSpace(label) || Regex.IsMatch(label, "[a-zåäö][A-Z]"), $"\"{label}\" looks like an enum name."));
            Assert.Equal(list.Count, list.Distinct().Count());
        }
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, 0, 0, "nyss")]
    [InlineData(UiLanguage.English, 0, 0, "just now")]
    [InlineData(UiLanguage.Swedish, 0, 1, "1 minut")]
    [InlineData(UiLanguage.English, 0, 1, "1 minute")]
    [InlineData(UiLanguage.Swedish, 0, 45, "45 minuter")]
    [InlineData(UiLanguage.English, 0, 59, "59 minutes")]
    [InlineData(UiLanguage.Swedish, 0, 60, "1 timme")]
    [InlineData(UiLanguage.Swedish, 1, 0, "1 dag")]
    [InlineData(UiLanguage.Swedish, 2, 180, "2 dagar 3 timmar")]
    [InlineData(UiLanguage.English, 1, 60, "1 day 1 hour")]
    [InlineData(UiLanguage.English, 0, 300, "5 hours")]
    public void Elapsed_time_reads_in_days_and_hours(UiLanguage language, int days, int minutes, string expected) =>
        Assert.Equal(expected, T(language).Elapsed(TimeSpan.FromDays(days) + TimeSpan.FromMinutes(minutes)));

    // ---- Reading what the cards send ----

    [Fact]
    public void A_filing_is_read_from_the_cards_inputs_on_the_Swedish_clock()
    {
        var data = new JsonObject
        {
            [CardKeys.ReportKind] = "PatagligRiskForMissforhallande",
            [CardKeys.ReportUnit] = ReportFixtures.Unit.Id,
            [CardKeys.WhatHappened] = ReportFixtures.WhatHappened,
            [CardKeys.OccurredDate] = "2026-07-01",
            [CardKeys.OccurredTime] = "18:30",
            [CardKeys.ImmediateMeasures] = "",
            [CardKeys.Category] = "ValdEllerOvergrepp",
        };
        var filing = DeviationDraft.FromInputs(data).ToFiling();

        Assert.Equal(DeviationKind.PatagligRiskForMissforhallande, filing.Kind);
        Assert.Equal(ReportFixtures.Unit.Id, filing.UnitId);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 16, 30, 0, TimeSpan.Zero), filing.OccurredAt);
        Assert.Null(filing.ImmediateMeasures);
        Assert.Equal(DeviationCategory.ValdEllerOvergrepp, filing.Category);
        Assert.Empty(DeviationReport.Check(filing, ReportFixtures.FiledAt));

        // Without a time, the start of that day in Sweden (winter time).
        Assert.Equal(new DateTimeOffset(2026, 11, 8, 23, 0, 0, TimeSpan.Zero), DeviationInputs.OccurredAt("2026-11-09", null));

        // What the card cannot have sent is not guessed at: the domain names the field (a category that is none of the
        // categories stays one, so it is refused rather than dropped).
        var forged = new DeviationDraft { ReportKind = "1", WhatHappened = "x", ReportUnit = "u", OccurredDate = "9/11/2026", Category = "Okänd" }.ToFiling();
        Assert.Null(forged.Kind);
        Assert.Null(forged.OccurredAt);
        Assert.False(Enum.IsDefined(forged.Category!.Value));
        Assert.Equal(
            new[] { new Refusal(RefusalReason.Required, Field.Kind), new Refusal(RefusalReason.UnknownChoice, Field.Category), new Refusal(RefusalReason.Required, Field.OccurredAt) },
            DeviationReport.Check(forged, ReportFixtures.FiledAt));
    }

    [Theory]
    [InlineData("1", Severity.Mindre)]
    [InlineData("4", Severity.Katastrofal)]
    [InlineData("0", null)]
    [InlineData("5", null)]
    [InlineData("Allvarlig", null)]
    [InlineData(" 3", null)]
    [InlineData(null, null)]
    public void A_severity_is_one_of_the_four_levels(string? value, Severity? expected) =>
        Assert.Equal(expected, DeviationInputs.Severity(value));

    [Fact]
    public void The_forms_inputs_are_read_as_the_cards_send_them()
    {
        var draft = DeviationDraft.FromInputs(new JsonObject
        {
            [CardKeys.Reference] = "LS-2026-0007",
            [CardKeys.IvoDecision] = IvoDecisionValues.No,
            [CardKeys.IvoMotivation] = ReportFixtures.IvoMotivationText,
            [CardKeys.InvestigationTopic] = nameof(InvestigationTopic.KanHandaIgen),
            [CardKeys.InvestigationIsFact] = "true",
            [CardKeys.ActionDue] = "2027-01-31",
        });

        Assert.False(DeviationInputs.IvoDecision(draft.IvoDecision));
        Assert.Equal(ReportFixtures.IvoMotivationText, draft.IvoMotivation);
        Assert.Equal(InvestigationTopic.KanHandaIgen, DeviationInputs.Topic(draft.InvestigationTopic));
        Assert.True(DeviationInputs.IsFact(draft.InvestigationIsFact));
        Assert.Equal(new DateOnly(2027, 1, 31), CardInputs.Date(draft.ActionDue));
        Assert.Null(DeviationInputs.IvoDecision("kanske"));

        var risk = RiskDraft.FromInputs(new JsonObject { [CardKeys.RiskProbability] = "2", [CardKeys.RiskConsequence] = "4", [CardKeys.RiskProcess] = "Utredning" });
        Assert.Equal(Probability.Liten, risk.ChosenProbability);
        Assert.Equal(Consequence.Hog, risk.ChosenConsequence);
        Assert.Equal("Utredning", risk.Process);
    }

    [Fact]
    public void The_forms_values_are_what_the_use_cases_are_given()
    {
        var draft = DeviationDraft.FromInputs(new JsonObject
        {
            [CardKeys.Severity] = "3",
            [CardKeys.Category] = "99",
            [CardKeys.IvoDecision] = IvoDecisionValues.Yes,
            [CardKeys.InvestigationIsFact] = "false",
            [CardKeys.ActionDue] = "31/01/2027",
        });

        Assert.Equal(Severity.Allvarlig, draft.ChosenSeverity);
        Assert.False(Enum.IsDefined(draft.ChosenCategory!.Value));
        Assert.True(draft.ChosenIvoDecision);
        Assert.False(draft.ChosenIsFact);
        Assert.Equal(InvestigationTopic.HandelseOchKonsekvenser, draft.ChosenTopic);
        Assert.Null(draft.ChosenActionDue);
        Assert.True(draft.ActionDueUnreadable);

        var empty = new DeviationDraft();
        Assert.Equal((null, null, null, false), (empty.ChosenSeverity, empty.ChosenCategory, empty.ChosenIvoDecision, empty.ActionDueUnreadable));
    }
}
