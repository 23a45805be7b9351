using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.SelfChecks;

/// <summary>
/// A control point as someone filled it in, before the plan's rules have looked at it: everything may be missing or
/// wrong, so every field can be refused at once, each under its own input.
/// </summary>
/// <param name="ResponsibleId">One of the unit's own; null: the unit's manager.</param>
public sealed record ControlPointDraft(
    string? What,
    QualityPerspective? Perspective,
    ControlMethod? Method,
    CheckFrequency? Frequency,
    IReadOnlyList<int> Months,
    string? ResponsibleId,
    string? Instructions,
    int? SampleSize)
{
    /// <summary>The draft of a point as it is (to change one field of it, or to copy it).</summary>
    public static ControlPointDraft Of(ControlPoint point) =>
        new(point.What, point.Perspective, point.Method, point.Frequency, point.Months, point.ResponsibleId, point.Instructions, point.SampleSize);
}

/// <summary>What happened to a plan, in its history.</summary>
public enum SelfCheckPlanChangeKind
{
    /// <summary>A control point was added.</summary>
    PointAdded,

    /// <summary>A control point was changed (Detail: what it was before).</summary>
    PointChanged,

    /// <summary>A control point was removed (Detail: the reason, when one was given).</summary>
    PointRemoved,

    /// <summary>The plan was started from the unit's plan of an earlier year (Detail: that year).</summary>
    StartedFromEarlierYear,

    /// <summary>The plan was started from a template (Detail: its name).</summary>
    StartedFromTemplate,

    /// <summary>The plan was offered to the other units as a template (Detail: its name).</summary>
    OfferedAsTemplate,
}

/// <summary>
/// One change of a plan: who (their name as it was), when, what, the point it concerns (its "what" as it was) and a detail.
/// </summary>
public sealed record SelfCheckPlanChange(
    DateTimeOffset At, string PersonId, string PersonName, SelfCheckPlanChangeKind Kind, string? PointId, string? PointWhat, string? Detail);

/// <summary>
/// One unit's self-check plan (egenkontrollplan) for one calendar year: its control points, kept by the unit's manager
/// (or their substitute while it is on) and the quality developers, started from last year's plan or a template, with
/// every change in its history. The points' ids stay the same from year to year, so results compare year on year.
/// </summary>
public sealed class SelfCheckPlan
{
    /// <summary>
    /// The most points a plan holds: a plan is for the points a unit follows through, and a plan with its changes is
    /// saved in one transaction (at most 100 rows).
    /// </summary>
    public const int MostPoints = 80;

    /// <summary>The largest sample a file review (aktgranskning) takes.</summary>
    public const int LargestSample = 500;

    private readonly List<ControlPoint> _points;
    private readonly List<SelfCheckPlanChange> _history;
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private HashSet<string> _stored;

