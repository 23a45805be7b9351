using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Risks;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.Risks;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Risks;

/// <summary>
/// The unit's risk register ("riskanalys"), reviewed at stop 4: shown to those who work with the unit, with the form to
/// add a risk for those who may (the use cases decide both).
/// </summary>
public sealed class RiskHandlers(RiskRegister register, AddRisk addRisk)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<RiskHandlers>(BotCommands.Risks.Pattern, (h, asker, turn, ct) => h.RegisterAsync(asker, turn, null, ct))
        .OnCardAction<RiskHandlers>(CardVerbs.RiskRegister, async (h, asker, turn, action, ct) =>
            CardActionResult.ReplaceCard(await h.RegisterAsync(asker, turn, action.GetString(CardKeys.Unit), ct)))
        .OnCardAction<RiskHandlers>(CardVerbs.AddRisk, (h, asker, _, action, ct) => h.AddAsync(asker, action, ct));

    /// <summary>The register of the unit chosen on a card, or of the turn's unit; where there is none, a unit to choose.</summary>
    private async Task<JsonObject> RegisterAsync(Asker asker, TurnContext turn, string? unitId, CancellationToken cancellationToken)
    {
        var unit = unitId is not null ? asker.Organisation.FindUnit(unitId) : asker.UnitInContext(turn);
        return unit is null
            ? UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.RiskRegister).ToJson()
            : Card(asker, await register.RunAsync(asker.Actor, unit, cancellationToken));
    }

    private async Task<CardActionResult> AddAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var draft = RiskDraft.FromInputs(action.Data);
        if (action.GetString(CardKeys.Unit) is not { } unitId || asker.Organisation.FindUnit(unitId) is not { } unit)
        {
            return CardActionResult.Message(asker.Texts.StopNotFound);
        }

        var added = await addRisk.RunAsync(asker.Actor, unit, draft.Process, draft.Description, draft.ChosenProbability, draft.ChosenConsequence, cancellationToken);
        return CardActionResult.ReplaceCard(Card(asker, added, draft));
    }

    /// <summary>The register as the use case left it; refused with the register, what was typed and why; else not this person's unit.</summary>
    private static JsonObject Card(Asker asker, Outcome<RiskRegisterView> outcome, RiskDraft? draft = null) => outcome switch
    {
        { IsRefused: false } => RiskRegisterCard.Build(asker.Language, outcome.Value.Unit, outcome.Value.Risks, outcome.Value.CanAdd).ToJson(),
        { Unchanged: { } unchanged } => RiskRegisterCard.Build(asker.Language, unchanged.Unit, unchanged.Risks, unchanged.CanAdd, draft, outcome.Refusals).ToJson(),
        _ => NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson(),
    };
}
