using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Domain.Deviations;

public enum DeviationStatus
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
public enum DeviationWait
{
    /// <summary>The manager's assessment of a deviation or lex Sarah report.</summary>
    Assessment,

    /// <summary>The manager's answer to a view, complaint or praise.</summary>
    Answer,

    /// <summary>The deputy director's decision on reporting to IVO.</summary>
    IvoDecision,
}

/// <summary>What the reporter fills in on the phone card.</summary>
public sealed record DeviationFiling(DeviationKind? Kind, string? UnitId, string? WhatHappened, DateTimeOffset? OccurredAt, string? ImmediateMeasures, DeviationCategory? Category);

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

public sealed record DeviationClosing(string Decision, string ById, string ByName, DateTimeOffset At);

public sealed record FeedbackAnswer(string Text, string ById, string ByName, DateTimeOffset At);

public enum DeviationChangeKind
{
    Filed,
    Assessed,
    IvoDecided,
    InvestigationEntryAdded,
    ActionAdded,
    Answered,
    Closed,

    /// <summary>The IVO package was exported (as PDF); the detail names the download, so a retried download is one export.</summary>
    IvoPackageExported,

    /// <summary>The sending to IVO was recorded (date and diarienummer), or corrected.</summary>
    SentToIvo,
}

/// <summary>One change to the report: who, when, what. The report is a public record once filed; nothing is rewritten.</summary>
public sealed record DeviationChange(DateTimeOffset At, string PersonId, string PersonName, DeviationChangeKind Kind, string? Detail);

/// <summary>
/// A report of a deviation, a lex Sarah matter, or a view, complaint or praise: filed by staff, assessed by the unit's
/// manager (severity on the 1-4 matrix; 3-4 must be reported to IVO, decided by the deputy director), investigated by a
/// quality developer, and closed with a decision. Views, complaints and praise are received, answered and closed.
/// Details are for the reporter, the unit's manager, the quality developers and the deputy director only.
/// </summary>
public sealed class DeviationReport
{
    private readonly List<InvestigationEntry> _investigation;
    private readonly List<string> _actionIds;
    private readonly List<DeviationChange> _history;
    private readonly int _loadedChanges;

