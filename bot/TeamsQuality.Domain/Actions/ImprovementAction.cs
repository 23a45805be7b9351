using TeamsQuality.Domain.Organisations;

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
}

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
        ActionStatus status, ActionOrigin origin, DateTimeOffset createdAt, IEnumerable<ActionChange> history)
    {
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

    public static ImprovementAction Create(
        TenantId tenant, string unitId, string id, string title, string? ownerId, string? ownerName, DateOnly? dueDate, ActionOrigin origin, Person by, DateTimeOffset at) =>
        new(tenant, unitId, id, title, ownerId, ownerName, dueDate, ActionStatus.EjPaborjad, origin, at,
            [new ActionChange(at, by.Id, by.Name, $"Skapad från {origin.Description}")]);

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
