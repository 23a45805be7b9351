using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Actions;

/// <summary>What was typed in answer to "Hade åtgärden effekt?", put back after a refusal.</summary>
public sealed record EffectDraft(string? Effect, string? Comment)
{
    public static EffectDraft FromInputs(JsonObject? data) => new(CardInputs.Text(data, CardKeys.ActionEffect), CardInputs.Text(data, CardKeys.ActionComment));

    public ActionEffect? ChosenEffect => CardInputs.Named<ActionEffect>(Effect);

    /// <summary>The input a refusal goes under: the answer's, or the new action's form's.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.ActionEffect => CardKeys.ActionEffect,
        Field.ActionComment => CardKeys.ActionComment,
        _ => ActionFormDraft.InputOf(field),
    };
}

/// <summary>
/// The effect follow-up, sent to the owner at the follow-up date after the action was done: "Hade åtgärden effekt?" Ja,
/// Delvis or Nej with a comment. After Nej, what follows: a new action for the same cause (the shared form, the cause
/// filled in) or back to the analysis. Once answered, what was answered and what followed.
/// </summary>
public static class ActionEffectCard
{
    /// <param name="language">The reader's language.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="action">The action as it is now.</param>
    /// <param name="report">The report it came from, when the reader may see it.</param>
    /// <param name="canAnswer">Whether the reader may answer (the owner, the acting manager).</param>
    /// <param name="owners">Who may own a new action: the unit's own people.</param>
    /// <param name="now">Now.</param>
    /// <param name="draft">What was answered, put back.</param>
    /// <param name="newAction">What was typed for the new action, put back.</param>
    /// <param name="refusals">Why the press was refused.</param>
    /// <param name="notice">What just happened (the new action added, the note for the analysis).</param>
    public static AdaptiveCard Build(
        UiLanguage language, Unit unit, ImprovementAction action, DeviationReference? report, bool canAnswer, IEnumerable<Person> owners, DateTimeOffset now,
        EffectDraft? draft = null, ActionFormDraft? newAction = null, IReadOnlyList<Refusal>? refusals = null, string? notice = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = new List<CardElement> { new TextBlock(t.EffectQuestion) { Size = "medium", Weight = "bolder", Style = "heading" }, new FactSet([new Fact(t.FieldUnit, unit.Name)]) };
        body.AddRange(ActionCardParts.Summary(language, t, action, report, now));
        if (notice is not null)
        {
            body.Add(Notice(notice, isError: false));
        }

        var actions = new List<CardActionElement>();
        var data = ActionCardParts.Data(unit, action);
        if (action.Effect is null)
        {
            if (action.DoneOn is { } done)
            {
                body.Add(new TextBlock(string.Format(culture, t.EffectIntro, Date(language, done))) { Spacing = "medium" });
            }

            if (canAnswer)
            {
                var effects = Enum.GetValues<ActionEffect>().Select(e => new Choice(t.EffectName(e), e.ToString())).ToList();
                body.Add(new InputChoiceSet(effects)
                {
                    Id = CardKeys.ActionEffect,
                    Label = t.FieldEffect,
                    Style = "expanded",
                    Value = CardParts.Chosen(effects, draft?.Effect),
                    IsRequired = true,
                    ErrorMessage = t.EffectError,
                });
                body.Add(new InputText
                {
                    Id = CardKeys.ActionComment,
                    Label = t.FieldEffectComment,
                    IsMultiline = true,
                    MaxLength = FreeText.LongestText,
                    Value = CardParts.PrefillWithin(draft?.Comment),
                });
                actions.Add(new ExecuteAction(t.AnswerEffect, CardVerbs.AnswerActionEffect) { Data = data, Style = "positive" });
            }
        }
        else if (action.Effect.Effect == ActionEffect.Nej && action.AfterNoEffect is null && canAnswer)
        {
            body.Add(new TextBlock(t.NoEffectHeading) { Weight = "bolder", Spacing = "large", Separator = true });
            body.Add(new TextBlock(t.NoEffectIntro) { Size = "small" });
            body.AddRange(ActionFormPart.Inputs(language, owners, newAction, action.Cause, ActionPurpose.Korrigerande));
            actions.Add(new ExecuteAction(t.AddNewAction, CardVerbs.NoEffectNewAction) { Data = data, Style = "positive" });
            actions.Add(new ExecuteAction(t.BackToAnalysis, CardVerbs.NoEffectBackToAnalysis) { Data = data, AssociatedInputs = "none" });
        }
        else if (notice is null)
        {
            body.Add(Notice(action.AfterNoEffect is null ? t.EffectThanks : t.NoEffectDecided, isError: false));
        }

        actions.Add(new ExecuteAction(t.ActionHistoryButton, CardVerbs.ActionHistory) { Data = data, AssociatedInputs = "none" });
        actions.Add(new ExecuteAction(t.ShowActionPlan, CardVerbs.ActionPlan) { Data = new() { [CardKeys.Unit] = unit.Id }, AssociatedInputs = "none" });
        var verb = action.Effect is null ? CardVerbs.AnswerActionEffect : CardVerbs.NoEffectNewAction;
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.EffectQuestion,
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.ActionLifecycleRefusal, EffectDraft.InputOf, verb), t.ReportProblemsHeading),
            Actions = actions,
        };
    }
}
