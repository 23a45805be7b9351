using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// Takes staff into a unit from the members of its channel's team (names and e-mail from the team's roster), each as
/// medarbetare of the unit. Each person is decided alone: the outcome names who was added and who was not and why
/// (not in the team, in another unit, already here, a role above the units), so nothing is left out silently. Any
/// number at once: a large import is saved in parts (see <see cref="OrganisationRepository.ChangeAsync"/>).
/// </summary>
public sealed class ImportStaff(OrganisationRepository organisations, TeamRosterRepository rosters, TimeProvider time, ILogger<ImportStaff> logger) : IUseCase
{
    /// <param name="administrator">Who changes it (from <see cref="FindAdministrator"/>).</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="personIds">The members chosen (Entra object ids), e.g. all of the team's not yet in the organisation.</param>
    /// <param name="cancellationToken">The request's.</param>
    /// <returns>
    /// Who was added and who was refused and why, with the organisation as the import left it; refused as a whole (each
    /// refusal naming its field) for no unit, a unit with no channel or whose team is not recorded, or no one chosen.
    /// </returns>
    public async Task<Outcome<StaffImport>> RunAsync(Administrator administrator, string? unitId, IReadOnlyCollection<string?>? personIds, CancellationToken cancellationToken)
    {
        var teams = await rosters.ListAsync(administrator.Tenant, cancellationToken);
        var now = time.GetUtcNow();

        // Decided again when the organisation changed meanwhile: the last decision is the one saved.
        StaffImport? decided = null;
        var changed = await SetupChanges.ApplyAsync(
            organisations, logger, administrator,
            organisation => (decided = Setup.ImportStaff(organisation, administrator, teams, unitId, personIds, now)).Change,
            cancellationToken);
        return changed.IsRefused ? changed.As<StaffImport>() : decided! with { Change = changed.Value };
    }
}
