using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Domain.SelfChecks;

/// <summary>One time a quality developer offered a unit's plan as a template: who, when, from which unit and year (names as they were).</summary>
public sealed record SelfCheckTemplateOffer(DateTimeOffset At, string PersonId, string PersonName, string UnitId, string UnitName, int Year, int PointCount);

/// <summary>
/// A set of control points a plan can start from: built in (<see cref="SelfCheckTemplates"/>: home care, IFO and LSS)
/// or a unit's plan a quality developer (verksamhetsutvecklare) offered to every unit of the organisation. Its points
/// name no responsible person: each is the unit's manager's until the plan says otherwise.
/// </summary>
/// <param name="Id">Stable: "hemtjanst" for a built-in one, a generated id for an offered one.</param>
/// <param name="Name">As people choose it, e.g. "Hemtjänst och äldreomsorg".</param>
/// <param name="Offers">For an offered template, every time it was offered (the latest last): its history. Empty for a built-in one.</param>
public sealed record SelfCheckTemplate(string Id, string Name, IReadOnlyList<ControlPoint> Points, IReadOnlyList<SelfCheckTemplateOffer>? Offers = null)
{
    /// <summary>The longest name a template may have (it is chosen from a list).</summary>
    public const int LongestName = 80;

    public bool IsBuiltIn => Offers is not { Count: > 0 };

    /// <summary>Who may offer a unit's plan to every unit as a template: the quality developers, who administer the model.</summary>
    public static bool CanOffer(Person person) => person.Role == Role.Verksamhetsutvecklare;

    /// <summary>
    /// A quality developer offers the unit's plan as a template for every unit of the organisation, under a name. An
    /// offered template of the same name (case aside) is replaced, keeping its id and its history; a built-in one's name
    /// is taken. Refused: who may not offer; the name (required, free text, at most <see cref="LongestName"/>, not a
    /// built-in's); an empty plan (nothing to offer).
    /// </summary>
    /// <param name="id">The new template's id, used when none of that name is replaced.</param>
    /// <param name="offered">The organisation's offered templates as they are.</param>
    public static SelfCheckTemplate Offer(string id, string? name, SelfCheckPlan plan, Unit unit, Person by, DateTimeOffset at, IReadOnlyList<SelfCheckTemplate> offered)
    {
        var refusals = new List<Refusal>();
        if (!CanOffer(by))
        {
            refusals.Add(new Refusal(RefusalReason.NotAllowed));
        }

        refusals.AddRange(FreeText.Check(name, Field.TemplateName));
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length > LongestName)
        {
            refusals.Add(new Refusal(RefusalReason.TooLong, Field.TemplateName));
        }
        else if (SelfCheckTemplates.BuiltIn.Any(t => SameName(t.Name, trimmed)))
        {
            refusals.Add(new Refusal(RefusalReason.AlreadyExists, Field.TemplateName, trimmed));
        }

        if (plan.IsEmpty)
        {
            refusals.Add(new Refusal(RefusalReason.WrongState));
        }

        RuleException.ThrowIfAny(refusals.Distinct().ToList());
        var replaced = offered.FirstOrDefault(t => SameName(t.Name, trimmed));
        var offer = new SelfCheckTemplateOffer(at, by.Id, by.Name, unit.Id, unit.Name, plan.Year, plan.Points.Count);
        return new SelfCheckTemplate(
            replaced?.Id ?? id,
            trimmed,
            plan.Points.Select(p => p with { ResponsibleId = null, ResponsibleName = null }).ToList(),
            [.. replaced?.Offers ?? [], offer]);
    }

    private static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.CurrentCultureIgnoreCase);
}

/// <summary>
/// The built-in self-check templates, read once from the JSON embedded in this assembly (SelfChecks/Templates/*.json):
/// control points drawn from the source documents (Vetlanda's methods, Tranås' quality control plan, Örnsköldsvik's
/// self-check summary). Every point is held to the plan's own rules when it is loaded, so a bad edit fails the first
/// test that touches a template.
/// </summary>
public static class SelfCheckTemplates
{
    public const string HomeCareId = "hemtjanst";
    public const string IfoLssId = "ifo-lss";

    private const string ResourcePrefix = "TeamsQuality.Domain.SelfChecks.Templates.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };

    private static readonly Lazy<ReadOnlyCollection<SelfCheckTemplate>> Loaded = new(Load);

    /// <summary>Every built-in template, ordered by id.</summary>
    public static IReadOnlyList<SelfCheckTemplate> BuiltIn => Loaded.Value;

    /// <summary>The built-in template with this id, or null.</summary>
    public static SelfCheckTemplate? Find(string id) => BuiltIn.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    private static ReadOnlyCollection<SelfCheckTemplate> Load()
    {
        var assembly = typeof(SelfCheckTemplates).Assembly;
        var templates = new List<SelfCheckTemplate>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidDataException($"Self-check template {name} cannot be opened.");
            var dto = JsonSerializer.Deserialize<TemplateDto>(stream, Options) ?? throw new InvalidDataException($"Self-check template {name} is empty.");
            templates.Add(new SelfCheckTemplate(dto.Id, dto.Name, dto.Points.Select(p => Point(name, p)).ToList()));
        }

        if (templates.SelectMany(t => t.Points.Select(p => (t.Id, p.Id))).GroupBy(k => k).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"Self-check template {twice.Key.Item1} has point {twice.Key.Item2} twice.");
        }

        return templates.OrderBy(t => t.Id, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    private static ControlPoint Point(string template, PointDto dto)
    {
        var draft = new ControlPointDraft(dto.What, dto.Perspective, dto.Method, dto.Frequency, dto.Months ?? [], null, dto.Instructions, dto.SampleSize);
        if (SelfCheckPlan.CheckPoint(draft).ToList() is { Count: > 0 } refusals)
        {
            throw new InvalidDataException($"Self-check template {template}, point {dto.Id}: {string.Join(", ", refusals.Select(r => $"{r.Field} {r.Reason}"))}.");
        }

        return new ControlPoint(dto.Id, dto.What.Trim(), dto.Perspective, dto.Method, dto.Frequency, (dto.Months ?? []).Distinct().Order().ToList(), null, null, dto.Instructions?.Trim(), dto.SampleSize);
    }

    private sealed record TemplateDto(string Id, string Name, IReadOnlyList<PointDto> Points);

    private sealed record PointDto(string Id, string What, QualityPerspective Perspective, ControlMethod Method, CheckFrequency Frequency, IReadOnlyList<int>? Months, string? Instructions, int? SampleSize);
}
