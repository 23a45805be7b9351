using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Organisations;

/// <summary>
/// A unit (enhet) of the administration. A unit typically has its own Teams team or channel, where the bot posts
/// the unit's learning stops and self-checks.
/// </summary>
/// <param name="Id">A stable, readable id, e.g. "hemtjanst-norra".</param>
/// <param name="Name">The unit's name as its people say it, e.g. "Hemtjänst Norra".</param>
/// <param name="ManagerId">The person id of the unit's manager (enhetschef), if one is appointed.</param>
/// <param name="Channel">Where the unit talks in Teams, if known.</param>
/// <param name="Substitute">The manager's substitute (ersättare), named for a period; the latest one named, on or not.</param>
public sealed record Unit(string Id, string Name, string? ManagerId, UnitChannel? Channel, Substitute? Substitute = null)
{
    /// <summary>The substitute acting for the manager at this instant, if any.</summary>
    public Substitute? SubstituteOn(DateTimeOffset now) => Substitute is { } substitute && substitute.IsOn(now) ? substitute : null;
}

/// <summary>The Teams team and channel a unit uses.</summary>
public sealed record UnitChannel(string TeamId, string ChannelId, string ChannelName);

/// <summary>
/// Someone the unit's manager named to assess the unit's reports while they are away (an ersättare): from the first
/// day to the last, both whole Swedish days, unless the manager ends it earlier.
/// </summary>
/// <param name="PersonId">Who stands in.</param>
/// <param name="From">The first Swedish day.</param>
/// <param name="Until">The last Swedish day.</param>
/// <param name="NamedById">The manager who named them.</param>
/// <param name="NamedAt">When.</param>
/// <param name="EndedAt">When the manager ended it early, if they did.</param>
public sealed record Substitute(string PersonId, DateOnly From, DateOnly Until, string NamedById, DateTimeOffset NamedAt, DateTimeOffset? EndedAt = null)
{
    public bool IsOn(DateTimeOffset now)
    {
        var day = SwedishTime.Day(now);
        return day >= From && day <= Until && (EndedAt is null || now < EndedAt);
    }

    /// <summary>The period has passed or was ended: nothing is left of it.</summary>
    public bool IsOver(DateTimeOffset now) => SwedishTime.Day(now) > Until || (EndedAt is { } ended && ended <= now);

    public bool Is(Person person) => string.Equals(PersonId, person.Id, StringComparison.OrdinalIgnoreCase);
}
