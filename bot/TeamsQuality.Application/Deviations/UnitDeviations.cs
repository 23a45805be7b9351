using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Deviations;

namespace TeamsQuality.Application.Deviations;

/// <summary>
/// One page of the unit's open reports: <see cref="Unit"/>'s (null when the person follows several units and is to
/// choose among <see cref="Followed"/>), how many there are, the substitute acting for the manager, and whether the
/// person may name one.
/// </summary>
public sealed record UnitDeviationsPage(
    Unit? Unit, IReadOnlyList<Unit> Followed, IReadOnlyList<DeviationReport> Reports, int Total, int Skip, string? SubstituteName, bool CanNameSubstitute);

/// <summary>
/// "Enhetens rapporter": the unit's open reports, newest first, a page at a time, for those who follow every report of
/// the unit (the one acting as its manager, the quality developers, the deputy director:
/// <see cref="DeviationReport.CanFollowUnit"/>). Refused <see cref="RefusalReason.NotAllowed"/> for a role that follows no
/// unit's reports (staff follow their own), and <see cref="RefusalReason.NotInUnit"/> for a unit the person does not follow.
/// </summary>
public sealed class UnitDeviations(DeviationRepository reports, TimeProvider time) : IUseCase
{
    /// <param name="actor">Who asks.</param>
    /// <param name="unitId">The unit chosen (from a card's data); null to take <paramref name="unitInContext"/> or the only one followed.</param>
    /// <param name="unitInContext">The unit the conversation is about (a unit's channel, or the person's own unit).</param>
    /// <param name="skip">How many newer reports to pass.</param>
    /// <param name="pageSize">How many reports one page holds (as many as the card shows).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Outcome<UnitDeviationsPage>> RunAsync(Actor actor, string? unitId, Unit? unitInContext, int skip, int pageSize, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var organisation = actor.Organisation;
        var followed = DeviationReport.UnitsFollowedBy(organisation, actor.Person, now);
        if (followed.Count == 0)
        {
            return Outcome.Refused<UnitDeviationsPage>(RefusalReason.NotAllowed);
        }

        var unit = unitId is not null ? organisation.FindUnit(unitId) : Organisation.UnitInContext(followed, unitInContext);
        if (unit is null && unitId is null)
        {
            return new UnitDeviationsPage(null, followed, [], 0, 0, null, false);
        }

        if (unit is null || !DeviationReport.CanFollowUnit(actor.Person, unit, now))
        {
            return Outcome.Refused<UnitDeviationsPage>(RefusalReason.NotInUnit);
        }

        var page = await reports.OpenOfUnitAsync(actor.Tenant, unit.Id, skip, pageSize, cancellationToken);
        if (page.Reports.Count == 0 && page.Total > 0)
        {
            // Past the end (reports were closed meanwhile): the last page there is.
            skip = (page.Total - 1) / pageSize * pageSize;
            page = await reports.OpenOfUnitAsync(actor.Tenant, unit.Id, skip, pageSize, cancellationToken);
        }

        var substituteName = unit.Substitute is { } substitute ? organisation.FindPerson(substitute.PersonId)?.Name : null;
        return new UnitDeviationsPage(unit, followed, page.Reports, page.Total, skip, substituteName, Substitutes.CanName(actor.Person, unit));
    }
}
