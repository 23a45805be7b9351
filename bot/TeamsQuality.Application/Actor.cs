using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application;

/// <summary>
/// Who performs a use case: a person of an organisation, found once per turn by the host (or the person a job acts
/// for). Use cases decide what the person may do from this, never from where the request came from.
/// </summary>
public sealed record Actor(Organisation Organisation, Person Person)
{
    public TenantId Tenant => Organisation.Tenant;
}
