using TeamsQuality.Application;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Pipeline;

/// <summary>Who is asking, in which organisation and language: what every handler needs first.</summary>
public sealed record Asker(Organisation Organisation, Person Person, UiLanguage Language)
{
    public Texts Texts => Texts.For(Language);

    /// <summary>The asker as the use cases know them: a person of an organisation (no language, no Teams).</summary>
    public Actor Actor => new(Organisation, Person);

    /// <summary>The unit the turn is about: the channel's unit in a unit channel, else the person's own unit.</summary>
    public Unit? UnitInContext(TurnContext turn) =>
        (turn.Activity.TeamsChannelId is { } channel ? Organisation.FindUnitByChannel(channel) : null)
        ?? (Person.UnitId is { } own ? Organisation.FindUnit(own) : null);
}

/// <summary>
/// Finds the asker of a turn. The organisation is kept for a short while, as it changes seldom and every turn needs
/// it; storage stays the truth (a change shows within <see cref="CacheFor"/>).
/// </summary>
public sealed class AskerLookup(OrganisationRepository organisations, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Organisation? Organisation, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    /// <summary>The asker, or null when the tenant has no organisation or the person is not in it.</summary>
    public async Task<Asker?> FindAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.TenantId is not { Length: > 0 } tenant || turn.UserAadObjectId is not { Length: > 0 } personId)
        {
            return null;
        }

        var organisation = await OrganisationAsync(new TenantId(tenant), cancellationToken);
        var person = organisation?.FindPerson(personId);
        return organisation is null || person is null ? null : new Asker(organisation, person, UiLanguages.FromLocale(turn.Locale));
    }

    /// <summary>Reads the organisation again at the next turn: it was just changed here (e.g. a substitute named).</summary>
    public void Forget(TenantId tenant) => _cache.TryRemove(tenant.Value, out _);

    private async Task<Organisation?> OrganisationAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(tenant.Value, out var cached) && cached.Until > now && cached.Organisation is not null)
        {
            return cached.Organisation;
        }

        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        _cache[tenant.Value] = (organisation, now + CacheFor);
        return organisation;
    }
}
