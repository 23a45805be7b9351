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

/// <summary>
/// Whether a risk is still in the register's count: aktuell, or no longer (åtgärdad: the actions took it away;
/// inaktuell: the work it was about changed). A risk that is no longer current is kept with its reason, never deleted:
/// the register shows what was assessed and what became of it.
/// </summary>
public enum RiskState
{
    Aktuell,
    Atgardad,
    Inaktuell,
}

/// <summary>What a change to a risk was.</summary>
public enum RiskChangeKind
{
    Identifierad,
    Omvarderad,
    Avslutad,
}

/// <summary>One assessment: probability × consequence.</summary>
public sealed record RiskAssessment(Probability Probability, Consequence Consequence)
{
    public int Value => (int)Probability * (int)Consequence;

    public RiskLevel Level => Risk.LevelOf(Value);
}

/// <summary>
/// One change to a risk, kept as its history: who, when, what. An assessment (identified, re-assessed) names the
/// assessment before (<paramref name="From"/>, none when identified) and after (<paramref name="To"/>) and the
/// motivation; closing names the state and the reason. Rows written before these were kept have only
/// <paramref name="What"/>.
/// </summary>
public sealed record RiskChange(
    DateTimeOffset At,
    string PersonId,
    string PersonName,
    string What,
    RiskChangeKind Kind = RiskChangeKind.Identifierad,
    RiskAssessment? From = null,
    RiskAssessment? To = null,
    string? Comment = null,
    RiskState? State = null);

/// <summary>
/// One risk in a unit's risk register, per main process: probability × consequence = value 1-16, a level, and the
/// actions taken (actions in the unit's plan whose origin is the risk, <see cref="RiskActions"/>). Done yearly per main
/// process and on major change; reviewed at stop 4, where each risk is assessed again.
/// </summary>
public sealed class Risk
{
    private readonly List<RiskChange> _history;

    public Risk(
        string id, string unitId, string process, string description, Probability probability, Consequence consequence, DateTimeOffset assessedAt,
        IEnumerable<RiskChange> history, RiskState state = RiskState.Aktuell, string? closingReason = null)
    {
        Id = id;
        UnitId = unitId;
        Process = process;
        Description = description;
        Probability = probability;
        Consequence = consequence;
        AssessedAt = assessedAt;
        State = state;
        ClosingReason = closingReason;
        _history = history.ToList();
    }

