using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsQuality.Domain.Wheel;

/// <summary>
/// The wheel templates an organisation can start from, read once from the JSON embedded in this assembly
/// (Wheel/Templates/*.json): Vetlanda's ten stops (Tryggve) and Nordmaling's six rooms (Huset).
/// </summary>
/// <remarks>
/// The data is validated when it is loaded; a broken template throws <see cref="InvalidDataException"/> naming the
/// template and the stop, so a bad edit to the JSON fails the first test that touches a template rather than a
/// conversation in Teams.
/// </remarks>
public static class WheelTemplates
{
    public const string VetlandaId = "vetlanda-tryggve";
    public const string NordmalingId = "nordmaling-huset";

    private const string ResourcePrefix = "TeamsQuality.Domain.Wheel.Templates.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };

    private static readonly Lazy<IReadOnlyList<WheelTemplate>> Loaded = new(LoadEmbedded);

    /// <summary>Vetlanda's Tryggve wheel: ten hållplatser för lärande.</summary>
    public static WheelTemplate Vetlanda => Find(VetlandaId) ?? throw Missing(VetlandaId);

    /// <summary>Nordmaling's house: six rooms, each a stop on the wheel.</summary>
    public static WheelTemplate Nordmaling => Find(NordmalingId) ?? throw Missing(NordmalingId);

    /// <summary>Every embedded template, ordered by id.</summary>
    public static IReadOnlyList<WheelTemplate> All => Loaded.Value;

    /// <summary>The template with this id (ordinal, case-insensitive), or null.</summary>
    public static WheelTemplate? Find(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads and validates one template in the JSON format of the embedded ones (camelCase, enums by name,
    /// <c>timeEstimateMinutes</c>). <paramref name="origin"/> names the data in error messages, e.g. a file name.
    /// </summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or the template breaks a rule.</exception>
    public static WheelTemplate Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        TemplateDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<TemplateDto>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Wheel template {origin}: the JSON cannot be read ({e.Message}).", e);
        }

        return dto is null
            ? throw new InvalidDataException($"Wheel template {origin}: the JSON is empty (null).")
            : ToTemplate(dto, origin);
    }

    private static ReadOnlyCollection<WheelTemplate> LoadEmbedded()
    {
        var assembly = typeof(WheelTemplates).Assembly;
        var templates = new List<WheelTemplate>();
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidDataException($"Wheel template resource {name} cannot be opened.");
            using var reader = new StreamReader(stream);
            var fileName = name[ResourcePrefix.Length..];
            var template = Parse(reader.ReadToEnd(), fileName);
            if (!string.Equals(template.Id + ".json", fileName, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Wheel template {fileName}: its id \"{template.Id}\" does not match the file name.");
            }

            templates.Add(template);
        }

        if (templates.Count == 0)
        {
            throw new InvalidDataException($"No wheel templates are embedded (expected resources {ResourcePrefix}*.json).");
        }

        return templates.OrderBy(t => t.Id, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    private static InvalidOperationException Missing(string id) => new($"The wheel template \"{id}\" is not embedded.");

    private static WheelTemplate ToTemplate(TemplateDto dto, string origin)
    {
        var label = string.IsNullOrWhiteSpace(dto.Id) ? origin : $"\"{dto.Id}\" ({origin})";
        InvalidDataException Fail(string message) => new($"Wheel template {label}: {message}");

        if (string.IsNullOrWhiteSpace(dto.Id))
        {
            throw Fail("the id is missing.");
        }

        if (string.IsNullOrWhiteSpace(dto.Name))
        {
            throw Fail("the name is missing.");
        }

        if (string.IsNullOrWhiteSpace(dto.Source))
        {
            throw Fail("the source is missing.");
        }

        if (dto.Stops is not { Count: > 0 })
        {
            throw Fail("there are no stops.");
        }

        var stops = new List<StopDefinition>();
        for (var i = 0; i < dto.Stops.Count; i++)
        {
            var stop = dto.Stops[i] ?? throw Fail($"stop #{i + 1} in the list is null.");
            stops.Add(ToStop(stop, i, Fail));
        }

        var numbers = stops.Select(s => s.Number).Order().ToList();
        var duplicate = numbers.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Fail($"stop number {duplicate.Key} is used by more than one stop.");
        }

        var expected = Enumerable.Range(1, stops.Count).ToList();
        if (!numbers.SequenceEqual(expected))
        {
            throw Fail($"the stops must be numbered 1 to {stops.Count} without gaps; found {string.Join(", ", numbers)}.");
        }

        return new WheelTemplate
        {
            Id = dto.Id,
            Name = dto.Name,
            Source = dto.Source,
            Stops = stops.OrderBy(s => s.Number).ToList().AsReadOnly(),
        };
    }

