using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Organisations;

/// <summary>The fields of naming a substitute, so a refusal can say which one it is about.</summary>
public enum SubstituteField
{
    Person,
    From,
    Until,
}

public enum SubstituteProblemKind
{
    Required,

    /// <summary>Only the unit's own manager names (or ends) its substitute.</summary>
    NotManager,

    /// <summary>The manager named themselves.</summary>
    Self,

    /// <summary>Neither one of the unit's people nor an enhetschef.</summary>
    NotInUnit,

    /// <summary>The last day is before the first.</summary>
    EndsBeforeStart,

    /// <summary>A day already past.</summary>
    InThePast,

    /// <summary>There is no substitute on or planned to end.</summary>
    NoneToEnd,
}

public sealed record SubstituteProblem(SubstituteField Field, SubstituteProblemKind Kind);

/// <summary>The rules of naming a substitute said no; nothing changed.</summary>
public sealed class SubstituteRuleException(IReadOnlyList<SubstituteProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Kind}")))
{
    public IReadOnlyList<SubstituteProblem> Problems { get; } = problems;
}

public enum OrganisationChangeKind
{
    SubstituteNamed,
    SubstituteEnded,
}

/// <summary>
/// One change to the organisation: who made it, when, to which unit, and what. Kept for good (the organisation's
/// history); naming a substitute lets another person see sensitive reports, so who named whom and when is on record.
/// </summary>
public sealed record OrganisationChange(
    DateTimeOffset At, string PersonId, string PersonName, OrganisationChangeKind Kind, string UnitId, string SubstituteId, string SubstituteName, DateOnly From, DateOnly Until);

/// <summary>
/// Naming a substitute (ersättare) for a unit's manager while they are away, and ending it early. The substitute is one
/// of the unit's people or another enhetschef, never the manager; the period is whole Swedish days, not yet past.
/// </summary>
public static class Substitutes
{
    /// <summary>Whether the person may name or end the unit's substitute: its own manager only (not a substitute).</summary>
    public static bool CanName(Person person, Unit unit) => person.Manages(unit);

    /// <summary>Whether the person may stand in for the unit's manager: one of the unit's people, or an enhetschef.</summary>
    public static bool MayStandIn(Person person, Unit unit) =>
        !person.Manages(unit) && (string.Equals(person.UnitId, unit.Id, StringComparison.Ordinal) || person.Role == Role.Enhetschef);

    /// <summary>Those the manager can choose from, by name.</summary>
    public static IReadOnlyList<Person> Candidates(Organisation organisation, Unit unit) =>
        organisation.People.Where(p => MayStandIn(p, unit))
            .OrderBy(p => string.Equals(p.UnitId, unit.Id, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(p => p.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))
            .ToList();

    /// <summary>
    /// The unit with the substitute named (replacing any earlier one), and the change to keep; refuses with every
    /// problem at once, each naming its field.
    /// </summary>
    public static (Unit Unit, OrganisationChange Change) Name(
        Organisation organisation, Person manager, Unit unit, string? personId, DateOnly? from, DateOnly? until, DateTimeOffset now)
    {
        var problems = new List<SubstituteProblem>();
        if (!CanName(manager, unit))
        {
            throw new SubstituteRuleException([new SubstituteProblem(SubstituteField.Person, SubstituteProblemKind.NotManager)]);
        }

        var person = string.IsNullOrWhiteSpace(personId) ? null : organisation.FindPerson(personId.Trim());
        if (string.IsNullOrWhiteSpace(personId))
        {
            problems.Add(new(SubstituteField.Person, SubstituteProblemKind.Required));
        }
        else if (person is not null && string.Equals(person.Id, manager.Id, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(SubstituteField.Person, SubstituteProblemKind.Self));
        }
        else if (person is null || !MayStandIn(person, unit))
        {
            problems.Add(new(SubstituteField.Person, SubstituteProblemKind.NotInUnit));
        }

        var today = SwedishTime.Day(now);
        if (from is null)
        {
            problems.Add(new(SubstituteField.From, SubstituteProblemKind.Required));
        }
        else if (from < today)
        {
            problems.Add(new(SubstituteField.From, SubstituteProblemKind.InThePast));
        }

        if (until is null)
        {
            problems.Add(new(SubstituteField.Until, SubstituteProblemKind.Required));
        }
        else if (from is not null && until < from)
        {
            problems.Add(new(SubstituteField.Until, SubstituteProblemKind.EndsBeforeStart));
        }
        else if (until < today)
        {
            problems.Add(new(SubstituteField.Until, SubstituteProblemKind.InThePast));
        }

        if (problems.Count > 0)
        {
            throw new SubstituteRuleException(problems);
        }

        var substitute = new Substitute(person!.Id, from!.Value, until!.Value, manager.Id, now);
        return (unit with { Substitute = substitute },
            new OrganisationChange(now, manager.Id, manager.Name, OrganisationChangeKind.SubstituteNamed, unit.Id, person.Id, person.Name, substitute.From, substitute.Until));
    }

    /// <summary>The manager ends the substitute's period now (or calls off one not yet begun).</summary>
    public static (Unit Unit, OrganisationChange Change) End(Organisation organisation, Person manager, Unit unit, DateTimeOffset now)
    {
        if (!CanName(manager, unit))
        {
            throw new SubstituteRuleException([new SubstituteProblem(SubstituteField.Person, SubstituteProblemKind.NotManager)]);
        }

        if (unit.Substitute is not { } substitute || substitute.IsOver(now))
        {
            throw new SubstituteRuleException([new SubstituteProblem(SubstituteField.Person, SubstituteProblemKind.NoneToEnd)]);
        }

        var name = organisation.FindPerson(substitute.PersonId)?.Name ?? substitute.PersonId;
        return (unit with { Substitute = substitute with { EndedAt = now } },
            new OrganisationChange(now, manager.Id, manager.Name, OrganisationChangeKind.SubstituteEnded, unit.Id, substitute.PersonId, name, substitute.From, substitute.Until));
    }
}
