using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// Counts of the reports filed in a period, for stop 4 and the yearly report: the total, per tertial, per unit, per
/// kind, per category and per severity, and how many are not yet assessed or have no category. Only the rows that count
/// something (a phone user reads two reports, not thirty rows of zeros), "Inga" for a section with none. The title
/// names the period it counts: a calendar year is called so, as the wheel's year (November to October) differs.
/// Only counts, no content.
/// </summary>
public static class DeviationStatisticsCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="from">The first day counted.</param>
    /// <param name="to">The last day counted.</param>
    /// <param name="statistics">The counts.</param>
    /// <param name="unitNames">Unit names by id (an unknown unit shows its id).</param>
    public static AdaptiveCard Build(UiLanguage language, DateOnly from, DateOnly to, DeviationStatistics statistics, IReadOnlyDictionary<string, string> unitNames)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        string Count(int n) => n.ToString(culture);
        var period = Period(language, t, from, to);

        var body = new List<CardElement>
        {
            Heading(string.Format(culture, t.StatisticsTitle, period)),
            Subtle($"{Date(language, from)} – {Date(language, to)}"),
            new FactSet([new Fact(t.TotalLabel, Count(statistics.Total))]) { Spacing = "small" },
        };

        if (statistics.Total == 0)
        {
            body.Add(new TextBlock(t.StatisticsEmpty) { IsSubtle = true });
        }
        else
        {
            void Section(string heading, IEnumerable<(string Label, int Count)> rows)
            {
                body.Add(Subheading(heading));
                var facts = rows.Where(r => r.Count > 0).Select(r => new Fact(r.Label, Count(r.Count))).ToList();
                body.Add(facts.Count > 0 ? new FactSet(facts) : new TextBlock(t.StatisticsSectionNone) { IsSubtle = true, Spacing = "none" });
            }

            Section(t.PerTertialHeading, statistics.PerTertial.OrderBy(p => p.Key.Year).ThenBy(p => p.Key.Number)
                .Select(p => ($"{t.TertialName(p.Key)} ({Months(language, Enumerable.Range(((p.Key.Number - 1) * 4) + 1, 4).ToList())})", p.Value)));
            Section(t.PerUnitHeading, statistics.PerUnit
                .Select(p => (Label: unitNames.TryGetValue(p.Key, out var name) ? name : p.Key, Count: p.Value))
                .OrderBy(p => p.Label, NameOrder));
            Section(t.PerKindHeading, Enum.GetValues<DeviationKind>().Select(k => (t.ReportKindName(k), statistics.PerKind.GetValueOrDefault(k))));
            Section(t.PerCategoryHeading, Enum.GetValues<DeviationCategory>().Select(c => (t.CategoryName(c), statistics.PerCategory.GetValueOrDefault(c)))
                .Append((t.UncategorisedLabel, statistics.Uncategorised)));
            Section(t.PerSeverityHeading, Enum.GetValues<Severity>().Select(s => (t.SeverityName(s), statistics.PerSeverity.GetValueOrDefault(s)))
                .Append((t.NotAssessedLabel, statistics.NotAssessed)));

            body.Add(new TextBlock(t.StatisticsNote) { IsSubtle = true, Size = "small", Spacing = "medium" });
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.StatisticsFallback, period),
            Body = body,
            Actions = [new ExecuteAction(t.ShowRisks, CardVerbs.RiskRegister)],
        };
    }

    /// <summary>"kalenderåret 2026", "T1 2027", or the days: what the card counts, said the same in the title and the fallback.</summary>
    private static string Period(UiLanguage language, Texts t, DateOnly from, DateOnly to)
    {
        if (from == new DateOnly(from.Year, 1, 1) && to == new DateOnly(from.Year, 12, 31))
        {
            return string.Format(language.Culture(), t.StatisticsCalendarYear, from.Year);
        }

        var tertial = Tertial.Of(from);
        var tertialStart = new DateOnly(tertial.Year, ((tertial.Number - 1) * 4) + 1, 1);
        return from == tertialStart && to == tertialStart.AddMonths(4).AddDays(-1)
            ? t.TertialName(tertial)
            : $"{Date(language, from)} – {Date(language, to)}";
    }
}
