using System.Globalization;
using System.Text;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Organisations;

/// <summary>
/// What a kvalitetsadministratör does to set up and keep the organisation: name it, add and rename units, link each
/// unit to one of the team channels Teams told the app of, choose each unit's manager, take its staff from the team,
/// name the roles above the units, move and remove people. Each step returns the organisation as it leaves it and the
/// history it keeps (who, when, what); a rule that says no throws a <see cref="RuleException"/> whose refusals name
/// their field (and the unit or role the message must name), and nothing changes.
/// </summary>
/// <remarks>
/// A person is in one unit at most: staff (medarbetare) of it, or its manager (enhetschef). Someone already in another
/// unit is refused, naming that unit, never moved as a side effect: the administrator moves them first
/// (<see cref="MovePerson"/>, to no unit if need be), so what happens to a unit is always what was asked for it. The
/// one exception is within a unit: its own staff member can be chosen its manager. A unit's manager is never left out
/// by a move or a removal: another is chosen first (the manager replaced stays in the organisation, in no unit, ready
/// to manage another). Only Teams can leave a unit without its manager (they left the team), and that shows as a
/// problem (<see cref="Problems"/>).
/// </remarks>
public static class Setup
{
    /// <summary>The longest name of an organisation or unit.</summary>
    public const int LongestName = 100;

    /// <summary>The roles named above the units (they follow every unit).</summary>
    public static IReadOnlyList<Role> RolesAboveUnits { get; } = [Role.BitradandeSocialchef, Role.Socialchef, Role.Verksamhetsutvecklare];

    /// <summary>Names the organisation: creates it when the tenant has none, else renames it.</summary>
    public static OrganisationChanged NameOrganisation(Organisation? organisation, Administrator by, string? name, DateTimeOffset now)
    {
        var named = ValidName(name, Field.OrganisationName, _ => false);
        if (organisation is null)
        {
            return new(new Organisation(by.Tenant, named, [], []), [new(now, ChangedBy.Of(by), HistoryKind.OrganisationNamed, To: named)]);
        }

        Check(organisation, by);
        return string.Equals(organisation.Name, named, StringComparison.Ordinal)
            ? OrganisationChanged.Unchanged(organisation)
            : new(organisation.With(name: named), [new(now, ChangedBy.Of(by), HistoryKind.OrganisationRenamed, From: organisation.Name, To: named)]);
    }

    /// <summary>A new unit by name (unique in the organisation), with a stable readable id made from it (<see cref="UnitIdFor"/>).</summary>
    public static OrganisationChanged AddUnit(Organisation? organisation, Administrator by, string? name, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var named = ValidName(name, Field.UnitName, n => current.Units.Any(u => SameName(u.Name, n)));
        var unit = new Unit(UnitIdFor(named, current.Units.Select(u => u.Id)), named, null, null);
        return new(current.With(units: [unit]), [new(now, ChangedBy.Of(by), HistoryKind.UnitAdded, unit.Id, unit.Name)]);
    }

    /// <summary>The unit gets a new name; its id (and so everything stored under it) stays.</summary>
    public static OrganisationChanged RenameUnit(Organisation? organisation, Administrator by, string? unitId, string? name, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        var unit = FindUnit(current, unitId, problems);
        var named = Collect(problems, () => ValidName(name, Field.UnitName, n => current.Units.Any(u => u != unit && SameName(u.Name, n))));
        RuleException.ThrowIfAny(problems);
        return string.Equals(unit!.Name, named, StringComparison.Ordinal)
            ? OrganisationChanged.Unchanged(current)
            : new(current.With(units: [unit with { Name = named! }]), [new(now, ChangedBy.Of(by), HistoryKind.UnitRenamed, unit.Id, named, From: unit.Name, To: named)]);
    }

