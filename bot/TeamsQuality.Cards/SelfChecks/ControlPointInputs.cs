using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>
/// What the user filled in on the control point form, as the card sent it (every input a string), put back after a
/// refusal; the one parser of that form.
/// </summary>
public sealed record ControlPointInputs
{
    /// <summary>The responsible choice meaning "the unit's manager" (an input cannot send an empty choice apart from none).</summary>
    public const string ManagerChoice = "manager";

    public string? What { get; init; }

    /// <summary>The perspective's member name.</summary>
    public string? Perspective { get; init; }

    /// <summary>The method's member name.</summary>
    public string? Method { get; init; }

    /// <summary>The frequency's member name.</summary>
    public string? Frequency { get; init; }

    /// <summary>The months chosen, as a multi-select sends them: "3,9".</summary>
    public string? Months { get; init; }

    /// <summary>A person id of the unit's own, or <see cref="ManagerChoice"/>.</summary>
    public string? Responsible { get; init; }

    public string? Instructions { get; init; }

    /// <summary>How many files, as typed.</summary>
    public string? SampleSize { get; init; }

    public static ControlPointInputs FromInputs(JsonObject? data) => new()
    {
        What = CardInputs.Text(data, CardKeys.ControlWhat),
        Perspective = CardInputs.Text(data, CardKeys.ControlPerspective),
        Method = CardInputs.Text(data, CardKeys.ControlMethod),
        Frequency = CardInputs.Text(data, CardKeys.ControlFrequency),
        Months = CardInputs.Text(data, CardKeys.ControlMonths),
        Responsible = CardInputs.Text(data, CardKeys.ControlResponsible),
        Instructions = CardInputs.Text(data, CardKeys.ControlInstructions),
        SampleSize = CardInputs.Text(data, CardKeys.ControlSampleSize),
    };

    /// <summary>The form filled in with a point as it is (to change it).</summary>
    public static ControlPointInputs Of(ControlPoint point) => new()
    {
        What = point.What,
        Perspective = point.Perspective.ToString(),
        Method = point.Method.ToString(),
        Frequency = point.Frequency.ToString(),
        Months = point.Months.Count > 0 ? string.Join(",", point.Months.Select(m => m.ToString(CultureInfo.InvariantCulture))) : null,
        Responsible = point.ResponsibleId ?? ManagerChoice,
        Instructions = point.Instructions,
        SampleSize = point.SampleSize?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The draft the rules judge. A month that is not a number is left out; a sample that is not a whole number becomes
    /// 0, so the rules refuse it under its input rather than it being lost.
    /// </summary>
    public ControlPointDraft ToDraft() => new(
        What,
        CardInputs.Named<QualityPerspective>(Perspective),
        CardInputs.Named<ControlMethod>(Method),
        CardInputs.Named<CheckFrequency>(Frequency),
        ChosenMonths,
        Responsible is null or ManagerChoice ? null : Responsible,
        Instructions,
        SampleSize is null ? null : int.TryParse(SampleSize.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : 0);

    /// <summary>The months chosen, 1–12 as sent (the rules check them).</summary>
    public IReadOnlyList<int> ChosenMonths =>
        (Months ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => int.TryParse(m, NumberStyles.Integer, CultureInfo.InvariantCulture, out var month) ? month : (int?)null)
            .OfType<int>().ToList();

    /// <summary>The input of the form where a refusal about a field is shown.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.ControlWhat => CardKeys.ControlWhat,
        Field.ControlPerspective => CardKeys.ControlPerspective,
        Field.ControlMethod => CardKeys.ControlMethod,
        Field.ControlFrequency => CardKeys.ControlFrequency,
        Field.ControlMonths => CardKeys.ControlMonths,
        Field.ControlResponsible => CardKeys.ControlResponsible,
        Field.ControlInstructions => CardKeys.ControlInstructions,
        Field.ControlSampleSize => CardKeys.ControlSampleSize,
        Field.ControlRemovalReason => CardKeys.ControlRemovalReason,
        Field.TemplateName => CardKeys.TemplateName,
        _ => null,
    };
}
