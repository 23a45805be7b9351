using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Organisations;

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

/// <summary>Someone to tell of a change of a unit's substitute: who, the period it is about, and whether it ended for them.</summary>
public sealed record SubstituteNotice(string PersonId, Substitute Period, bool Ended);

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
    /// problem at once, each naming its field (<see cref="Field.Substitute"/>, <see cref="Field.From"/>,
    /// <see cref="Field.Until"/>).
    /// </summary>
    public static (Unit Unit, OrganisationChange Change) Name(
        Organisation organisation, Person manager, Unit unit, string? personId, DateOnly? from, DateOnly? until, DateTimeOffset now)
    {
        if (!CanName(manager, unit))
        {
            throw new RuleException(RefusalReason.NotManager);
        }

        var problems = new List<Refusal>();

        var person = string.IsNullOrWhiteSpace(personId) ? null : organisation.FindPerson(personId.Trim());
        if (string.IsNullOrWhiteSpace(personId))
        {
            problems.Add(new(RefusalReason.Required, Field.Substitute));
        }
        else if (person is not null && string.Equals(person.Id, manager.Id, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new(RefusalReason.Self, Field.Substitute));
        }
        else if (person is null || !MayStandIn(person, unit))
        {
            problems.Add(new(RefusalReason.NotInUnit, Field.Substitute));
        }

        var today = SwedishTime.Day(now);
        if (from is null)
        {
            problems.Add(new(RefusalReason.Required, Field.From));
        }
        else if (from < today)
        {
            problems.Add(new(RefusalReason.InThePast, Field.From));
        }

        if (until is null)
        {
            problems.Add(new(RefusalReason.Required, Field.Until));
        }
        else if (from is not null && until < from)
        {
            problems.Add(new(RefusalReason.EndsBeforeStart, Field.Until));
        }
        else if (until < today)
        {
            problems.Add(new(RefusalReason.InThePast, Field.Until));
        }

        RuleException.ThrowIfAny(problems);

        var substitute = new Substitute(person!.Id, from!.Value, until!.Value, manager.Id, now);
        return (unit with { Substitute = substitute },
            new OrganisationChange(now, manager.Id, manager.Name, OrganisationChangeKind.SubstituteNamed, unit.Id, person.Id, person.Name, substitute.From, substitute.Until));
    }

    /// <summary>The manager ends the substitute's period now (or calls off one not yet begun).</summary>
    public static (Unit Unit, OrganisationChange Change) End(Organisation organisation, Person manager, Unit unit, DateTimeOffset now)
    {
        if (!CanName(manager, unit))
        {
            throw new RuleException(RefusalReason.NotManager);
        }

        if (unit.Substitute is not { } substitute || substitute.IsOver(now))
        {
            throw new RuleException(RefusalReason.NoneToEnd);
        }

        var name = organisation.FindPerson(substitute.PersonId)?.Name ?? substitute.PersonId;
        return (unit with { Substitute = substitute with { EndedAt = now } },
            new OrganisationChange(now, manager.Id, manager.Name, OrganisationChangeKind.SubstituteEnded, unit.Id, substitute.PersonId, name, substitute.From, substitute.Until));
    }

    /// <summary>
    /// Who is told of a change: the person named (or whose period the manager ended), and one whose period was on or
    /// planned and who is replaced by someone else. Never anything of a report.
    /// </summary>
    /// <param name="after">The unit as the change left it.</param>
    /// <param name="before">The substitute named before the change, if any.</param>
    /// <param name="made">The change.</param>
    public static IReadOnlyList<SubstituteNotice> Told(Unit after, Substitute? before, OrganisationChange made)
    {
        var told = new List<SubstituteNotice>();
        if (after.Substitute is { } current)
        {
            told.Add(new(current.PersonId, current, made.Kind == OrganisationChangeKind.SubstituteEnded));
        }

        if (made.Kind == OrganisationChangeKind.SubstituteNamed && before is not null && !before.IsOver(made.At)
            && !string.Equals(before.PersonId, made.SubstituteId, StringComparison.OrdinalIgnoreCase))
        {
            told.Add(new(before.PersonId, before, true));
        }

        return told;
    }
}
