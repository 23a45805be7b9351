namespace TeamsQuality.Domain.Organisations;

/// <summary>
/// A social services administration (socialförvaltning): its units and its people, within one tenant.
/// </summary>
public sealed class Organisation
{
    private readonly Dictionary<string, Unit> _units;
    private readonly Dictionary<string, Person> _people;

    public Organisation(TenantId tenant, string name, IEnumerable<Unit> units, IEnumerable<Person> people, UnitChannel? managerGroupChannel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Tenant = tenant;
        Name = name;
        ManagerGroupChannel = managerGroupChannel;
        _units = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        _people = people.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);

        foreach (var person in _people.Values)
        {
            if (person.UnitId is not null && !_units.ContainsKey(person.UnitId))
            {
                throw new ArgumentException($"{person.Name} belongs to unit '{person.UnitId}', which the organisation does not have.");
            }
        }

        if (managerGroupChannel is { } groupChannel && FindUnitByChannel(groupChannel.ChannelId) is { } alsoUnits)
        {
            throw new ArgumentException($"The manager group's channel is the channel of {alsoUnits.Name}: a channel belongs to one of them.");
        }

        foreach (var unit in _units.Values)
        {
            if (unit.ManagerId is not null && !(_people.TryGetValue(unit.ManagerId, out var manager) && manager.Role == Role.Enhetschef))
            {
                throw new ArgumentException($"The manager of {unit.Name} must be an enhetschef of the organisation.");
            }
        }
    }

    public TenantId Tenant { get; }

    public string Name { get; }

    public IReadOnlyCollection<Unit> Units => _units.Values;

    public IReadOnlyCollection<Person> People => _people.Values;

    /// <summary>The channel linked to the manager group (chefsgruppen), if any: where its stops are held.</summary>
    public UnitChannel? ManagerGroupChannel { get; }

    /// <summary>The manager group as the organisation's people make it up now (<see cref="Organisations.ManagerGroup"/>).</summary>
    public ManagerGroup ManagerGroup
    {
        get
        {
            var order = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false);
            var members = _people.Values.Where(Organisations.ManagerGroup.Includes).OrderBy(p => p.Name, order).ToList();
            return new ManagerGroup(ManagerGroupChannel, members.Where(Organisations.ManagerGroup.Leads).ToList(), members.Where(p => !Organisations.ManagerGroup.Leads(p)).ToList());
        }
    }

    /// <summary>
    /// Who holds the stops stored under this id: the unit with it, or the manager group (<see cref="ManagerGroup.Id"/>)
    /// in a unit's place; null for neither. Only the stops ask this: everything else about units asks <see cref="FindUnit"/>.
    /// </summary>
    public Unit? FindStopHolder(string holderId) =>
        Organisations.ManagerGroup.IsGroup(holderId) ? ManagerGroup.AsHolder() : FindUnit(holderId);

    /// <summary>
    /// Whose channel this is: a unit's, or the manager group's (<see cref="ManagerGroup.AsHolder"/>); null for neither.
    /// For what tells where a channel belongs (the setup, a team's welcome, what could not be delivered), not for a unit
    /// in context: the group is no unit.
    /// </summary>
    public Unit? FindChannelHolder(string channelId) =>
        FindUnitByChannel(channelId) ?? (IsManagerGroupChannel(channelId) ? ManagerGroup.AsHolder() : null);

    /// <summary>Whether this is the manager group's channel.</summary>
    public bool IsManagerGroupChannel(string channelId) =>
        ManagerGroupChannel is { } channel && string.Equals(channel.ChannelId, channelId, StringComparison.Ordinal);

    public Unit? FindUnit(string unitId) => _units.GetValueOrDefault(unitId);

    public Person? FindPerson(string personId) => _people.GetValueOrDefault(personId);

    /// <summary>The unit whose Teams channel this is, if any.</summary>
    public Unit? FindUnitByChannel(string channelId) =>
        _units.Values.FirstOrDefault(u => u.Channel is not null && string.Equals(u.Channel.ChannelId, channelId, StringComparison.Ordinal));

    /// <summary>The units this person may see: their own, or all of them for the roles that follow every unit.</summary>
    public IReadOnlyList<Unit> UnitsVisibleTo(Person person) =>
        _units.Values.Where(u => person.WorksWith(u.Id)).OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false)).ToList();

    /// <summary>
    /// Who acts as the unit's manager at this instant: its manager, and the substitute (ersättare) whose period is on.
    /// They assess the unit's reports and must hear of new ones.
    /// </summary>
    public IReadOnlyList<Person> ActingManagersOf(Unit unit, DateTimeOffset now)
    {
        var acting = new List<Person>();
        if (unit.ManagerId is { } managerId && FindPerson(managerId) is { } manager && manager.Manages(unit))
        {
            acting.Add(manager);
        }

        if (unit.SubstituteOn(now) is { } substitute && FindPerson(substitute.PersonId) is { } standIn && !acting.Contains(standIn))
        {
            acting.Add(standIn);
        }

        return acting;
    }

    /// <summary>
    /// The unit a request is about when none was named: the one it comes from (the unit's channel, or the person's own
    /// unit) if it is among those the person may choose from, else the only one there is; null when they must choose.
    /// </summary>
    public static Unit? UnitInContext(IReadOnlyList<Unit> among, Unit? inContext) =>
        among.FirstOrDefault(u => u == inContext) ?? (among.Count == 1 ? among[0] : null);

    /// <summary>The unit's people (staff and manager); for the manager group's id, the group's members.</summary>
    public IEnumerable<Person> MembersOf(string unitId) =>
        Organisations.ManagerGroup.IsGroup(unitId) ? ManagerGroup.Members
        : _people.Values.Where(p => string.Equals(p.UnitId, unitId, StringComparison.Ordinal));

    /// <summary>
    /// Whether the person is let in at all: a role above the units, a place in a unit (staff or its manager), or standing
    /// in for a unit's manager now. Someone of the organisation in no unit (who left the unit's team, a manager replaced,
    /// someone not yet placed) has nothing of any unit to see, so is treated as not in the organisation.
    /// </summary>
    public bool LetsIn(Person person, DateTimeOffset now) =>
        person.Role.FollowsAllUnits()
        || (person.UnitId is { } unitId && _units.ContainsKey(unitId))
        || _units.Values.Any(u => person.Manages(u) || u.SubstituteOn(now)?.Is(person) == true);

    /// <summary>The unit this person manages, if any.</summary>
    public Unit? UnitManagedBy(Person person) => _units.Values.FirstOrDefault(person.Manages);

    /// <summary>
    /// The organisation with the given units and people put in (replacing those with the same id), those named removed,
    /// and perhaps a new name: all at once, so a change that touches a unit and its people is checked as a whole.
    /// </summary>
    public Organisation With(string? name = null, IEnumerable<Unit>? units = null, IEnumerable<Person>? people = null, IEnumerable<string>? removedPeople = null)
    {
        var newUnits = new Dictionary<string, Unit>(_units, StringComparer.Ordinal);
        foreach (var unit in units ?? [])
        {
            newUnits[unit.Id] = unit;
        }

        var newPeople = new Dictionary<string, Person>(_people, StringComparer.OrdinalIgnoreCase);
        foreach (var id in removedPeople ?? [])
        {
            newPeople.Remove(id);
        }

        foreach (var person in people ?? [])
        {
            newPeople[person.Id] = person;
        }

        return new Organisation(Tenant, name ?? Name, newUnits.Values, newPeople.Values, ManagerGroupChannel);
    }

    /// <summary>The organisation with the manager group linked to this channel (null: to none).</summary>
    public Organisation WithManagerGroupChannel(UnitChannel? channel) => new(Tenant, Name, _units.Values, _people.Values, channel);
}
