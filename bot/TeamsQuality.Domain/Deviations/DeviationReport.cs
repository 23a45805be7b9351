using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Privacy;

namespace TeamsQuality.Domain.Deviations;

public enum ReportStatus
{
    /// <summary>Filed, waiting for the manager's assessment (or, for feedback, received).</summary>
    Inkommen,

    /// <summary>Assessed by the manager: severity and immediate actions recorded.</summary>
    Bedomd,

    /// <summary>Being investigated by a quality developer.</summary>
    UnderUtredning,

    /// <summary>A view, complaint or praise that has been answered.</summary>
    Besvarad,

    /// <summary>Closed with a decision.</summary>
    Avslutad,
}

/// <summary>Whose decision an open report waits for.</summary>
public enum ReportWait
{
    /// <summary>The manager's assessment of a deviation or lex Sarah report.</summary>
    Assessment,

    /// <summary>The manager's answer to a view, complaint or praise.</summary>
    Answer,

    /// <summary>The deputy director's decision on reporting to IVO.</summary>
    IvoDecision,
}

/// <summary>The fields a person fills in; named so a refusal can say which field it is about.</summary>
public enum ReportField
{
    Kind,
    Unit,
    WhatHappened,
    OccurredAt,
    ImmediateMeasures,
    Severity,
    ImmediateActions,
    Motivation,
    Investigation,
    ActionTitle,
    Decision,
    Answer,

    /// <summary>The category of a deviation or lex Sarah report, on filing or assessment.</summary>
    Category,

    /// <summary>The person named owner of an action the report leads to.</summary>
    ActionOwner,

    /// <summary>A risk's main process (huvudprocess).</summary>
    RiskProcess,

    /// <summary>A risk's description.</summary>
    RiskDescription,

    /// <summary>A risk's probability 1-4 (sannolikhet).</summary>
    RiskProbability,

    /// <summary>A risk's consequence 1-4 (konsekvens).</summary>
    RiskConsequence,
}

public enum ReportProblemKind
{
    Required,
    InTheFuture,
    ContainsPersonalIdentityNumber,
    TooLong,
    NotAllowed,
    WrongState,
    IvoDecisionMissing,

    /// <summary>A choice that is not one of the field's choices (a category that does not exist).</summary>
    UnknownChoice,

    /// <summary>The person named is not one of the unit's people nor its manager.</summary>
    NotInUnit,
}

public sealed record ReportProblem(ReportField Field, ReportProblemKind Kind);

/// <summary>The report's rules said no; nothing changed.</summary>
public sealed class ReportRuleException(IReadOnlyList<ReportProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Kind}")))
{
    public IReadOnlyList<ReportProblem> Problems { get; } = problems;
}

/// <summary>What the reporter fills in on the phone card.</summary>
public sealed record ReportFiling(ReportKind? Kind, string? UnitId, string? WhatHappened, DateTimeOffset? OccurredAt, string? ImmediateMeasures, DeviationCategory? Category);

public sealed record Assessment(Severity Severity, string ImmediateActions, DeviationCategory? Category, string ById, string ByName, DateTimeOffset At);

public sealed record IvoDecision(bool ReportToIvo, string Motivation, string ById, string ByName, DateTimeOffset At);

/// <summary>What an investigation records (DOMAIN.md, deviations).</summary>
public enum InvestigationTopic
{
    HandelseOchKonsekvenser,
    NarDetHande,
    NarDetUpptacktes,
    Orsaker,
    HarHantTidigare,
    KanHandaIgen,
    Beslut,
}

/// <summary>An entry of the investigation: dated, signed, and marked as fact or assessment.</summary>
public sealed record InvestigationEntry(string Id, InvestigationTopic Topic, string Text, bool IsFact, string AuthorId, string AuthorName, DateTimeOffset At);

public sealed record ReportClosing(string Decision, string ById, string ByName, DateTimeOffset At);

public sealed record FeedbackAnswer(string Text, string ById, string ByName, DateTimeOffset At);

