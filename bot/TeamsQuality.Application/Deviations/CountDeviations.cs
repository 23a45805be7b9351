using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>The counts of the reports filed in a period (this calendar year), of the units the person's counts cover.</summary>
public sealed record CountedDeviations(DateOnly From, DateOnly To, DeviationStatistics Statistics);

/// <summary>
/// "Statistik": this calendar year's reports counted per tertial, unit, kind, category and severity, for those the
/// counts are for (<see cref="DeviationStatistics.IsFor"/>: managers their units, the deputy director and quality
/// developers all). Refused <see cref="RefusalReason.NotAllowed"/> for a role they are not for, and
/// <see cref="RefusalReason.NotInUnit"/> for a manager of no unit.
/// </summary>
public sealed class CountDeviations(DeviationRepository reports, TimeProvider time) : IUseCase
{
    public async Task<Outcome<CountedDeviations>> RunAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!DeviationStatistics.IsFor(actor.Person))
        {
            return Outcome.Refused<CountedDeviations>(RefusalReason.NotAllowed);
        }

        var counted = DeviationStatistics.UnitsCountedFor(actor.Organisation, actor.Person);
        if (counted.Count == 0)
        {
            return Outcome.Refused<CountedDeviations>(RefusalReason.NotInUnit);
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var filed = (await reports.FiledInAsync(actor.Tenant, today.Year, cancellationToken)).Where(r => counted.Contains(r.UnitId));
        var (from, to) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        return new CountedDeviations(from, to, DeviationStatistics.Of(filed, from, to));
    }
}
