using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// What "ersättare" shows: the substitute of one unit the person manages, or the units they manage to choose from
/// (none: they manage no unit).
/// </summary>
/// <param name="Managed">The units the person manages, by name.</param>
/// <param name="View">The chosen unit's substitute; null when there is a unit to choose first, or none.</param>
public sealed record SubstituteChoice(IReadOnlyList<Unit> Managed, SubstituteView? View);

/// <summary>
/// The manager's substitute card: for the unit asked for, else the unit the person is in (its channel, or their own) if
/// they manage it, else the one unit they manage; a manager of several chooses. Only a unit's own manager sees it.
/// </summary>
public sealed class ShowSubstitute(OrganisationRepository organisations) : IUseCase
{
    /// <param name="actor">Who asks.</param>
    /// <param name="unitId">The unit asked for (a button's data); null to find it.</param>
    /// <param name="inContext">The unit the request comes from, if any (a unit's channel, or the person's own unit).</param>
    /// <param name="cancellationToken">The turn's.</param>
    public async Task<Outcome<SubstituteChoice>> RunAsync(Actor actor, string? unitId, Unit? inContext, CancellationToken cancellationToken)
    {
        var organisation = actor.Organisation;
        var managed = organisation.Units.Where(u => Substitutes.CanName(actor.Person, u)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        Unit? unit;
        if (unitId is not null)
        {
            unit = organisation.FindUnit(unitId);
            if (unit is null || !Substitutes.CanName(actor.Person, unit))
            {
                return Outcome.Refused<SubstituteChoice>(RefusalReason.NotManager);
            }
        }
        else
        {
            unit = Organisation.UnitInContext(managed, inContext);
            if (unit is null)
            {
                return new SubstituteChoice(managed, null);
            }
        }

        return new SubstituteChoice(managed, await SubstituteView.ReadAsync(organisations, organisation, unit, cancellationToken));
    }
}
