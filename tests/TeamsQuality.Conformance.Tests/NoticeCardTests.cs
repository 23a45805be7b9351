using TeamsQuality.Cards;
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
}
