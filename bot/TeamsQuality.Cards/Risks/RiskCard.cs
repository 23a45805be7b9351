using System.Text.Json.Nodes;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Risks;

/// <summary>
/// One risk of a unit's register: its description, level and value, when and by whom it was last assessed, whether it
/// is still current, the actions against it (from the unit's plan, with status) and its history (who, when, from which
/// value to which, and why). The manager and the quality developers get three forms while it is current: assess again
/// (probability, consequence, a motivation), an action into the unit's plan (what, owner, due date, purpose), and no
/// longer current (åtgärdad or inaktuell, a reason). The form being worked in (typed in, or refused) is open on the
/// card with what was typed and each refusal under its input; the others are behind their buttons. Every press
/// carries the risk's revision, so a change made on an older card is refused, not saved over a newer assessment.
/// </summary>
public static class RiskCard
{
    /// <summary>What the description may cost as JSON (all of it up to 2000 Swedish letters).</summary>
    private const int DescriptionCost = 12_000;

    /// <summary>What the history may cost in all; the newest changes that fit are shown.</summary>
    private const int HistoryBudget = 16_000;

    /// <summary>How much of one change's motivation the history shows.</summary>
    private const int LongestComment = 600;

    private const int MostChanges = 30;

    /// <summary>What the cause proposed from the risk's description may cost (the person writes the rest).</summary>
    private const int ProposedCauseCost = 2_000;

    private const int MostActions = 20;

    private const int ActionBudget = 8_000;

    private enum Form
    {
        Reassess,
        Action,
        Close,
    }

