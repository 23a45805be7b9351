using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;

namespace TeamsQuality.Domain.Actions;

/// <summary>Status of an action (åtgärd / förbättringsaktivitet), as in the quality report.</summary>
public enum ActionStatus
{
    EjPaborjad,
    Pagaende,
    Genomford,
}

/// <summary>What an action came from.</summary>
public enum ActionOriginKind
{
    Hallplats,
    Avvikelse,
    Egenkontroll,
    Riskanalys,

    /// <summary>An idea, risk or need parked in Nordmaling's Garage and taken into the plan at its stop.</summary>
    Garage,
}

/// <summary>What an action is for (seed 004's "syfte"): to prevent something, or to correct what went wrong.</summary>
public enum ActionPurpose
{
    Forebyggande,
    Korrigerande,
}

/// <summary>The answer to "Hade åtgärden effekt?", asked at the follow-up date after an action is done.</summary>
public enum ActionEffect
{
    Ja,
    Delvis,
    Nej,
}

/// <summary>Whether a done action had the effect it was meant to, as its owner answered at the follow-up.</summary>
public sealed record EffectFollowUp(ActionEffect Effect, string? Comment, string ById, string ByName, DateTimeOffset At);

/// <param name="Kind">The kind of record the action came from.</param>
/// <param name="Reference">The record's key, e.g. "2027-01" for stop 1 of 2027.</param>
/// <param name="Description">How people name it, e.g. "Hållplats 1 Samverkan (2027)".</param>
public sealed record ActionOrigin(ActionOriginKind Kind, string Reference, string Description);

/// <summary>What a change to an action was.</summary>
public enum ActionChangeKind
{
    /// <summary>Made (from a stop, a report, a self-check, a risk, the Garage), or an older change without a kind.</summary>
    Created,
    Status,
    DueDate,
    FollowUpDate,
    Effect,

    /// <summary>After "no effect": a new action, or back to the analysis.</summary>
    NextStep,
}

/// <summary>What follows an action that had no effect (the owner's choice at the follow-up).</summary>
public enum NoEffectStep
{
    /// <summary>A new action in the plan, addressing the same cause another way.</summary>
    NyAtgard,

    /// <summary>The cause goes back to the analysis: material for the stop under whose theme it is analysed next.</summary>
    TillbakaTillAnalysen,
}

/// <summary>One change to an action, kept as history: who, when, from what to what, and the comment they gave.</summary>
/// <param name="What">A Swedish line for the record (as older rows have only it).</param>
/// <param name="From">The value before (a status name, a yyyy-MM-dd day); null when there was none.</param>
/// <param name="To">The value after.</param>
public sealed record ActionChange(
    DateTimeOffset At, string PersonId, string PersonName, string What,
    ActionChangeKind Kind = ActionChangeKind.Created, string? From = null, string? To = null, string? Comment = null);

/// <summary>The reminders an action's owner gets: before, on and after the due date, and the effect question.</summary>
public enum ActionReminderKind
{
    WeekBefore,
    OnTheDay,
    Overdue,

    /// <summary>"Hade åtgärden effekt?" at the follow-up date after it was done.</summary>
    FollowUp,
}

/// <summary>
/// An action in a unit's plan (verksamhetsplan): what a stop, deviation, self-check or risk analysis led to,
/// followed until it is done. "Forward and upward in small, sustainable steps": few actions, followed through.
/// </summary>
public sealed class ImprovementAction
{
    private readonly List<ActionChange> _history;

    public ImprovementAction(
        TenantId tenant, string unitId, string id, string title, string? ownerId, string? ownerName, DateOnly? dueDate,
        ActionStatus status, ActionOrigin origin, DateTimeOffset createdAt, IEnumerable<ActionChange> history,
        string? cause = null, ActionPurpose? purpose = null, DateOnly? followUpOn = null, EffectFollowUp? effect = null, NoEffectStep? afterNoEffect = null)
    {
        AfterNoEffect = afterNoEffect;
        Cause = cause;
        Purpose = purpose;
        FollowUpOn = followUpOn;
        Effect = effect;
        Tenant = tenant;
        UnitId = unitId;
        Id = id;
        Title = title;
        OwnerId = ownerId;
        OwnerName = ownerName;
        DueDate = dueDate;
        Status = status;
        Origin = origin;
        CreatedAt = createdAt;
        _history = history.ToList();
    }

