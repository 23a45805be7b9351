using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Organisations;

/// <summary>
/// The manager group (chefsgruppen): every unit manager (enhetschef of a unit) with the deputy director(s)
/// (biträdande socialchef) who lead it. It holds the wheel's Chefsgrupp stops (Vetlanda's 7 Öppna jämförelser and 8
/// Personal- och kompetensförsörjning) once for the whole administration, in its own channel when one is linked. It is
/// not a unit: it has no staff, no deviations, no risks, no statistics and no place in a unit picker or the units'
/// setup; it is derived from the organisation's people, so it never needs keeping. Only where a stop is held does it
/// stand in a unit's place (<see cref="AsHolder"/>), under an id no unit can have.
/// </summary>
/// <param name="Channel">The channel linked to the manager group, if any.</param>
/// <param name="Leaders">The deputy directors who lead it, by name.</param>
/// <param name="Managers">The unit managers in it, by name.</param>
public sealed record ManagerGroup(UnitChannel? Channel, IReadOnlyList<Person> Leaders, IReadOnlyList<Person> Managers)
{
    /// <summary>
    /// The group's id where a stop's holder is named (its stops, their cards' buttons, the due index). A unit's id is
    /// lower-case letters, digits and hyphens (<see cref="Setup.UnitIdFor"/>), so no unit can ever have this one.
    /// </summary>
    public const string Id = "_chefsgruppen";

    /// <summary>The group's name as its people say it (a domain word: the same in every language).</summary>
    public const string Name = "Chefsgruppen";

    /// <summary>Whether an id names the manager group rather than a unit.</summary>
    public static bool IsGroup(string? holderId) => string.Equals(holderId, Id, StringComparison.Ordinal);

    /// <summary>Whether the manager group holds this stop, once for the administration (the template's Chefsgrupp stops).</summary>
    public static bool Holds(StopDefinition stop) => stop.HeldBy == StopHolder.Chefsgrupp;

    /// <summary>
    /// Whether the holder (a unit's id, or the group's) has its own instance of this stop in a year: the group has the
    /// stops it holds, every unit the others. A unit never gets a copy of a manager-group stop.
    /// </summary>
    public static bool HasOwn(string holderId, StopDefinition stop) => IsGroup(holderId) == Holds(stop);

    /// <summary>Those who lead the group: the deputy directors.</summary>
    public static bool Leads(Person person) => person.Role == Role.BitradandeSocialchef;

    /// <summary>
    /// Whether the person is in the manager group: a deputy director, or a unit manager who has a unit (an enhetschef in
    /// no unit, say one just replaced, is not). A manager is in their unit as its manager (<see cref="Setup"/>: a person
    /// is in one unit at most), so their unit id tells it.
    /// </summary>
    public static bool Includes(Person person) =>
        Leads(person) || (person.Role == Role.Enhetschef && person.UnitId is not null);

    /// <summary>
    /// Who sees the group's stops: its members, and the roles that follow every unit (the director, the quality
    /// developers), who read the year's analysis. Staff do not.
    /// </summary>
    public static bool CanSee(Person person) => Includes(person) || person.Role.FollowsAllUnits();

    /// <summary>Everyone in the group: the leaders first, then the managers.</summary>
    public IReadOnlyList<Person> Members => [.. Leaders, .. Managers];

    /// <summary>
    /// The group where a stop is held in a unit's place: its id and name, no manager of its own but the first leader
    /// (the one who owns what nobody else was named for), and its channel. Never one of the organisation's units.
    /// </summary>
    public Unit AsHolder() => new(Id, Name, Leaders.Count > 0 ? Leaders[0].Id : null, Channel);
}