public enum ReportChangeKind
{
    Filed,
    Assessed,
    IvoDecided,
    InvestigationEntryAdded,
    ActionAdded,
    Answered,
    Closed,
}

/// <summary>One change to the report: who, when, what. The report is a public record once filed; nothing is rewritten.</summary>
public sealed record ReportChange(DateTimeOffset At, string PersonId, string PersonName, ReportChangeKind Kind, string? Detail);

/// <summary>
/// A report of a deviation, a lex Sarah matter, or a view, complaint or praise: filed by staff, assessed by the unit's
/// manager (severity on the 1-4 matrix; 3-4 must be reported to IVO, decided by the deputy director), investigated by a
/// quality developer, and closed with a decision. Views, complaints and praise are received, answered and closed.
/// Details are for the reporter, the unit's manager, the quality developers and the deputy director only.
/// </summary>
public sealed class DeviationReport
{
    public const int LongestText = 4000;

    private readonly List<InvestigationEntry> _investigation;
    private readonly List<string> _actionIds;
    private readonly List<ReportChange> _history;
    private readonly int _loadedChanges;

    public DeviationReport(
        TenantId tenant, ReportReference reference, ReportKind kind, string unitId, string reporterId, string reporterName, DateTimeOffset filedAt,
        string whatHappened, DateTimeOffset occurredAt, string? immediateMeasures, DeviationCategory? category, ReportStatus status,
        Assessment? assessment, IvoDecision? ivoDecision, IEnumerable<InvestigationEntry> investigation, IEnumerable<string> actionIds,
        ReportClosing? closing, FeedbackAnswer? answer, IEnumerable<ReportChange> history)
    {
        Tenant = tenant;
        Reference = reference;
        Kind = kind;
        UnitId = unitId;
        ReporterId = reporterId;
        ReporterName = reporterName;
        FiledAt = filedAt;
        WhatHappened = whatHappened;
        OccurredAt = occurredAt;
        ImmediateMeasures = immediateMeasures;
        Category = category;
        Status = status;
        Assessment = assessment;
        IvoDecision = ivoDecision;
        _investigation = investigation.OrderBy(e => e.At).ToList();
        _actionIds = actionIds.ToList();
        Closing = closing;
        Answer = answer;
        _history = history.OrderBy(h => h.At).ToList();
        _loadedChanges = _history.Count;
    }

    public TenantId Tenant { get; }

    public ReportReference Reference { get; }

    public ReportKind Kind { get; }

    public string UnitId { get; }

    public string ReporterId { get; }

    public string ReporterName { get; }

    public DateTimeOffset FiledAt { get; }

    public string WhatHappened { get; }

    public DateTimeOffset OccurredAt { get; }

    public string? ImmediateMeasures { get; }

    /// <summary>The category the reporter chose, or the manager set when assessing.</summary>
    public DeviationCategory? Category { get; private set; }

    public ReportStatus Status { get; private set; }

    public Assessment? Assessment { get; private set; }

    public IvoDecision? IvoDecision { get; private set; }

    public IReadOnlyList<InvestigationEntry> Investigation => _investigation;

    /// <summary>The actions this report led to, by id, in the unit's plan.</summary>
    public IReadOnlyList<string> ActionIds => _actionIds;

    public ReportClosing? Closing { get; private set; }

    public FeedbackAnswer? Answer { get; private set; }

    public IReadOnlyList<ReportChange> History => _history;

    public IReadOnlyList<ReportChange> NewChanges => _history.Skip(_loadedChanges).ToList();

    /// <summary>A deviation or lex Sarah report the manager has not assessed yet (views, complaints and praise are answered instead).</summary>
    public bool AwaitsAssessment => Status == ReportStatus.Inkommen && !Kind.IsFeedback();

    /// <summary>Severity 3-4 was assessed and the deputy director has not yet decided on reporting to IVO.</summary>
    public bool AwaitsIvoDecision => Assessment?.Severity.MustBeReportedToIvo() == true && IvoDecision is null;

