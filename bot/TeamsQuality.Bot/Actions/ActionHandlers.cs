using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Actions;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Actions;

/// <summary>
/// Actions followed to the end: "åtgärder" (the unit's plan, a page at a time, a unit to choose for those above the
/// units), and per action its status form, its history and the effect follow-up with what follows "no effect". The use
/// cases decide who may see and change what.
/// </summary>
public sealed class ActionHandlers(
    ActionPlan plan, ShowAction show, ChangeAction change, AnswerEffect answerEffect, FollowNoEffect followNoEffect, TimeProvider time)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<ActionHandlers>(BotCommands.Actions.Pattern, (h, asker, turn, ct) => h.PlanAsync(asker, turn, null, 0, ct))
        .OnCardAction<ActionHandlers>(CardVerbs.ActionPlan, async (h, asker, turn, action, ct) =>
        {
            var (unitId, skip) = UnitDeviationsCard.PageOf(action.Data);
            return CardActionResult.ReplaceCard(await h.PlanAsync(asker, turn, unitId, skip, ct));
        })
        .OnCardAction<ActionHandlers>(CardVerbs.ActionStatusForm, (h, asker, _, action, ct) => WithActionAsync(asker, action, h.StatusFormAsync, ct))
        .OnCardAction<ActionHandlers>(CardVerbs.ChangeActionStatus, (h, asker, _, action, ct) => WithActionAsync(asker, action, h.ChangeAsync, ct))
        .OnCardAction<ActionHandlers>(CardVerbs.ActionHistory, (h, asker, _, action, ct) => WithActionAsync(asker, action, h.HistoryAsync, ct))
        .OnCardAction<ActionHandlers>(CardVerbs.ActionEffectForm, (h, asker, _, action, ct) => WithActionAsync(asker, action, h.EffectFormAsync, ct))
        .OnCardAction<ActionHandlers>(CardVerbs.AnswerActionEffect, (h, asker, _, action, ct) => WithActionAsync(asker, action, h.AnswerEffectAsync, ct))
        .OnCardAction<ActionHandlers>(CardVerbs.NoEffectNewAction, (h, asker, _, action, ct) => WithActionAsync(asker, action, h.NewActionAsync, ct))
        .OnCardAction<ActionHandlers>(CardVerbs.NoEffectBackToAnalysis, (h, asker, _, action, ct) => WithActionAsync(asker, action, h.BackToAnalysisAsync, ct));

    /// <summary>
    /// The plan of the unit chosen on a card, or of the turn's unit; where there is none, a unit to choose. Written in a
    /// channel, where everyone reads the answer, no report is named (a button's answer is shown to the presser only).
    /// </summary>
    private async Task<JsonObject> PlanAsync(Asker asker, TurnContext turn, string? unitId, int skip, CancellationToken cancellationToken)
    {
        var unit = unitId is not null ? asker.Organisation.FindUnit(unitId) : asker.UnitInContext(turn);
        if (unit is null)
        {
            return UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.ActionPlan).ToJson();
        }

        var listed = await plan.RunAsync(asker.Actor, unit, skip, ActionPlanCard.PageSize, cancellationToken);
        if (listed.IsRefused)
        {
            return NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson();
        }

        var shared = unitId is null && turn.Activity.Conversation?.ConversationType is not (null or "personal");
        var view = listed.Value;
        var rows = view.Page.Select(a => new PlanRow(a.Action, shared ? null : a.Report, a.CanChange)).ToList();
        return ActionPlanCard.Build(asker.Language, view.Unit, rows, view.Total, view.Skip, view.Open, view.Overdue, time.GetUtcNow()).ToJson();
    }

    private delegate Task<JsonObject> ActionPress(Asker asker, Unit unit, string actionId, CardAction action, CancellationToken cancellationToken);

    /// <summary>The unit and action a button names; a neutral answer when either is not there (or not this person's to see).</summary>
    private static async Task<CardActionResult> WithActionAsync(Asker asker, CardAction action, ActionPress press, CancellationToken cancellationToken)
    {
        if (action.GetString(CardKeys.Unit) is not { } unitId || asker.Organisation.FindUnit(unitId) is not { } unit
            || action.GetString(CardKeys.ActionId) is not { Length: > 0 } actionId)
        {
            return CardActionResult.ReplaceCard(NoticeCard.Build(asker.Language, asker.Texts.ActionNotFound, isError: true).ToJson());
        }

        return CardActionResult.ReplaceCard(await press(asker, unit, actionId, action, cancellationToken));
    }

    private async Task<JsonObject> StatusFormAsync(Asker asker, Unit unit, string actionId, CardAction action, CancellationToken cancellationToken) =>
        Render(asker, await show.RunAsync(asker.Actor, unit, actionId, cancellationToken), v => StatusCard(asker, v));

    private async Task<JsonObject> ChangeAsync(Asker asker, Unit unit, string actionId, CardAction action, CancellationToken cancellationToken)
    {
        var draft = ActionStatusDraft.FromInputs(action.Data);
        var changed = await change.RunAsync(
            asker.Actor, unit, actionId, new ActionChangeRequest(draft.ChosenStatus, draft.DueDate, draft.FollowUpDate, draft.Comment, draft.DateUnreadable), cancellationToken);
        return changed switch
        {
            { IsRefused: false } => StatusCard(asker, changed.Value, saved: true),
            { Unchanged: { } unchanged } => StatusCard(asker, unchanged, draft, changed.Refusals),
            _ => Refused(asker, changed.Refusals),
        };
    }

    private async Task<JsonObject> HistoryAsync(Asker asker, Unit unit, string actionId, CardAction action, CancellationToken cancellationToken) =>
        Render(asker, await show.RunAsync(asker.Actor, unit, actionId, cancellationToken), v =>
            ActionHistoryCard.Build(asker.Language, v.Unit, v.Action, v.Report, v.CanChange, time.GetUtcNow()).ToJson());

    private async Task<JsonObject> EffectFormAsync(Asker asker, Unit unit, string actionId, CardAction action, CancellationToken cancellationToken) =>
        Render(asker, await show.RunAsync(asker.Actor, unit, actionId, cancellationToken), v => EffectCard(asker, v));

    private async Task<JsonObject> AnswerEffectAsync(Asker asker, Unit unit, string actionId, CardAction action, CancellationToken cancellationToken)
    {
        var draft = EffectDraft.FromInputs(action.Data);
        var answered = await answerEffect.RunAsync(asker.Actor, unit, actionId, draft.ChosenEffect, draft.Comment, cancellationToken);
        return answered switch
        {
            { IsRefused: false } => EffectCard(asker, answered.Value),
            { Unchanged: { } unchanged } => EffectCard(asker, unchanged, draft, refusals: answered.Refusals),
            _ => Refused(asker, answered.Refusals),
        };
    }

    private async Task<JsonObject> NewActionAsync(Asker asker, Unit unit, string actionId, CardAction action, CancellationToken cancellationToken)
    {
        var form = ActionFormDraft.FromInputs(action.Data);
        var followed = await followNoEffect.NewActionAsync(
            asker.Actor, unit, actionId, new NewAction(form.Title, form.Cause, form.Owner, form.DueDate, form.ChosenPurpose, form.DueUnreadable), cancellationToken);
        return followed switch
        {
            { IsRefused: false } => EffectCard(asker, followed.Value.Action, notice: string.Format(asker.Language.Culture(), asker.Texts.NewActionAdded, followed.Value.NewAction!.Title)),
            { Unchanged: { } unchanged } => EffectCard(asker, unchanged.Action, newAction: form, refusals: followed.Refusals),
            _ => Refused(asker, followed.Refusals),
        };
    }

    private async Task<JsonObject> BackToAnalysisAsync(Asker asker, Unit unit, string actionId, CardAction action, CancellationToken cancellationToken)
    {
        var followed = await followNoEffect.BackToAnalysisAsync(asker.Actor, unit, actionId, cancellationToken);
        return followed switch
        {
            { IsRefused: false, Value.Theme: { } theme } => EffectCard(asker, followed.Value.Action, notice: string.Format(asker.Language.Culture(), asker.Texts.BackToAnalysisDone, theme.Number, theme.Theme)),
            { IsRefused: false } => EffectCard(asker, followed.Value.Action),
            { Unchanged: { } unchanged } => EffectCard(asker, unchanged.Action, refusals: followed.Refusals),
            _ => Refused(asker, followed.Refusals),
        };
    }

    private JsonObject StatusCard(Asker asker, ActionView view, ActionStatusDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, bool saved = false) =>
        ActionStatusCard.Build(asker.Language, view.Unit, view.Action, view.Report, view.CanChange, time.GetUtcNow(), draft, refusals, saved).ToJson();

    private JsonObject EffectCard(Asker asker, ActionView view, EffectDraft? draft = null, ActionFormDraft? newAction = null, IReadOnlyList<Refusal>? refusals = null, string? notice = null) =>
        ActionEffectCard.Build(
            asker.Language, view.Unit, view.Action, view.Report, view.CanChange, OwnersOf(asker.Organisation, view.Unit), time.GetUtcNow(), draft, newAction, refusals, notice).ToJson();

    /// <summary>Who may own an action of the unit: its own people and its manager.</summary>
    private static IEnumerable<Person> OwnersOf(Organisation organisation, Unit unit) => organisation.People.Where(p => p.BelongsTo(unit));

    private static JsonObject Render(Asker asker, Outcome<ActionView> outcome, Func<ActionView, JsonObject> card) =>
        outcome.IsRefused ? Refused(asker, outcome.Refusals) : card(outcome.Value);

    private static JsonObject Refused(Asker asker, IReadOnlyList<Refusal> refusals) =>
        NoticeCard.Build(asker.Language, refusals.Count > 0 && refusals[0].Reason == RefusalReason.NotInUnit ? asker.Texts.NotYourUnit : asker.Texts.ActionLifecycleRefusal(refusals[0]), isError: true).ToJson();
}