    private static StopDefinition ToStop(StopDto dto, int index, Func<string, InvalidDataException> fail)
    {
        var label = string.IsNullOrWhiteSpace(dto.Theme) ? $"stop {dto.Number}" : $"stop {dto.Number} \"{dto.Theme}\"";
        InvalidDataException Fail(string message) => fail($"{label}: {message}");

        if (dto.Number < 1)
        {
            throw fail($"the stop at position {index + 1} has number {dto.Number}; numbers start at 1.");
        }

        if (string.IsNullOrWhiteSpace(dto.Theme))
        {
            throw Fail("the theme is missing.");
        }

        var perspective = dto.Perspective ?? throw Fail("the perspective is missing.");
        var heldBy = dto.HeldBy ?? throw Fail("heldBy is missing.");
        if (!Enum.IsDefined(perspective) || !Enum.IsDefined(heldBy))
        {
            throw Fail("the perspective or heldBy is not a known value.");
        }

        if (dto.Months is not { Count: > 0 })
        {
            throw Fail("no months are given.");
        }

        if (dto.Months.Any(m => m is < 1 or > 12))
        {
            throw Fail($"months must be 1-12; found {string.Join(", ", dto.Months)}.");
        }

        if (dto.Months.Distinct().Count() != dto.Months.Count)
        {
            throw Fail($"a month is repeated: {string.Join(", ", dto.Months)}.");
        }

        if (dto.TimeEstimateMinutes is not > 0)
        {
            throw Fail("timeEstimateMinutes must be a positive number of minutes.");
        }

        var purpose = Texts(dto.Purpose, "purpose", Fail);
        var preparation = Texts(dto.Preparation, "preparation", Fail);

        if (dto.Questions is null)
        {
            throw Fail("there are no questions.");
        }

        var unknown = dto.Questions.Keys.Where(k => !Enum.IsDefined(k)).ToList();
        if (unknown.Count > 0)
        {
            throw Fail($"questions are given for an unknown analysis step: {string.Join(", ", unknown.Select(k => (int)k))}.");
        }

        var questions = new Dictionary<AnalysisStep, IReadOnlyList<string>>();
        foreach (var step in Enum.GetValues<AnalysisStep>())
        {
            dto.Questions.TryGetValue(step, out var list);
            questions[step] = Texts(list, $"questions for {step}", Fail);
        }

        if (dto.AlsoDocumentedAs is not null && string.IsNullOrWhiteSpace(dto.AlsoDocumentedAs))
        {
            throw Fail("alsoDocumentedAs is blank; use null when the stop is documented only as itself.");
        }

        return new StopDefinition
        {
            Number = dto.Number,
            Theme = dto.Theme,
            Perspective = perspective,
            Months = dto.Months.AsReadOnly(),
            TimeEstimate = TimeSpan.FromMinutes(dto.TimeEstimateMinutes.Value),
            HeldBy = heldBy,
            Purpose = purpose,
            Preparation = preparation,
            Questions = questions.AsReadOnly(),
            AlsoDocumentedAs = dto.AlsoDocumentedAs,
            ProducesQualityReport = dto.ProducesQualityReport ?? false,
        };
    }

    private static ReadOnlyCollection<string> Texts(List<string?>? texts, string what, Func<string, InvalidDataException> fail)
    {
        if (texts is not { Count: > 0 })
        {
            throw fail($"{what} is missing or empty.");
        }

        var blank = texts.FindIndex(string.IsNullOrWhiteSpace);
        if (blank >= 0)
        {
            throw fail($"{what}: item {blank + 1} is blank.");
        }

        return texts.Select(t => t!).ToList().AsReadOnly();
    }

    // The JSON shape: everything nullable so that a missing field gets the validation's clear message, not a
    // serializer error.
    private sealed record TemplateDto(string? Id, string? Name, string? Source, List<StopDto?>? Stops);

    private sealed record StopDto(
        int Number,
        string? Theme,
        QualityPerspective? Perspective,
        List<int>? Months,
        int? TimeEstimateMinutes,
        StopHolder? HeldBy,
        List<string?>? Purpose,
        List<string?>? Preparation,
        Dictionary<AnalysisStep, List<string?>>? Questions,
        string? AlsoDocumentedAs,
        bool? ProducesQualityReport = null);
}