    /// <summary>A plan as stored (storage passes the revision it read; nothing has changed since).</summary>
    public SelfCheckPlan(TenantId tenant, string unitId, int year, IEnumerable<ControlPoint> points, IEnumerable<SelfCheckPlanChange> history, string? revision)
    {
        Tenant = tenant;
        UnitId = unitId;
        Year = year;
        _points = points.ToList();
        _history = history.OrderBy(c => c.At).ToList();
        Revision = revision;
        StoredHistoryCount = _history.Count;
        _stored = _points.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A plan with nothing in it yet, never saved.</summary>
    public static SelfCheckPlan Empty(TenantId tenant, string unitId, int year) => new(tenant, unitId, year, [], [], null);

    public TenantId Tenant { get; }

    public string UnitId { get; }

    public int Year { get; }

    /// <summary>The control points, in the order they were added.</summary>
    public IReadOnlyList<ControlPoint> Points => _points;

    /// <summary>Every change, oldest first.</summary>
    public IReadOnlyList<SelfCheckPlanChange> History => _history;

    public bool IsEmpty => _points.Count == 0;

    /// <summary>What storage read the plan at (its ETag); null when it was never saved. Saving is conditional on it.</summary>
    public string? Revision { get; private set; }

    /// <summary>How many of <see cref="History"/> are stored already; the rest are new since the plan was read.</summary>
    public int StoredHistoryCount { get; private set; }

    /// <summary>The changes made since the plan was read.</summary>
    public IEnumerable<SelfCheckPlanChange> NewChanges => _history.Skip(StoredHistoryCount);

    /// <summary>The points added or changed since the plan was read (to be written).</summary>
    public IReadOnlyList<ControlPoint> TouchedPoints => _points.Where(p => _touched.Contains(p.Id)).ToList();

    /// <summary>The ids of stored points removed since the plan was read (to be deleted).</summary>
    public IReadOnlyCollection<string> RemovedPointIds => _stored.Where(id => Find(id) is null).ToList();

    public ControlPoint? Find(string pointId) => _points.FirstOrDefault(p => string.Equals(p.Id, pointId, StringComparison.Ordinal));

    /// <summary>Storage saved the plan: it is now at <paramref name="revision"/> with nothing new.</summary>
    public void Stored(string revision)
    {
        Revision = revision;
        StoredHistoryCount = _history.Count;
        _touched.Clear();
        _stored = _points.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Who keeps the unit's plan: the one acting as its manager now (the manager, or the substitute while it is on) and
    /// the quality developers. Everyone who works with the unit may read it.
    /// </summary>
    public static bool CanKeep(Person person, Unit unit, DateTimeOffset now) =>
        person.ActsAsManagerOf(unit, now) || person.Role == Role.Verksamhetsutvecklare;

    /// <summary>Who may read the unit's plan: everyone who works with the unit.</summary>
    public static bool CanSee(Person person, Unit unit) => person.WorksWith(unit.Id);

    /// <summary>
    /// Adds a control point. Every field is checked at once, each refusal naming its field (<see cref="Check"/>); a full
    /// plan refuses more (<see cref="MostPoints"/>).
    /// </summary>
    public ControlPoint Add(string id, ControlPointDraft draft, Organisation organisation, Person by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (Find(id) is not null)
        {
            throw new InvalidOperationException($"The plan has a point {id} already.");
        }

        var unit = UnitIn(organisation);
        var refusals = Check(draft, unit, organisation, by, at).ToList();
        refusals.AddRange(ClosedRefusal(at));
        if (_points.Count >= MostPoints)
        {
            refusals.Add(new Refusal(RefusalReason.TooLong, Field.None));
        }

        RuleException.ThrowIfAny(refusals);
        var point = Point(id, draft, organisation);
        _points.Add(point);
        _touched.Add(id);
        _history.Add(new SelfCheckPlanChange(at, by.Id, by.Name, SelfCheckPlanChangeKind.PointAdded, id, point.What, null));
        return point;
    }

    /// <summary>
    /// Changes a control point, keeping its id (its results stay its own). Checked as <see cref="Add"/>; the history keeps
    /// what it was. A change applies to its occurrences from now on: the schedule is the point's as it is.
    /// </summary>
    public ControlPoint Change(string pointId, ControlPointDraft draft, Organisation organisation, Person by, DateTimeOffset at)
    {
        var unit = UnitIn(organisation);
        var refusals = Check(draft, unit, organisation, by, at).ToList();
        refusals.AddRange(ClosedRefusal(at));
        var index = _points.FindIndex(p => string.Equals(p.Id, pointId, StringComparison.Ordinal));
        if (index < 0)
        {
            refusals.Insert(0, new Refusal(RefusalReason.NotFound));
        }

        RuleException.ThrowIfAny(refusals);
        var before = _points[index];
        var point = Point(pointId, draft, organisation);
        if (Same(point, before))
        {
            return before;
        }

        _points[index] = point;
        _touched.Add(pointId);
        _history.Add(new SelfCheckPlanChange(at, by.Id, by.Name, SelfCheckPlanChangeKind.PointChanged, pointId, point.What, Describe(before)));
        return point;
    }

    /// <summary>Removes a control point; the history keeps it and the reason, when one is given (free text, optional).</summary>
    public ControlPoint Remove(string pointId, string? reason, Organisation organisation, Person by, DateTimeOffset at)
    {
        var unit = UnitIn(organisation);
        var refusals = new List<Refusal>();
        if (!CanKeep(by, unit, at))
        {
            refusals.Add(new Refusal(RefusalReason.NotAllowed));
        }

        var point = Find(pointId);
        if (point is null)
        {
            refusals.Add(new Refusal(RefusalReason.NotFound));
        }

        refusals.AddRange(ClosedRefusal(at));
        refusals.AddRange(FreeText.Check(reason, Field.ControlRemovalReason, required: false));
        RuleException.ThrowIfAny(refusals);
        _points.Remove(point!);
        _touched.Remove(pointId);
        _history.Add(new SelfCheckPlanChange(at, by.Id, by.Name, SelfCheckPlanChangeKind.PointRemoved, pointId, point!.What,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        return point;
    }

    /// <summary>
    /// Starts an empty plan from the unit's plan of an earlier year: its points with the same ids (so results compare year
    /// on year), each responsible person kept while they are still one of the unit's own, else the unit's manager.
    /// </summary>
    public void StartFrom(SelfCheckPlan earlier, Organisation organisation, Person by, DateTimeOffset at)
    {
        if (earlier.Tenant != Tenant || !string.Equals(earlier.UnitId, UnitId, StringComparison.Ordinal) || earlier.Year >= Year)
        {
            throw new InvalidOperationException($"A plan starts from its own unit's plan of an earlier year, not {earlier.UnitId} {earlier.Year}.");
        }

        var unit = UnitIn(organisation);
        StartWith(earlier.Points.Select(p => p.ResponsibleId is { } id && organisation.FindPerson(id) is { } person && person.BelongsTo(unit)
            ? p with { ResponsibleName = person.Name }
            : p with { ResponsibleId = null, ResponsibleName = null }), unit, by, at);
        _history.Add(new SelfCheckPlanChange(at, by.Id, by.Name, SelfCheckPlanChangeKind.StartedFromEarlierYear, null, null,
            earlier.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Starts an empty plan from a template: its points, each to be done by the unit's manager until changed.</summary>
    public void StartFrom(SelfCheckTemplate template, Organisation organisation, Person by, DateTimeOffset at)
    {
        StartWith(template.Points.Select(p => p with { ResponsibleId = null, ResponsibleName = null }), UnitIn(organisation), by, at);
        _history.Add(new SelfCheckPlanChange(at, by.Id, by.Name, SelfCheckPlanChangeKind.StartedFromTemplate, null, null, template.Name));
    }

    /// <summary>Records that a quality developer offered this plan as a template (the template is stored on its own).</summary>
    public void OfferedAsTemplate(string templateName, Person by, DateTimeOffset at) =>
        _history.Add(new SelfCheckPlanChange(at, by.Id, by.Name, SelfCheckPlanChangeKind.OfferedAsTemplate, null, null, templateName));

    /// <summary>
    /// What is wrong with a point as filled in, every field at once: who asks (<see cref="CanKeep"/>), what is checked
    /// (free text, required), the perspective, method and frequency (required), the months (Årsvis: exactly one; Valda
    /// månader: one or more; otherwise none), the responsible person (one of the unit's own; none: the manager, who must
    /// then be appointed), the instructions (free text, optional) and the sample size (1–500 for a file review, none
    /// otherwise).
    /// </summary>
    public static IEnumerable<Refusal> Check(ControlPointDraft draft, Unit unit, Organisation organisation, Person by, DateTimeOffset at)
    {
        if (!CanKeep(by, unit, at))
        {
            yield return new Refusal(RefusalReason.NotAllowed);
        }

        foreach (var refusal in CheckPoint(draft).Where(r => r.Field != Field.ControlResponsible))
        {
            yield return refusal;
        }

        if (draft.ResponsibleId is { } responsibleId)
        {
            if (organisation.FindPerson(responsibleId) is not { } responsible || !responsible.BelongsTo(unit))
            {
                yield return new Refusal(RefusalReason.NotInUnit, Field.ControlResponsible);
            }
        }
        else if (unit.ManagerId is null)
        {
            yield return new Refusal(RefusalReason.Required, Field.ControlResponsible);
        }
    }

    /// <summary>
    /// What is wrong with the point itself, whoever plans it for whichever unit (a template's points are held to it too):
    /// what, perspective, method, frequency, months, instructions and sample size, in the order the form asks them.
    /// </summary>
    public static IEnumerable<Refusal> CheckPoint(ControlPointDraft draft)
    {
        foreach (var refusal in FreeText.Check(draft.What, Field.ControlWhat))
        {
            yield return refusal;
        }

        if (draft.Perspective is not { } perspective || !Enum.IsDefined(perspective))
        {
            yield return new Refusal(RefusalReason.Required, Field.ControlPerspective);
        }

        if (draft.Method is not { } method || !Enum.IsDefined(method))
        {
            yield return new Refusal(RefusalReason.Required, Field.ControlMethod);
        }

        if (draft.Frequency is not { } frequency || !Enum.IsDefined(frequency))
        {
            yield return new Refusal(RefusalReason.Required, Field.ControlFrequency);
        }
        else if (MonthsRefusal(frequency, draft.Months) is { } months)
        {
            yield return months;
        }

        foreach (var refusal in FreeText.Check(draft.Instructions, Field.ControlInstructions, required: false))
        {
            yield return refusal;
        }

        if (draft.Method == ControlMethod.Aktgranskning)
        {
            if (draft.SampleSize is not { } size)
            {
                yield return new Refusal(RefusalReason.Required, Field.ControlSampleSize);
            }
            else if (size is < 1 or > LargestSample)
            {
                yield return new Refusal(RefusalReason.Invalid, Field.ControlSampleSize);
            }
        }
        else if (draft.SampleSize is not null)
        {
            yield return new Refusal(RefusalReason.Invalid, Field.ControlSampleSize);
        }
    }

    /// <summary>Whether the months fit the frequency: Årsvis exactly one, Valda månader one or more, the others none.</summary>
    private static Refusal? MonthsRefusal(CheckFrequency frequency, IReadOnlyList<int>? months)
    {
        months ??= [];
        if (months.Any(m => m is < 1 or > 12))
        {
            return new Refusal(RefusalReason.Invalid, Field.ControlMonths);
        }

        var count = months.Distinct().Count();
        return frequency switch
        {
            CheckFrequency.Arsvis when count == 0 => new Refusal(RefusalReason.Required, Field.ControlMonths),
            CheckFrequency.Arsvis when count > 1 => new Refusal(RefusalReason.Invalid, Field.ControlMonths),
            CheckFrequency.ValdaManader when count == 0 => new Refusal(RefusalReason.Required, Field.ControlMonths),
            CheckFrequency.Arsvis or CheckFrequency.ValdaManader => null,
            _ when count > 0 => new Refusal(RefusalReason.Invalid, Field.ControlMonths),
            _ => null,
        };
    }

    private void StartWith(IEnumerable<ControlPoint> points, Unit unit, Person by, DateTimeOffset at)
    {
        var refusals = new List<Refusal>();
        if (!CanKeep(by, unit, at))
        {
            refusals.Add(new Refusal(RefusalReason.NotAllowed));
        }

        refusals.AddRange(ClosedRefusal(at));
        if (!IsEmpty)
        {
            // Starting is for an empty plan: a plan with points is changed point by point, so nothing is lost unseen.
            refusals.Add(new Refusal(RefusalReason.WrongState));
        }

        var copied = points.Take(MostPoints).ToList();
        if (copied.Count == 0)
        {
            refusals.Add(new Refusal(RefusalReason.NotFound));
        }

        RuleException.ThrowIfAny(refusals);
        foreach (var point in copied.DistinctBy(p => p.Id, StringComparer.Ordinal))
        {
            _points.Add(point);
            _touched.Add(point.Id);
        }
    }

    /// <summary>When the point is next due in the plan's year: the first due day from today on (the first of a future year; none in a past one).</summary>
    public static DateOnly? NextDue(ControlPoint point, int year, DateOnly today) =>
        SelfCheckSchedule.Occurrences(point, year).FirstOrDefault(o => o.Due >= today)?.Due;

    /// <summary>Whether the plan's year has passed: a past year's plan is kept as it was, the record its results were checked against.</summary>
    public bool IsClosed(DateTimeOffset now) => Year < Time.SwedishTime.Day(now).Year;

    private IEnumerable<Refusal> ClosedRefusal(DateTimeOffset at) => IsClosed(at) ? [new Refusal(RefusalReason.AlreadyFinished)] : [];

    private Unit UnitIn(Organisation organisation) =>
        organisation.FindUnit(UnitId) ?? throw new InvalidOperationException($"The organisation has no unit {UnitId}.");

    private static ControlPoint Point(string id, ControlPointDraft draft, Organisation organisation)
    {
        var responsible = draft.ResponsibleId is { } responsibleId ? organisation.FindPerson(responsibleId) : null;
        var yearly = draft.Frequency is CheckFrequency.Arsvis or CheckFrequency.ValdaManader;
        return new ControlPoint(
            id,
            draft.What!.Trim(),
            draft.Perspective!.Value,
            draft.Method!.Value,
            draft.Frequency!.Value,
            yearly ? draft.Months.Distinct().Order().ToList() : [],
            responsible?.Id,
            responsible?.Name,
            string.IsNullOrWhiteSpace(draft.Instructions) ? null : draft.Instructions.Trim(),
            draft.Method == ControlMethod.Aktgranskning ? draft.SampleSize : null);
    }

    /// <summary>Records compare lists by reference; two points are the same when every field, months included, is.</summary>
    private static bool Same(ControlPoint a, ControlPoint b) =>
        a with { Months = [] } == b with { Months = [] } && a.Months.SequenceEqual(b.Months);

    /// <summary>A point in a line, for the history: what it was before a change (Swedish, as the history is kept).</summary>
    private static string Describe(ControlPoint point) =>
        string.Join(" · ", new[]
        {
            point.What,
            point.Perspective.ToString(),
            point.Method.ToString(),
            point.Frequency + (point.Months.Count > 0 ? " (" + string.Join(",", point.Months) + ")" : string.Empty),
            point.ResponsibleName ?? "enhetschefen",
            point.SampleSize is { } size ? "urval " + size : null,
            point.Instructions,
        }.Where(s => !string.IsNullOrEmpty(s)));
}
