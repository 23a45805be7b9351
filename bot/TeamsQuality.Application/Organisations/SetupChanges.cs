using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// The one path of an administrator's change to the organisation (<see cref="NameOrganisation"/>, <see cref="AddUnit"/>
/// …): the domain (<see cref="Setup"/>) decides on the organisation as stored, the repository writes the change with its
/// history conditional on the organisation's version (deciding again when someone else changed it meanwhile), and a
/// refusal comes back as one, each naming its field.
/// </summary>
internal static class SetupChanges
{
    public static async Task<Outcome<OrganisationChanged>> ApplyAsync(
        OrganisationRepository organisations, ILogger logger, Administrator administrator, Func<Organisation?, OrganisationChanged> decide, CancellationToken cancellationToken)
    {
        try
        {
            var changed = await Rules.DecideAsync(() => organisations.ChangeAsync(administrator.Tenant, decide, cancellationToken));
            if (!changed.IsRefused)
            {
                foreach (var entry in changed.Value.History)
                {
                    logger.LogInformation("{Administrator} changed the organisation of {Tenant}: {Change} {Unit} {Person}", administrator.PersonId, administrator.Tenant, entry.Kind, entry.UnitId, entry.PersonId);
                }
            }

            return changed;
        }
        catch (ConcurrencyConflictException ex)
        {
            logger.LogWarning(ex, "The organisation of {Tenant} kept changing while {Administrator} changed it", administrator.Tenant, administrator.PersonId);
            return Outcome.Refused<OrganisationChanged>(RefusalReason.ChangedMeanwhile);
        }
    }
}
