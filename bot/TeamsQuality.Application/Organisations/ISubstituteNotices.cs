using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Tells people of a change of a unit's substitute (ersättare): who, which unit, which days; nothing of any report.
/// The adapter (in Jobs) renders each one's card in their language and records it in the outbox, to go out in the
/// background: the manager's card does not wait for anyone's chat.
/// </summary>
public interface ISubstituteNotices
{
    /// <param name="tenant">The organisation's tenant.</param>
    /// <param name="unit">The unit as the change left it.</param>
    /// <param name="change">The change, as kept in the organisation's history.</param>
    /// <param name="told">Who is told, as the domain decides (<see cref="Substitutes.Told"/>).</param>
    /// <param name="cancellationToken">The turn's.</param>
    /// <remarks>A notice that cannot be recorded does not undo the change: the adapter logs it and returns.</remarks>
    Task TellAsync(TenantId tenant, Unit unit, OrganisationChange change, IReadOnlyList<SubstituteNotice> told, CancellationToken cancellationToken);
}
