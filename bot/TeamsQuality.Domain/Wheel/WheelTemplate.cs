namespace TeamsQuality.Domain.Wheel;

/// <summary>The quality perspectives every stop and self-check point belongs to (Vetlanda 2022).</summary>
public enum QualityPerspective
{
    /// <summary>Resources, competence, routines.</summary>
    Strukturkvalitet,

    /// <summary>Encounter, participation, legal certainty, processing times, cooperation.</summary>
    Processkvalitet,

    /// <summary>Outcomes for the clients.</summary>
    Resultatkvalitet,
}

/// <summary>Who holds a stop.</summary>
public enum StopHolder
{
    /// <summary>The unit, its manager with the staff.</summary>
    Enhet,

    /// <summary>The manager group, led by the deputy director.</summary>
    Chefsgrupp,

    /// <summary>An analysis day.</summary>
    Analysdag,
}

/// <summary>The analysis model every stop follows (the fifth step, documenting, is finishing the stop).</summary>
public enum AnalysisStep
{
    /// <summary>Nulägesbeskrivning: the current result, situation and state.</summary>
    Nulagesbeskrivning = 1,

    /// <summary>Orsaksanalys: why it looks like this, the difference from last year, what was done or not done.</summary>
    Orsaksanalys = 2,

    /// <summary>Dra slutsatser: must something be done?</summary>
    DraSlutsatser = 3,

    /// <summary>Förslag på åtgärder: what the unit can do itself and what needs to change at an overall level.</summary>
    ForslagPaAtgarder = 4,
}

/// <summary>
/// One stop on the annual wheel (hållplats för lärande): a recurring theme the unit pauses on, with its purpose, the
/// manager's preparation and the guiding questions for each step of the analysis.
/// </summary>
public sealed record StopDefinition
{
    /// <summary>The stop's number on the wheel, 1 and up.</summary>
    public required int Number { get; init; }

    /// <summary>The theme, e.g. "Samverkan".</summary>
    public required string Theme { get; init; }

    /// <summary>The quality perspective the stop belongs to.</summary>
    public required QualityPerspective Perspective { get; init; }

    /// <summary>The month(s) of the year the stop is held in (1-12); it is due at the end of the last one.</summary>
    public required IReadOnlyList<int> Months { get; init; }

    /// <summary>The time the conversation with the staff is estimated to take.</summary>
    public required TimeSpan TimeEstimate { get; init; }

    /// <summary>Who holds the stop: the unit, the manager group or an analysis day.</summary>
    public required StopHolder HeldBy { get; init; }

    /// <summary>Why the unit holds this stop (syfte).</summary>
    public required IReadOnlyList<string> Purpose { get; init; }

    /// <summary>What the manager gathers and prepares (din förberedelse).</summary>
    public required IReadOnlyList<string> Preparation { get; init; }

    /// <summary>The guiding questions per analysis step (tillsammans med medarbetarna).</summary>
    public required IReadOnlyDictionary<AnalysisStep, IReadOnlyList<string>> Questions { get; init; }

    /// <summary>Anything else the stop is documented as (stop 4 is also the unit's risk analysis), or null.</summary>
    public string? AlsoDocumentedAs { get; init; }

    /// <summary>
    /// Whether the year's quality report (kvalitetsberättelsen) is what the stop produces: Vetlanda's stop 10
    /// "Analysdagar – kvalitetsredovisning", Nordmaling's last room. Its card offers the report.
    /// </summary>
    public bool ProducesQualityReport { get; init; }

    /// <summary>The guiding questions for one step, or none.</summary>
    public IReadOnlyList<string> QuestionsFor(AnalysisStep step) =>
        Questions.TryGetValue(step, out var questions) ? questions : [];
}

/// <summary>A wheel of stops an organisation can start from: Vetlanda's ten stops, or Nordmaling's six rooms.</summary>
public sealed record WheelTemplate
{
    /// <summary>A stable id, e.g. "vetlanda-tryggve".</summary>
    public required string Id { get; init; }

    /// <summary>The template's name as shown to the quality developer choosing a wheel.</summary>
    public required string Name { get; init; }

    /// <summary>Where the template comes from, e.g. the guide it was taken from.</summary>
    public required string Source { get; init; }

    /// <summary>The stops, ordered by number.</summary>
    public required IReadOnlyList<StopDefinition> Stops { get; init; }

    /// <summary>The stop with this number, or null.</summary>
    public StopDefinition? Stop(int number) => Stops.FirstOrDefault(s => s.Number == number);
}
