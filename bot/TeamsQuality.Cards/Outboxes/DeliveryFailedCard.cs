using TeamsQuality.Cards.Adaptive;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Outboxes;

/// <summary>A message the bot gave up on: to whom, what kind, about what (a reference, a stop) and when.</summary>
/// <param name="PersonName">The person it was for, when the organisation knows them.</param>
/// <param name="ChannelOfUnit">The unit whose channel it was for, when the organisation knows the channel.</param>
/// <param name="Kind">What kind of message it was, as the outbox recorded it (a <see cref="NoticeKind"/>'s name).</param>
/// <param name="About">What it was about, without its content (a report's reference, a stop); null when nothing to say.</param>
/// <param name="FailedAt">When the bot gave up.</param>
public sealed record UndeliveredNotice(string? PersonName, string? ChannelOfUnit, string Kind, string? About, DateTimeOffset FailedAt)
{
    /// <summary>To whom, in words: the person's name, the unit's channel, or that the recipient is not known.</summary>
    public string Recipient(NoticeTexts t, UiLanguage language) =>
        PersonName ?? (ChannelOfUnit is { } unit ? string.Format(language.Culture(), t.ChannelOf, unit) : t.UnknownRecipient);

    /// <summary>The kind as the card names it; a kind this version does not know counts as a card update.</summary>
    public NoticeKind KindOf() => Enum.TryParse<NoticeKind>(Kind, out var kind) ? kind : NoticeKind.CardUpdate;
}

/// <summary>
/// To the quality developers: messages could not be delivered after repeated attempts, so someone was not told
/// something (a manager about a new report, a unit about its stop). Says how many, to whom and what kind, never what
/// the messages said, so the quality developer can make sure they hear it another way.
/// </summary>
public static class DeliveryFailedCard
{
    /// <summary>The card lists at most this many; the rest are counted.</summary>
    public const int LongestList = 25;

    /// <summary>The card: a notice of new failures, or (from its button) the list of the latest ones; empty says all were delivered.</summary>
    public static AdaptiveCard Build(UiLanguage language, IReadOnlyList<UndeliveredNotice> failed)
    {
        var t = Texts.For(language).Notices;
        var culture = language.Culture();
        var title = failed.Count switch
        {
            0 => t.UndeliveredNone,
            1 => t.DeliveryFailedTitleOne,
            _ => string.Format(culture, t.DeliveryFailedTitleMany, failed.Count),
        };
        var body = new List<CardElement> { new TextBlock(title) { Size = "medium", Weight = "bolder", Style = "heading", Color = failed.Count == 0 ? null : "attention" } };
        if (failed.Count > 0)
        {
            var shown = failed.OrderByDescending(f => f.FailedAt).Take(LongestList).ToList();
            body.Add(new TextBlock(t.DeliveryFailedIntro) { Size = "small" });
            body.Add(new FactSet(shown.Select(f => new Fact(
                Shorten(f.Recipient(t, language), 80),
                string.Join(" · ", new[] { t.KindName(f.KindOf()), f.About is { Length: > 0 } about ? Shorten(about, 80) : null, WhenOnRecord(language, f.FailedAt) }.OfType<string>()))).ToList()));
            if (failed.Count > shown.Count)
            {
                body.Add(new TextBlock(string.Format(culture, t.DeliveryFailedMore, failed.Count - shown.Count)) { Size = "small", IsSubtle = true });
            }

            body.Add(new TextBlock(t.DeliveryFailedPrivacy) { Size = "small", IsSubtle = true });
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = failed.Count == 0 ? t.UndeliveredNone : string.Format(culture, t.DeliveryFailedFallback, failed.Count),
            Body = body,
            Actions = [new ExecuteAction(t.ShowUndelivered, CardVerbs.UndeliveredMessages)],
        };
    }
}
