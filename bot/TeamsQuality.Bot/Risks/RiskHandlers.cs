using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Actions;
using TeamsQuality.Application.Risks;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.Risks;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Risks;

/// <summary>
/// The unit's risk register ("riskanalys"), reviewed at stop 4: the register a page at a time, with the form to add a
/// risk; one risk with its history and actions, and the forms to assess it again, add an action and mark it no longer
/// current. The use cases decide who may see and do what.
/// </summary>
public sealed class RiskHandlers(RiskRegister register, AddRisk addRisk, OpenRisk openRisk, ReassessRisk reassess, CloseRisk closeRisk, AddRiskAction addAction)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<RiskHandlers>(BotCommands.Risks.Pattern, (h, asker, turn, ct) => h.RegisterAsync(asker, turn, null, 0, ct))
        .OnCardAction<RiskHandlers>(CardVerbs.RiskRegister, async (h, asker, turn, action, ct) =>
        {
            var (unitId, skip) = RiskRegisterCard.PageOf(action.Data);
            return CardActionResult.ReplaceCard(await h.RegisterAsync(asker, turn, unitId, skip, ct));
        })
        .OnCardAction<RiskHandlers>(CardVerbs.AddRisk, (h, asker, _, action, ct) => h.AddAsync(asker, action, ct))
        .OnCardAction<RiskHandlers>(CardVerbs.OpenRisk, (h, asker, _, action, ct) => h.OpenAsync(asker, action, ct))
        .OnCardAction<RiskHandlers>(CardVerbs.ReassessRisk, (h, asker, _, action, ct) => h.ReassessAsync(asker, action, ct))
        .OnCardAction<RiskHandlers>(CardVerbs.CloseRisk, (h, asker, _, action, ct) => h.CloseAsync(asker, action, ct))
        .OnCardAction<RiskHandlers>(CardVerbs.RiskAction, (h, asker, _, action, ct) => h.AddActionAsync(asker, action, ct));

    /// <summary>The register of the unit chosen on a card, or of the turn's unit; where there is none, a unit to choose.</summary>
    private async Task<JsonObject> RegisterAsync(Asker asker, TurnContext turn, string? unitId, int skip, CancellationToken cancellationToken)
    {
        var unit = unitId is not null ? asker.Organisation.FindUnit(unitId) : asker.UnitInContext(turn);
        return unit is null
            ? UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.RiskRegister).ToJson()
            : Card(asker, await register.RunAsync(asker.Actor, unit, cancellationToken), skip: skip);
    }

    private async Task<CardActionResult> AddAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var draft = RiskDraft.FromInputs(action.Data);
        if (action.GetString(CardKeys.Unit) is not { } unitId || asker.Organisation.FindUnit(unitId) is not { } unit)
        {
            return CardActionResult.ReplaceCard(Notice(asker, asker.Texts.ProblemRiskNotFound));
        }

        var added = await addRisk.RunAsync(asker.Actor, unit, draft.Process, draft.Description, draft.ChosenProbability, draft.ChosenConsequence, cancellationToken);
        return CardActionResult.ReplaceCard(Card(asker, added, draft));
    }

    private async Task<CardActionResult> OpenAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var (unitId, riskId, _) = RiskCardDraft.PressOf(action.Data);
        return Shown(asker, await openRisk.RunAsync(asker.Actor, unitId, riskId, cancellationToken), CardVerbs.OpenRisk);
    }

    private async Task<CardActionResult> ReassessAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var (unitId, riskId, revision) = RiskCardDraft.PressOf(action.Data);
        var draft = RiskCardDraft.FromInputs(action.Data);
        var outcome = await reassess.RunAsync(asker.Actor, unitId, riskId, draft.ChosenProbability, draft.ChosenConsequence, draft.Comment, revision, cancellationToken);
        return Shown(asker, outcome, CardVerbs.ReassessRisk, draft, asker.Texts.RiskReassessed);
    }

    private async Task<CardActionResult> CloseAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var (unitId, riskId, revision) = RiskCardDraft.PressOf(action.Data);
        var draft = RiskCardDraft.FromInputs(action.Data);
        var outcome = await closeRisk.RunAsync(asker.Actor, unitId, riskId, draft.ChosenState, draft.Closing, revision, cancellationToken);
        return Shown(asker, outcome, CardVerbs.CloseRisk, draft, asker.Texts.RiskClosedSaved);
    }

    private async Task<CardActionResult> AddActionAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var (unitId, riskId, _) = RiskCardDraft.PressOf(action.Data);
        var draft = RiskCardDraft.FromInputs(action.Data);
        var typed = draft.Action;
        var outcome = await addAction.RunAsync(
            asker.Actor, unitId, riskId, new NewAction(typed.Title, typed.Cause, typed.Owner, typed.DueDate, typed.ChosenPurpose, typed.DueUnreadable), cancellationToken);
        return Shown(asker, outcome, CardVerbs.RiskAction, draft, asker.Texts.RiskActionAdded);
    }

    /// <summary>
    /// One risk as the use case left it: done, with what was saved said on top; refused with the risk as it is now, what
    /// was typed and why; not there or not to be seen, the one neutral answer.
    /// </summary>
    private static CardActionResult Shown(Asker asker, Outcome<RiskView> outcome, string pressed, RiskCardDraft? draft = null, string? saved = null) => outcome switch
    {
        { IsRefused: false } => CardActionResult.ReplaceCard(RiskCard(asker, outcome.Value, saved: saved)),
        { Unchanged: { } unchanged } => CardActionResult.ReplaceCard(RiskCard(asker, unchanged, draft, outcome.Refusals, pressed: pressed)),
        _ => CardActionResult.ReplaceCard(Notice(asker, asker.Texts.ProblemRiskNotFound)),
    };

    private static JsonObject RiskCard(Asker asker, RiskView view, RiskCardDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, string? saved = null, string? pressed = null) =>
        Cards.Risks.RiskCard.Build(
            asker.Language, view.Unit, view.Risk, view.Actions, view.CanChange, UnitPeople(asker, view.Unit), draft, refusals, saved, pressed).ToJson();

    /// <summary>Who may own an action against the unit's risk: its people and its manager.</summary>
    private static List<Domain.Organisations.Person> UnitPeople(Asker asker, Domain.Organisations.Unit unit) =>
        asker.Organisation.MembersOf(unit.Id)
            .Concat(unit.ManagerId is { } managerId && asker.Organisation.FindPerson(managerId) is { } manager ? [manager] : [])
            .DistinctBy(p => p.Id)
            .ToList();

    /// <summary>The register as the use case left it; refused with the register, what was typed and why; else not this person's unit.</summary>
    private static JsonObject Card(Asker asker, Outcome<RiskRegisterView> outcome, RiskDraft? draft = null, int skip = 0) => outcome switch
    {
        { IsRefused: false } => Register(asker, outcome.Value, skip: skip),
        { Unchanged: { } unchanged } => Register(asker, unchanged, draft, outcome.Refusals),
        _ => NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson(),
    };

    private static JsonObject Register(Asker asker, RiskRegisterView view, RiskDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, int skip = 0) =>
        RiskRegisterCard.Build(asker.Language, view.Unit, view.Risks, view.Actions, view.Summary, view.CanAdd, draft, refusals, skip).ToJson();

    private static JsonObject Notice(Asker asker, string text) => NoticeCard.Build(asker.Language, text, isError: true).ToJson();
}
