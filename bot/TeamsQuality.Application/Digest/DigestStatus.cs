using TeamsQuality.Storage.Digest;

namespace TeamsQuality.Application.Digest;

/// <summary>"veckobrev": whether the person gets the weekly digest now (everyone does until they turn it off).</summary>
public sealed class DigestStatus(DigestSubscriptionRepository subscriptions) : IUseCase
{
    public async Task<DigestSetting> RunAsync(Actor actor, CancellationToken cancellationToken) =>
        new(await subscriptions.IsOnAsync(actor.Tenant, actor.Person.Id, cancellationToken), Changed: false);
}