    /// <summary>
    /// Links the unit to one of the channels Teams told the app of (in any of the tenant's teams); the bot posts the
    /// unit's stops there and its team is where its people come from. Refused: a channel not recorded, one linked to
    /// another unit (naming it).
    /// </summary>
    public static OrganisationChanged LinkChannel(Organisation? organisation, Administrator by, IReadOnlyList<TeamRoster> teams, string? unitId, string? channelId, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        var unit = FindUnit(current, unitId, problems);
        var channel = FreeChannel(current, teams, channelId, unit, problems);
        RuleException.ThrowIfAny(problems);
        if (unit!.Channel == channel)
        {
            return OrganisationChanged.Unchanged(current);
        }

        return new(
            current.With(units: [unit with { Channel = channel }]),
            [new(now, ChangedBy.Of(by), HistoryKind.ChannelLinked, unit.Id, unit.Name, From: unit.Channel?.ChannelName, To: channel!.ChannelName)]);
    }

    /// <summary>
    /// Links the manager group (chefsgruppen) to one of the channels Teams told the app of: the group's stops are held
    /// there, once for the whole administration, instead of with the deputy director alone. Refused: no channel named,
    /// a channel not recorded, a unit's channel (naming the unit).
    /// </summary>
    public static OrganisationChanged LinkManagerGroupChannel(Organisation? organisation, Administrator by, IReadOnlyList<TeamRoster> teams, string? channelId, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        var channel = FreeChannel(current, teams, channelId, null, problems);
        RuleException.ThrowIfAny(problems);
        if (current.ManagerGroupChannel == channel)
        {
            return OrganisationChanged.Unchanged(current);
        }

        return new(
            current.WithManagerGroupChannel(channel),
            [new(now, ChangedBy.Of(by), HistoryKind.ManagerGroupChannelLinked, ManagerGroup.Id, ManagerGroup.Name, From: current.ManagerGroupChannel?.ChannelName, To: channel!.ChannelName)]);
    }

    /// <summary>The manager group is linked to no channel any more: its stops are held with the deputy director (1:1).</summary>
    public static OrganisationChanged UnlinkManagerGroupChannel(Organisation? organisation, Administrator by, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        return current.ManagerGroupChannel is not { } channel
            ? OrganisationChanged.Unchanged(current)
            : new(current.WithManagerGroupChannel(null), [new(now, ChangedBy.Of(by), HistoryKind.ManagerGroupChannelUnlinked, ManagerGroup.Id, ManagerGroup.Name, From: channel.ChannelName)]);
    }

    /// <summary>The unit is linked to no channel any more (its people stay; the unit shows the problem "no channel").</summary>
    public static OrganisationChanged UnlinkChannel(Organisation? organisation, Administrator by, string? unitId, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        var unit = FindUnit(current, unitId, problems);
        RuleException.ThrowIfAny(problems);
        return unit!.Channel is not { } channel
            ? OrganisationChanged.Unchanged(current)
            : new(current.With(units: [unit with { Channel = null }]), [new(now, ChangedBy.Of(by), HistoryKind.ChannelUnlinked, unit.Id, unit.Name, From: channel.ChannelName)]);
    }

    /// <summary>
    /// The person becomes the unit's manager (enhetschef): someone of the tenant's teams not yet in the organisation,
    /// one in no unit, or one of the unit's own staff. The manager before stays in the organisation, in no unit. Refused:
    /// someone not of the tenant, someone in another unit or managing one (naming it: move them first), someone in a
    /// role above the units (naming it).
    /// </summary>
    public static OrganisationChanged ChooseManager(Organisation? organisation, Administrator by, IReadOnlyList<TeamRoster> teams, string? unitId, string? personId, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        var unit = FindUnit(current, unitId, problems);
        var candidate = Collect(problems, () => PersonOfTenant(current, teams, personId, Field.Manager));
        if (unit is not null && candidate is not null)
        {
            var person = candidate.Person;
            if (person.Role.FollowsAllUnits())
            {
                problems.Add(new(RefusalReason.OtherRole, Field.Manager, person.Role.ToString()));
            }
            else if (person.UnitId is { } elsewhere && !string.Equals(elsewhere, unit.Id, StringComparison.Ordinal))
            {
                problems.Add(new(RefusalReason.InAnotherUnit, Field.Manager, current.FindUnit(elsewhere)?.Name ?? elsewhere));
            }
            else if (current.UnitManagedBy(person) is { } managed && managed != unit)
            {
                problems.Add(new(RefusalReason.InAnotherUnit, Field.Manager, managed.Name));
            }
        }

        RuleException.ThrowIfAny(problems);
        var chosen = candidate!.Person;
        if (string.Equals(unit!.ManagerId, chosen.Id, StringComparison.OrdinalIgnoreCase) && chosen.Role == Role.Enhetschef && chosen.UnitId == unit.Id)
        {
            return OrganisationChanged.Unchanged(current);
        }

        var people = new List<Person> { chosen with { Role = Role.Enhetschef, UnitId = unit.Id } };
        var before = unit.ManagerId is { } beforeId && !string.Equals(beforeId, chosen.Id, StringComparison.OrdinalIgnoreCase) ? current.FindPerson(beforeId) : null;
        if (before is not null)
        {
            people.Add(before with { UnitId = null });
        }

        return new(
            current.With(units: [unit with { ManagerId = chosen.Id }], people: people),
            [new(now, ChangedBy.Of(by), HistoryKind.ManagerChosen, unit.Id, unit.Name, chosen.Id, chosen.Name, From: before?.Name)]);
    }