    /// <summary>
    /// What the report waits for and since when: the manager's assessment (or answer, for a view, complaint or praise)
    /// since it was filed, or the deputy director's IVO decision since the assessment; null when it waits for nobody's
    /// decision (investigated, answered, closed).
    /// </summary>
    public (ReportWait What, DateTimeOffset Since)? Waiting =>
        Status == ReportStatus.Avslutad ? null
        : AwaitsIvoDecision ? (ReportWait.IvoDecision, Assessment!.At)
        : Status == ReportStatus.Inkommen ? (Kind.IsFeedback() ? ReportWait.Answer : ReportWait.Assessment, FiledAt)
        : null;

    // ---- Filing ----

    /// <summary>Everything wrong with a filing, field by field; empty when it may be filed.</summary>
    public static IReadOnlyList<ReportProblem> Check(ReportFiling filing, DateTimeOffset now)
    {
        var problems = new List<ReportProblem>();
        if (filing.Kind is null)
        {
            problems.Add(new(ReportField.Kind, ReportProblemKind.Required));
        }

        if (string.IsNullOrWhiteSpace(filing.UnitId))
        {
            problems.Add(new(ReportField.Unit, ReportProblemKind.Required));
        }

        CheckText(problems, ReportField.WhatHappened, filing.WhatHappened, required: true);
        CheckText(problems, ReportField.ImmediateMeasures, filing.ImmediateMeasures, required: false);
        CheckCategory(problems, filing.Category);
        if (filing.OccurredAt is null)
        {
            problems.Add(new(ReportField.OccurredAt, ReportProblemKind.Required));
        }
        else if (filing.OccurredAt > now.AddMinutes(5))
        {
            problems.Add(new(ReportField.OccurredAt, ReportProblemKind.InTheFuture));
        }

        return problems;
    }

    /// <summary>Files a report as the reporter; refuses with every problem at once.</summary>
    public static DeviationReport File(TenantId tenant, ReportReference reference, ReportFiling filing, Person reporter, Unit unit, DateTimeOffset now)
    {
        var problems = Check(filing, now);
        if (problems.Count > 0)
        {
            throw new ReportRuleException(problems);
        }

        var report = new DeviationReport(
            tenant, reference, filing.Kind!.Value, unit.Id, reporter.Id, reporter.Name, now, filing.WhatHappened!.Trim(), filing.OccurredAt!.Value,
            string.IsNullOrWhiteSpace(filing.ImmediateMeasures) ? null : filing.ImmediateMeasures.Trim(), filing.Category, ReportStatus.Inkommen,
            null, null, [], [], null, null, []);
        report.Record(now, reporter, ReportChangeKind.Filed, filing.Kind.ToString());
        return report;
    }

    // ---- Who may see and do what ----

    /// <summary>
    /// The reporter, the unit's manager (or the substitute acting for them now), the quality developers and the deputy
    /// director; nobody else.
    /// </summary>
    public static bool CanSee(Person viewer, Unit unit, string reporterId, DateTimeOffset now) =>
        string.Equals(viewer.Id, reporterId, StringComparison.OrdinalIgnoreCase) || CanFollowUnit(viewer, unit, now);

    public bool CanSee(Person viewer, Unit unit, DateTimeOffset now) => CanSee(viewer, unit, ReporterId, now);

    /// <summary>
    /// Whether the person follows every report of the unit (its list of open reports): the one acting as its manager
    /// now, the quality developers and the deputy director. Staff follow their own reports only.
    /// </summary>
    public static bool CanFollowUnit(Person person, Unit unit, DateTimeOffset now) =>
        person.ActsAsManagerOf(unit, now) || person.Role is Role.Verksamhetsutvecklare or Role.BitradandeSocialchef;

