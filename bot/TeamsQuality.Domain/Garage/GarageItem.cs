using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.Garage;

/// <summary>What is parked in the Garage (Nordmaling: "risker, behov och möjligheter").</summary>
public enum GarageKind
{
    Ide,
    Risk,
    Behov,
}

/// <summary>Where a parked item stands: waiting, taken into the plan, kept for later, or dropped.</summary>
public enum GarageStatus
{
    Parkerad,
    TillPlanen,
    KvarIGaraget,
    Struken,
}

/// <summary>
/// One step in a parked item's life: parked, or decided at a stop (which stop: the theme's number and the stop's
/// year). Detail: the action's title (Till planen) or the reason (Struken).
/// </summary>
public sealed record GarageChange(DateTimeOffset At, string PersonId, string PersonName, GarageStatus Status, int? StopYear, string? Detail);

/// <summary>
/// An idea, risk or need parked in the unit's Garage (Nordmaling's "Garaget"): not prioritised now, parked under a
/// stop's theme and reviewed when that stop comes. Anyone in the unit parks; at the stop its documenter decides: into
/// the plan (an action), kept in the Garage for the theme's next stop, or struck with a reason. Every step is kept in
/// its history.
/// </summary>
public sealed class GarageItem
{
    private readonly List<GarageChange> _history;

    public GarageItem(
        string id, string unitId, GarageKind kind, string text, int stopNumber, string theme, string parkedById, string parkedByName, DateTimeOffset parkedAt,
        GarageStatus status, string? actionId, string? actionTitle, string? reason, int? decidedInYear, IEnumerable<GarageChange> history)
    {
        Id = id;
        UnitId = unitId;
        Kind = kind;
        Text = text;
        StopNumber = stopNumber;
        Theme = theme;
        ParkedById = parkedById;
        ParkedByName = parkedByName;
        ParkedAt = parkedAt;
        Status = status;
        ActionId = actionId;
        ActionTitle = actionTitle;
        Reason = reason;
        DecidedInYear = decidedInYear;
        _history = history.OrderBy(h => h.At).ToList();
    }

    public string Id { get; }

    public string UnitId { get; }

    public GarageKind Kind { get; }

    public string Text { get; }

    /// <summary>The stop whose theme it is parked under (its number in the wheel).</summary>
    public int StopNumber { get; }

    public string Theme { get; }

    public string ParkedById { get; }

    public string ParkedByName { get; }

    public DateTimeOffset ParkedAt { get; }

    public GarageStatus Status { get; private set; }

    /// <summary>The action it became (Till planen).</summary>
    public string? ActionId { get; private set; }

    public string? ActionTitle { get; private set; }

    /// <summary>Why it was struck (Struken).</summary>
    public string? Reason { get; private set; }

    /// <summary>The year of the stop where it was last decided on (the stop is the theme's, <see cref="StopNumber"/>).</summary>
    public int? DecidedInYear { get; private set; }

    public IReadOnlyList<GarageChange> History => _history;

    /// <summary>
    /// Parks an item in the unit's Garage: by one of the unit's own people (staff too; someone outside it, or in another
    /// unit's channel, has no Garage there), of a kind, under a stop's theme, in free text. Every field is checked at
    /// once, each refusal naming its field.
    /// </summary>
    /// <param name="unit">The unit it is parked in; null when the person is in none.</param>
    /// <param name="theme">The stop whose theme it is parked under; null when none was chosen.</param>
    public static GarageItem Park(Person by, Unit? unit, GarageKind? kind, StopDefinition? theme, string? text, DateTimeOffset at, string id)
    {
        if (unit is null || !string.Equals(by.UnitId, unit.Id, StringComparison.Ordinal))
        {
            throw new RuleException(RefusalReason.NotInUnit);
        }

        var refusals = new List<Refusal>();
        if (kind is not { } chosen || !Enum.IsDefined(chosen))
        {
            refusals.Add(new(RefusalReason.Required, Field.GarageKind));
        }

        if (theme is null)
        {
            refusals.Add(new(RefusalReason.Required, Field.GarageTheme));
        }

        refusals.AddRange(FreeText.Check(text, Field.GarageText));
        RuleException.ThrowIfAny(refusals);
        return new GarageItem(
            id, unit.Id, kind!.Value, text!.Trim(), theme!.Number, theme.Theme, by.Id, by.Name, at, GarageStatus.Parkerad, null, null, null, null,
            [new GarageChange(at, by.Id, by.Name, GarageStatus.Parkerad, null, null)]);
    }

