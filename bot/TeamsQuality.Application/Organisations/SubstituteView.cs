using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// A unit's substitute as its manager sees it: the unit (with the substitute named, if any), who may stand in, the
/// substitute's name, and the unit's history of who named whom and when (oldest first).
/// </summary>
public sealed record SubstituteView(Unit Unit, IReadOnlyList<Person> Candidates, string? SubstituteName, IReadOnlyList<OrganisationChange> History)
{
    internal static async Task<SubstituteView> ReadAsync(OrganisationRepository organisations, Organisation organisation, Unit unit, CancellationToken cancellationToken)
    {
        var history = await organisations.HistoryOfUnitAsync(organisation.Tenant, unit.Id, cancellationToken);
        var name = unit.Substitute is { } substitute ? organisation.FindPerson(substitute.PersonId)?.Name : null;
        return new SubstituteView(unit, Substitutes.Candidates(organisation, unit), name, history);
    }
}
