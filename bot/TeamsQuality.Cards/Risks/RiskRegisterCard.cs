using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Risks;

/// <summary>
/// A unit's risk analysis (riskanalys), reviewed at stop 4: this calendar year's summary per level (how many risks were
/// assessed Kritisk, Medium, Låg, and how many of them have actions), then the risks in the register's order
/// (<see cref="RiskOrder"/>: Kritisk first, the highest value first, then the newest; those no longer current last), a
/// page at a time, each with its process, probability × consequence = value, its level in colour, how many actions it
/// has and a button to open it. The manager and the quality developers get a form to add a risk; a refusal puts back
/// what they typed.
/// </summary>
public static class RiskRegisterCard
{
    /// <summary>How many risks one page shows; a register of hundreds stays far under Teams' size limit.</summary>
    public const int PageSize = 15;

    /// <summary>How much of one risk's description the register shows (all of it on the risk's own card).</summary>
    internal const int LongestDescription = 200;

    internal const int LongestProcess = 100;

    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="risks">The unit's risks, in the register's order.</param>
    /// <param name="actions">The actions per risk id, from the unit's plan.</param>
    /// <param name="summary">This year's summary per level.</param>
    /// <param name="canAdd">Whether the viewer may add risks (the unit's manager, the quality developers).</param>
    /// <param name="draft">What the user had typed in the form, put back (after a refusal).</param>
    /// <param name="refusals">Why the risk was refused, each naming its field.</param>
    /// <param name="skip">How many risks come before the page shown.</param>
    public static AdaptiveCard Build(
        UiLanguage language, Unit unit, IReadOnlyList<Risk> risks, IReadOnlyDictionary<string, IReadOnlyList<ImprovementAction>> actions, RiskYearSummary summary,
        bool canAdd, RiskDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, int skip = 0)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        draft ??= new RiskDraft();
        var body = new List<CardElement> { Heading(string.Format(culture, t.RiskRegisterTitle, unit.Name)) };
        AddSummary(body, t, culture, summary);

        skip = Math.Clamp(skip, 0, Math.Max(0, (risks.Count - 1) / PageSize * PageSize));
        var page = risks.Skip(skip).Take(PageSize).ToList();
        if (risks.Count == 0)
        {
            body.Add(new TextBlock(t.RiskEmpty) { IsSubtle = true, Spacing = "medium" });
        }
        else
        {
            var current = risks.Count(r => r.IsCurrent);
            body.Add(new TextBlock(string.Format(culture, t.RiskCurrentCount, current, risks.Count - current)) { Spacing = "medium", Separator = true });
            body.Add(Subtle(t.RiskLevelsHint));
            body.AddRange(page.Select(risk => Row(language, t, unit, risk, actions.TryGetValue(risk.Id, out var of) ? of.Count : 0)));
            if (risks.Count > page.Count)
            {
                body.Add(Hidden(string.Format(culture, t.RiskShowing, skip + 1, skip + page.Count, risks.Count)));
            }
        }

        var buttons = new List<CardActionElement>();
        if (canAdd)
        {
            AddForm(body, t, draft);
            buttons.Add(new ExecuteAction(t.SaveRisk, CardVerbs.AddRisk) { Data = new() { [CardKeys.Unit] = unit.Id }, Style = "positive" });
        }
        else
        {
            body.Add(new TextBlock(t.RiskReadOnly) { IsSubtle = true, Size = "small", Spacing = "medium" });
        }

        if (skip + page.Count < risks.Count)
        {
            buttons.Add(new ExecuteAction(t.RiskLessSerious, CardVerbs.RiskRegister) { Data = PageData(unit, skip + PageSize), AssociatedInputs = "none" });
        }

        if (skip > 0)
        {
            buttons.Add(new ExecuteAction(t.RiskMoreSerious, CardVerbs.RiskRegister) { Data = PageData(unit, Math.Max(0, skip - PageSize)), AssociatedInputs = "none" });
        }

