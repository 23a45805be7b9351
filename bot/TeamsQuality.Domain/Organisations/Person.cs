namespace TeamsQuality.Domain.Organisations;

/// <summary>
/// Someone who works in the administration.
/// </summary>
/// <param name="Id">The person's Entra object id (the same id Teams sends as aadObjectId).</param>
/// <param name="Name">Display name.</param>
/// <param name="Role">What the person does in the quality work.</param>
/// <param name="UnitId">
/// The unit the person belongs to; null for roles above the units, and for someone in no unit now (a manager whose unit
/// has another, a person who left the unit's team).
/// </param>
/// <param name="Email">Their e-mail as Teams told it, when known.</param>
public sealed record Person(string Id, string Name, Role Role, string? UnitId, string? Email = null)
{
    /// <summary>Whether this person may see and work with what belongs to the given unit.</summary>
    public bool WorksWith(string unitId) =>
        Role.FollowsAllUnits() || string.Equals(UnitId, unitId, StringComparison.Ordinal);

    /// <summary>
    /// Whether this person is one of the unit's own: staff of the unit or its manager. Only they can be given the unit's
    /// work (documenting its stop, owning its actions); following all units is not belonging to one.
    /// </summary>
    public bool BelongsTo(Unit unit) =>
        string.Equals(UnitId, unit.Id, StringComparison.Ordinal) || Manages(unit);

    /// <summary>Whether this person manages the given unit.</summary>
    public bool Manages(Unit unit) =>
        Role == Role.Enhetschef && string.Equals(unit.ManagerId, Id, StringComparison.Ordinal);

    /// <summary>
    /// Whether this person acts as the unit's manager at this instant: its manager, or the substitute (ersättare) the
    /// manager named for a period that is on. Everything about the unit's reports asks this, not <see cref="Manages"/>:
    /// seeing and assessing them, answering views and complaints, being told of new ones. Naming a substitute is the
    /// manager's own.
    /// </summary>
    public bool ActsAsManagerOf(Unit unit, DateTimeOffset now) =>
        Manages(unit) || unit.SubstituteOn(now)?.Is(this) == true;
}