    /// <summary>Whether it is under this stop's theme in the stop's unit.</summary>
    public bool IsUnder(LearningStop stop) =>
        string.Equals(UnitId, stop.Key.UnitId, StringComparison.Ordinal) && StopNumber == stop.Key.Number;

    /// <summary>
    /// Whether the stop is to decide on it: under its theme, and parked, or kept at an earlier stop of the theme
    /// (kept means "look again next time").
    /// </summary>
    public bool AwaitsDecisionAt(LearningStop stop) =>
        IsUnder(stop) && (Status == GarageStatus.Parkerad || (Status == GarageStatus.KvarIGaraget && DecidedInYear != stop.Key.Year));

    /// <summary>What the stop shows of the Garage: what awaits its decision, and what it decided.</summary>
    public bool IsMaterialFor(LearningStop stop) => AwaitsDecisionAt(stop) || (IsUnder(stop) && DecidedInYear == stop.Key.Year);

    /// <summary>
    /// Who decides on the Garage at a stop: its documenter (the manager or their delegate), only while the stop is
    /// going on (started, not finished).
    /// </summary>
    public static bool CanDecide(Person person, Unit unit, LearningStop stop) =>
        stop.Status == StopStatus.Paborjad && stop.CanDocument(person, unit);

    /// <summary>
    /// Refuses a decision this person may not make on this item at this stop: not the stop's documenter, the stop not
    /// going on, the item not under its theme, or already in the plan or struck. Checked before anything is done for
    /// the decision (e.g. the action is made).
    /// </summary>
    public void CheckDecision(Person by, Unit unit, LearningStop stop)
    {
        if (stop.Status == StopStatus.Klar)
        {
            throw new RuleException(RefusalReason.AlreadyFinished);
        }

        if (!stop.CanDocument(by, unit))
        {
            throw new RuleException(RefusalReason.NotDocumenter);
        }

        if (stop.Status != StopStatus.Paborjad || !IsUnder(stop) || Status is GarageStatus.TillPlanen or GarageStatus.Struken)
        {
            throw new RuleException(RefusalReason.WrongState);
        }
    }

    /// <summary>Taken into the unit's plan as the action made from it.</summary>
    public void ToPlan(Person by, Unit unit, LearningStop stop, string actionId, string actionTitle, DateTimeOffset at)
    {
        if (Status == GarageStatus.TillPlanen && ActionId == actionId)
        {
            return;
        }

        CheckDecision(by, unit, stop);
        ActionId = actionId;
        ActionTitle = actionTitle;
        Decided(by, stop, GarageStatus.TillPlanen, actionTitle, at);
    }

    /// <summary>Kept in the Garage: it comes up again at the theme's next stop.</summary>
    public void Keep(Person by, Unit unit, LearningStop stop, DateTimeOffset at)
    {
        CheckDecision(by, unit, stop);
        if (Status == GarageStatus.KvarIGaraget && DecidedInYear == stop.Key.Year)
        {
            return;
        }

        Decided(by, stop, GarageStatus.KvarIGaraget, null, at);
    }

    /// <summary>Struck, with the reason why (required, free text).</summary>
    public void Drop(Person by, Unit unit, LearningStop stop, string? reason, DateTimeOffset at)
    {
        CheckDecision(by, unit, stop);
        Reason = FreeText.Clean(reason, Field.GarageReason);
        Decided(by, stop, GarageStatus.Struken, Reason, at);
    }

    private void Decided(Person by, LearningStop stop, GarageStatus status, string? detail, DateTimeOffset at)
    {
        Status = status;
        DecidedInYear = stop.Key.Year;
        _history.Add(new GarageChange(at, by.Id, by.Name, status, stop.Key.Year, detail));
    }
}