    public DeviationReport(
        TenantId tenant, DeviationReference reference, DeviationKind kind, string unitId, string reporterId, string reporterName, DateTimeOffset filedAt,
        string whatHappened, DateTimeOffset occurredAt, string? immediateMeasures, DeviationCategory? category, DeviationStatus status,
        Assessment? assessment, IvoDecision? ivoDecision, IEnumerable<InvestigationEntry> investigation, IEnumerable<string> actionIds,
        DeviationClosing? closing, FeedbackAnswer? answer, IEnumerable<DeviationChange> history, IvoSubmission? sentToIvo = null)
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
        SentToIvo = sentToIvo;
        _history = history.OrderBy(h => h.At).ToList();
        _loadedChanges = _history.Count;
    }

    public TenantId Tenant { get; }

    public DeviationReference Reference { get; }

    public DeviationKind Kind { get; }

    public string UnitId { get; }

    public string ReporterId { get; }

    public string ReporterName { get; }

    public DateTimeOffset FiledAt { get; }

    public string WhatHappened { get; }

    public DateTimeOffset OccurredAt { get; }

    public string? ImmediateMeasures { get; }

    /// <summary>The category the reporter chose, or the manager set when assessing.</summary>
    public DeviationCategory? Category { get; private set; }

    public DeviationStatus Status { get; private set; }

    public Assessment? Assessment { get; private set; }

    public IvoDecision? IvoDecision { get; private set; }

    public IReadOnlyList<InvestigationEntry> Investigation => _investigation;

    /// <summary>The actions this report led to, by id, in the unit's plan.</summary>
    public IReadOnlyList<string> ActionIds => _actionIds;

    public DeviationClosing? Closing { get; private set; }

    public FeedbackAnswer? Answer { get; private set; }

    /// <summary>When it was sent to IVO and IVO's diarienummer, once recorded (the latest correction).</summary>
    public IvoSubmission? SentToIvo { get; private set; }

    public IReadOnlyList<DeviationChange> History => _history;

    public IReadOnlyList<DeviationChange> NewChanges => _history.Skip(_loadedChanges).ToList();

    /// <summary>A deviation or lex Sarah report the manager has not assessed yet (views, complaints and praise are answered instead).</summary>
    public bool AwaitsAssessment => Status == DeviationStatus.Inkommen && !Kind.IsFeedback();

    /// <summary>Severity 3-4 was assessed and the deputy director has not yet decided on reporting to IVO.</summary>
    public bool AwaitsIvoDecision => Assessment?.Severity.MustBeReportedToIvo() == true && IvoDecision is null;

    /// <summary>
    /// What the report waits for and since when: the manager's assessment (or answer, for a view, complaint or praise)
    /// since it was filed, or the deputy director's IVO decision since the assessment; null when it waits for nobody's
    /// decision (investigated, answered, closed).
    /// </summary>
    public (DeviationWait What, DateTimeOffset Since)? Waiting =>
        Status == DeviationStatus.Avslutad ? null
        : AwaitsIvoDecision ? (DeviationWait.IvoDecision, Assessment!.At)
        : Status == DeviationStatus.Inkommen ? (Kind.IsFeedback() ? DeviationWait.Answer : DeviationWait.Assessment, FiledAt)
        : null;

    // ---- Filing ----

    /// <summary>Everything wrong with a filing, field by field; empty when it may be filed.</summary>
    public static IReadOnlyList<Refusal> Check(DeviationFiling filing, DateTimeOffset now)
    {
        var refusals = new List<Refusal>();
        if (filing.Kind is null)
        {
            refusals.Add(new(RefusalReason.Required, Field.Kind));
        }

        if (string.IsNullOrWhiteSpace(filing.UnitId))
        {
            refusals.Add(new(RefusalReason.Required, Field.Unit));
        }

        refusals.AddRange(FreeText.Check(filing.WhatHappened, Field.WhatHappened));
        refusals.AddRange(FreeText.Check(filing.ImmediateMeasures, Field.ImmediateMeasures, required: false));
        refusals.AddRange(CheckCategory(filing.Category));
        if (filing.OccurredAt is null)
        {
            refusals.Add(new(RefusalReason.Required, Field.OccurredAt));
        }
        else if (filing.OccurredAt > now.AddMinutes(5))
        {
            refusals.Add(new(RefusalReason.InTheFuture, Field.OccurredAt));
        }

        return refusals;
    }

    /// <summary>Files a report as the reporter; refuses with every problem at once.</summary>
    public static DeviationReport File(TenantId tenant, DeviationReference reference, DeviationFiling filing, Person reporter, Unit unit, DateTimeOffset now)
    {
        RuleException.ThrowIfAny(Check(filing, now));
        var report = new DeviationReport(
            tenant, reference, filing.Kind!.Value, unit.Id, reporter.Id, reporter.Name, now, filing.WhatHappened!.Trim(), filing.OccurredAt!.Value,
            string.IsNullOrWhiteSpace(filing.ImmediateMeasures) ? null : filing.ImmediateMeasures.Trim(), filing.Category, DeviationStatus.Inkommen,
            null, null, [], [], null, null, []);
        report.Record(now, reporter, DeviationChangeKind.Filed, filing.Kind.ToString());
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

    /// <summary>
    /// The manager records severity on the 1-4 matrix and the immediate actions. A severity that was not chosen (or
    /// could not be read) is refused as missing before anything else, as the form requires it.
    /// </summary>
    public void Assess(Person manager, Unit unit, Severity? severity, string? immediateActions, DeviationCategory? category, DateTimeOffset at)
    {
        Require(severity is not null, Field.Severity, RefusalReason.Required);
        Require(CanAssess(manager, unit, at), Field.Severity, RefusalReason.NotAllowed);
        Require(!Kind.IsFeedback() && Status is DeviationStatus.Inkommen or DeviationStatus.Bedomd, Field.Severity, RefusalReason.WrongState);
        Require(Enum.IsDefined(severity!.Value), Field.Severity, RefusalReason.UnknownChoice);
        RuleException.ThrowIfAny([.. FreeText.Check(immediateActions, Field.ImmediateActions), .. CheckCategory(category)]);
        var actions = immediateActions!.Trim();
        var earlier = Assessment;
        Assessment = new Assessment(severity.Value, actions, category ?? Category, manager.Id, manager.Name, at);
        Category = category ?? Category;
        Status = DeviationStatus.Bedomd;

        // A new assessment replaces the earlier one on the report; the history keeps what it said.
        var detail = ((int)severity.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Record(at, manager, DeviationChangeKind.Assessed, earlier is null ? detail : $"{detail} (tidigare {(int)earlier.Severity}: {earlier.ImmediateActions})");
    }

    /// <summary>
    /// The deputy director decides whether the matter is reported to IVO. A decision not chosen (neither yes nor no) is
    /// refused as missing, named by the motivation it goes with.
    /// </summary>
    public void DecideIvo(Person deputyDirector, bool? reportToIvo, string? motivation, DateTimeOffset at)
    {
        Require(reportToIvo is not null, Field.Motivation, RefusalReason.Required);
        Require(CanDecideIvo(deputyDirector), Field.Motivation, RefusalReason.NotAllowed);
        Require(Assessment is not null && IvoDecision is null && Status != DeviationStatus.Avslutad, Field.Motivation, RefusalReason.WrongState);
        var text = FreeText.Clean(motivation, Field.Motivation);
        IvoDecision = new IvoDecision(reportToIvo!.Value, text, deputyDirector.Id, deputyDirector.Name, at);
        Record(at, deputyDirector, DeviationChangeKind.IvoDecided, reportToIvo.Value ? "anmäls till IVO" : "anmäls inte till IVO");
    }

    /// <summary>The quality developer adds to the investigation: one topic, fact or assessment.</summary>
    public InvestigationEntry Investigate(Person investigator, InvestigationTopic topic, string? text, bool isFact, DateTimeOffset at, string id)
    {
        Require(CanInvestigate(investigator), Field.Investigation, RefusalReason.NotAllowed);
        Require(!Kind.IsFeedback() && Status is DeviationStatus.Bedomd or DeviationStatus.UnderUtredning, Field.Investigation, RefusalReason.WrongState);
        var clean = FreeText.Clean(text, Field.Investigation);
        var entry = new InvestigationEntry(id, topic, clean, isFact, investigator.Id, investigator.Name, at);
        _investigation.Add(entry);
        Status = DeviationStatus.UnderUtredning;
        Record(at, investigator, DeviationChangeKind.InvestigationEntryAdded, topic.ToString());
        return entry;
    }

    /// <summary>
    /// An action the report leads to, into the unit's plan. Its owner, if named, is one of the unit's people or its
    /// manager (as for a stop's proposals and delegation); without one the unit's manager owns it.
    /// </summary>
    public ImprovementAction AddAction(Person by, Unit unit, string? title, Person? owner, DateOnly? dueDate, DateTimeOffset at, string id)
    {
        Require(CanInvestigate(by) || CanAssess(by, unit, at), Field.ActionTitle, RefusalReason.NotAllowed);
        Require(Status != DeviationStatus.Avslutad, Field.ActionTitle, RefusalReason.WrongState);
        var refusals = FreeText.Check(title, Field.ActionTitle).ToList();
        if (owner is not null && !owner.BelongsTo(unit))
        {
            refusals.Add(new(RefusalReason.NotInUnit, Field.ActionOwner));
        }

        RuleException.ThrowIfAny(refusals);
        var clean = title!.Trim();
        var origin = new ActionOrigin(ActionOriginKind.Avvikelse, Reference.ToString(), Reference.ToString());
        var action = ImprovementAction.Create(Tenant, UnitId, "rp-" + id, clean, owner?.Id ?? unit.ManagerId, owner?.Name, dueDate, origin, by, at,
            cause: null, purpose: ActionPurpose.Korrigerande);
        _actionIds.Add(action.Id);
        Record(at, by, DeviationChangeKind.ActionAdded, clean);
        return action;
    }

    /// <summary>The manager answers a view, complaint or praise.</summary>
    public void AnswerFeedback(Person manager, Unit unit, string? text, DateTimeOffset at)
    {
        Require(CanAssess(manager, unit, at), Field.Answer, RefusalReason.NotAllowed);
        Require(Kind.IsFeedback() && Status == DeviationStatus.Inkommen, Field.Answer, RefusalReason.WrongState);
        Answer = new FeedbackAnswer(FreeText.Clean(text, Field.Answer), manager.Id, manager.Name, at);
        Status = DeviationStatus.Besvarad;
        Record(at, manager, DeviationChangeKind.Answered, null);
    }

    /// <summary>Closes the report with a decision. A matter assessed 3-4 cannot close before the IVO decision.</summary>
    public void Close(Person by, Unit unit, string? decision, DateTimeOffset at)
    {
        Require(CanClose(by, unit, at), Field.Decision, RefusalReason.NotAllowed);
        Require(Status != DeviationStatus.Avslutad && (Kind.IsFeedback() ? Status == DeviationStatus.Besvarad : Assessment is not null), Field.Decision, RefusalReason.WrongState);
        Require(!AwaitsIvoDecision, Field.Decision, RefusalReason.IvoDecisionMissing);
        Closing = new DeviationClosing(FreeText.Clean(decision, Field.Decision), by.Id, by.Name, at);
        Status = DeviationStatus.Avslutad;
        Record(at, by, DeviationChangeKind.Closed, null);
    }

    // ---- The IVO package ----

    /// <summary>
    /// Records that the IVO package was exported, by the deputy director or a quality developer, once per download
    /// (<paramref name="exportId"/>: a retried download of the same link is not a second export). Refused while the
    /// package is incomplete, one <see cref="RefusalReason.IvoPackageIncomplete"/> per missing item, so nothing
    /// incomplete leaves the app for IVO, which takes no edits. Returns whether it was a new export.
    /// </summary>
    public bool RecordIvoExport(Person by, string exportId, DateTimeOffset at)
    {
        Require(IvoPackage.CanPrepare(by), Field.IvoPackage, RefusalReason.NotAllowed);
        Require(IvoPackage.Concerns(this), Field.IvoPackage, RefusalReason.WrongState);
        RuleException.ThrowIfAny(IvoPackage.Missing(this).Select(item => new Refusal(RefusalReason.IvoPackageIncomplete, Field.IvoPackage, item.ToString())).ToList());
        if (_history.Any(h => h.Kind == DeviationChangeKind.IvoPackageExported && h.Detail == exportId))
        {
            return false;
        }

        Record(at, by, DeviationChangeKind.IvoPackageExported, exportId);
        return true;
    }

    /// <summary>
    /// Records when the report was sent to IVO and the diarienummer IVO gave it, after the decision to report. Recorded
    /// again with other values it is a correction: the report shows the latest, the history keeps what it said before.
    /// The same values again change nothing. Refuses every problem with the date and the number at once.
    /// </summary>
    public void RecordSentToIvo(Person by, DateOnly? sentOn, string? diarienummer, DateTimeOffset at)
    {
        Require(IvoPackage.CanPrepare(by), Field.IvoPackage, RefusalReason.NotAllowed);
        Require(IvoDecision?.ReportToIvo == true, Field.IvoPackage, RefusalReason.WrongState);
        var refusals = new List<Refusal>();
        if (sentOn is null)
        {
            refusals.Add(new(RefusalReason.Required, Field.IvoSentOn));
        }
        else if (sentOn > SwedishTime.Day(at))
        {
            refusals.Add(new(RefusalReason.InTheFuture, Field.IvoSentOn));
        }

        var text = FreeText.Check(diarienummer, Field.IvoDiarienummer).ToList();
        var number = IvoPackage.NormaliseDiarienummer(diarienummer);
        refusals.AddRange(text);
        if (text.Count == 0 && number is null)
        {
            refusals.Add(new(RefusalReason.Invalid, Field.IvoDiarienummer));
        }

        RuleException.ThrowIfAny(refusals);
        var earlier = SentToIvo;
        if (earlier is not null && earlier.SentOn == sentOn && earlier.Diarienummer == number)
        {
            return;
        }

        SentToIvo = new IvoSubmission(sentOn!.Value, number!, by.Id, by.Name, at);
        var detail = $"{sentOn.Value:yyyy-MM-dd} {number}";
        Record(at, by, DeviationChangeKind.SentToIvo, earlier is null ? detail : $"{detail} (tidigare {earlier.SentOn:yyyy-MM-dd} {earlier.Diarienummer})");
    }

    /// <summary>A category is one of the categories: a number cast to the enum (or parsed from "99") is not.</summary>
    private static IEnumerable<Refusal> CheckCategory(DeviationCategory? category)
    {
        if (category is { } chosen && !Enum.IsDefined(chosen))
        {
            yield return new Refusal(RefusalReason.UnknownChoice, Field.Category);
        }
    }

    private static void Require(bool ok, Field field, RefusalReason reason)
    {
        if (!ok)
        {
            throw new RuleException(reason, field);
        }
    }

    private void Record(DateTimeOffset at, Person by, DeviationChangeKind kind, string? detail) =>
        _history.Add(new DeviationChange(at, by.Id, by.Name, kind, detail));
}
