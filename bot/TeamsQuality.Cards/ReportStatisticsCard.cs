using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Deviations;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards;

/// <summary>
/// Counts of the reports filed in a period, for stop 4 and the yearly report: the total, per tertial, per unit, per
/// kind, per category and per severity, and how many are not yet assessed or have no category. Only counts, no content.
/// </summary>
public static class ReportStatisticsCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="periodLabel">The period as the user asked for it, e.g. "2026" or "T1 2026".</param>
    /// <param name="statistics">The counts.</param>
    /// <param name="unitNames">Unit names by id (an unknown unit shows its id).</param>
    public static AdaptiveCard Build(UiLanguage language, string periodLabel, ReportStatistics statistics, IReadOnlyDictionary<string, string> unitNames)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        string Count(int n) => n.ToString(culture);

        var body = new List<CardElement>
        {
            Heading(string.Format(culture, t.StatisticsTitle, periodLabel)),
            new FactSet([new Fact(t.TotalLabel, Count(statistics.Total))]) { Spacing = "small" },
        };

        if (statistics.Total == 0)
        {
            body.Add(new TextBlock(t.StatisticsEmpty) { IsSubtle = true });
        }
        else
        {
            body.Add(Subheading(t.PerTertialHeading));
            body.Add(new FactSet(statistics.PerTertial.OrderBy(p => p.Key.Year).ThenBy(p => p.Key.Number)
                .Select(p => new Fact($"{p.Key} ({Months(language, Enumerable.Range(((p.Key.Number - 1) * 4) + 1, 4).ToList())})", Count(p.Value)))
                .ToList()));

            body.Add(Subheading(t.PerUnitHeading));
            body.Add(new FactSet(statistics.PerUnit
                .Select(p => (Name: unitNames.TryGetValue(p.Key, out var name) ? name : p.Key, Count: p.Value))
                .OrderBy(p => p.Name, NameOrder)
                .Select(p => new Fact(p.Name, Count(p.Count)))
                .ToList()));

            body.Add(Subheading(t.PerKindHeading));
            body.Add(new FactSet(Enum.GetValues<ReportKind>().Select(k => new Fact(t.ReportKindName(k), Count(statistics.PerKind.GetValueOrDefault(k)))).ToList()));

            body.Add(Subheading(t.PerCategoryHeading));
            var categories = Enum.GetValues<DeviationCategory>().Select(c => new Fact(t.CategoryName(c), Count(statistics.PerCategory.GetValueOrDefault(c)))).ToList();
            categories.Add(new Fact(t.UncategorisedLabel, Count(statistics.Uncategorised)));
            body.Add(new FactSet(categories));

            body.Add(Subheading(t.PerSeverityHeading));
            var severities = Enum.GetValues<Severity>().Select(s => new Fact(t.SeverityName(s), Count(statistics.PerSeverity.GetValueOrDefault(s)))).ToList();
            severities.Add(new Fact(t.NotAssessedLabel, Count(statistics.NotAssessed)));
            body.Add(new FactSet(severities));

            body.Add(new TextBlock(t.StatisticsNote) { IsSubtle = true, Size = "small", Spacing = "medium" });
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.StatisticsFallback, periodLabel),
            Body = body,
            Actions = [new ExecuteAction(t.ShowRisks, CardVerbs.RiskRegister)],
        };
    }
}
