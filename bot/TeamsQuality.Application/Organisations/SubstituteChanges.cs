using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// The one path of a change of a unit's substitute (<see cref="NameSubstitute"/>, <see cref="EndSubstitute"/>): the
/// domain decides on the organisation as stored, the change is kept with the organisation's history, those it concerns
/// are told, and the manager's view comes back as the change left it.
/// </summary>
internal static class SubstituteChanges
{
    public static async Task<Outcome<SubstituteView>> ApplyAsync(
        OrganisationRepository organisations,
        ISubstituteNotices notices,
        ILogger logger,
        Actor actor,
        string? unitId,
        Func<Organisation, Person, Unit, (Unit Unit, OrganisationChange Change)> change,
        CancellationToken cancellationToken)
    {
        if (unitId is null || actor.Organisation.FindUnit(unitId) is not { } shown)
        {
            return Outcome.Refused<SubstituteView>(RefusalReason.NotManager);
        }

        // The substitute before the change, as the change found it (the organisation as stored, not as cached).
        Substitute? before = null;
        var changed = await Rules.DecideAsync(() => organisations.ChangeUnitAsync(
            actor.Tenant,
            unitId,
            (current, unit) =>
            {
                before = unit.Substitute;
                return change(current, current.FindPerson(actor.Person.Id) ?? actor.Person, unit);
            },
            cancellationToken));
        if (changed.IsRefused)
        {
            // The card again, with the refusals and what was chosen, for the one who may name the unit's substitute;
            // anyone else is only told that the manager names it.
            return Substitutes.CanName(actor.Person, shown)
                ? Outcome.Refused(changed.Refusals, await SubstituteView.ReadAsync(organisations, actor.Organisation, shown, cancellationToken))
                : Outcome.Refused<SubstituteView>(changed.Refusals);
        }

        var (organisation, made) = changed.Value;
        logger.LogInformation("{Person} {Change} for {Unit}", actor.Person.Id, made.Kind, unitId);
        var after = organisation.FindUnit(unitId)!;
        await notices.TellAsync(organisation.Tenant, after, made, Substitutes.Told(after, before, made), cancellationToken);
        return await SubstituteView.ReadAsync(organisations, organisation, after, cancellationToken);
    }
}
