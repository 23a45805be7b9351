using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Overview;

/// <summary>
/// What the management view of a person and a year stands on: the person in their organisation (read once), whom the
/// view is for, the wheel year and its stops, the units they see and those whose reports they count.
/// </summary>
public sealed record OverviewBasis(
    Actor Actor,
    OverviewAudience Audience,
    int Year,
    DateOnly Today,
    IReadOnlyList<StopDefinition> Stops,
    int StartMonth,
    IReadOnlyList<Unit> Units,
    IReadOnlySet<string> CountedUnits,
    Unit? ManagerGroup,
    QualityYearSpan Span)
{
    /// <summary>
    /// The report partitions (kept per calendar year) the wheel year's span touches, read and kept to the span: the
    /// reports per tertial count the quality year's tertials, as the kvalitetsberättelse does.
    /// </summary>
    public async Task<IReadOnlyList<FiledReportFacts>> FiledInSpanAsync(
        Func<int, Task<IReadOnlyList<FiledReportFacts>>> factsOfCalendarYear)
    {
        var years = await Task.WhenAll(Span.CalendarYears.Select(factsOfCalendarYear));
        return years.SelectMany(y => y).Where(r => Span.Contains(r.FiledAt)).ToList();
    }

    /// <summary>The holder's stops of the year with their state: stored ones as stored, those not planned yet as Ej påbörjad on the due date the wheel gives.</summary>
    public IReadOnlyList<HolderStopState> StatesOf(string holderId, IReadOnlyList<StopStatusLine> stored)
    {
        var byNumber = stored.ToDictionary(s => s.Number);
        return Stops.Where(d => Domain.Organisations.ManagerGroup.HasOwn(holderId, d))
            .OrderBy(d => d.Number)
            .Select(d =>
            {
                var line = byNumber.GetValueOrDefault(d.Number);
                var due = line?.DueDate ?? QualityYear.DueDate(d, Year, StartMonth);
                return new HolderStopState(d.Number, d.Theme, due, OverviewAudiences.StateOf(line?.Status ?? StopStatus.EjPaborjad, due, Today));
            })
            .ToList();
    }
}

/// <summary>
/// Finds the <see cref="OverviewBasis"/> for a signed-in person: refused <see cref="RefusalReason.NotInTenant"/> when the
/// tenant has no organisation or the person is not in it (or is staff of no unit). Two reads: the organisation and the wheel.
/// </summary>
public sealed class OverviewScope(OrganisationRepository organisations, CurrentWheel wheels, TimeProvider time) : IUseCase
{
    public async Task<Outcome<OverviewBasis>> RunAsync(TenantId tenant, string personId, int? year, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        var person = organisation?.FindPerson(personId);
        if (organisation is null || person is null)
        {
            return Outcome.Refused<OverviewBasis>(RefusalReason.NotInTenant);
        }

        var audience = OverviewAudiences.Of(person);
        var units = organisation.Units
            .Where(u => audience == OverviewAudience.AllUnits || person.Manages(u) || string.Equals(person.UnitId, u.Id, StringComparison.Ordinal))
            .OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList();
        if (units.Count == 0)
        {
            return Outcome.Refused<OverviewBasis>(RefusalReason.NotInTenant);
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var wheel = await wheels.RunAsync(tenant, today, cancellationToken);
        var wheelYear = year ?? wheel.YearOf(today);
        var stops = wheel.For(wheelYear).Stops;
        var counted = audience.SeesFigures()
            ? DeviationStatistics.UnitsCountedFor(organisation, person).Where(id => units.Any(u => u.Id == id)).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

        // The manager group's own stops are a row of their own for those who sit in it or follow all units, when the
        // wheel gives the group any (Nordmaling's gives none).
        var group = audience != OverviewAudience.Staff && ManagerGroup.CanSee(person) && stops.Any(ManagerGroup.Holds)
            ? organisation.ManagerGroup.AsHolder()
            : null;
        return new OverviewBasis(new Actor(organisation, person), audience, wheelYear, today, stops, wheel.StartMonth(wheelYear), units, counted, group, wheel.Span(wheelYear));
    }
}
