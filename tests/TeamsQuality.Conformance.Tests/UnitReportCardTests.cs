using System.Text.Json.Nodes;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Risks;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Conformance.Tests.Infrastructure.CardReading;
using UiTexts = TeamsQuality.Cards.Texts;

namespace TeamsQuality.Conformance.Tests;

/// <summary>
/// What people notice on the cards of the unit's open reports and the manager's substitute: each open report in a row
/// with its wait and a button but none of its content, a page at a time with a way on, the substitute's refusals next
/// to their fields with what was chosen kept, and notices and channel cards that carry nothing of any report.
/// </summary>
public sealed class UnitReportCardTests
{
    public static TheoryData<UiLanguage> Languages => new() { UiLanguage.Swedish, UiLanguage.English };

    private static JsonObject Card(string name, UiLanguage language) => BotCardCatalogue.Get($"{name}/{BotCardCatalogue.Suffix(language)}").Json;

    private static UiTexts T(UiLanguage language) => UiTexts.For(language);

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_unit_list_shows_each_open_report_with_its_wait_and_a_button_and_nothing_of_its_content(UiLanguage language)
    {
        var t = T(language);
        var card = Card("unit-reports-manager", language);
        var text = AllText(card);
        var open = ReportFixtures.OpenOfUnit();

        Assert.Equal(open.Select(r => r.Reference.ToString()), Buttons(card, CardVerbs.OpenDeviation).Select(b => DataOf(b)[CardKeys.Reference]!.GetValue<string>()));
        Assert.Contains(t.Waited(DeviationWait.Assessment, ReportFixtures.Now - open[0].FiledAt), text, StringComparison.Ordinal);
        Assert.Contains(t.Waited(DeviationWait.Answer, ReportFixtures.Now - open[1].FiledAt), text, StringComparison.Ordinal);
        Assert.Contains(t.Waited(DeviationWait.IvoDecision, ReportFixtures.Now - ReportFixtures.AssessedAt), text, StringComparison.Ordinal);
        Assert.Contains(t.ReportStatusName(DeviationStatus.UnderUtredning), text, StringComparison.Ordinal);
        Assert.Contains(string.Format(language.Culture(), t.UnitReportsMany, 4), text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFixtures.WhatHappened, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFixtures.ImmediateActionsText, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportFixtures.Staff.Name, text, StringComparison.Ordinal);

        // The manager names the substitute from here; the substitute's own list says who stands in, and has no such button.
        Assert.Single(Buttons(card, CardVerbs.SubstituteForm));
        var substitute = Card("unit-reports-substitute-on", language);
        Assert.Empty(Buttons(substitute, CardVerbs.SubstituteForm));
        Assert.Contains(ReportFixtures.OtherStaff.Name, AllText(substitute), StringComparison.Ordinal);
        Assert.Contains(T(language).UnitReportsNone, Texts(Card("unit-reports-empty", language)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_long_list_shows_one_page_says_which_and_leads_to_the_older_and_newer(UiLanguage language)
    {
        var t = T(language);
        var culture = language.Culture();
        var total = ReportFixtures.ManyReports().Count;
        var first = Card("unit-reports-first-page", language);
        var middle = Card("unit-reports-middle-page", language);

        Assert.Equal(UnitDeviationsCard.PageSize, Buttons(first, CardVerbs.OpenDeviation).Count);
        Assert.Contains(string.Format(culture, t.UnitReportsShowing, 1, 15, total), Texts(first));
        Assert.Contains(string.Format(culture, t.UnitReportsShowing, 16, 30, total), Texts(middle));
        Assert.Equal(["15"], PageButtons(first, t.UnitReportsOlder));
        Assert.Empty(PageButtons(first, t.UnitReportsNewer));
        Assert.Equal(["30"], PageButtons(middle, t.UnitReportsOlder));
        Assert.Equal(["0"], PageButtons(middle, t.UnitReportsNewer));

        static List<string> PageButtons(JsonObject card, string title) =>
            Buttons(card, CardVerbs.UnitDeviations).Where(b => b["title"]!.GetValue<string>() == title).Select(b => DataOf(b)[CardKeys.Skip]!.GetValue<string>()).ToList();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_refused_choice_is_said_under_its_own_field_with_what_was_chosen_kept(UiLanguage language)
    {
        var t = T(language);
        var card = Card("substitute-refused-period", language);

        Assert.Equal(ReportFixtures.OtherStaff.Id, ValueOf(card, CardKeys.SubstitutePerson));
        Assert.Equal("2026-12-10", ValueOf(card, CardKeys.SubstituteFrom));
        Assert.Equal("2026-12-05", ValueOf(card, CardKeys.SubstituteUntil));

        var every = Card("substitute-refused-every-field", language);
        foreach (var (field, id, reason) in new[]
        {
            (Field.Substitute, CardKeys.SubstitutePerson, RefusalReason.Self),
            (Field.From, CardKeys.SubstituteFrom, RefusalReason.InThePast),
            (Field.Until, CardKeys.SubstituteUntil, RefusalReason.InThePast),
        })
        {
            Assert.Equal((t.SubstituteRefusalText(new Refusal(reason, field)), "attention"), Under(every, id)[0]);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_substitute_card_says_who_stands_in_and_when_offers_the_unit_and_other_managers_and_keeps_the_history(UiLanguage language)
    {
        var t = T(language);
        var culture = language.Culture();
        var planned = ReportFixtures.UnitWithSubstitute(3).Substitute!;
        var card = Card("substitute-planned", language);

        Assert.Contains(string.Format(culture, t.SubstituteCurrentPlanned, ReportFixtures.OtherStaff.Name, t.Period(planned.From, planned.Until)), Texts(card));
        Assert.Single(Buttons(card, CardVerbs.EndSubstitute));
        Assert.Equal(ReportFixtures.SubstituteCandidates.Select(p => p.Id), Input(card, CardKeys.SubstitutePerson)!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Contains(ReportFixtures.Manager.Name, AllText(card), StringComparison.Ordinal);
        Assert.Contains(t.SubstituteSaved, AllText(card), StringComparison.Ordinal);
        Assert.Contains(string.Format(culture, t.SubstituteCurrentOn, ReportFixtures.OtherStaff.Name, t.Period(ReportFixtures.SubstituteToday, ReportFixtures.SubstituteToday.AddDays(6))), Texts(Card("substitute-on", language)));
        Assert.Empty(Buttons(Card("substitute-none", language), CardVerbs.EndSubstitute));
        Assert.Contains(string.Format(culture, t.HistoryHidden, 30), Texts(Card("substitute-long-history", language)));
        Assert.Contains(t.SubstituteProblemNoneToEnd, AllText(Card("substitute-none-to-end", language)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Notices_and_channel_cards_carry_nothing_of_any_report(UiLanguage language)
    {
        var t = T(language);
        var culture = language.Culture();
        var named = Card("substitute-notice-named", language);
        var planned = ReportFixtures.UnitWithSubstitute(3).Substitute!;

        Assert.Contains(string.Format(culture, t.SubstituteNamedText, ReportFixtures.Manager.Name, ReportFixtures.Unit.Name, t.Period(planned.From, planned.Until)), Texts(named));
        Assert.Equal(ReportFixtures.Unit.Id, DataOf(Assert.Single(Buttons(named, CardVerbs.UnitDeviations)))[CardKeys.Unit]!.GetValue<string>());
        Assert.Contains(string.Format(culture, t.SubstituteEndedText, ReportFixtures.Manager.Name, ReportFixtures.Unit.Name), Texts(Card("substitute-notice-ended", language)));

        var report = Card("private-view-report", language);
        Assert.Equal("LS-2026-0001", DataOf(Assert.Single(Buttons(report, CardVerbs.OpenDeviation)))[CardKeys.Reference]!.GetValue<string>());
        Assert.Contains(t.ReportInChannel, Texts(report));
        Assert.Single(Buttons(Card("private-view-unit-reports", language), CardVerbs.UnitDeviations));
        foreach (var name in new[] { "substitute-notice-named", "substitute-notice-ended", "private-view-report", "private-view-unit-reports", "report-none-to-open" })
        {
            var text = AllText(Card(name, language));
            Assert.DoesNotContain(ReportFixtures.WhatHappened, text, StringComparison.Ordinal);
            Assert.DoesNotContain(t.ReportKindName(DeviationKind.Missforhallande), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_help_card_lists_the_unit_reports_the_substitute_and_a_reference()
    {
        var swedish = AllText(BotCardCatalogue.Get("help/sv").Json);
        var english = AllText(BotCardCatalogue.Get("help/en").Json);

        Assert.Contains("enhetens rapporter", swedish, StringComparison.Ordinal);
        Assert.Contains("ersättare", swedish, StringComparison.Ordinal);
        Assert.Contains("unit reports", english, StringComparison.Ordinal);
        Assert.Contains("substitute", english, StringComparison.Ordinal);
        Assert.Contains("LS-2026-0001", swedish, StringComparison.Ordinal);
    }
}
