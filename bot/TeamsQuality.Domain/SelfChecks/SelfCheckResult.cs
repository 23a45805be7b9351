using System.Globalization;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.SelfChecks;

/// <summary>What a self-check found: Godkänd (the point holds) or Ej godkänd (a deficiency, to be followed through).</summary>
public enum CheckVerdict
{
    Godkand,
    EjGodkand,
}

/// <summary>What a person typed to record a check, as the card sent it; the counts as text, so the rule can say what is wrong with them.</summary>
/// <param name="Verdict">Godkänd or Ej godkänd; null when none was chosen.</param>
/// <param name="Comment">Optional free text.</param>
/// <param name="Reviewed">Granskade: how many files were reviewed (sample checks only).</param>
/// <param name="WithDefects">Med brister: how many of them had defects (sample checks only).</param>
/// <param name="Reason">Why an Ej godkänd needs no action (the alternative to planning one).</param>
public sealed record CheckInput(CheckVerdict? Verdict, string? Comment, string? Reviewed, string? WithDefects, string? Reason);

/// <summary>One recording of a check's result: what was found, by whom and when. A correction is a new entry; the earlier stay.</summary>
/// <param name="ActionId">The action planned for an Ej godkänd (in the unit's plan, origin Egenkontroll), if one was.</param>
/// <param name="Reason">Why an Ej godkänd needs no action, when no action was planned.</param>
public sealed record CheckEntry(
    CheckVerdict Verdict, string? Comment, int? Reviewed, int? WithDefects, string? ActionId, string? Reason, string ById, string ByName, DateTimeOffset At);

/// <summary>
/// The result of one occurrence of a control point (e.g. "Genomförandeplaner är aktuella", March 2027): Godkänd or Ej
/// godkänd, a comment, and for sample checks (aktgranskning) the counts granskade and med brister.
///
/// The rules:
/// <list type="bullet">
/// <item>Who may record it: the point's responsible person (the unit's manager when none is named), whoever acts as the
/// unit's manager (<see cref="Person.ActsAsManagerOf"/>), and the quality developers.</item>
/// <item>Sample checks count whole files: granskade at least 1, med brister 0 or more and never more than granskade.
/// The counts are facts and the verdict the judgement, but a file with defects is a deficiency found: with med brister
/// above 0 the check cannot be Godkänd (it would close a found deficiency without anything done about it). Ej godkänd with
/// no file med brister is allowed (the review may find the sample itself wanting); the comment says why.</item>
/// <item>Ej godkänd is closed only with an action planned (owner, due date, the cause it addresses) or a recorded
/// reason why none is needed.</item>
/// <item>No client data: the comment and the reason go through <see cref="FreeText"/> (no personnummer).</item>
/// <item>A correction records a new entry; the earlier ones are kept in <see cref="History"/>.</item>
/// </list>
/// </summary>
public sealed class SelfCheckResult
{
    private readonly List<CheckEntry> _history;

    public SelfCheckResult(string unitId, string pointId, int year, int period, QualityPerspective perspective, IEnumerable<CheckEntry> history)
    {
        UnitId = unitId;
        PointId = pointId;
        Year = year;
        Period = period;
        Perspective = perspective;
        _history = history.ToList();
        if (_history.Count == 0)
        {
            throw new ArgumentException("A result has at least one entry.", nameof(history));
        }
    }

    public string UnitId { get; }

    public string PointId { get; }

    public int Year { get; }

    /// <summary>The occurrence's period within the year (<see cref="CheckOccurrence.Period"/>).</summary>
    public int Period { get; }

    /// <summary>The point's perspective when recorded, so results count per perspective without the plan.</summary>
    public QualityPerspective Perspective { get; }

    /// <summary>Every entry, oldest first; the last is the result.</summary>
    public IReadOnlyList<CheckEntry> History => _history;

    public CheckEntry Current => _history[^1];

    /// <summary>The occurrence's key, "2027-03", as <see cref="CheckOccurrence.Key"/>.</summary>
    public string Key => KeyOf(Year, Period);

