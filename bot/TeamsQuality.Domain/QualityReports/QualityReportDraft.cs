using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.QualityReports;

/// <summary>Whose report of which year a draft is: a unit's (<see cref="UnitId"/>) or the administration's (no unit).</summary>
public sealed record ReportDraftKey(TenantId Tenant, ReportScope Scope, string? UnitId, int Year)
{
    public static ReportDraftKey OfUnit(TenantId tenant, string unitId, int year) => new(tenant, ReportScope.Enhet, unitId, year);

    public static ReportDraftKey OfAdministration(TenantId tenant, int year) => new(tenant, ReportScope.Forvaltning, null, year);
}

/// <summary>The manager's own assessment of a perspective, which replaces the one compiled from the finished stops.</summary>
public sealed record PerspectiveEdit(QualityPerspective Perspective, bool NeedsAction, Trend Trend, string? Comment, string ByName, DateTimeOffset At, int Revision);

/// <summary>
/// One save of the draft, kept in its history: who, when, and what the section or the perspective said after it (a
/// section's text as it was; a perspective's bedömning, trend and comment).
/// </summary>
public sealed record DraftRevision(
    int Revision,
    WrittenSectionKind? Section,
    QualityPerspective? Perspective,
    string? Text,
    bool? NeedsAction,
    Trend? Trend,
    string ById,
    string ByName,
    DateTimeOffset At);

/// <summary>
/// The hand-written part of a year's kvalitetsberättelse, for a unit or the administration: the written sections
/// (<see cref="WrittenSectionKind"/>) and the perspectives the manager assessed themselves. Everything else in the
/// report is compiled from the year's records each time it is shown.
///
/// The rules:
/// <list type="bullet">
/// <item>Who writes: a unit's report whoever acts as its manager (<see cref="Person.ActsAsManagerOf"/>, the ersättare
/// while on); the administration's the deputy director.</item>
/// <item>Who reads: a unit's report whoever acts as its manager, the quality developers, the deputy director and the
/// director (all units); the administration's those who follow every unit. Staff do not.</item>
/// <item>Free text through <see cref="FreeText"/>: no personnummer, at most <see cref="FreeText.LongestText"/>
/// characters. An empty section is a section taken out (kept in the history like any save).</item>
/// <item>Every save is a new revision in <see cref="History"/>; a save made from an older revision of the section
/// than the stored one is refused (<see cref="RefusalReason.ChangedMeanwhile"/>), so two writers never overwrite each
/// other unseen.</item>
/// </list>
/// </summary>
public sealed class QualityReportDraft
{
    private readonly Dictionary<WrittenSectionKind, WrittenSection> _sections;
    private readonly Dictionary<QualityPerspective, PerspectiveEdit> _perspectives;
    private readonly List<DraftRevision> _history;
    private readonly int _loaded;

    public QualityReportDraft(ReportDraftKey key, IEnumerable<WrittenSection> sections, IEnumerable<PerspectiveEdit> perspectives, IEnumerable<DraftRevision> history)
    {
        Key = key;
        _sections = sections.ToDictionary(s => s.Kind);
        _perspectives = perspectives.ToDictionary(p => p.Perspective);
        _history = history.OrderBy(h => h.Revision).ToList();
        _loaded = _history.Count;
    }

    public static QualityReportDraft Empty(ReportDraftKey key) => new(key, [], [], []);

    public ReportDraftKey Key { get; }

    /// <summary>The sections written, in the report's order (an emptied one is not among them).</summary>
    public IReadOnlyList<WrittenSection> Sections =>
        QualityReport.WrittenOrder.Where(k => _sections.TryGetValue(k, out var s) && s.Text.Length > 0).Select(k => _sections[k]).ToList();

    public IReadOnlyCollection<PerspectiveEdit> Perspectives => _perspectives.Values;

    /// <summary>Every save, oldest first.</summary>
    public IReadOnlyList<DraftRevision> History => _history;

    /// <summary>The saves since the draft was read (what is to be stored).</summary>
    public IReadOnlyList<DraftRevision> NewRevisions => _history.Skip(_loaded).ToList();

    /// <summary>The draft's revision: how many saves it has had.</summary>
    public int Revision => _history.Count;

    /// <summary>The section's current revision (0 when never written): what a form sends back to save over.</summary>
    public int RevisionOf(WrittenSectionKind kind) => _sections.TryGetValue(kind, out var s) ? s.Revision : 0;

