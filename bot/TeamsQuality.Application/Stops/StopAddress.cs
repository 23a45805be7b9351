namespace TeamsQuality.Application.Stops;

/// <summary>
/// The stop a press names, as a card carries it: the unit, the wheel year and the stop's number. Always read within the
/// asker's own organisation (the tenant comes from the <see cref="Actor"/>, never from the card).
/// </summary>
public sealed record StopAddress(string UnitId, int Year, int Number);