    /// <param name="language">The viewer's language.</param>
    /// <param name="unit">The risk's unit.</param>
    /// <param name="risk">The risk, as it is now.</param>
    /// <param name="actions">The actions against it, from the unit's plan.</param>
    /// <param name="canChange">Whether the viewer may assess it, add actions and close it (the unit's manager, the quality developers).</param>
    /// <param name="unitPeople">Who may own an action: the unit's people and its manager.</param>
    /// <param name="draft">What the user had typed, put back (after a refusal).</param>
    /// <param name="refusals">Why the last press was refused, each naming its field.</param>
    /// <param name="saved">What was just saved, said at the top; null after a refusal or when only opened.</param>
    /// <param name="pressed">The verb of the button pressed, where a refusal about no input is shown.</param>
    public static AdaptiveCard Build(
        UiLanguage language, Unit unit, Risk risk, IReadOnlyList<ImprovementAction> actions, bool canChange, IReadOnlyList<Person> unitPeople,
        RiskCardDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, string? saved = null, string? pressed = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        draft ??= new RiskCardDraft();
        refusals ??= [];
        var title = string.Format(culture, t.RiskCardTitle, Shorten(risk.Process, RiskRegisterCard.LongestProcess));
        var body = new List<CardElement> { Heading(title), Subtle(string.Format(culture, t.RiskInUnit, unit.Name)) };
        if (saved is not null)
        {
            body.Add(Notice(saved, isError: false));
        }

        body.Add(Plain(WithinCost(risk.Description, DescriptionCost), "medium"));
        body.Add(RiskRegisterCard.LevelLine(language, t, risk));
        if (risk.History.LastOrDefault(c => c.To is not null) is { } assessed)
        {
            body.Add(Subtle(string.Format(culture, t.RiskLastAssessed, When(language, assessed.At), assessed.PersonName)));
        }

        if (!risk.IsCurrent)
        {
            body.Add(Notice(string.Format(culture, t.RiskClosedLine, t.RiskStateName(risk.State), Shorten(risk.ClosingReason ?? string.Empty, LongestComment)), isError: false));
        }

        body.Add(new TextBlock(t.RiskActionsHeading) { Weight = "bolder", Spacing = "large", Separator = true });
        if (actions.Count == 0)
        {
            body.Add(Subtle(t.RiskNoActions));
        }
        else
        {
            ActionListPart.Add(body, language, t, actions, MostActions, ActionBudget, rowCost: 300);
        }

        AddHistory(body, language, t, risk);

        if (canChange && risk.IsCurrent)
        {
            AddForms(body, t, unit, risk, unitPeople, draft, refusals);
        }
        else if (canChange)
        {
            AddUnsaved(body, t, draft);
        }

        var data = RiskRegisterCard.RiskData(unit, risk);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = title,
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals, t.RiskRefusal, RiskCardDraft.InputOf, pressed), t.ReportProblemsHeading),
            Actions =
            [
                new ExecuteAction(t.BackToRisks, CardVerbs.RiskRegister) { Data = new() { [CardKeys.Unit] = unit.Id }, AssociatedInputs = "none" },
                new ExecuteAction(t.Refresh, CardVerbs.OpenRisk) { Data = data, AssociatedInputs = "none" },
            ],
        };
    }

    private static void AddHistory(List<CardElement> body, UiLanguage language, Texts t, Risk risk)
    {
        body.Add(new TextBlock(t.RiskHistoryHeading) { Weight = "bolder", Spacing = "large", Separator = true });
        var (shown, hidden) = Newest(risk.History, MostChanges, HistoryBudget, c => JsonCost(Shorten(c.Comment ?? string.Empty, LongestComment)) + JsonCost(c.PersonName) + JsonCost(c.What) + 400);
        if (hidden > 0)
        {
            body.Add(Hidden(string.Format(language.Culture(), t.RiskHistoryHidden, hidden)));
        }

        foreach (var change in shown)
        {
            var items = new List<CardElement> { Byline(change.PersonName, When(language, change.At)), Plain(ChangeLine(t, change), "none") };
            if (!string.IsNullOrWhiteSpace(change.Comment))
            {
                items.Add(new RichTextBlock([new TextRun(Shorten(change.Comment, LongestComment)) { Italic = true }]) { Spacing = "none" });
            }

            body.Add(new Container(items) { Spacing = "small" });
        }
    }

    /// <summary>"Bedömd på nytt: 3 × 4 = 12 Kritisk → 2 × 2 = 4 Medium" in the viewer's language; a change kept before these were, as it was written.</summary>
    private static string ChangeLine(Texts t, RiskChange change) => change switch
    {
        { Kind: RiskChangeKind.Omvarderad, From: { } from, To: { } to } => string.Format(t.Language.Culture(), t.RiskReassessedLine, RiskRegisterCard.Short(t, from), RiskRegisterCard.Short(t, to)),
        { Kind: RiskChangeKind.Identifierad, To: { } to } => string.Format(t.Language.Culture(), t.RiskIdentifiedLine, RiskRegisterCard.Short(t, to)),
        { Kind: RiskChangeKind.Avslutad, State: { } state } => string.Format(t.Language.Culture(), t.RiskClosedHistoryLine, t.RiskStateName(state)),
        _ => change.What,
    };

    private static void AddForms(List<CardElement> body, Texts t, Unit unit, Risk risk, IReadOnlyList<Person> unitPeople, RiskCardDraft draft, IReadOnlyList<Refusal> refusals)
    {
        CardParts.AddForms(
            body,
            new[] { Form.Reassess, Form.Action, Form.Close }.Select(form =>
            {
                var inPlace = WorkedIn(form, draft, refusals);
                var (title, items, submit) = Build(form, t, unit, risk, unitPeople, draft, required: !inPlace);
                return (inPlace, title, (IReadOnlyList<CardElement>)items, submit);
            }),
            spacing: "medium");
    }

    /// <summary>Whether the user was working in this form: the draft has something of it, or a refusal names its field.</summary>
    private static bool WorkedIn(Form form, RiskCardDraft draft, IReadOnlyList<Refusal> refusals)
    {
        bool Named(params Field[] fields) => refusals.Any(r => fields.Contains(r.Field));
        return form switch
        {
            Form.Reassess => draft.InReassessment || Named(Field.Probability, Field.Consequence, Field.RiskComment),
            Form.Action => draft.InAction || Named(Field.ActionTitle, Field.ActionCause, Field.ActionOwner, Field.ActionDue, Field.ActionPurpose),
            _ => draft.InClosing || Named(Field.RiskState, Field.RiskClosing),
        };
    }

    private static (string Title, List<CardElement> Items, ExecuteAction Submit) Build(
        Form form, Texts t, Unit unit, Risk risk, IReadOnlyList<Person> unitPeople, RiskCardDraft draft, bool required)
    {
        // Every press names the risk and the revision shown, so a change on an older card is refused.
        var data = RiskRegisterCard.RiskData(unit, risk);
        data[CardKeys.RiskRevision] = risk.Revision;
        bool? Required() => required ? true : null;
        string? Error(string message) => required ? message : null;

        InputText LongText(string id, string label, string error, string? typed, string? placeholder = null) => new()
        {
            Id = id,
            Label = label,
            IsMultiline = true,
            MaxLength = FreeText.LongestText,
            IsRequired = Required(),
            ErrorMessage = Error(error),
            Placeholder = placeholder,
            Value = PrefillWithin(typed),
        };

        switch (form)
        {
            case Form.Reassess:
            {
                var probabilities = RiskRegisterCard.ProbabilityChoices(t);
                var consequences = RiskRegisterCard.ConsequenceChoices(t);
                var items = new List<CardElement>
                {
                    new InputChoiceSet(probabilities)
                    {
                        Id = CardKeys.RiskProbability,
                        Label = t.RiskProbabilityLabel,
                        Style = "compact",
                        IsRequired = Required(),
                        ErrorMessage = Error(t.RiskProbabilityError),
                        Value = Chosen(probabilities, draft.Probability, ((int)risk.Probability).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    },
                    new InputChoiceSet(consequences)
                    {
                        Id = CardKeys.RiskConsequence,
                        Label = t.RiskConsequenceLabel,
                        Style = "compact",
                        IsRequired = Required(),
                        ErrorMessage = Error(t.RiskConsequenceError),
                        Value = Chosen(consequences, draft.Consequence, ((int)risk.Consequence).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    },
                    Subtle(t.RiskLevelsHint),
                    LongText(CardKeys.RiskComment, t.FieldRiskComment, t.RiskCommentError, draft.Comment, t.RiskCommentPlaceholder),
                };
                return (t.ReassessRiskForm, items, new ExecuteAction(t.SaveReassessment, CardVerbs.ReassessRisk) { Data = data, Style = "positive" });
            }

            case Form.Action:
            {
                // The shared action form; the cause it addresses is the risk, proposed from its description, and a risk
                // is met before it happens, so the purpose proposed is förebyggande.
                var inputs = ActionFormPart.Inputs(t.Language, unitPeople, draft.Action.Any || draft.Action.Purpose is not null ? draft.Action : null, WithinCost(risk.Description, ProposedCauseCost), ActionPurpose.Forebyggande);
                var items = inputs.Select(i => required || i is not InputElement input ? i : input with { IsRequired = null, ErrorMessage = null }).ToList();
                return (t.RiskActionForm, items, new ExecuteAction(t.SaveRiskAction, CardVerbs.RiskAction) { Data = data, Style = "positive" });
            }

            default:
            {
                var states = new List<Choice>
                {
                    new(t.RiskStateName(RiskState.Atgardad), nameof(RiskState.Atgardad)),
                    new(t.RiskStateName(RiskState.Inaktuell), nameof(RiskState.Inaktuell)),
                };
                var items = new List<CardElement>
                {
                    new InputChoiceSet(states)
                    {
                        Id = CardKeys.RiskState,
                        Label = t.FieldRiskState,
                        Style = "expanded",
                        IsRequired = Required(),
                        ErrorMessage = Error(t.RiskStateError),
                        Value = Chosen(states, draft.State),
                    },
                    LongText(CardKeys.RiskClosing, t.FieldRiskClosing, t.RiskClosingError, draft.Closing),
                    Subtle(t.RiskClosingHint),
                };
                return (t.CloseRiskForm, items, new ExecuteAction(t.SaveRiskClosing, CardVerbs.CloseRisk) { Data = data, Style = "positive" });
            }
        }
    }

    /// <summary>
    /// What the user typed in a form the risk no longer offers (it was closed meanwhile), shown as written so it can be
    /// copied: a refusal never loses a text.
    /// </summary>
    private static void AddUnsaved(List<CardElement> body, Texts t, RiskCardDraft draft)
    {
        var texts = new (string Label, string? Text)[] { (t.FieldRiskComment, draft.Comment), (t.FieldActionTitle, draft.Action.Title), (t.FieldActionCause, draft.Action.Cause), (t.FieldRiskClosing, draft.Closing) }
            .Where(x => !string.IsNullOrWhiteSpace(x.Text))
            .ToList();
        if (texts.Count == 0)
        {
            return;
        }

        var items = new List<CardElement> { new TextBlock(t.RiskUnsavedHeading) { Weight = "bolder", Color = "warning" } };
        foreach (var (label, text) in texts)
        {
            items.Add(new TextBlock(label) { Weight = "bolder", Size = "small", Spacing = "small" });
            items.Add(Plain(WithinCost(text!, LongestPrefillCost), "none"));
        }

        body.Add(new Container(items) { Style = "emphasis", Spacing = "medium" });
    }
}
