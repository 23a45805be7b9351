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

/// <summary>One change to an action, kept as history.</summary>
public sealed record ActionChange(DateTimeOffset At, string PersonId, string PersonName, string What);

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
        string? cause = null, ActionPurpose? purpose = null, DateOnly? followUpOn = null, EffectFollowUp? effect = null)
    {
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

    public DateOnly? DueDate { get; }

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

    public void ChangeStatus(ActionStatus status, Person by, DateTimeOffset at)
    {
        if (status == Status)
        {
            return;
        }

        _history.Add(new ActionChange(at, by.Id, by.Name, $"Status {Status} → {status}"));
        Status = status;
    }
}
