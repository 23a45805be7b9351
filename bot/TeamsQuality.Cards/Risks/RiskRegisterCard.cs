using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Risks;

/// <summary>
/// A unit's risk analysis (riskanalys), reviewed at stop 4: the risks grouped by main process, the most serious first,
/// each with probability × consequence = value 1-16, its level (Låg, Medium, Kritisk, in colour) and how many actions it
/// has. The manager and the quality developers get a form to add a risk; a refusal puts back what they typed.
/// </summary>
public static class RiskRegisterCard
{
    /// <summary>How many risks one card shows (the most serious); the rest are counted.</summary>
    internal const int MostShown = 60;

    /// <summary>How much of one risk's description the register shows.</summary>
    internal const int LongestDescription = 500;

    /// <summary>How much the risks' texts may cost in all (<see cref="CardParts.JsonCost"/>).</summary>
    internal const int RiskBudget = 40_000;

    private const int LongestProcess = 100;

    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="risks">The unit's risks.</param>
    /// <param name="canAdd">Whether the viewer may add risks (the unit's manager, the quality developers).</param>
    /// <param name="draft">What the user had typed in the form, put back (after a refusal).</param>
    /// <param name="refusals">Why the risk was refused, each naming its field.</param>
    public static AdaptiveCard Build(UiLanguage language, Unit unit, IReadOnlyList<Risk> risks, bool canAdd, RiskDraft? draft = null, IReadOnlyList<Refusal>? refusals = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        draft ??= new RiskDraft();
        var body = new List<CardElement>();
        body.Add(Heading(string.Format(culture, t.RiskRegisterTitle, unit.Name)));

        if (risks.Count == 0)
        {
            body.Add(new TextBlock(t.RiskEmpty) { IsSubtle = true });
        }
        else
        {
            var summary = new List<TextRun> { new((risks.Count == 1 ? t.RiskCountOne : string.Format(culture, t.RiskCountMany, risks.Count)) + " · ") { IsSubtle = true } };
            foreach (var level in new[] { RiskLevel.Kritisk, RiskLevel.Medium, RiskLevel.Lag })
            {
                summary.Add(new TextRun($"{t.RiskLevelName(level)}: {risks.Count(r => r.Level == level)}") { Color = LevelColour(level), Weight = "bolder" });
                if (level != RiskLevel.Lag)
                {
                    summary.Add(new TextRun(" · ") { IsSubtle = true });
                }
            }

            body.Add(new RichTextBlock(summary) { Spacing = "none" });
            body.Add(Subtle(t.RiskLevelsHint));

            var (mostSerious, hidden) = Oldest(
                risks.OrderByDescending(r => r.Value).ThenBy(r => r.Description, NameOrder).ToList(),
                MostShown,
                RiskBudget,
                r => JsonCost(Shorten(r.Description, LongestDescription)) + JsonCost(Shorten(r.Process, LongestProcess)) + 400);
            var shown = mostSerious.ToHashSet();
            foreach (var process in risks.Where(shown.Contains).GroupBy(r => r.Process.Trim(), StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, NameOrder))
            {
                body.Add(new RichTextBlock([new TextRun(Shorten(process.Key, LongestProcess)) { Weight = "bolder" }]) { Spacing = "large", Separator = true });
                foreach (var risk in process.OrderByDescending(r => r.Value).ThenBy(r => r.Description, NameOrder))
                {
                    body.Add(Row(language, t, risk));
                }
            }

            if (hidden > 0)
            {
                body.Add(Hidden(string.Format(culture, t.RiskHidden, hidden)));
            }
        }

        var actions = new List<CardActionElement>();
        if (canAdd)
        {
            AddForm(body, t, draft);
            actions.Add(new ExecuteAction(t.SaveRisk, CardVerbs.AddRisk) { Data = new() { [CardKeys.Unit] = unit.Id }, Style = "positive" });
        }
        else
        {
            body.Add(new TextBlock(t.RiskReadOnly) { IsSubtle = true, Size = "small", Spacing = "medium" });
            actions.Add(new ExecuteAction(t.Refresh, CardVerbs.RiskRegister) { Data = new() { [CardKeys.Unit] = unit.Id } });
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.RiskRegisterFallback, unit.Name),
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.RiskRefusal, RiskDraft.InputOf), t.ReportProblemsHeading),
            Actions = actions,
        };
    }

    private static Container Row(UiLanguage language, Texts t, Risk risk)
    {
        var culture = language.Culture();
        // The scale's words stay Swedish (they are the users' words; the form's choices gloss them in English).
        var swedish = System.Globalization.CultureInfo.GetCultureInfo("sv-SE");
        var value = string.Format(
            culture,
            t.RiskValueLine,
            $"{(int)risk.Probability} ({Texts.Swedish.ProbabilityName(risk.Probability).ToLower(swedish)})",
            $"{(int)risk.Consequence} ({Texts.Swedish.ConsequenceName(risk.Consequence).ToLower(swedish)})",
            risk.Value);
        return new Container(
        [
            Plain(Shorten(risk.Description, LongestDescription)),
            new RichTextBlock(
            [
                new TextRun(t.RiskLevelName(risk.Level)) { Color = LevelColour(risk.Level), Weight = "bolder" },
                new TextRun(" · " + value) { IsSubtle = true },
            ])
            {
                Spacing = "none",
            },
            Subtle(string.Format(culture, t.RiskActionsLine, risk.ActionIds.Count)),
        ])
        {
            Spacing = "medium",
        };
    }

    private static void AddForm(List<CardElement> body, Texts t, RiskDraft draft)
    {
        var probabilities = Enum.GetValues<Probability>().Select(p => new Choice($"{(int)p} – {t.ProbabilityName(p)}", ((int)p).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var consequences = Enum.GetValues<Consequence>().Select(c => new Choice($"{(int)c} – {t.ConsequenceName(c)}", ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

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

    private static string LevelColour(RiskLevel level) => level switch
    {
        RiskLevel.Kritisk => "attention",
        RiskLevel.Medium => "warning",
        _ => "good",
    };
}