    /// <summary>
    /// A new action in the unit's plan, Ej påbörjad. Who may create one is the rule of the record it comes from (the
    /// stop's documenter, the report's assessor, the self-check's responsible person ...), checked there.
    /// </summary>
    /// <param name="cause">The cause it addresses (orsak): an action that names no cause is rarely followed through.</param>
    /// <param name="purpose">Förebyggande or korrigerande.</param>
    public static ImprovementAction Create(
        TenantId tenant, string unitId, string id, string title, string? ownerId, string? ownerName, DateOnly? dueDate, ActionOrigin origin, Person by, DateTimeOffset at,
        string? cause = null, ActionPurpose? purpose = null) =>
        new(tenant, unitId, id, title, ownerId, ownerName, dueDate, ActionStatus.EjPaborjad, origin, at,
            [new ActionChange(at, by.Id, by.Name, $"Skapad från {origin.Description}")], cause, purpose);

    /// <summary>
    /// A new action as people plan it from a self-check, a risk or the Garage (the shared form): what is to be done,
    /// the cause it addresses, its owner (one of the unit's own; none means the unit's manager), a due date that has
    /// not passed, and its purpose. Every field is checked at once, each refusal naming its field; free text through
    /// the one rule for it (no personnummer). Who may plan it is the rule of the record it comes from.
    /// </summary>
    public static ImprovementAction Plan(
        TenantId tenant, Unit unit, string id, string? title, string? cause, Person? owner, DateOnly? dueDate, ActionPurpose? purpose,
        ActionOrigin origin, Person by, DateTimeOffset at, Person? unitManager = null)
    {
        var refusals = new List<Refusal>();
        refusals.AddRange(FreeText.Check(title, Field.ActionTitle));
        refusals.AddRange(FreeText.Check(cause, Field.ActionCause));
        if (owner is not null && !owner.BelongsTo(unit))
        {
            refusals.Add(new(RefusalReason.NotInUnit, Field.ActionOwner));
        }

        if (owner is null && unit.ManagerId is null)
        {
            refusals.Add(new(RefusalReason.Required, Field.ActionOwner));
        }

        if (dueDate is not { } due)
        {
            refusals.Add(new(RefusalReason.Required, Field.ActionDue));
        }
        else if (due < Time.SwedishTime.Day(at))
        {
            refusals.Add(new(RefusalReason.InThePast, Field.ActionDue));
        }

        if (purpose is not { } chosen || !Enum.IsDefined(chosen))
        {
            refusals.Add(new(RefusalReason.Required, Field.ActionPurpose));
        }

        RuleException.ThrowIfAny(refusals);
        var ownerName = owner?.Name
            ?? (unitManager is not null && string.Equals(unitManager.Id, unit.ManagerId, StringComparison.OrdinalIgnoreCase) ? unitManager.Name : null);
        return Create(tenant, unit.Id, id, title!.Trim(), owner?.Id ?? unit.ManagerId, ownerName, dueDate, origin, by, at, cause!.Trim(), purpose);
    }

    /// <summary>How long after an action is done its owner is asked whether it had effect, unless changed.</summary>
    public static readonly int DefaultFollowUpMonths = 3;

    public TenantId Tenant { get; }

    public string UnitId { get; }

    public string Id { get; }

    public string Title { get; }

    public string? OwnerId { get; }

    public string? OwnerName { get; }

    public DateOnly? DueDate { get; private set; }

    public ActionStatus Status { get; private set; }