    public static string KeyOf(int year, int period) =>
        year.ToString("D4", CultureInfo.InvariantCulture) + "-" + period.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>The reference an action planned from this occurrence carries (origin Egenkontroll): point and occurrence.</summary>
    public static string ReferenceOf(string pointId, CheckOccurrence occurrence) => pointId + "/" + occurrence.Key;

    /// <summary>Who may record (and correct) a check's result.</summary>
    public static bool CanRecord(Person person, Unit unit, ControlPoint point, DateTimeOffset now) =>
        person.ActsAsManagerOf(unit, now)
        || person.Role == Role.Verksamhetsutvecklare
        || (person.BelongsTo(unit) && string.Equals(point.ResponsibleId ?? unit.ManagerId, person.Id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Checks what was typed by the rules above and returns the entry to record; every field refused at once, each
    /// refusal naming its field. <paramref name="actionId"/> is the action planned with it (saved by the caller once this
    /// passed), null when none.
    /// </summary>
    public static CheckEntry Check(Unit unit, ControlPoint point, Person by, CheckInput input, string? actionId, DateTimeOffset at)
    {
        var refusals = new List<Refusal>();
        if (!CanRecord(by, unit, point, at))
        {
            refusals.Add(new(RefusalReason.NotAllowed));
        }

        if (input.Verdict is not { } verdict || !Enum.IsDefined(verdict))
        {
            refusals.Add(new(RefusalReason.Required, Field.CheckVerdict));
            verdict = CheckVerdict.Godkand;
        }

        refusals.AddRange(FreeText.Check(input.Comment, Field.CheckComment, required: false));
        int? reviewed = null, withDefects = null;
        if (point.IsSampleCheck)
        {
            reviewed = Count(input.Reviewed, Field.CheckReviewed, least: 1, refusals);
            withDefects = Count(input.WithDefects, Field.CheckDefects, least: 0, refusals);
            if (reviewed is { } all && withDefects is { } defects)
            {
                if (defects > all)
                {
                    refusals.Add(new(RefusalReason.MoreThanReviewed, Field.CheckDefects));
                }
                else if (defects > 0 && input.Verdict == CheckVerdict.Godkand)
                {
                    refusals.Add(new(RefusalReason.DefectsFound, Field.CheckVerdict));
                }
            }
        }

        string? reason = null;
        if (input.Verdict == CheckVerdict.EjGodkand && actionId is null)
        {
            if (string.IsNullOrWhiteSpace(input.Reason))
            {
                refusals.Add(new(RefusalReason.ActionOrReasonMissing, Field.CheckReason));
            }
            else
            {
                refusals.AddRange(FreeText.Check(input.Reason, Field.CheckReason));
                reason = input.Reason.Trim();
            }
        }
        else if (input.Verdict == CheckVerdict.Godkand && actionId is not null)
        {
            // An action is planned here for what the check found; a Godkänd check found nothing to plan it for.
            refusals.Add(new(RefusalReason.WrongState, Field.CheckVerdict));
        }

        RuleException.ThrowIfAny(refusals);
        return new CheckEntry(
            verdict, string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim(), reviewed, withDefects,
            verdict == CheckVerdict.EjGodkand ? actionId : null, reason, by.Id, by.Name, at);
    }

    /// <summary>
    /// Records the result of an occurrence, or corrects the one recorded before (<paramref name="previous"/>): the earlier
    /// entries stay in the history.
    /// </summary>
    public static SelfCheckResult Record(
        Unit unit, ControlPoint point, CheckOccurrence occurrence, Person by, CheckInput input, string? actionId, DateTimeOffset at, SelfCheckResult? previous)
    {
        var entry = Check(unit, point, by, input, actionId, at);
        return new SelfCheckResult(unit.Id, point.Id, occurrence.Year, occurrence.Period, point.Perspective, [.. previous?.History ?? [], entry]);
    }

    /// <summary>Whole files: digits only (spaces around allowed), at least <paramref name="least"/>.</summary>
    private static int? Count(string? text, Field field, int least, List<Refusal> refusals)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            refusals.Add(new(RefusalReason.Required, field));
            return null;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < least || count > 100_000)
        {
            refusals.Add(new(RefusalReason.Invalid, field));
            return null;
        }

        return count;
    }
}
