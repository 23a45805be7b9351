namespace TeamsQuality.Domain.Administration;

/// <summary>
/// A unit (enhet) of the administration. A unit typically has its own Teams team or channel, where the bot posts
/// the unit's learning stops and self-checks.
/// </summary>
/// <param name="Id">A stable, readable id, e.g. "hemtjanst-norra".</param>
/// <param name="Name">The unit's name as its people say it, e.g. "Hemtjänst Norra".</param>
/// <param name="ManagerId">The person id of the unit's manager (enhetschef), if one is appointed.</param>
/// <param name="Channel">Where the unit talks in Teams, if known.</param>
public sealed record Unit(string Id, string Name, string? ManagerId, UnitChannel? Channel);

/// <summary>The Teams team and channel a unit uses.</summary>
public sealed record UnitChannel(string TeamId, string ChannelId, string ChannelName);
