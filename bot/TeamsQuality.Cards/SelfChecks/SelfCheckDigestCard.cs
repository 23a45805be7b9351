using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>A check listed for the manager: the point, its occurrence and who performs it.</summary>
public sealed record DigestItem(Unit Unit, ControlPoint Point, CheckOccurrence Occurrence, string? ResponsibleName);

/// <summary>
/// The unit manager's one message of the day about self-checks: the checks that opened today in their unit(s) and
/// those that became overdue without a result, listed (never one message per check), and the way to <c>egenkontroller</c>.
/// </summary>
public static class SelfCheckDigestCard
{
    private const int MostListed = 20;

    public static AdaptiveCard Build(UiLanguage language, IReadOnlyList<DigestItem> opened, IReadOnlyList<DigestItem> overdue)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var units = opened.Concat(overdue).Select(i => i.Unit).DistinctBy(u => u.Id).ToList();
        var body = new List<CardElement> { Heading(t.CheckDigestTitle) };
        if (units.Count > 0)
        {
            body.Add(Subtle(string.Join(", ", units.Select(u => u.Name))));
        }

        Section(opened, t.CheckDigestOpened, "accent");
        Section(overdue, t.CheckDigestOverdue, "attention");
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.CheckDigestFallback, string.Join(", ", units.Select(u => u.Name))),
            Body = body,
            Actions = units.Take(3)
                .Select(u => (CardActionElement)new ExecuteAction(units.Count == 1 ? t.ShowSelfChecks : $"{t.ShowSelfChecks}: {u.Name}", CardVerbs.SelfCheckList) { Data = new JsonObject { [CardKeys.Unit] = u.Id } })
                .ToList(),
        };

        void Section(IReadOnlyList<DigestItem> items, string heading, string colour)
        {
            if (items.Count == 0)
            {
                return;
            }

            body.Add(new RichTextBlock([new TextRun($"{heading} ({items.Count})") { Weight = "bolder", Color = colour }]) { Spacing = "medium" });
            foreach (var item in items.Take(MostListed))
            {
                body.Add(Plain("• " + string.Format(
                    culture, t.CheckDigestLine, Shorten(item.Point.What, 120), Shorten(item.ResponsibleName ?? t.CheckResponsibleManager, 60), Date(language, item.Occurrence.Due)), "none"));
            }

            if (items.Count > MostListed)
            {
                body.Add(CardParts.Hidden(string.Format(culture, t.SelfCheckHidden, items.Count - MostListed)));
            }
        }
    }
}
