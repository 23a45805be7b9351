using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Application.SelfChecks;

/// <summary>
/// One occurrence of a control point as a person sees it: the point, the occurrence, this occurrence's result (with the
/// ETag its correction is conditional on), the point's latest result this year, whether the person may record it, who
/// may own an action planned from it, and who performs it.
/// </summary>
/// <param name="Action">The action just planned with the result, if one was.</param>
public sealed record SelfCheckView(
    Unit Unit, ControlPoint Point, CheckOccurrence Occurrence, StoredCheckResult? Stored, SelfCheckResult? Latest, bool CanRecord,
    IReadOnlyList<Person> Owners, string? ResponsibleName, Domain.Actions.ImprovementAction? Action = null)
{
    public SelfCheckResult? Result => Stored?.Result;

    /// <summary>
    /// The view built from what was read: the point's latest result is the newest of <paramref name="resultsOfYear"/> for
    /// the point (this occurrence's own when recorded). The due job builds its cards with it as the handlers do.
    /// </summary>
    public static SelfCheckView Of(
        Organisation organisation, Unit unit, ControlPoint point, CheckOccurrence occurrence, StoredCheckResult? stored,
        IEnumerable<SelfCheckResult> resultsOfYear, Person? viewer, DateTimeOffset now)
    {
        var latest = resultsOfYear.Where(r => r.PointId == point.Id && r.Year == occurrence.Year && r.Period != occurrence.Period)
            .Append(stored?.Result).OfType<SelfCheckResult>()
            .MaxBy(r => r.Period);
        return new SelfCheckView(
            unit, point, occurrence, stored, latest, viewer is not null && SelfCheckResult.CanRecord(viewer, unit, point, now),
            organisation.People.Where(p => p.BelongsTo(unit)).ToList(), ResponsibleNameOf(organisation, unit, point));
    }

    /// <summary>Who performs the point: its responsible person (their name now, else as named), or the unit's manager.</summary>
    public static string? ResponsibleNameOf(Organisation organisation, Unit unit, ControlPoint point) =>
        point.ResponsibleId is { } id
            ? organisation.FindPerson(id)?.Name ?? point.ResponsibleName
            : unit.ManagerId is { } manager ? organisation.FindPerson(manager)?.Name : null;

    /// <summary>Who gets the check 1:1: the responsible person while they belong to the unit, else the unit's manager.</summary>
    public static string? PerformerOf(Organisation organisation, Unit unit, ControlPoint point) =>
        point.ResponsibleId is { } id && organisation.FindPerson(id) is { } person && person.BelongsTo(unit) ? person.Id : unit.ManagerId;
}

/// <summary>
/// Opens one occurrence of a unit's control point (from the check's card or <c>egenkontroller</c>): for those who work
/// with the unit (self-check results are the unit's); refused <see cref="RefusalReason.NotInUnit"/> for anyone else and
/// <see cref="RefusalReason.NotFound"/> when the plan has no such point or period.
/// </summary>
public sealed class OpenSelfCheck(SelfCheckPlanRepository plans, SelfCheckResultRepository results, TimeProvider time) : IUseCase
{
    public async Task<Outcome<SelfCheckView>> RunAsync(Actor actor, Unit unit, int year, string pointId, int period, CancellationToken cancellationToken)
    {
        if (!actor.Person.WorksWith(unit.Id))
        {
            return Outcome.Refused<SelfCheckView>(RefusalReason.NotInUnit);
        }

        var plan = await plans.FindAsync(actor.Tenant, unit.Id, year, cancellationToken);
        if (plan?.Find(pointId) is not { } point || SelfCheckSchedule.Occurrences(point, year).FirstOrDefault(o => o.Period == period) is not { } occurrence)
        {
            return Outcome.Refused<SelfCheckView>(RefusalReason.NotFound);
        }

        var stored = await results.FindAsync(actor.Tenant, unit.Id, year, pointId, period, cancellationToken);
        var ofYear = await results.LatestOfUnitAsync(actor.Tenant, unit.Id, year, cancellationToken);
        return SelfCheckView.Of(actor.Organisation, unit, point, occurrence, stored, ofYear, actor.Person, time.GetUtcNow());
    }
}