    /// <summary>The units whose reports the person follows now, by name (see <see cref="CanFollowUnit"/>).</summary>
    public static IReadOnlyList<Unit> UnitsFollowedBy(Organisation organisation, Person person, DateTimeOffset now) =>
        organisation.Units
            .Where(unit => CanFollowUnit(person, unit, now))
            .OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), false))
            .ToList();

    /// <summary>The unit's manager, or the substitute acting for them now.</summary>
    public static bool CanAssess(Person person, Unit unit, DateTimeOffset now) => person.ActsAsManagerOf(unit, now);

    public static bool CanDecideIvo(Person person) => person.Role == Role.BitradandeSocialchef;

    public static bool CanInvestigate(Person person) => person.Role == Role.Verksamhetsutvecklare;

    public static bool CanClose(Person person, Unit unit, DateTimeOffset now) => person.Role == Role.Verksamhetsutvecklare || person.ActsAsManagerOf(unit, now);

    // ---- What happens ----

    /// <summary>The manager records severity on the 1-4 matrix and the immediate actions.</summary>
    public void Assess(Person manager, Unit unit, Severity severity, string? immediateActions, DeviationCategory? category, DateTimeOffset at)
    {
        Require(CanAssess(manager, unit, at), ReportField.Severity, ReportProblemKind.NotAllowed);
        Require(!Kind.IsFeedback() && Status is ReportStatus.Inkommen or ReportStatus.Bedomd, ReportField.Severity, ReportProblemKind.WrongState);
        Require(Enum.IsDefined(severity), ReportField.Severity, ReportProblemKind.UnknownChoice);
        var problems = new List<ReportProblem>();
        CheckText(problems, ReportField.ImmediateActions, immediateActions, required: true);
        CheckCategory(problems, category);
        RefuseAny(problems);
        var actions = immediateActions!.Trim();
        var earlier = Assessment;
        Assessment = new Assessment(severity, actions, category ?? Category, manager.Id, manager.Name, at);
        Category = category ?? Category;
        Status = ReportStatus.Bedomd;

        // A new assessment replaces the earlier one on the report; the history keeps what it said.
        var detail = ((int)severity).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Record(at, manager, ReportChangeKind.Assessed, earlier is null ? detail : $"{detail} (tidigare {(int)earlier.Severity}: {earlier.ImmediateActions})");
    }

    /// <summary>The deputy director decides whether the matter is reported to IVO.</summary>
    public void DecideIvo(Person deputyDirector, bool reportToIvo, string? motivation, DateTimeOffset at)
    {
        Require(CanDecideIvo(deputyDirector), ReportField.Motivation, ReportProblemKind.NotAllowed);
        Require(Assessment is not null && IvoDecision is null && Status != ReportStatus.Avslutad, ReportField.Motivation, ReportProblemKind.WrongState);
        var text = Clean(ReportField.Motivation, motivation, required: true);
        IvoDecision = new IvoDecision(reportToIvo, text!, deputyDirector.Id, deputyDirector.Name, at);
        Record(at, deputyDirector, ReportChangeKind.IvoDecided, reportToIvo ? "anmäls till IVO" : "anmäls inte till IVO");
    }

    /// <summary>The quality developer adds to the investigation: one topic, fact or assessment.</summary>
    public InvestigationEntry Investigate(Person investigator, InvestigationTopic topic, string? text, bool isFact, DateTimeOffset at, string id)
    {
        Require(CanInvestigate(investigator), ReportField.Investigation, ReportProblemKind.NotAllowed);
        Require(!Kind.IsFeedback() && Status is ReportStatus.Bedomd or ReportStatus.UnderUtredning, ReportField.Investigation, ReportProblemKind.WrongState);
        var clean = Clean(ReportField.Investigation, text, required: true)!;
        var entry = new InvestigationEntry(id, topic, clean, isFact, investigator.Id, investigator.Name, at);
        _investigation.Add(entry);
        Status = ReportStatus.UnderUtredning;
        Record(at, investigator, ReportChangeKind.InvestigationEntryAdded, topic.ToString());
        return entry;
    }

    /// <summary>
    /// An action the report leads to, into the unit's plan. Its owner, if named, is one of the unit's people or its
    /// manager (as for a stop's proposals and delegation); without one the unit's manager owns it.
    /// </summary>
    public ImprovementAction AddAction(Person by, Unit unit, string? title, Person? owner, DateOnly? dueDate, DateTimeOffset at, string id)
    {
        Require(CanInvestigate(by) || CanAssess(by, unit, at), ReportField.ActionTitle, ReportProblemKind.NotAllowed);
        Require(Status != ReportStatus.Avslutad, ReportField.ActionTitle, ReportProblemKind.WrongState);
        var problems = new List<ReportProblem>();
        CheckText(problems, ReportField.ActionTitle, title, required: true);
        if (owner is not null && !owner.BelongsTo(unit))
        {
            problems.Add(new(ReportField.ActionOwner, ReportProblemKind.NotInUnit));
        }

        RefuseAny(problems);
        var clean = title!.Trim();
        var origin = new ActionOrigin(ActionOriginKind.Avvikelse, Reference.ToString(), Reference.ToString());
        var action = ImprovementAction.Create(Tenant, UnitId, "rp-" + id, clean, owner?.Id ?? unit.ManagerId, owner?.Name, dueDate, origin, by, at);
        _actionIds.Add(action.Id);
        Record(at, by, ReportChangeKind.ActionAdded, clean);
        return action;
    }

    /// <summary>The manager answers a view, complaint or praise.</summary>
    public void AnswerFeedback(Person manager, Unit unit, string? text, DateTimeOffset at)
    {
        Require(CanAssess(manager, unit, at), ReportField.Answer, ReportProblemKind.NotAllowed);
        Require(Kind.IsFeedback() && Status == ReportStatus.Inkommen, ReportField.Answer, ReportProblemKind.WrongState);
        Answer = new FeedbackAnswer(Clean(ReportField.Answer, text, required: true)!, manager.Id, manager.Name, at);
        Status = ReportStatus.Besvarad;
        Record(at, manager, ReportChangeKind.Answered, null);
    }

    /// <summary>Closes the report with a decision. A matter assessed 3-4 cannot close before the IVO decision.</summary>
    public void Close(Person by, Unit unit, string? decision, DateTimeOffset at)
    {
        Require(CanClose(by, unit, at), ReportField.Decision, ReportProblemKind.NotAllowed);
        Require(Status != ReportStatus.Avslutad && (Kind.IsFeedback() ? Status == ReportStatus.Besvarad : Assessment is not null), ReportField.Decision, ReportProblemKind.WrongState);
        Require(!AwaitsIvoDecision, ReportField.Decision, ReportProblemKind.IvoDecisionMissing);
        Closing = new ReportClosing(Clean(ReportField.Decision, decision, required: true)!, by.Id, by.Name, at);
        Status = ReportStatus.Avslutad;
        Record(at, by, ReportChangeKind.Closed, null);
    }

    private static void CheckText(List<ReportProblem> problems, ReportField field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                problems.Add(new(field, ReportProblemKind.Required));
            }

            return;
        }

        if (text.Trim().Length > LongestText)
        {
            problems.Add(new(field, ReportProblemKind.TooLong));
        }

        if (PersonalIdentityNumbers.Contains(text))
        {
            problems.Add(new(field, ReportProblemKind.ContainsPersonalIdentityNumber));
        }
    }

    /// <summary>A category is one of the categories: a number cast to the enum (or parsed from "99") is not.</summary>
    private static void CheckCategory(List<ReportProblem> problems, DeviationCategory? category)
    {
        if (category is { } chosen && !Enum.IsDefined(chosen))
        {
            problems.Add(new(ReportField.Category, ReportProblemKind.UnknownChoice));
        }
    }

    private static string? Clean(ReportField field, string? text, bool required)
    {
        var problems = new List<ReportProblem>();
        CheckText(problems, field, text, required);
        RefuseAny(problems);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>Refuses with every problem found at once, so the person can fix them all in one go.</summary>
    private static void RefuseAny(List<ReportProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new ReportRuleException(problems);
        }
    }

    private static void Require(bool ok, ReportField field, ReportProblemKind kind)
    {
        if (!ok)
        {
            throw new ReportRuleException([new ReportProblem(field, kind)]);
        }
    }

    private void Record(DateTimeOffset at, Person by, ReportChangeKind kind, string? detail) =>
        _history.Add(new ReportChange(at, by.Id, by.Name, kind, detail));
}
