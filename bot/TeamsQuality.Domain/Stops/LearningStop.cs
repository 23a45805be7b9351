using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Stops;

public enum StopStatus
{
    EjPaborjad,
    Paborjad,
    Klar,
}

/// <summary>The direction since last year, set when a stop is finished.</summary>
public enum Trend
{
    EjBedomd,
    Battre,
    Oforandrad,
    Samre,
}

/// <summary>Identifies one unit's instance of a stop in a wheel year.</summary>
public sealed record StopKey(TenantId Tenant, string UnitId, int Year, int Number);

/// <summary>Something a person in the unit said in one step of the analysis.</summary>
public sealed record Contribution(string Id, AnalysisStep Step, string AuthorId, string AuthorName, string Text, DateTimeOffset At);

/// <summary>The documented summary of a step, written by the manager or the person the manager delegated to.</summary>
public sealed record StepSummary(AnalysisStep Step, string Text, string AuthorId, string AuthorName, DateTimeOffset At, int Revision);

/// <summary>A proposal from step 4 that becomes an action in the unit's plan when the stop is finished.</summary>
public sealed record ProposedAction(string Id, string Title, string? OwnerId, string? OwnerName, DateOnly? DueDate, string ProposedById, DateTimeOffset At);

/// <summary>How the stop ended: the assessment (bedömning), trend and comment.</summary>
public sealed record StopConclusion(bool NeedsAction, Trend Trend, string? Comment, string FinishedById, string FinishedByName, DateTimeOffset FinishedAt);

/// <summary>One change to the stop: who, when, what. The record is a public document; its history is kept.</summary>
public sealed record StopChange(DateTimeOffset At, string PersonId, string PersonName, StopChangeKind Kind, string? Detail);

public enum StopChangeKind
{
    Started,
    Contributed,
    SummaryWritten,
    Delegated,
    ActionProposed,
    Finished,

    /// <summary>The documenter moved the unit's analysis on to a later step.</summary>
    MovedOn,
}

/// <summary>How far a stop has come: its status and the step the unit's analysis is in. What the channel's card shows.</summary>
public readonly record struct StopProgress(StopStatus Status, AnalysisStep Step);

/// <summary>
/// One unit's instance of a learning stop (hållplats för lärande) in a wheel year: the definition it was planned
/// from (kept, so later template changes never rewrite it), the analysis the unit does together, its documentation,
/// the proposals that become actions, and the history of every change.
/// </summary>
public sealed class LearningStop
{
    /// <summary>The longest free text (see <see cref="FreeText"/>): the cards' inputs say so too.</summary>
    public const int LongestText = FreeText.LongestText;

    private readonly List<Contribution> _contributions;
    private readonly Dictionary<AnalysisStep, StepSummary> _summaries;
    private readonly List<ProposedAction> _proposals;
    private readonly List<StopChange> _history;
    private readonly int _loadedChanges;

    public LearningStop(
        StopKey key,
        StopDefinition definition,
        DateOnly opens,
        DateOnly dueDate,
        StopStatus status,
        string? delegateId,
        string? delegateName,
        IEnumerable<Contribution> contributions,
        IEnumerable<StepSummary> summaries,
        IEnumerable<ProposedAction> proposals,
        StopConclusion? conclusion,
        IEnumerable<StopChange> history,
        AnalysisStep currentStep = AnalysisStep.Nulagesbeskrivning)
    {
        Key = key;
        Definition = definition;
        Opens = opens;
        DueDate = dueDate;
        Status = status;
        DelegateId = delegateId;
        DelegateName = delegateName;
        _contributions = contributions.OrderBy(c => c.At).ToList();
        _summaries = summaries.ToDictionary(s => s.Step);
        _proposals = proposals.OrderBy(p => p.At).ToList();
        Conclusion = conclusion;
        _history = history.OrderBy(h => h.At).ToList();
        _loadedChanges = _history.Count;
        CurrentStep = currentStep;
    }

