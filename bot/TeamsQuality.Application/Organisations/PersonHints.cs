using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// What Entra says about a person, as hints for the administrator setting up the organisation: whether they are in the
/// tenant at all, their job title, department and mail, and their manager (proposed when a unit's manager is chosen).
/// Hints only: the administrator decides, and nothing is saved here. When Graph could not answer, <see cref="Problem"/>
/// says why, so the tab can say what helps (wait a moment; ask the tenant's administrator to consent to a permission).
/// </summary>
/// <param name="PersonId">The person asked about (Entra object id).</param>
/// <param name="InTenant">Whether Entra has the person; false also when Graph could not be asked (see <paramref name="Problem"/>).</param>
/// <param name="Person">What Entra has on them, when in the tenant.</param>
/// <param name="Manager">Their manager in Entra, if one is set.</param>
/// <param name="Problem">Why Graph could not give the hints; null when it did.</param>
public sealed record PersonHints(string PersonId, bool InTenant, DirectoryEntry? Person, DirectoryEntry? Manager, DirectoryProblem? Problem);

/// <summary>The manager to propose for a unit: the person most of its people report to in Entra, and how many do.</summary>
/// <param name="Manager">The proposal; null when nobody among them has a manager in Entra (or Graph could not answer).</param>
/// <param name="ReportingToThem">How many of the people asked about report to <paramref name="Manager"/>.</param>
/// <param name="Asked">How many people were asked about.</param>
/// <param name="Problem">Why Graph could not answer; null when it did.</param>
public sealed record ManagerProposal(DirectoryEntry? Manager, int ReportingToThem, int Asked, DirectoryProblem? Problem);

/// <summary>Why Graph could not answer, for the administrator: the failure, and the permission to consent to or the wait.</summary>
public sealed record DirectoryProblem(DirectoryFailure Failure, string? Permission, TimeSpan? RetryAfter)
{
    public static DirectoryProblem Of(DirectoryException failure) => new(failure.Failure, failure.Permission, failure.RetryAfter);
}

/// <summary>
/// The administrator's hints from Microsoft Graph (the setup tab calls it): one person's, and a unit's proposed
/// manager. Only an <see cref="Administrator"/> (from <see cref="FindAdministrator"/>) may ask, in their own tenant.
/// </summary>
public sealed class HintsFromDirectory(ITenantDirectory directory) : IUseCase
{
    /// <summary>At most this many people are asked about for one proposal (one Graph call each).</summary>
    public const int MostAskedForProposal = 50;

    /// <summary>A person's hints: in the tenant, job title, department, mail, manager.</summary>
    public async Task<PersonHints> ForPersonAsync(Administrator administrator, string personId, CancellationToken cancellationToken)
    {
        try
        {
            var person = await directory.FindPersonAsync(administrator.Tenant, personId, cancellationToken);
            if (person is null)
            {
                return new PersonHints(personId, false, null, null, null);
            }

            var manager = await directory.FindManagerAsync(administrator.Tenant, personId, cancellationToken);
            return new PersonHints(personId, true, person, manager, null);
        }
        catch (DirectoryException failure)
        {
            return new PersonHints(personId, false, null, null, DirectoryProblem.Of(failure));
        }
    }

    /// <summary>
    /// The manager to propose when a unit's manager is chosen: the one most of the unit's people (e.g. its channel's
    /// members) report to in Entra; on a tie, the first met. Someone's own manager relation to themselves is left out.
    /// </summary>
    public async Task<ManagerProposal> ProposeManagerAsync(Administrator administrator, IEnumerable<string> peopleIds, CancellationToken cancellationToken)
    {
        var asked = peopleIds.Distinct(StringComparer.OrdinalIgnoreCase).Take(MostAskedForProposal).ToList();
        var counts = new List<(DirectoryEntry Manager, int Count)>();
        try
        {
            foreach (var personId in asked)
            {
                if (await directory.FindManagerAsync(administrator.Tenant, personId, cancellationToken) is not { } manager
                    || string.Equals(manager.Id, personId, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var at = counts.FindIndex(c => string.Equals(c.Manager.Id, manager.Id, StringComparison.OrdinalIgnoreCase));
                if (at < 0)
                {
                    counts.Add((manager, 1));
                }
                else
                {
                    counts[at] = (counts[at].Manager, counts[at].Count + 1);
                }
            }
        }
        catch (DirectoryException failure)
        {
            return new ManagerProposal(null, 0, asked.Count, DirectoryProblem.Of(failure));
        }

        if (counts.Count == 0)
        {
            return new ManagerProposal(null, 0, asked.Count, null);
        }

        var best = counts.Aggregate((a, b) => b.Count > a.Count ? b : a);
        return new ManagerProposal(best.Manager, best.Count, asked.Count, null);
    }
}
