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
/// Finds the asker of a turn. The organisation is kept in memory, as every turn needs it, together with its version;
/// each turn asks storage for the version alone (one point read of the organisation's head row) and reads the
/// organisation again only when it changed. So a change made anywhere (an administrator in the tab, Teams removing a
/// member, another instance of the bot) counts from the next turn on every instance: someone removed from a unit's team
/// is not let in a moment longer. Someone of the organisation in no unit is not let in either
/// (<see cref="Organisation.LetsIn"/>): they get the card that says they are not in the organisation.
/// </summary>
public sealed class AskerLookup(OrganisationRepository organisations, TimeProvider time)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Organisation Organisation, string Version)> _cache = new(StringComparer.Ordinal);

    /// <summary>The asker, or null when the tenant has no organisation or the person is not in it (or in no unit of it).</summary>
    public async Task<Asker?> FindAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.TenantId is not { Length: > 0 } tenant || turn.UserAadObjectId is not { Length: > 0 } personId)
        {
            return null;
        }

        var organisation = await OrganisationAsync(new TenantId(tenant), cancellationToken);
        var person = organisation?.FindPerson(personId);
        return organisation is null || person is null || !organisation.LetsIn(person, time.GetUtcNow()) ? null : new Asker(organisation, person, UiLanguages.FromLocale(turn.Locale));
    }

    /// <summary>Reads the organisation again at the next turn (kept for callers that changed it; the version check would find it too).</summary>
    public void Forget(TenantId tenant) => _cache.TryRemove(tenant.Value, out _);

    private async Task<Organisation?> OrganisationAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(tenant.Value, out var cached))
        {
            var version = await organisations.VersionAsync(tenant, cancellationToken);
            if (version == cached.Version)
            {
                return cached.Organisation;
            }
        }

        if (await organisations.FindVersionedAsync(tenant, cancellationToken) is not { } found)
        {
            _cache.TryRemove(tenant.Value, out _);
            return null;
        }

        _cache[tenant.Value] = found;
        return found.Organisation;
    }
}