        buttons.Add(new ExecuteAction(t.Refresh, CardVerbs.RiskRegister) { Data = PageData(unit, skip), AssociatedInputs = "none" });

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.RiskRegisterFallback, unit.Name),
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.RiskRefusal, RiskDraft.InputOf), t.ReportProblemsHeading),
            Actions = buttons,
        };
    }

    /// <summary>The unit and page a press on the register asks for; the first page when no skip is read.</summary>
    public static (string? UnitId, int Skip) PageOf(JsonObject? data) =>
        (CardInputs.Text(data, CardKeys.Unit), Math.Max(0, CardInputs.Number(data, CardKeys.Skip) ?? 0));

    /// <summary>"Kritisk 3 × 4 = 12": an assessment in few words, the level in the viewer's language.</summary>
    internal static string Short(Texts t, RiskAssessment assessment) =>
        string.Format(CultureInfo.InvariantCulture, t.RiskAssessmentShort, (int)assessment.Probability, (int)assessment.Consequence, assessment.Value, t.RiskLevelName(assessment.Level));

    internal static string LevelColour(RiskLevel level) => level switch
    {
        RiskLevel.Kritisk => "attention",
        RiskLevel.Medium => "warning",
        _ => "good",
    };

    /// <summary>"Sannolikhet 3 (stor) × konsekvens 4 (hög) = 12": the scale's words stay Swedish (the users' words; the form's choices gloss them).</summary>
    internal static string ValueLine(UiLanguage language, Texts t, Risk risk)
    {
        var swedish = CultureInfo.GetCultureInfo("sv-SE");
        return string.Format(
            language.Culture(),
            t.RiskValueLine,
            $"{(int)risk.Probability} ({Texts.Swedish.ProbabilityName(risk.Probability).ToLower(swedish)})",
            $"{(int)risk.Consequence} ({Texts.Swedish.ConsequenceName(risk.Consequence).ToLower(swedish)})",
            risk.Value);
    }

    /// <summary>The level in colour, or for a risk no longer current its state, then the value.</summary>
    internal static RichTextBlock LevelLine(UiLanguage language, Texts t, Risk risk) => new(
    [
        risk.IsCurrent
            ? new TextRun(t.RiskLevelName(risk.Level)) { Color = LevelColour(risk.Level), Weight = "bolder" }
            : new TextRun(t.RiskStateName(risk.State)) { Weight = "bolder", IsSubtle = true },
        new TextRun(" · " + ValueLine(language, t, risk)) { IsSubtle = true },
    ])
    {
        Spacing = "none",
    };

    internal static JsonObject RiskData(Unit unit, Risk risk) => new() { [CardKeys.Unit] = unit.Id, [CardKeys.Risk] = risk.Id };

    private static JsonObject PageData(Unit unit, int skip) => new() { [CardKeys.Unit] = unit.Id, [CardKeys.Skip] = skip };

    private static void AddSummary(List<CardElement> body, Texts t, CultureInfo culture, RiskYearSummary summary)
    {
        body.Add(Subheading(string.Format(culture, t.RiskSummaryHeading, summary.Year)));
        if (summary.Assessed == 0)
        {
            body.Add(Subtle(string.Format(culture, t.RiskSummaryNone, summary.Year)));
            return;
        }

        foreach (var level in RiskYearSummary.Order)
        {
            var count = summary.Of(level);
            body.Add(new RichTextBlock(
            [
                new TextRun(t.RiskLevelName(level) + ": ") { Color = LevelColour(level), Weight = "bolder" },
                new TextRun(string.Format(culture, t.RiskSummaryLine, count.Assessed, count.WithActions)),
            ])
            {
                Spacing = "none",
            });
        }

        body.Add(Subtle(t.RiskSummaryHint));
    }

    private static ColumnSet Row(UiLanguage language, Texts t, Unit unit, Risk risk, int actionCount) => new(
    [
        new Column(
        [
            Plain(Shorten(risk.Description, LongestDescription)),
            LevelLine(language, t, risk),
            Subtle(string.Format(language.Culture(), t.RiskProcessAndActions, Shorten(risk.Process, LongestProcess), actionCount)),
        ])
        {
            Width = "stretch",
            VerticalContentAlignment = "center",
        },
        new Column([new ActionSet([new ExecuteAction(t.OpenRisk, CardVerbs.OpenRisk) { Data = RiskData(unit, risk), AssociatedInputs = "none" }])])
        {
            Width = "auto",
            VerticalContentAlignment = "center",
        },
    ])
    {
        Separator = true,
        Spacing = "medium",
    };

    /// <summary>"3 – Stor": the probabilities to choose, valued "1" to "4".</summary>
    internal static List<Choice> ProbabilityChoices(Texts t) =>
        Enum.GetValues<Probability>().Select(p => new Choice($"{(int)p} – {t.ProbabilityName(p)}", ((int)p).ToString(CultureInfo.InvariantCulture))).ToList();

    /// <summary>"4 – Hög": the consequences to choose, valued "1" to "4".</summary>
    internal static List<Choice> ConsequenceChoices(Texts t) =>
        Enum.GetValues<Consequence>().Select(c => new Choice($"{(int)c} – {t.ConsequenceName(c)}", ((int)c).ToString(CultureInfo.InvariantCulture))).ToList();

    private static void AddForm(List<CardElement> body, Texts t, RiskDraft draft)
    {
        var probabilities = ProbabilityChoices(t);
        var consequences = ConsequenceChoices(t);

        body.Add(new TextBlock(t.AddRiskHeading) { Weight = "bolder", Size = "medium", Spacing = "large", Separator = true });
        body.Add(new InputText
        {
            Id = CardKeys.RiskProcess,
            Label = t.FieldRiskProcess,
            Placeholder = t.RiskProcessPlaceholder,
            MaxLength = LongestProcess,
            IsRequired = true,
            ErrorMessage = t.RiskProcessError,
            Value = PrefillWithin(draft.Process),
        });
        body.Add(new InputText
        {
            Id = CardKeys.RiskDescription,
            Label = t.FieldRiskDescription,
            IsMultiline = true,
            MaxLength = FreeText.LongestText,
            IsRequired = true,
            ErrorMessage = t.RiskDescriptionError,
            Value = PrefillWithin(draft.Description),
        });
        body.Add(new InputChoiceSet(probabilities)
        {
            Id = CardKeys.RiskProbability,
            Label = t.RiskProbabilityLabel,
            Style = "compact",
            Placeholder = t.RiskProbabilityLabel,
            IsRequired = true,
            ErrorMessage = t.RiskProbabilityError,
            Value = Chosen(probabilities, draft.Probability),
        });
        body.Add(new InputChoiceSet(consequences)
        {
            Id = CardKeys.RiskConsequence,
            Label = t.RiskConsequenceLabel,
            Style = "compact",
            Placeholder = t.RiskConsequenceLabel,
            IsRequired = true,
            ErrorMessage = t.RiskConsequenceError,
            Value = Chosen(consequences, draft.Consequence),
        });
    }
}
