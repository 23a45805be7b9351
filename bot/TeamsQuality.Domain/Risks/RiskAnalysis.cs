using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Risks;

/// <summary>How likely a risk is (Tranås: sannolikhet 1-4).</summary>
public enum Probability
{
    MycketLiten = 1,
    Liten = 2,
    Stor = 3,
    MycketStor = 4,
}

/// <summary>How bad the consequence would be (Tranås: konsekvens 1-4).</summary>
public enum Consequence
{
    Mindre = 1,
    Mattlig = 2,
    Betydande = 3,
    Hog = 4,
}

/// <summary>The risk level of a value 1-16: Låg 1-3, Medium 4-7, Kritisk 8-16 (seed 004: IVO cases from 8 up).</summary>
public enum RiskLevel
{
    Lag,
    Medium,
    Kritisk,
}

public sealed record RiskChange(DateTimeOffset At, string PersonId, string PersonName, string What);

/// <summary>
/// One risk in a unit's risk register, per main process: probability × consequence = value 1-16, a level, and the
/// actions taken. Done yearly per main process and on major change; reviewed at stop 4.
/// </summary>
public sealed class Risk
{
    private readonly List<RiskChange> _history;

    public Risk(string id, string unitId, string process, string description, Probability probability, Consequence consequence, IReadOnlyList<string> actionIds, DateTimeOffset assessedAt, IEnumerable<RiskChange> history)
    {
        Id = id;
        UnitId = unitId;
        Process = process;
        Description = description;
        Probability = probability;
        Consequence = consequence;
        ActionIds = actionIds;
        AssessedAt = assessedAt;
        _history = history.ToList();
    }

    /// <summary>
    /// Who may add a risk to the unit's register: its manager and the quality developers. Anyone who works with the unit
    /// may read it.
    /// </summary>
    public static bool CanAdd(Person person, Unit unit) => person.Manages(unit) || person.Role == Role.Verksamhetsutvecklare;

    /// <summary>
    /// A new risk in the unit's register, by its manager or a quality developer. Every field is checked at once and each
    /// refusal names its own field: the process, the description (free text, by the one rule for it), the probability,
    /// the consequence.
    /// </summary>
    public static Risk Identify(string id, Unit unit, Person by, string? process, string? description, Probability? probability, Consequence? consequence, DateTimeOffset at)
    {
        var refusals = new List<Refusal>();
        if (!CanAdd(by, unit))
        {
            refusals.Add(new(RefusalReason.NotAllowed, Field.Description));
        }

        refusals.AddRange(FreeText.Check(process, Field.Process));
        refusals.AddRange(FreeText.Check(description, Field.Description));
        if (probability is not { } chosenProbability || !Enum.IsDefined(chosenProbability))
        {
            refusals.Add(new(RefusalReason.Required, Field.Probability));
        }

        if (consequence is not { } chosenConsequence || !Enum.IsDefined(chosenConsequence))
        {
            refusals.Add(new(RefusalReason.Required, Field.Consequence));
        }

        RuleException.ThrowIfAny(refusals);
        var (likelihood, impact) = (probability!.Value, consequence!.Value);
        return new Risk(id, unit.Id, process!.Trim(), description!.Trim(), likelihood, impact, [], at,
            [new RiskChange(at, by.Id, by.Name, $"Identifierad: sannolikhet {(int)likelihood}, konsekvens {(int)impact}")]);
    }

    public string Id { get; }

    public string UnitId { get; }

    public string Process { get; }

    public string Description { get; }

    public Probability Probability { get; private set; }

    public Consequence Consequence { get; private set; }

    public IReadOnlyList<string> ActionIds { get; }

    public DateTimeOffset AssessedAt { get; private set; }

    public IReadOnlyList<RiskChange> History => _history;

    public int Value => (int)Probability * (int)Consequence;

    public RiskLevel Level => LevelOf(Value);

    public static RiskLevel LevelOf(int value) => value >= 8 ? RiskLevel.Kritisk : value >= 4 ? RiskLevel.Medium : RiskLevel.Lag;

    /// <summary>Assesses the risk again (at stop 4, or after a change); the earlier assessment stays in the history.</summary>
    public void Reassess(Person by, Probability probability, Consequence consequence, DateTimeOffset at)
    {
        _history.Add(new RiskChange(at, by.Id, by.Name, $"Omvärderad: {Value} → {(int)probability * (int)consequence}"));
        Probability = probability;
        Consequence = consequence;
        AssessedAt = at;
    }
}
