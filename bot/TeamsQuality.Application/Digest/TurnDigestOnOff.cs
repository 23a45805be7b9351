using TeamsQuality.Storage.Digest;

namespace TeamsQuality.Application.Digest;

/// <summary>Whether the weekly digest is on for the person after the change, and whether it changed anything.</summary>
public sealed record DigestSetting(bool On, bool Changed);

/// <summary>
/// "veckobrev av" / "veckobrev på", or the digest card's button: a person turns their own weekly digest off or on
/// again. Anyone may (it is only about what the bot sends them); each change is kept with who and when.
/// </summary>
public sealed class TurnDigestOnOff(DigestSubscriptionRepository subscriptions, TimeProvider time) : IUseCase
{
    public async Task<Outcome<DigestSetting>> RunAsync(Actor actor, bool on, CancellationToken cancellationToken)
    {
        if (await subscriptions.IsOnAsync(actor.Tenant, actor.Person.Id, cancellationToken) == on)
        {
            return new DigestSetting(on, Changed: false);
        }

        await subscriptions.SetAsync(actor.Tenant, actor.Person.Id, new DigestSubscriptionChange(on, actor.Person.Id, time.GetUtcNow()), cancellationToken);
        return new DigestSetting(on, Changed: true);
    }
}