    /// <summary>A stop planned for a unit's year, not yet started.</summary>
    public static LearningStop Plan(StopKey key, StopDefinition definition, int startMonth) =>
        new(key, definition, QualityYear.Opens(definition, key.Year, startMonth), QualityYear.DueDate(definition, key.Year, startMonth),
            StopStatus.EjPaborjad, null, null, [], [], [], null, []);

    public StopKey Key { get; }

    public StopDefinition Definition { get; }

    public DateOnly Opens { get; }

    public DateOnly DueDate { get; }

    public StopStatus Status { get; private set; }

    /// <summary>The staff member the manager delegated the documentation to, if any.</summary>
    public string? DelegateId { get; private set; }

    public string? DelegateName { get; private set; }

    public IReadOnlyList<Contribution> Contributions => _contributions;

    public IReadOnlyDictionary<AnalysisStep, StepSummary> Summaries => _summaries;

    public IReadOnlyList<ProposedAction> Proposals => _proposals;

    public StopConclusion? Conclusion { get; private set; }

    /// <summary>
    /// The step the unit's analysis is in: step 1 when started, later when the documenter moves on. The channel's card
    /// shows it and opens the stop there.
    /// </summary>
    public AnalysisStep CurrentStep { get; private set; }

    public StopProgress Progress => new(Status, CurrentStep);

    /// <summary>Who started the stop, when the history is loaded.</summary>
    public string? StartedByName => _history.FirstOrDefault(h => h.Kind == StopChangeKind.Started)?.PersonName;

    public IReadOnlyList<StopChange> History => _history;

    /// <summary>Changes made since the stop was loaded, for storage to append.</summary>
    public IReadOnlyList<StopChange> NewChanges => _history.Skip(_loadedChanges).ToList();

    public IEnumerable<Contribution> ContributionsTo(AnalysisStep step) => _contributions.Where(c => c.Step == step);

    public StepSummary? SummaryOf(AnalysisStep step) => _summaries.GetValueOrDefault(step);

    public bool IsOverdue(DateOnly today) => Status != StopStatus.Klar && today > DueDate;

