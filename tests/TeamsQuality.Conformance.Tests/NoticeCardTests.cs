using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Conformance.Tests.Infrastructure;

namespace TeamsQuality.Conformance.Tests;

/// <summary>The proactive notices that go through the outbox: what they say, and what they never say.</summary>
public sealed class NoticeCardTests
{
    [Theory]
    [InlineData(UiLanguage.Swedish, "1 meddelande kunde inte levereras")]
    [InlineData(UiLanguage.English, "1 message could not be delivered")]
    public void Delivery_failed_card_says_how_many_to_whom_and_what_kind(UiLanguage language, string title)
    {
        var card = BotCardCatalogue.Get($"delivery-failed-one/{BotCardCatalogue.Suffix(language)}").Json;
        var text = CardReading.AllText(card);

        Assert.Contains(title, text);
        Assert.Contains(BotCardCatalogue.Manager.Name, text);
        Assert.Contains(Texts.For(language).Notices.KindName(NoticeKind.ReportFiled), text);
        Assert.Contains("LS-2026-0007", text);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "40 meddelanden kunde inte levereras", "… och 15 till")]
    [InlineData(UiLanguage.English, "40 messages could not be delivered", "… and 15 more")]
    public void Delivery_failed_card_lists_the_first_and_counts_the_rest(UiLanguage language, string title, string more)
    {
        var card = BotCardCatalogue.Get($"delivery-failed-many/{BotCardCatalogue.Suffix(language)}").Json;
        var text = CardReading.AllText(card);

        Assert.Contains(title, text);
        Assert.Contains(more, text);
        Assert.Equal(DeliveryFailedCard.LongestList, CardReading.Descendants(card).Where(e => CardReading.TypeOf(e) == "FactSet").Sum(f => f["facts"]!.AsArray().Count));
    }

    public static TheoryData<string> HearingBack => new()
    {
        "report-status-assessed", "report-status-answered", "report-status-closed-lex-sarah",
        "assessment-reminder", "assessment-reminder-escalated-lex-sarah",
    };

    [Theory]
    [MemberData(nameof(HearingBack))]
    public void A_notice_about_a_report_names_it_and_opens_it_but_tells_nothing_of_its_content(string name)
    {
        foreach (var language in new[] { UiLanguage.Swedish, UiLanguage.English })
        {
            var card = BotCardCatalogue.Get($"{name}/{BotCardCatalogue.Suffix(language)}").Json;
            var text = CardReading.AllText(card);
            var t = Texts.For(language);

            Assert.Matches(@"(AV|LS|SK)-2026-\d{4}", text);
            Assert.Contains(BotCardCatalogue.HomeCareNorth.Name, text);
            Assert.DoesNotContain(ReportFixtures.WhatHappened, text);
            Assert.DoesNotContain(ReportFixtures.ImmediateMeasures, text);
            var open = Assert.Single(CardReading.Buttons(card, CardVerbs.OpenDeviation));
            Assert.Matches(@"(AV|LS|SK)-2026-\d{4}", CardReading.DataOf(open)[CardKeys.Reference]!.GetValue<string>());
            Assert.Contains(t.OpenReport, text);
        }
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Din rapport har bedömts", "Ny status: Bedömd")]
    [InlineData(UiLanguage.English, "Your report has been assessed (bedömd)", "New status: Bedömd (assessed)")]
    public void The_reporter_is_told_the_new_status(UiLanguage language, string title, string status)
    {
        var text = CardReading.AllText(BotCardCatalogue.Get($"report-status-assessed/{BotCardCatalogue.Suffix(language)}").Json);

        Assert.Contains(title, text);
        Assert.Contains(status, text);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish, "Har väntat på bedömning i 1 dag 1 timme", "Påminnelse: nr 1")]
    [InlineData(UiLanguage.English, "Waiting for assessment for 1 day 1 hour", "Reminder: no. 1")]
    public void The_assessment_reminder_says_how_long_the_report_has_waited(UiLanguage language, string waited, string number)
    {
        var text = CardReading.AllText(BotCardCatalogue.Get($"assessment-reminder/{BotCardCatalogue.Suffix(language)}").Json);

        Assert.Contains(waited, text);
        Assert.Contains(number, text);
    }

    [Theory]
    [InlineData(UiLanguage.Swedish)]
    [InlineData(UiLanguage.English)]
    public void The_action_owner_is_told_what_and_from_where_and_a_report_only_if_they_may_see_it(UiLanguage language)
    {
        var s = BotCardCatalogue.Suffix(language);
        var fromStop = BotCardCatalogue.Get($"action-owner-from-stop/{s}").Json;
        var fromReport = CardReading.AllText(BotCardCatalogue.Get($"action-owner-from-report/{s}").Json);
        var hidden = BotCardCatalogue.Get($"action-owner-from-report-not-visible/{s}").Json;

        Assert.Single(CardReading.Buttons(fromStop, CardVerbs.OpenStop));
        Assert.Contains("Checklista för överlämning mellan passen", fromReport);
        Assert.Contains("LS-2026-", fromReport);
        Assert.DoesNotContain("LS-2026-", CardReading.AllText(hidden));
        Assert.Contains(Texts.For(language).Notices.ActionFromReport, CardReading.AllText(hidden));
        Assert.Empty(CardReading.Buttons(hidden, CardVerbs.OpenDeviation));
    }
}