    public ActionOrigin Origin { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>The cause the action addresses; null for actions made before causes were asked for.</summary>
    public string? Cause { get; private set; }

    /// <summary>Förebyggande or korrigerande; null for actions made before it was asked for.</summary>
    public ActionPurpose? Purpose { get; private set; }

    /// <summary>When the owner is asked whether the done action had effect; set when it is done.</summary>
    public DateOnly? FollowUpOn { get; private set; }

    /// <summary>The answer to "Hade åtgärden effekt?", once given.</summary>
    public EffectFollowUp? Effect { get; private set; }

    public IReadOnlyList<ActionChange> History => _history;

    /// <summary>What the owner chose after answering that the action had no effect; null until then.</summary>
    public NoEffectStep? AfterNoEffect { get; private set; }

    /// <summary>The day it was marked Genomförd (the latest time), from its history; null while it is not done.</summary>
    public DateOnly? DoneOn => Status == ActionStatus.Genomford
        ? _history.LastOrDefault(h => h.Kind == ActionChangeKind.Status && h.To == nameof(ActionStatus.Genomford)) is { } done ? Time.SwedishTime.Day(done.At) : null
        : null;

    /// <summary>Whether it is past its due date and not done (Swedish day).</summary>
    public bool IsOverdue(DateTimeOffset now) => Status != ActionStatus.Genomford && DueDate is { } due && due < Time.SwedishTime.Day(now);

    /// <summary>
    /// Who follows the action through: its owner, and whoever acts as the unit's manager now (the manager or the
    /// substitute during their period), who answers for the unit's plan. Not the quality developers: they support and
    /// see every plan, but an action is the unit's to carry out, and its status is what the unit says of it.
    /// </summary>
    public bool CanChange(Person person, Unit unit, DateTimeOffset now) =>
        string.Equals(person.Id, OwnerId, StringComparison.OrdinalIgnoreCase) || person.ActsAsManagerOf(unit, now);

    /// <summary>
    /// The owner or the acting manager changes the action: its status (any way, back too: a step back needs its reason
    /// as much as a step forward), its due date, its follow-up date (only once it is done), always with a comment that
    /// says why. Every change goes into the history (who, when, from, to, the comment). Marked Genomförd, the follow-up
    /// date is set <see cref="DefaultFollowUpMonths"/> months on unless one is given; taken back from Genomförd, it is
    /// cleared. Once the effect is answered the action is closed for changes: a new action follows it instead.
    /// Refused, every field at once; nothing changes then.
    /// </summary>
    public void Change(Person by, Unit unit, ActionStatus? status, DateOnly? dueDate, DateOnly? followUpOn, string? comment, DateTimeOffset at)
    {
        var refusals = new List<Refusal>();
        if (!CanChange(by, unit, at))
        {
            throw new RuleException(RefusalReason.NotAllowed, Field.ActionStatus);
        }

        if (Effect is not null)
        {
            throw new RuleException(RefusalReason.AlreadyFinished, Field.ActionStatus);
        }

        var today = Time.SwedishTime.Day(at);
        var newStatus = status ?? Status;
        if (!Enum.IsDefined(newStatus))
        {
            refusals.Add(new(RefusalReason.UnknownChoice, Field.ActionStatus));
        }

        var dueChanged = dueDate is { } due && due != DueDate;
        if (dueChanged && dueDate < today)
        {
            refusals.Add(new(RefusalReason.InThePast, Field.ActionDue));
        }

        var followUpChanged = followUpOn is { } follow && newStatus == ActionStatus.Genomford && follow != FollowUpOn;
        if (followUpChanged && followUpOn <= today)
        {
            refusals.Add(new(RefusalReason.InThePast, Field.ActionFollowUp));
        }

        var statusChanged = newStatus != Status;
        if (!statusChanged && !dueChanged && !followUpChanged && refusals.Count == 0)
        {
            refusals.Add(new(RefusalReason.Required, Field.ActionStatus));
        }

        refusals.AddRange(FreeText.Check(comment, Field.ActionComment));
        RuleException.ThrowIfAny(refusals);
        var said = comment!.Trim();

        if (statusChanged)
        {
            _history.Add(new ActionChange(at, by.Id, by.Name, $"Status {Status} → {newStatus}: {said}", ActionChangeKind.Status, Status.ToString(), newStatus.ToString(), said));
            var wasDone = Status == ActionStatus.Genomford;
            Status = newStatus;
            if (newStatus == ActionStatus.Genomford && !followUpChanged)
            {
                FollowUpOn = today.AddMonths(DefaultFollowUpMonths);
            }
            else if (wasDone)
            {
                FollowUpOn = null;
            }
        }

        if (dueChanged)
        {
            _history.Add(new ActionChange(at, by.Id, by.Name, $"Klart senast {DayText(DueDate)} → {DayText(dueDate)}: {said}", ActionChangeKind.DueDate, DayText(DueDate), DayText(dueDate), said));
            DueDate = dueDate;
        }

        if (followUpChanged)
        {
            var before = Status == ActionStatus.Genomford && !statusChanged ? FollowUpOn : null;
            _history.Add(new ActionChange(at, by.Id, by.Name, $"Uppföljning {DayText(before)} → {DayText(followUpOn)}: {said}", ActionChangeKind.FollowUpDate, DayText(before), DayText(followUpOn), said));
            FollowUpOn = followUpOn;
        }
    }

    /// <summary>
    /// "Hade åtgärden effekt?": the owner (or the acting manager) answers Ja, Delvis or Nej once the action is done and
    /// its follow-up date has come, with a comment (required for Delvis and Nej: what did not work is what the next
    /// step needs). Answered once.
    /// </summary>
    public void AnswerEffect(Person by, Unit unit, ActionEffect? effect, string? comment, DateTimeOffset at)
    {
        if (!CanChange(by, unit, at))
        {
            throw new RuleException(RefusalReason.NotAllowed, Field.ActionEffect);
        }

        if (Effect is not null)
        {
            throw new RuleException(RefusalReason.AlreadyFinished, Field.ActionEffect);
        }

        if (Status != ActionStatus.Genomford || FollowUpOn is not { } followUp || followUp > Time.SwedishTime.Day(at))
        {
            throw new RuleException(RefusalReason.WrongState, Field.ActionEffect);
        }

        var refusals = new List<Refusal>();
        if (effect is not { } answer || !Enum.IsDefined(answer))
        {
            refusals.Add(new(RefusalReason.Required, Field.ActionEffect));
        }

        refusals.AddRange(FreeText.Check(comment, Field.ActionComment, required: effect is ActionEffect.Delvis or ActionEffect.Nej));
        RuleException.ThrowIfAny(refusals);
        var said = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Effect = new EffectFollowUp(effect!.Value, said, by.Id, by.Name, at);
        _history.Add(new ActionChange(at, by.Id, by.Name, $"Effekt: {effect}{(said is null ? string.Empty : ": " + said)}", ActionChangeKind.Effect, null, effect.ToString(), said));
    }

    /// <summary>
    /// After "Nej, ingen effekt": the owner (or acting manager) chooses once what follows, a new action
    /// (<paramref name="newActionTitle"/>, made with the shared form) or back to the analysis; kept in the history.
    /// </summary>
    public void FollowNoEffect(Person by, Unit unit, NoEffectStep step, string? newActionTitle, DateTimeOffset at)
    {
        CheckMayFollowNoEffect(by, unit, at);
        AfterNoEffect = step;
        var what = step == NoEffectStep.NyAtgard ? $"Ingen effekt: ny åtgärd «{newActionTitle}»" : "Ingen effekt: tillbaka till analysen";
        _history.Add(new ActionChange(at, by.Id, by.Name, what, ActionChangeKind.NextStep, null, step.ToString(), newActionTitle));
    }

    /// <summary>Refuses unless the person may choose now what follows "no effect" (checked before the new action is made).</summary>
    public void CheckMayFollowNoEffect(Person by, Unit unit, DateTimeOffset at)
    {
        if (!CanChange(by, unit, at))
        {
            throw new RuleException(RefusalReason.NotAllowed, Field.ActionEffect);
        }

        if (Effect?.Effect != ActionEffect.Nej || AfterNoEffect is not null)
        {
            throw new RuleException(AfterNoEffect is null ? RefusalReason.WrongState : RefusalReason.AlreadyFinished, Field.ActionEffect);
        }
    }

    /// <summary>
    /// The days the owner is reminded, by the Swedish working-day rule: a week before the due date (the working day on
    /// or before), on the day (the working day on or before, so a Saturday's due date is Friday's), overdue (the first
    /// working day after), while it is not done; once done and not yet followed up, the effect question on the
    /// follow-up date (the working day on or after). The due index holds these days; the reminder job checks them
    /// against the action again, so a changed date leaves nothing wrong behind.
    /// </summary>
    public IEnumerable<(ActionReminderKind Kind, DateOnly Day)> ReminderDays()
    {
        if (Status != ActionStatus.Genomford && DueDate is { } due)
        {
            yield return (ActionReminderKind.WeekBefore, Stops.WorkingDays.OnOrBefore(due.AddDays(-7)));
            yield return (ActionReminderKind.OnTheDay, Stops.WorkingDays.OnOrBefore(due));
            yield return (ActionReminderKind.Overdue, Stops.WorkingDays.OnOrAfter(due.AddDays(1)));
        }

        if (Status == ActionStatus.Genomford && Effect is null && FollowUpOn is { } followUp)
        {
            yield return (ActionReminderKind.FollowUp, Stops.WorkingDays.OnOrAfter(followUp));
        }
    }

    /// <summary>Whether the reminder of this kind for this day is still to be sent (the action may have moved on or been changed since it was indexed).</summary>
    public bool StillWanted(ActionReminderKind kind, DateOnly day) => ReminderDays().Contains((kind, day));

    /// <summary>
    /// "Back to the analysis" after no effect, made concrete: a note in the unit's logbook under the theme of the stop
    /// where the cause is analysed next, so it is counted on that stop's card and shown in its first step
    /// (Nulägesbeskrivning) with the unit's own notes the next time the stop comes. What the action was, the cause it
    /// was to address and why it did not work; never a report's reference (the logbook is the whole unit's).
    /// </summary>
    /// <param name="theme">The stop whose theme it goes under (see the use case for which).</param>
    public Logbook.LogbookNote BackToAnalysisNote(Wheel.StopDefinition theme, Person by, DateTimeOffset at, string id)
    {
        var cause = string.IsNullOrWhiteSpace(Cause) ? string.Empty : $" Orsak den skulle komma åt: {Cause}.";
        var why = string.IsNullOrWhiteSpace(Effect?.Comment) ? string.Empty : $" Varför: {Effect!.Comment}";
        var text = $"Tillbaka till analysen: åtgärden «{Title}» hade ingen effekt.{cause}{why}";
        if (text.Length > FreeText.LongestText)
        {
            text = text[..(FreeText.LongestText - 1)] + "…";
        }

        return new Logbook.LogbookNote(id, UnitId, theme.Number, theme.Theme, by.Id, by.Name, text, at);
    }

    /// <summary>
    /// Under which stop's theme the cause goes back to the analysis: an action from a stop goes back to that stop (the
    /// same theme, analysed again next time it comes); one from a deviation or a risk to the stop the wheel documents as
    /// the risk analysis (Vetlanda's stop 4 reviews deviations, complaints and risks), where there is one; anything
    /// else (a self-check, the Garage, a wheel without such a stop) to the unit's next stop, the first analysis the
    /// unit holds from today. Null only for a wheel without stops.
    /// </summary>
    /// <param name="wheel">The organisation's wheel.</param>
    /// <param name="today">The Swedish day it is decided.</param>
    public Wheel.StopDefinition? AnalysisTheme(Wheel.OrganisationWheel wheel, DateOnly today)
    {
        var year = wheel.YearOf(today);
        var stops = wheel.For(year).Stops;
        if (Stops.StopActions.StopOf(this) is { } stop && stops.FirstOrDefault(s => s.Number == stop.Number) is { } same)
        {
            return same;
        }

        if (Origin.Kind is ActionOriginKind.Avvikelse or ActionOriginKind.Riskanalys
            && stops.FirstOrDefault(s => string.Equals(s.AlsoDocumentedAs, "Riskanalys", StringComparison.OrdinalIgnoreCase)) is { } riskStop)
        {
            return riskStop;
        }

        var startMonth = wheel.StartMonth(year);
        var held = stops.Where(s => s.HeldBy != Wheel.StopHolder.Chefsgrupp).ToList();
        return held.Where(s => Stops.QualityYear.DueDate(s, year, startMonth) >= today).OrderBy(s => Stops.QualityYear.DueDate(s, year, startMonth)).FirstOrDefault()
            ?? (held.Count > 0 ? held[0] : null)
            ?? (stops.Count > 0 ? stops[0] : null);
    }

    private static string? DayText(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