    /// <summary>Logbook notes under the theme written since this point are the stop's material (the year before it is due).</summary>
    public DateTimeOffset LogbookMaterialFrom => new(DueDate.AddYears(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    // ---- Who may do what ----

    /// <summary>
    /// The unit's people see the stop; so do the deputy director, the director and the quality developers. The manager
    /// group's stops are seen by its members and by those who follow every unit, not by staff.
    /// </summary>
    public static bool CanSee(Person person, Unit unit) =>
        ManagerGroup.IsGroup(unit.Id) ? ManagerGroup.CanSee(person) : person.WorksWith(unit.Id);

    /// <summary>
    /// The unit's people take part; for a stop the template gives the manager group the deputy director does too. In
    /// the manager group's own stop, its members take part: the unit managers and the deputy director.
    /// </summary>
    public bool CanTakePart(Person person, Unit unit) =>
        ManagerGroup.IsGroup(unit.Id) ? ManagerGroup.Includes(person)
        : string.Equals(person.UnitId, unit.Id, StringComparison.Ordinal) || LeadsManagerGroup(person, unit);

    /// <summary>The manager documents (for the manager group, the deputy director), or the person they delegated to.</summary>
    public bool CanDocument(Person person, Unit unit) =>
        CanManage(person, unit)
        || (DelegateId is not null && string.Equals(DelegateId, person.Id, StringComparison.OrdinalIgnoreCase) && CanTakePart(person, unit));

    /// <summary>The unit's manager starts the stop and delegates its documentation; the manager group's, the deputy director.</summary>
    public bool CanManage(Person person, Unit unit) => person.Manages(unit) || LeadsManagerGroup(person, unit);

    /// <summary>
    /// A unit's copy of a manager-group stop: planned for every unit before the group held its stops once (years planned
    /// then still have them). Once the group holds the stop, nobody is nudged about the copy: it is the group's to hold.
    /// </summary>
    public bool IsUnitCopyOfGroupStop => ManagerGroup.Holds(Definition) && !ManagerGroup.IsGroup(Key.UnitId);

    /// <summary>The group's own people (for delegating and owning its actions): for a unit its staff and manager, for the manager group its members.</summary>
    private static bool InCircle(Person person, Unit unit) =>
        ManagerGroup.IsGroup(unit.Id) ? ManagerGroup.Includes(person) : person.BelongsTo(unit);

    private bool LeadsManagerGroup(Person person, Unit unit) =>
        ManagerGroup.IsGroup(unit.Id) ? ManagerGroup.Leads(person)
        : Definition.HeldBy != StopHolder.Enhet && person.Role == Role.BitradandeSocialchef;

    // ---- What happens ----

    /// <summary>The manager starts the stop now (also before its month).</summary>
    public void Start(Person by, Unit unit, DateTimeOffset at)
    {
        Require(CanManage(by, unit), RefusalReason.NotManager);
        RequireOpen();
        if (Status == StopStatus.EjPaborjad)
        {
            Status = StopStatus.Paborjad;
            Record(at, by, StopChangeKind.Started, null);
        }
    }

    /// <summary>
    /// The documenter moves the unit's analysis on to a later step (Nästa steg). Going back to read a step, or someone
    /// else browsing ahead, does not move the unit. Returns whether it moved.
    /// </summary>
    public bool MoveOn(Person by, Unit unit, AnalysisStep step, DateTimeOffset at)
    {
        if (Status != StopStatus.Paborjad || step <= CurrentStep || !CanDocument(by, unit))
        {
            return false;
        }

        CurrentStep = step;
        Record(at, by, StopChangeKind.MovedOn, step.ToString());
        return true;
    }

    /// <summary>Anyone in the unit adds to a step of the analysis.</summary>
    public Contribution Contribute(Person by, Unit unit, AnalysisStep step, string? text, DateTimeOffset at, string id)
    {
        Require(CanTakePart(by, unit), RefusalReason.NotInUnit);
        RequireOpen();
        var clean = FreeText.Clean(text, Field.Contribution);
        var contribution = new Contribution(id, step, by.Id, by.Name, clean, at);
        _contributions.Add(contribution);
        StartedBy(by, at);
        Record(at, by, StopChangeKind.Contributed, step.ToString());
        return contribution;
    }

    /// <summary>
    /// The documenter writes a step's summary. <paramref name="readRevision"/> is the revision the writer saw: if
    /// somebody saved another since, nothing is overwritten and the summary is refused as
    /// <see cref="RefusalReason.ChangedMeanwhile"/>, so both texts can be kept.
    /// </summary>
    public StepSummary WriteSummary(Person by, Unit unit, AnalysisStep step, string? text, int readRevision, DateTimeOffset at)
    {
        Require(CanDocument(by, unit), RefusalReason.NotDocumenter);
        RequireOpen();
        var clean = FreeText.Clean(text, Field.Summary);
        var current = SummaryOf(step);
        if ((current?.Revision ?? 0) != readRevision)
        {
            throw new RuleException(RefusalReason.ChangedMeanwhile, Field.Summary);
        }

        var summary = new StepSummary(step, clean, by.Id, by.Name, at, readRevision + 1);
        _summaries[step] = summary;
        StartedBy(by, at);
        Record(at, by, StopChangeKind.SummaryWritten, step.ToString());
        return summary;
    }

    /// <summary>The manager lets a staff member of the unit document the stop.</summary>
    public void DelegateDocumentation(Person manager, Unit unit, Person documenter, DateTimeOffset at)
    {
        Require(CanManage(manager, unit), RefusalReason.NotManager);
        Require(InCircle(documenter, unit), RefusalReason.NotInUnit, Field.Documenter);
        RequireOpen();
        DelegateId = documenter.Id;
        DelegateName = documenter.Name;
        Record(at, manager, StopChangeKind.Delegated, documenter.Name);
    }

    /// <summary>
    /// A proposal in step 4; it becomes an action when the stop is finished. Its owner, if named, is one of the unit's
    /// people or its manager, as for delegation: the unit's plan is not given to another unit's people.
    /// </summary>
    public ProposedAction Propose(Person by, Unit unit, string? title, Person? owner, DateOnly? dueDate, DateTimeOffset at, string id)
    {
        Require(CanTakePart(by, unit), RefusalReason.NotInUnit);
        RequireOpen();
        Require(owner is null || InCircle(owner, unit), RefusalReason.NotInUnit, Field.ProposalOwner);
        var clean = FreeText.Clean(title, Field.ProposalTitle);
        var proposal = new ProposedAction(id, clean, owner?.Id, owner?.Name, dueDate, by.Id, at);
        _proposals.Add(proposal);
        StartedBy(by, at);
        Record(at, by, StopChangeKind.ActionProposed, clean);
        return proposal;
    }

    /// <summary>
    /// The documenter finishes the stop: status Klar, the assessment, trend and comment. Every proposal becomes an
    /// action in the unit's plan, owned by its owner (or the unit's manager), with origin this stop.
    /// </summary>
    /// <param name="unitManager">The unit's manager, who owns the actions nobody else was named for.</param>
    public IReadOnlyList<ImprovementAction> Finish(Person by, Unit unit, bool needsAction, Trend trend, string? comment, DateTimeOffset at, Person? unitManager = null)
    {
        Require(CanDocument(by, unit), RefusalReason.NotDocumenter);
        RequireOpen();
        RuleException.ThrowIfAny(FreeText.Check(comment, Field.Comment, required: false).ToList());
        var cleanComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Conclusion = new StopConclusion(needsAction, trend, cleanComment, by.Id, by.Name, at);
        Status = StopStatus.Klar;
        Record(at, by, StopChangeKind.Finished, needsAction ? "behöver åtgärder" : "inga åtgärder");
        var origin = StopActions.Origin(this);
        return _proposals
            .Select(p => ImprovementAction.Create(
                Key.Tenant, Key.UnitId, "ha-" + p.Id, p.Title, p.OwnerId ?? unit.ManagerId, p.OwnerId is null ? ManagerName(unit, by, unitManager) : p.OwnerName, p.DueDate, origin, by, at,
                cause: null, purpose: ActionPurpose.Forebyggande))
            .ToList();
    }

    private static string? ManagerName(Unit unit, Person by, Person? unitManager) =>
        unitManager is not null && string.Equals(unitManager.Id, unit.ManagerId, StringComparison.OrdinalIgnoreCase) ? unitManager.Name
        : string.Equals(by.Id, unit.ManagerId, StringComparison.OrdinalIgnoreCase) ? by.Name
        : null;

    private void StartedBy(Person by, DateTimeOffset at)
    {
        if (Status == StopStatus.EjPaborjad)
        {
            Status = StopStatus.Paborjad;
            Record(at, by, StopChangeKind.Started, null);
        }
    }

    private void RequireOpen()
    {
        if (Status == StopStatus.Klar)
        {
            throw new RuleException(RefusalReason.AlreadyFinished);
        }
    }

    /// <summary>A rule about who may do it (or whom they named): refused, naming the field when it is about one.</summary>
    private static void Require(bool allowed, RefusalReason reason, Field field = Field.None)
    {
        if (!allowed)
        {
            throw new RuleException(reason, field);
        }
    }

    private void Record(DateTimeOffset at, Person by, StopChangeKind kind, string? detail)
    {
        _history.Add(new StopChange(at, by.Id, by.Name, kind, detail));
    }
}