    /// <summary>
    /// Takes staff into the unit from the members of its channel's team, each as medarbetare of the unit. Each person
    /// is decided alone: who can be added is, and who cannot is named in <see cref="StaffImport.Refused"/> with why (not
    /// in the team, in another unit, already here, a role above the units); nothing is left out silently. The whole
    /// import is refused only when there is no unit, no linked channel, its team is not recorded, or no one was named.
    /// </summary>
    public static StaffImport ImportStaff(Organisation? organisation, Administrator by, IReadOnlyList<TeamRoster> teams, string? unitId, IEnumerable<string?>? personIds, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        var unit = FindUnit(current, unitId, problems);
        var ids = (personIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (ids.Count == 0)
        {
            problems.Add(new(RefusalReason.Required, Field.Staff));
        }

        TeamRoster? team = null;
        if (unit is not null)
        {
            if (unit.Channel is not { } channel)
            {
                problems.Add(new(RefusalReason.NoChannel, Field.Channel));
            }
            else if ((team = teams.FirstOrDefault(t => string.Equals(t.TeamId, channel.TeamId, StringComparison.Ordinal))) is null)
            {
                problems.Add(new(RefusalReason.NotRecorded, Field.Channel));
            }
        }

        RuleException.ThrowIfAny(problems);
        var added = new List<Person>();
        var refused = new List<ImportRefusal>();
        foreach (var id in ids)
        {
            var member = team!.Members.FirstOrDefault(m => m.Is(id));
            var known = current.FindPerson(id);
            var name = known?.Name ?? member?.Name;
            if (member is null)
            {
                refused.Add(new(id, name, RefusalReason.NotInTeam));
            }
            else if (known is null)
            {
                added.Add(new Person(member.AadObjectId, member.Name, Role.Medarbetare, unit!.Id, member.Email));
            }
            else if (known.Role.FollowsAllUnits())
            {
                refused.Add(new(id, name, RefusalReason.OtherRole, known.Role.ToString()));
            }
            else if (known.UnitId == unit!.Id || known.Manages(unit))
            {
                refused.Add(new(id, name, RefusalReason.AlreadyInUnit, unit.Name));
            }
            else if (known.UnitId is { } elsewhere)
            {
                refused.Add(new(id, name, RefusalReason.InAnotherUnit, current.FindUnit(elsewhere)?.Name ?? elsewhere));
            }
            else if (known.Role != Role.Medarbetare)
            {
                // An enhetschef in no unit is chosen a unit's manager, not made staff by an import.
                refused.Add(new(id, name, RefusalReason.OtherRole, known.Role.ToString()));
            }
            else
            {
                added.Add(known with { UnitId = unit.Id, Email = known.Email ?? member.Email });
            }
        }

        var history = added.Select(p => new HistoryEntry(now, ChangedBy.Of(by), HistoryKind.StaffAdded, unit!.Id, unit.Name, p.Id, p.Name)).ToList();
        return new StaffImport(new OrganisationChanged(added.Count == 0 ? current : current.With(people: added), history), added, refused);
    }

    /// <summary>
    /// Names someone to a role above the units (biträdande socialchef, socialchef, verksamhetsutvecklare): someone of
    /// the tenant's teams, or of the organisation in no unit (or already above the units, to change their role).
    /// Refused: staff or the manager of a unit (naming it: move them out first), someone not of the tenant, a role that
    /// is not above the units.
    /// </summary>
    public static OrganisationChanged NameRole(Organisation? organisation, Administrator by, IReadOnlyList<TeamRoster> teams, string? personId, Role? role, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        if (role is null)
        {
            problems.Add(new(RefusalReason.Required, Field.Role));
        }
        else if (!role.Value.FollowsAllUnits())
        {
            problems.Add(new(RefusalReason.UnknownChoice, Field.Role));
        }

        var candidate = Collect(problems, () => PersonOfTenant(current, teams, personId, Field.Person));
        if (candidate is { Person: var person, Known: true })
        {
            if (current.UnitManagedBy(person) is { } managed)
            {
                problems.Add(new(RefusalReason.ManagesUnit, Field.Person, managed.Name));
            }
            else if (person.UnitId is { } unitId)
            {
                problems.Add(new(RefusalReason.InAnotherUnit, Field.Person, current.FindUnit(unitId)?.Name ?? unitId));
            }
        }

        RuleException.ThrowIfAny(problems);
        var (named, known) = candidate!;
        if (known && named.Role == role)
        {
            return OrganisationChanged.Unchanged(current);
        }

        return new(
            current.With(people: [named with { Role = role!.Value, UnitId = null }]),
            [new(now, ChangedBy.Of(by), HistoryKind.RoleNamed, PersonId: named.Id, PersonName: named.Name, From: known ? named.Role.ToString() : null, To: role.Value.ToString())]);
    }

    /// <summary>
    /// Moves staff (medarbetare) to another unit, or to none (<paramref name="toUnitId"/> null: out of their unit, still
    /// in the organisation). Refused: the manager of a unit (choose another manager first, naming the unit), a role
    /// above the units or an enhetschef (naming the role: managers are chosen, not moved), a unit that is not there.
    /// </summary>
    public static OrganisationChanged MovePerson(Organisation? organisation, Administrator by, string? personId, string? toUnitId, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        var person = FindPersonIn(current, personId, problems);
        Unit? to = null;
        if (!string.IsNullOrWhiteSpace(toUnitId))
        {
            to = FindUnit(current, toUnitId, problems);
        }

        if (person is not null)
        {
            if (current.UnitManagedBy(person) is { } managed)
            {
                problems.Add(new(RefusalReason.ManagesUnit, Field.Person, managed.Name));
            }
            else if (person.Role != Role.Medarbetare)
            {
                problems.Add(new(RefusalReason.OtherRole, Field.Person, person.Role.ToString()));
            }
        }

        RuleException.ThrowIfAny(problems);
        if (person!.UnitId == to?.Id)
        {
            return OrganisationChanged.Unchanged(current);
        }

        var from = person.UnitId is { } fromId ? current.FindUnit(fromId) : null;
        return new(
            current.With(people: [person with { UnitId = to?.Id }]),
            [new(now, ChangedBy.Of(by), HistoryKind.PersonMoved, to?.Id, to?.Name, person.Id, person.Name, From: from?.Name, To: to?.Name)]);
    }

    /// <summary>
    /// Removes the person from the organisation: they are not let in any more. Refused for the manager of a unit until
    /// another is chosen (naming the unit).
    /// </summary>
    public static OrganisationChanged RemovePerson(Organisation? organisation, Administrator by, string? personId, DateTimeOffset now)
    {
        var current = Existing(organisation, by);
        var problems = new List<Refusal>();
        var person = FindPersonIn(current, personId, problems);
        if (person is not null && current.UnitManagedBy(person) is { } managed)
        {
            problems.Add(new(RefusalReason.ManagesUnit, Field.Person, managed.Name));
        }

        RuleException.ThrowIfAny(problems);
        var unit = person!.UnitId is { } unitId ? current.FindUnit(unitId) : null;
        return new(
            current.With(removedPeople: [person.Id]),
            [new(now, ChangedBy.Of(by), HistoryKind.PersonRemoved, unit?.Id, unit?.Name, person.Id, person.Name, From: unit?.Name ?? person.Role.ToString())]);
    }

    /// <summary>
    /// Teams told that people left a team: each one ends their place in the units linked to a channel of that team, at
    /// once (staff: in no unit; the manager: no longer its manager, in no unit, and the unit has no manager until one is
    /// chosen; a substitute of the unit: their period ends). Roles above the units are not touched: they belong to no
    /// team. Kept in the history by "Teams".
    /// </summary>
    /// <param name="teamId">The team they left.</param>
    /// <param name="gone">Their Entra object ids.</param>
    public static OrganisationChanged LeaveTeam(Organisation organisation, string teamId, IEnumerable<string> gone, DateTimeOffset now)
    {
        var leaving = gone.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var units = new List<Unit>();
        var people = new List<Person>();
        var history = new List<HistoryEntry>();
        foreach (var unit in organisation.Units.Where(u => u.Channel is { } c && string.Equals(c.TeamId, teamId, StringComparison.Ordinal)))
        {
            var changed = unit;
            if (unit.ManagerId is { } managerId && leaving.Contains(managerId))
            {
                changed = changed with { ManagerId = null };
            }

            if (unit.Substitute is { } substitute && leaving.Contains(substitute.PersonId) && !substitute.IsOver(now))
            {
                changed = changed with { Substitute = substitute with { EndedAt = now } };
                history.Add(new(now, ChangedBy.Teams, HistoryKind.SubstituteEnded, unit.Id, unit.Name, substitute.PersonId,
                    organisation.FindPerson(substitute.PersonId)?.Name ?? substitute.PersonId, Day(substitute.From), Day(substitute.Until)));
            }

            if (changed != unit)
            {
                units.Add(changed);
            }

            foreach (var person in organisation.People.Where(p => leaving.Contains(p.Id) && (p.UnitId == unit.Id || p.Manages(unit))))
            {
                people.Add(person with { UnitId = null });
                history.Add(new(now, ChangedBy.Teams, HistoryKind.LeftTeam, unit.Id, unit.Name, person.Id, person.Name, From: person.Role.ToString()));
            }
        }

        return history.Count == 0 ? OrganisationChanged.Unchanged(organisation) : new(organisation.With(units: units, people: people), history);
    }

    /// <summary>
    /// What an administrator must see and put right; none of it is refused, as each can arise from Teams (a member
    /// leaves, a channel is deleted) or be the setup not yet finished.
    /// </summary>
    public static IReadOnlyList<SetupProblem> Problems(Organisation organisation, IReadOnlyList<TeamRoster> teams)
    {
        var problems = new List<SetupProblem>();
        foreach (var unit in organisation.Units.OrderBy(u => u.Name, SwedishOrder))
        {
            var manager = unit.ManagerId is { } managerId ? organisation.FindPerson(managerId) : null;
            if (manager is null)
            {
                problems.Add(new(SetupProblemKind.NoManager, unit.Id, unit.Name));
            }

            if (unit.Channel is not { } channel)
            {
                problems.Add(new(SetupProblemKind.NoChannel, unit.Id, unit.Name));
                continue;
            }

            var team = teams.FirstOrDefault(t => string.Equals(t.TeamId, channel.TeamId, StringComparison.Ordinal));
            if (team is null || team.FindChannel(channel.ChannelId) is null)
            {
                problems.Add(new(SetupProblemKind.ChannelNotRecorded, unit.Id, unit.Name));
                continue;
            }

            if (!team.IsReachable)
            {
                // Kept as last learned: who is in the team is not known now, so nobody is said to be missing from it.
                problems.Add(new(SetupProblemKind.TeamNotReachable, unit.Id, unit.Name));
                continue;
            }

            if (manager is not null && !team.HasMember(manager.Id))
            {
                problems.Add(new(SetupProblemKind.ManagerNotInTeam, unit.Id, unit.Name, manager.Id, manager.Name));
            }

            foreach (var staff in organisation.MembersOf(unit.Id).Where(p => p != manager && !team.HasMember(p.Id)).OrderBy(p => p.Name, SwedishOrder))
            {
                problems.Add(new(SetupProblemKind.StaffNotInTeam, unit.Id, unit.Name, staff.Id, staff.Name));
            }
        }

        return problems;
    }

    /// <summary>The members of the tenant's teams who are not in the organisation yet, each once, by name.</summary>
    public static IReadOnlyList<RosterMember> NotInOrganisation(Organisation? organisation, IReadOnlyList<TeamRoster> teams) =>
        teams.SelectMany(t => t.Members)
            .Where(m => organisation?.FindPerson(m.AadObjectId) is null)
            .DistinctBy(m => m.AadObjectId, StringComparer.OrdinalIgnoreCase)
            .OrderBy(m => m.Name, SwedishOrder)
            .ToList();

    /// <summary>
    /// A unit's id from its name: lower case ASCII, Swedish letters folded (å, ä → a; ö → o; é → e), anything else a
    /// hyphen, e.g. "Hemtjänst Norra" → "hemtjanst-norra"; "-2", "-3" … when taken. Made once: a renamed unit keeps it.
    /// </summary>
    public static string UnitIdFor(string name, IEnumerable<string> taken)
    {
        var folded = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ascii = c switch
            {
                'ø' => 'o',
                'æ' => 'a',
                _ => c,
            };
            if (ascii is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                folded.Append(ascii);
            }
            else if (folded.Length > 0 && folded[^1] != '-')
            {
                folded.Append('-');
            }
        }

        var id = folded.ToString().Trim('-');
        id = id.Length == 0 ? "enhet" : id.Length > 60 ? id[..60].TrimEnd('-') : id;
        var takenIds = taken.ToHashSet(StringComparer.Ordinal);
        var unique = id;
        for (var n = 2; takenIds.Contains(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }

    private static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), true);

