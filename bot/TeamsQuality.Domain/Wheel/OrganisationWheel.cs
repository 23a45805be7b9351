using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Domain.Wheel;

/// <summary>The stops of an organisation's wheel from a given year on.</summary>
public sealed record WheelVersion(int FromYear, string TemplateId, IReadOnlyList<StopDefinition> Stops);

/// <summary>
/// The wheel an organisation uses: a template it started from, and its own changes. A change applies from the next
/// year on, so a year that has begun (or ended) is never rewritten; each year's stops are also copied into the
/// stop instances when they are planned.
/// </summary>
public sealed class OrganisationWheel
{
    private readonly List<WheelVersion> _versions;

    public OrganisationWheel(IEnumerable<WheelVersion> versions)
    {
        _versions = versions.OrderBy(v => v.FromYear).ToList();
        if (_versions.Count == 0)
        {
            throw new ArgumentException("A wheel needs at least one version.", nameof(versions));
        }
    }

    /// <summary>A wheel that uses the template as it is from the given year.</summary>
    public static OrganisationWheel From(WheelTemplate template, int fromYear) => new([new WheelVersion(fromYear, template.Id, template.Stops)]);

    /// <summary>
    /// The wheel of an organisation that has not chosen one (yet): the template it starts with (the operator may name
    /// one per tenant; otherwise Vetlanda's Tryggve) from the wheel year the Swedish day falls in.
    /// </summary>
    public static OrganisationWheel Default(DateOnly today, WheelTemplate? startsWith = null)
    {
        var template = startsWith ?? WheelTemplates.Vetlanda;
        return From(template, Stops.QualityYear.Of(today, Stops.QualityYear.StartMonth(template.Stops)));
    }

    /// <summary>The quality developers administer the model: they, and only they, choose the template of next year's wheel.</summary>
    public static bool CanChooseTemplate(Person person) => person.Role == Role.Verksamhetsutvecklare;

    public IReadOnlyList<WheelVersion> Versions => _versions;

    /// <summary>The stops of a wheel year: the latest version that applies to it (the first one for earlier years).</summary>
    public WheelVersion For(int year) => _versions.LastOrDefault(v => v.FromYear <= year) ?? _versions[0];

    /// <summary>The month the wheel's year starts in.</summary>
    public int StartMonth(int year) => Stops.QualityYear.StartMonth(For(year).Stops);

    /// <summary>The wheel year a Swedish day falls in.</summary>
    public int YearOf(DateOnly day) => Stops.QualityYear.Of(day, StartMonth(day.Year + 1));

    /// <summary>
    /// The days the wheel year covers: from the first day of its start month to the day before the next year starts
    /// (the next year's start month, which a change of template may move).
    /// </summary>
    public QualityYearSpan Span(int year) => QualityYearSpan.Between(year, StartMonth(year), StartMonth(year + 1));

    /// <summary>The wheel year's span that a Swedish day falls in.</summary>
    public QualityYearSpan SpanOf(DateOnly day) => Span(YearOf(day));

    /// <summary>
    /// The quality year a report is of when none is named: the last wheel year whose report stop (the one that
    /// <see cref="StopDefinition.ProducesQualityReport"/>, Vetlanda's 10 in September–October) has opened by the Swedish
    /// day; before any has, the current wheel year. So in November 2026 it is 2026 (November 2025 – October 2026), the
    /// year whose analysis days were just held, not 2027, which has only begun.
    /// </summary>
    public int ReportYear(DateOnly today)
    {
        var current = YearOf(today);
        foreach (var year in new[] { current, current - 1 })
        {
            if (For(year).Stops.FirstOrDefault(s => s.ProducesQualityReport) is { } report
                && Stops.QualityYear.Opens(report, year, StartMonth(year)) <= today)
            {
                return year;
            }
        }

        return current;
    }

    /// <summary>Changes the stops from the year after <paramref name="currentYear"/> on; returns the new version.</summary>
    public WheelVersion Change(IReadOnlyList<StopDefinition> stops, int currentYear, string templateId)
    {
        var version = new WheelVersion(currentYear + 1, templateId, stops);
        _versions.RemoveAll(v => v.FromYear >= version.FromYear);
        _versions.Add(version);
        return version;
    }
}