    /// <summary>The section as stored, also when emptied (its text then empty): what the draft's row keeps.</summary>
    public WrittenSection? SectionOrEmpty(WrittenSectionKind kind) => _sections.GetValueOrDefault(kind);

    public PerspectiveEdit? EditOf(QualityPerspective perspective) => _perspectives.GetValueOrDefault(perspective);

    /// <summary>Every save of a section, newest first.</summary>
    public IReadOnlyList<DraftRevision> HistoryOf(WrittenSectionKind kind) => _history.Where(h => h.Section == kind).Reverse().ToList();

    /// <summary>Whether the person may read the report: see the class's rules.</summary>
    public static bool CanRead(Person person, ReportScope scope, Unit? unit, DateTimeOffset now) => scope switch
    {
        ReportScope.Enhet => unit is not null && (person.ActsAsManagerOf(unit, now) || person.Role.FollowsAllUnits()),
        _ => person.Role.FollowsAllUnits(),
    };

    /// <summary>Whether the person may write the report's sections and assess its perspectives.</summary>
    public static bool CanWrite(Person person, ReportScope scope, Unit? unit, DateTimeOffset now) => scope switch
    {
        ReportScope.Enhet => unit is not null && person.ActsAsManagerOf(unit, now),
        _ => person.Role == Role.BitradandeSocialchef,
    };

    /// <summary>
    /// Saves a section's text as a new revision. <paramref name="readRevision"/> is the section's revision the writer
    /// saw (null: save regardless, e.g. a first write from a fresh form).
    /// </summary>
    public WrittenSection Write(Person by, Unit? unit, WrittenSectionKind? kind, string? text, int? readRevision, DateTimeOffset at)
    {
        CheckWriter(by, unit, at);
        var refusals = new List<Refusal>();
        if (kind is not { } section || !Enum.IsDefined(section))
        {
            throw new RuleException(RefusalReason.UnknownChoice, Field.ReportSection);
        }

        refusals.AddRange(FreeText.Check(text, Field.ReportSection, required: false));
        if (readRevision is { } read && read != RevisionOf(section))
        {
            refusals.Add(new Refusal(RefusalReason.ChangedMeanwhile, Field.ReportSection));
        }

        RuleException.ThrowIfAny(refusals);
        var clean = text?.Trim() ?? string.Empty;
        var revision = Revision + 1;
        var written = new WrittenSection(section, clean, by.Name, at, revision);
        _sections[section] = written;
        _history.Add(new DraftRevision(revision, section, null, clean, null, null, by.Id, by.Name, at));
        return written;
    }

    /// <summary>The manager's own bedömning (must something be done?), trend and comment for a perspective.</summary>
    public PerspectiveEdit Assess(Person by, Unit? unit, QualityPerspective? perspective, bool? needsAction, Trend? trend, string? comment, DateTimeOffset at)
    {
        CheckWriter(by, unit, at);
        var refusals = new List<Refusal>();
        if (perspective is not { } chosen || !Enum.IsDefined(chosen))
        {
            refusals.Add(new Refusal(RefusalReason.UnknownChoice, Field.ReportPerspective));
        }

        if (needsAction is null)
        {
            refusals.Add(new Refusal(RefusalReason.Required, Field.NeedsAction));
        }

        if (trend is not { } t || !Enum.IsDefined(t))
        {
            refusals.Add(new Refusal(RefusalReason.Required, Field.ReportTrend));
        }

        refusals.AddRange(FreeText.Check(comment, Field.Comment, required: false));
        RuleException.ThrowIfAny(refusals);
        var revision = Revision + 1;
        var clean = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        var edit = new PerspectiveEdit(perspective!.Value, needsAction!.Value, trend!.Value, clean, by.Name, at, revision);
        _perspectives[edit.Perspective] = edit;
        _history.Add(new DraftRevision(revision, null, edit.Perspective, clean, edit.NeedsAction, edit.Trend, by.Id, by.Name, at));
        return edit;
    }

    private void CheckWriter(Person by, Unit? unit, DateTimeOffset at)
    {
        if (!CanWrite(by, Key.Scope, unit, at))
        {
            // Not the report's writer (its acting manager; the administration's deputy director), whatever the scope.
            throw new RuleException(RefusalReason.NotManager);
        }
    }
}
