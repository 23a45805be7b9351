using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Actions;
using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.SelfChecks;
using TeamsQuality.Jobs.SelfChecks;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.SelfChecks;

/// <summary>
/// Self-checks in chat: <c>egenkontroller</c> (the unit's plan with each point's latest result and what is due), a
/// check's card (from the list or the 1:1 card the due job sent), and recording its result: Godkänd, or Ej godkänd with
/// an action or a reason (the use cases decide; a refusal comes back on the same card with everything typed).
/// </summary>
public sealed class SelfCheckHandlers(UnitSelfChecks unitSelfChecks, OpenSelfCheck openSelfCheck, RecordSelfCheck recordSelfCheck)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<SelfCheckHandlers>(BotCommands.SelfChecks.Pattern, (h, asker, turn, ct) => h.ListAsync(asker, turn, null, null, ct))
        .OnCardAction<SelfCheckHandlers>(CardVerbs.SelfCheckList, async (h, asker, turn, action, ct) =>
            CardActionResult.ReplaceCard(await h.ListAsync(asker, turn, action.GetString(CardKeys.Unit), CardInputs.Number(action.Data, CardKeys.Year), ct)))
        .OnCardAction<SelfCheckHandlers>(CardVerbs.OpenSelfCheck, (h, asker, _, action, ct) => h.OpenAsync(asker, action, ct))
        .OnCardAction<SelfCheckHandlers>(CardVerbs.RecordSelfCheck, (h, asker, _, action, ct) => h.RecordAsync(asker, action, ct));

    /// <summary>The list of the unit chosen on a card, or of the turn's unit; where there is none, a unit to choose.</summary>
    private async Task<JsonObject> ListAsync(Asker asker, TurnContext turn, string? unitId, int? year, CancellationToken cancellationToken)
    {
        var unit = unitId is not null ? asker.Organisation.FindUnit(unitId) : asker.UnitInContext(turn);
        if (unit is null)
        {
            return UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.SelfCheckList).ToJson();
        }

        var listed = await unitSelfChecks.RunAsync(asker.Actor, unit, year, cancellationToken);
        return listed.IsRefused
            ? NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson()
            : SelfCheckListCard.Build(asker.Language, listed.Value.Unit, listed.Value.Year, listed.Value.Points, listed.Value.Results, listed.Value.Today).ToJson();
    }

    private async Task<CardActionResult> OpenAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        if (Occurrence(asker, action) is not { } named)
        {
            return CardActionResult.ReplaceCard(NoticeCard.Build(asker.Language, asker.Texts.SelfCheckResultRefusal(new(Domain.Rules.RefusalReason.NotFound)), isError: true).ToJson());
        }

        var opened = await openSelfCheck.RunAsync(asker.Actor, named.Unit, named.Year, named.PointId, named.Period, cancellationToken);
        return CardActionResult.ReplaceCard(Card(asker, opened));
    }

    private async Task<CardActionResult> RecordAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        if (Occurrence(asker, action) is not { } named)
        {
            return CardActionResult.ReplaceCard(NoticeCard.Build(asker.Language, asker.Texts.SelfCheckResultRefusal(new(Domain.Rules.RefusalReason.NotFound)), isError: true).ToJson());
        }

        var draft = SelfCheckDraft.FromInputs(action.Data);
        var form = draft.Action;
        var newAction = draft.WithAction ? new NewAction(form.Title, form.Cause, form.Owner, form.DueDate, form.ChosenPurpose, form.DueUnreadable) : null;
        var recorded = await recordSelfCheck.RunAsync(asker.Actor, named.Unit, named.Year, named.PointId, named.Period, draft.Input, newAction, cancellationToken);
        return CardActionResult.ReplaceCard(Card(asker, recorded, draft, saved: !recorded.IsRefused));
    }

    /// <summary>The check as the use case left it; refused with the check, what was typed and why; else the refusal alone.</summary>
    private static JsonObject Card(Asker asker, Outcome<SelfCheckView> outcome, SelfCheckDraft? draft = null, bool saved = false) => outcome switch
    {
        { IsRefused: false } => SelfCheckCard.Build(asker.Language, SelfCheckCards.Facts(outcome.Value), saved: saved).ToJson(),
        { Unchanged: { } unchanged } => SelfCheckCard.Build(asker.Language, SelfCheckCards.Facts(unchanged), draft: draft, refusals: outcome.Refusals).ToJson(),
        _ => NoticeCard.Build(asker.Language, asker.Texts.SelfCheckResultRefusal(outcome.Refusals[0]), isError: true).ToJson(),
    };

    private sealed record Named(Domain.Organisations.Unit Unit, int Year, string PointId, int Period);

    /// <summary>The occurrence a button names (unit, year, point, period), or null when it names none of this organisation's.</summary>
    private static Named? Occurrence(Asker asker, CardAction action) =>
        action.GetString(CardKeys.Unit) is { } unitId && asker.Organisation.FindUnit(unitId) is { } unit
        && CardInputs.Number(action.Data, CardKeys.Year) is { } year && action.GetString(CardKeys.ControlPoint) is { Length: > 0 } point
        && CardInputs.Number(action.Data, CardKeys.CheckPeriod) is { } period
            ? new Named(unit, year, point, period)
            : null;
}
