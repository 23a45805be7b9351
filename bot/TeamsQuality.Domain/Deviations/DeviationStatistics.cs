using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Domain.Deviations;

/// <summary>A tertial of the year: January-April, May-August, September-December.</summary>
public readonly record struct Tertial(int Year, int Number)
{
    public static Tertial Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 4) + 1);

    public override string ToString() => $"T{Number} {Year}";
}

/// <summary>Counts for stop 4 and the yearly report: per tertial, unit, kind, category and severity.</summary>
public sealed record DeviationStatistics(
    int Total,
    IReadOnlyDictionary<Tertial, int> PerTertial,
    IReadOnlyDictionary<string, int> PerUnit,
    IReadOnlyDictionary<DeviationKind, int> PerKind,
    IReadOnlyDictionary<DeviationCategory, int> PerCategory,
    IReadOnlyDictionary<Severity, int> PerSeverity,
    int Uncategorised,
    int NotAssessed)
{
    /// <summary>
    /// Counts are for those who follow the reports: unit managers (their own units), the quality developers, the
    /// deputy director and the director (all units). Staff follow their own reports ("mina rapporter").
    /// </summary>
    public static bool IsFor(Person person) => person.Role == Role.Enhetschef || person.Role.FollowsAllUnits();

    /// <summary>The units whose reports the person's statistics count: none for those they are not for.</summary>
    public static IReadOnlySet<string> UnitsCountedFor(Organisation organisation, Person person)
    {
        IEnumerable<Unit> units = !IsFor(person) ? []
            : person.Role.FollowsAllUnits() ? organisation.Units
            : organisation.Units.Where(person.Manages);
        return units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Counts the reports filed in the period, by their filing day in Swedish time.</summary>
    public static DeviationStatistics Of(IEnumerable<DeviationReport> reports, DateOnly from, DateOnly to)
    {
        var inPeriod = reports.Where(r => Time.SwedishTime.Day(r.FiledAt) is var day && day >= from && day <= to).ToList();
        return new DeviationStatistics(
            inPeriod.Count,
            inPeriod.GroupBy(r => Tertial.Of(Time.SwedishTime.Day(r.FiledAt))).ToDictionary(g => g.Key, g => g.Count()),
            inPeriod.GroupBy(r => r.UnitId).ToDictionary(g => g.Key, g => g.Count()),
            inPeriod.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count()),
            inPeriod.Where(r => r.Category is not null).GroupBy(r => r.Category!.Value).ToDictionary(g => g.Key, g => g.Count()),
            inPeriod.Where(r => r.Assessment is not null).GroupBy(r => r.Assessment!.Severity).ToDictionary(g => g.Key, g => g.Count()),
            inPeriod.Count(r => r.Category is null && !r.Kind.IsFeedback()),
            inPeriod.Count(r => r.Assessment is null && !r.Kind.IsFeedback()));
    }
}
