using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.SelfChecks;

/// <summary>
/// The form for a control point, new or to change: what is checked, perspective, method, how often, the months (only
/// for Årsvis and Valda månader, as the hint says), who is responsible (the unit's own; the manager by default),
/// instructions and, for a file review, the sample. A refusal puts back everything typed, each message under its input.
/// </summary>
public static class ControlPointFormCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="year">The plan's year.</param>
    /// <param name="people">The unit's own, who can be made responsible (the manager is the default choice).</param>
    /// <param name="managerName">The unit's manager.</param>
    /// <param name="pointId">The point changed; null for a new one.</param>
    /// <param name="inputs">What the form holds: typed, or the point as it is.</param>
    /// <param name="refusals">Why the last save was refused, each naming its field.</param>
    public static AdaptiveCard Build(
        UiLanguage language, Unit unit, int year, IReadOnlyList<Person> people, string? managerName, string? pointId, ControlPointInputs? inputs = null, IReadOnlyList<Refusal>? refusals = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        inputs ??= new ControlPointInputs { Responsible = ControlPointInputs.ManagerChoice };
        var heading = pointId is null ? t.SelfCheckNewPointHeading : t.SelfCheckEditPointHeading;
        var perspectives = Enum.GetValues<QualityPerspective>().Select(p => new Choice(t.PerspectiveName(p), p.ToString())).ToList();
        var methods = Enum.GetValues<ControlMethod>().Select(m => new Choice(t.ControlMethodName(m), m.ToString())).ToList();
        var frequencies = Enum.GetValues<CheckFrequency>().Select(f => new Choice(t.CheckFrequencyName(f), f.ToString())).ToList();
        var monthNames = culture.DateTimeFormat;
        var months = Enumerable.Range(1, 12).Select(m => new Choice(Capitalised(monthNames.GetMonthName(m), culture), m.ToString(CultureInfo.InvariantCulture))).ToList();
        var responsible = new List<Choice> { new(managerName is null ? t.ControlResponsibleNoManager : string.Format(culture, t.ControlResponsibleManager, managerName), ControlPointInputs.ManagerChoice) };
        responsible.AddRange(people.Where(p => p.Id != unit.ManagerId).Select(p => new Choice(p.Name, p.Id)));
        var chosenMonths = string.Join(",", inputs.ChosenMonths.Where(m => m is >= 1 and <= 12).Distinct().Order().Select(m => m.ToString(CultureInfo.InvariantCulture)));

        var body = new List<CardElement>
        {
            Heading(heading),
            Subtle(string.Format(culture, t.SelfCheckPlanTitle, year, unit.Name)),
            new InputText
            {
                Id = CardKeys.ControlWhat,
                Label = t.FieldControlWhat,
                Placeholder = t.ControlWhatPlaceholder,
                IsMultiline = true,
                MaxLength = FreeText.LongestText,
                IsRequired = true,
                ErrorMessage = t.ControlWhatError,
                Value = PrefillWithin(inputs.What),
            },
            Pick(perspectives, CardKeys.ControlPerspective, t.FieldControlPerspective, t.ControlPerspectiveError, inputs.Perspective),
            Pick(methods, CardKeys.ControlMethod, t.FieldControlMethod, t.ControlMethodError, inputs.Method),
            Pick(frequencies, CardKeys.ControlFrequency, t.FieldControlFrequency, t.ControlFrequencyError, inputs.Frequency),
            new InputChoiceSet(months)
            {
                Id = CardKeys.ControlMonths,
                Label = t.FieldControlMonths,
                Style = "compact",
                IsMultiSelect = true,
                Placeholder = t.FieldControlMonths,
                Value = chosenMonths.Length > 0 ? chosenMonths : null,
            },
            Subtle(t.ControlMonthsHint),
            new InputChoiceSet(responsible)
            {
                Id = CardKeys.ControlResponsible,
                Label = t.FieldControlResponsible,
                Style = "compact",
                Value = Chosen(responsible, inputs.Responsible) ?? ControlPointInputs.ManagerChoice,
            },
            new InputText
            {
                Id = CardKeys.ControlInstructions,
                Label = t.FieldControlInstructions,
                Placeholder = t.ControlInstructionsPlaceholder,
                IsMultiline = true,
                MaxLength = FreeText.LongestText,
                Value = PrefillWithin(inputs.Instructions),
            },
            new InputText
            {
                Id = CardKeys.ControlSampleSize,
                Label = t.FieldControlSampleSize,
                Placeholder = t.ControlSampleSizePlaceholder,
                MaxLength = 6,
                Value = PrefillWithin(inputs.SampleSize, 40),
            },
        };

        // A required drop-down of the point's choices (perspective, method, frequency), put back from what was typed.
        static InputChoiceSet Pick(List<Choice> choices, string id, string label, string error, string? typed) => new(choices)
        {
            Id = id,
            Label = label,
            Style = "compact",
            Placeholder = label,
            IsRequired = true,
            ErrorMessage = error,
            Value = Chosen(choices, typed),
        };

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = heading,
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.SelfCheckRefusal, ControlPointInputs.InputOf), t.ReportProblemsHeading),
            Actions =
            [
                new ExecuteAction(t.SaveControlPoint, CardVerbs.SaveControlPoint) { Data = SelfCheckPlanData.Of(unit, year, pointId), Style = "positive" },
                new ExecuteAction(t.BackToSelfCheckPlan, CardVerbs.SelfCheckPlan) { Data = SelfCheckPlanData.Of(unit, year), AssociatedInputs = "none" },
            ],
        };
    }

    private static string Capitalised(string text, CultureInfo culture) => text.Length == 0 ? text : char.ToUpper(text[0], culture) + text[1..];
}