    /// <summary>
    /// Who may add a risk to the unit's register, assess it again, close it and plan its actions: its manager and the
    /// quality developers. Anyone who works with the unit may read it.
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
        refusals.AddRange(CheckAssessment(probability, consequence));
        RuleException.ThrowIfAny(refusals);
        var assessment = new RiskAssessment(probability!.Value, consequence!.Value);
        return new Risk(id, unit.Id, process!.Trim(), description!.Trim(), assessment.Probability, assessment.Consequence, at,
            [new RiskChange(at, by.Id, by.Name, $"Identifierad: {Describe(assessment)}", RiskChangeKind.Identifierad, To: assessment)]);
    }

    public string Id { get; }

    public string UnitId { get; }

    public string Process { get; }

    public string Description { get; }

    public Probability Probability { get; private set; }

    public Consequence Consequence { get; private set; }

    /// <summary>When it was last assessed (identified or assessed again).</summary>
    public DateTimeOffset AssessedAt { get; private set; }

    public RiskState State { get; private set; }

    /// <summary>Why it is no longer current; null while it is.</summary>
    public string? ClosingReason { get; private set; }

    public IReadOnlyList<RiskChange> History => _history;

    /// <summary>
    /// How many changes the risk has had: a card carries the revision it showed, and a change made on an older one is
    /// refused <see cref="RefusalReason.ChangedMeanwhile"/>, so nobody overwrites an assessment they never saw.
    /// </summary>
    public int Revision => _history.Count;

    public RiskAssessment Assessment => new(Probability, Consequence);

    public int Value => (int)Probability * (int)Consequence;

    public RiskLevel Level => LevelOf(Value);

    public bool IsCurrent => State == RiskState.Aktuell;

    public static RiskLevel LevelOf(int value) => value >= 8 ? RiskLevel.Kritisk : value >= 4 ? RiskLevel.Medium : RiskLevel.Lag;

    /// <summary>
    /// The manager or a quality developer assesses the risk again (at stop 4, or after a change), with a motivation:
    /// a register people trust says why a value went down. The same values again is a review that confirms them, and is
    /// kept as one. The earlier assessment stays in the history (who, when, from → to, why). Refused, each naming its
    /// field: someone else, a risk no longer current, a card older than the risk, no probability or consequence, no
    /// motivation (or one with a personnummer).
    /// </summary>
    public void Reassess(Person by, Unit unit, Probability? probability, Consequence? consequence, string? motivation, int readRevision, DateTimeOffset at)
    {
        RequireChangeable(by, unit, readRevision);
        var refusals = CheckAssessment(probability, consequence).ToList();
        refusals.AddRange(FreeText.Check(motivation, Field.RiskComment));
        RuleException.ThrowIfAny(refusals);

        var from = Assessment;
        var to = new RiskAssessment(probability!.Value, consequence!.Value);
        _history.Add(new RiskChange(at, by.Id, by.Name, $"Omvärderad: {Describe(from)} → {Describe(to)}", RiskChangeKind.Omvarderad, from, to, motivation!.Trim()));
        Probability = to.Probability;
        Consequence = to.Consequence;
        AssessedAt = at;
    }

    /// <summary>
    /// The manager or a quality developer marks the risk as no longer current — åtgärdad or inaktuell — with the reason.
    /// It stays in the register (below the current ones) with its history and actions.
    /// </summary>
    public void Close(Person by, Unit unit, RiskState? state, string? reason, int readRevision, DateTimeOffset at)
    {
        RequireChangeable(by, unit, readRevision);
        var refusals = new List<Refusal>();
        if (state is not (RiskState.Atgardad or RiskState.Inaktuell))
        {
            refusals.Add(new(RefusalReason.Required, Field.RiskState));
        }

        refusals.AddRange(FreeText.Check(reason, Field.RiskClosing));
        RuleException.ThrowIfAny(refusals);

        State = state!.Value;
        ClosingReason = reason!.Trim();
        _history.Add(new RiskChange(at, by.Id, by.Name, $"Inte längre aktuell: {State}", RiskChangeKind.Avslutad, Comment: ClosingReason, State: State));
    }

    /// <summary>
    /// Whether the person may plan an action against this risk now: one who may change it, while it is current.
    /// Refused as <see cref="Reassess"/> is, naming the field of the action's text.
    /// </summary>
    public void RequireActionable(Person by, Unit unit)
    {
        if (!CanAdd(by, unit) || !string.Equals(unit.Id, UnitId, StringComparison.Ordinal))
        {
            throw new RuleException(RefusalReason.NotAllowed);
        }

        if (!IsCurrent)
        {
            throw new RuleException(RefusalReason.WrongState);
        }
    }

    /// <summary>The assessment the risk had at the end of a calendar year's last assessment of it (Swedish time); null when it was not assessed that year.</summary>
    public RiskAssessment? LastAssessmentIn(int year) => LastAssessmentIn(at => Time.SwedishTime.ToSwedish(at).Year == year);

    /// <summary>The assessment the risk had after its last assessment in a quality year's span (Swedish days); null when it was not assessed then.</summary>
    public RiskAssessment? LastAssessmentIn(Wheel.QualityYearSpan span) => LastAssessmentIn(span.Contains);

    private RiskAssessment? LastAssessmentIn(Func<DateTimeOffset, bool> inPeriod)
    {
        RiskAssessment? last = null;
        var anyKept = false;
        foreach (var change in _history)
        {
            if (change.To is { } to)
            {
                anyKept = true;
                if (inPeriod(change.At))
                {
                    last = to;
                }
            }
        }

        // Risks saved before assessments were kept in the history: their one assessment is the current one.
        return anyKept ? last : inPeriod(AssessedAt) ? Assessment : null;
    }

    private void RequireChangeable(Person by, Unit unit, int readRevision)
    {
        if (!CanAdd(by, unit) || !string.Equals(unit.Id, UnitId, StringComparison.Ordinal))
        {
            throw new RuleException(RefusalReason.NotAllowed);
        }

        if (!IsCurrent)
        {
            throw new RuleException(RefusalReason.WrongState);
        }

        if (readRevision != Revision)
        {
            throw new RuleException(RefusalReason.ChangedMeanwhile);
        }
    }

    private static IEnumerable<Refusal> CheckAssessment(Probability? probability, Consequence? consequence)
    {
        if (probability is not { } chosenProbability || !Enum.IsDefined(chosenProbability))
        {
            yield return new(RefusalReason.Required, Field.Probability);
        }

        if (consequence is not { } chosenConsequence || !Enum.IsDefined(chosenConsequence))
        {
            yield return new(RefusalReason.Required, Field.Consequence);
        }
    }

    private static string Describe(RiskAssessment assessment) =>
        $"sannolikhet {(int)assessment.Probability}, konsekvens {(int)assessment.Consequence} = {assessment.Value}";
}