    private static Organisation Existing(Organisation? organisation, Administrator by)
    {
        if (organisation is null)
        {
            throw new RuleException(RefusalReason.NotSetUp, Field.OrganisationName);
        }

        Check(organisation, by);
        return organisation;
    }

    private static void Check(Organisation organisation, Administrator by)
    {
        if (organisation.Tenant != by.Tenant)
        {
            throw new ArgumentException("An administrator changes their own tenant's organisation only.", nameof(by));
        }
    }

    /// <summary>A name as it is kept: trimmed, inner white space one space; refused when empty, too long or taken.</summary>
    private static string ValidName(string? name, Field field, Func<string, bool> taken)
    {
        var named = string.Join(' ', (name ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (named.Length == 0)
        {
            throw new RuleException(RefusalReason.Required, field);
        }

        if (named.Length > LongestName)
        {
            throw new RuleException(RefusalReason.TooLong, field);
        }

        if (taken(named))
        {
            throw new RuleException(RefusalReason.AlreadyExists, field, named);
        }

        return named;
    }

    private static bool SameName(string a, string b) => SwedishOrder.Equals(a.Trim(), b.Trim());

    private static Unit? FindUnit(Organisation organisation, string? unitId, List<Refusal> problems)
    {
        if (string.IsNullOrWhiteSpace(unitId))
        {
            problems.Add(new(RefusalReason.Required, Field.Unit));
            return null;
        }

        var unit = organisation.FindUnit(unitId.Trim());
        if (unit is null)
        {
            problems.Add(new(RefusalReason.NotFound, Field.Unit));
        }

        return unit;
    }

    private static Person? FindPersonIn(Organisation organisation, string? personId, List<Refusal> problems)
    {
        if (string.IsNullOrWhiteSpace(personId))
        {
            problems.Add(new(RefusalReason.Required, Field.Person));
            return null;
        }

        var person = organisation.FindPerson(personId.Trim());
        if (person is null)
        {
            problems.Add(new(RefusalReason.NotFound, Field.Person));
        }

        return person;
    }

    /// <summary>
    /// Someone of the tenant: in the organisation (Known), or else a member of one of its recorded teams, as a person
    /// not yet placed (name and e-mail from the team's roster).
    /// </summary>
    private static Candidate PersonOfTenant(Organisation organisation, IReadOnlyList<TeamRoster> teams, string? personId, Field field)
    {
        if (string.IsNullOrWhiteSpace(personId))
        {
            throw new RuleException(RefusalReason.Required, field);
        }

        var id = personId.Trim();
        if (organisation.FindPerson(id) is { } known)
        {
            return new(known, true);
        }

        var member = teams.SelectMany(t => t.Members).FirstOrDefault(m => m.Is(id)) ?? throw new RuleException(RefusalReason.NotInTenant, field);
        return new(new Person(member.AadObjectId, member.Name, Role.Medarbetare, null, member.Email), false);
    }

    private sealed record Candidate(Person Person, bool Known);

    /// <summary>
    /// The recorded channel to link to the unit (null: to the manager group), or null with the problem added: none named,
    /// not recorded, or another's (a unit's, naming it; the manager group's, by its id). A channel belongs to one of them.
    /// </summary>
    private static UnitChannel? FreeChannel(Organisation current, IReadOnlyList<TeamRoster> teams, string? channelId, Unit? forUnit, List<Refusal> problems)
    {
        if (string.IsNullOrWhiteSpace(channelId))
        {
            problems.Add(new(RefusalReason.Required, Field.Channel));
            return null;
        }

        if (FindChannel(teams, channelId.Trim()) is not { } found)
        {
            problems.Add(new(RefusalReason.NotRecorded, Field.Channel));
            return null;
        }

        var taken = current.FindUnitByChannel(found.ChannelId) is { } linked && linked != forUnit ? linked.Name
            : forUnit is not null && current.IsManagerGroupChannel(found.ChannelId) ? ManagerGroup.Id
            : null;
        if (taken is not null)
        {
            problems.Add(new(RefusalReason.ChannelTaken, Field.Channel, taken));
            return null;
        }

        return found;
    }

    private static UnitChannel? FindChannel(IReadOnlyList<TeamRoster> teams, string channelId)
    {
        foreach (var team in teams)
        {
            if (team.FindChannel(channelId) is { } channel)
            {
                // The General channel has no name of its own in Teams: it is called by the team's.
                return new UnitChannel(team.TeamId, channel.Id, channel.IsGeneral(team) || channel.Name.Length == 0 ? team.Name : channel.Name);
            }
        }

        return null;
    }

    /// <summary>Runs a check that refuses by throwing, collecting its refusals with the others instead.</summary>
    private static T? Collect<T>(List<Refusal> problems, Func<T> check)
    {
        try
        {
            return check();
        }
        catch (RuleException refused)
        {
            problems.AddRange(refused.Refusals);
            return default;
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What an import of staff did: the organisation and history as it left them, who was added, and who was not and why.</summary>
public sealed record StaffImport(OrganisationChanged Change, IReadOnlyList<Person> Added, IReadOnlyList<ImportRefusal> Refused);

/// <summary>One person an import did not add: who, why, and the name the message needs (the other unit, the role).</summary>
/// <param name="PersonId">The Entra object id asked for.</param>
/// <param name="PersonName">Their name, when the organisation or the team knows them.</param>
public sealed record ImportRefusal(string PersonId, string? PersonName, RefusalReason Reason, string? Name = null);

/// <summary>What is wrong with a unit's setup, for the administrator to put right.</summary>
public enum SetupProblemKind
{
    /// <summary>No manager (never chosen, or they left the team).</summary>
    NoManager,

    /// <summary>Not linked to a channel: the bot has nowhere to post its stops.</summary>
    NoChannel,

    /// <summary>Linked to a channel Teams no longer tells of (deleted, or the app removed from its team).</summary>
    ChannelNotRecorded,

    /// <summary>
    /// The team of the unit's channel cannot be reached (the app removed from it, the team deleted or archived, Teams
    /// refusing it: <see cref="TeamRoster.Gone"/> says why and since when); the bot cannot post there.
    /// </summary>
    TeamNotReachable,

    /// <summary>The manager is not a member of the team of the unit's channel.</summary>
    ManagerNotInTeam,

    /// <summary>A staff member is not a member of the team of the unit's channel.</summary>
    StaffNotInTeam,
}

/// <summary>A problem of one unit; the person when it is about one.</summary>
public sealed record SetupProblem(SetupProblemKind Kind, string UnitId, string UnitName, string? PersonId = null, string? PersonName = null);
