using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Teams.Hosting;

/// <summary>
/// Whether the bot serves an activity's tenant at all, asked once per turn before anything of it is stored: a tenant
/// that is not admitted gets an answer and nothing else (no conversation reference, no redelivery mark, no handler).
/// The protocol knows no tenants' settings; the host decides (and words the answer).
/// </summary>
public interface ITenantGate
{
    /// <summary>Whether activities from this tenant (an Entra tenant id, as the edge let it in) are taken on.</summary>
    bool Admits(string tenantId);

    /// <summary>
    /// Answers an activity from a tenant not admitted, through the turn only (a message back, or the invoke's answer);
    /// null when it needs none. Must store nothing.
    /// </summary>
    Task<InvokeResponse?> TurnAwayAsync(TurnContext turn, CancellationToken cancellationToken);
}

/// <summary>The protocol's default when the host registers no gate: every tenant is taken on.</summary>
public sealed class OpenTenantGate : ITenantGate
{
    public bool Admits(string tenantId) => true;

    public Task<InvokeResponse?> TurnAwayAsync(TurnContext turn, CancellationToken cancellationToken) => Task.FromResult<InvokeResponse?>(null);
}
