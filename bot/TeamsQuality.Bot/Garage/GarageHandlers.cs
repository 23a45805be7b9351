using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Actions;
using TeamsQuality.Application.Garage;
using TeamsQuality.Application.Stops;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Garage;
using TeamsQuality.Cards.Help;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Garage;

/// <summary>
/// Nordmaling's Garage in chat: "garage …" opens the form with the text in it (the person picks the kind and the
/// theme), "garage" alone lists the unit's Garage; at a stop, "Gå igenom garaget" on its first step opens the Garage
/// under its theme, where the documenter takes an item into the plan (the shared action form), keeps it, or drops it
/// with a reason. A refusal comes back on the same card with what was typed.
/// </summary>
public sealed class GarageHandlers(
    StopThemes themes,
    ParkInGarage park,
    ShowGarage showGarage,
    ReviewGarage review,
    KeepInGarage keep,
    DropFromGarage drop,
    TakeIntoPlan takeIntoPlan)
{
    public static void Map(FeatureRoutes routes)
    {
        routes
            .OnMessage<GarageHandlers>(BotCommands.Garage.Pattern, (h, asker, turn, ct) => h.MessageAsync(asker, turn, ct))
            .OnCardAction<GarageHandlers>(CardVerbs.ParkInGarage, (h, asker, turn, action, ct) => h.ParkAsync(asker, turn, action, ct))
            .OnCardAction<GarageHandlers>(CardVerbs.ShowGarage, async (h, asker, turn, action, ct) =>
                CardActionResult.ReplaceCard(await h.ListAsync(asker, CardInputs.Text(action.Data, CardKeys.Unit) is { } unit ? asker.Organisation.FindUnit(unit) : asker.UnitInContext(turn), ct)));
        OnPress(routes, CardVerbs.ReviewGarage, (h, asker, action, press, ct) => h.ReviewAsync(asker, press, ct));
        OnPress(routes, CardVerbs.GaragePlanForm, (h, asker, action, press, ct) => h.PlanFormAsync(asker, press, ct));
        OnPress(routes, CardVerbs.GarageToPlan, (h, asker, action, press, ct) => h.ToPlanAsync(asker, action, press, ct));
        OnPress(routes, CardVerbs.GarageKeep, (h, asker, action, press, ct) => h.KeepAsync(asker, press, ct));
        OnPress(routes, CardVerbs.GarageDropForm, (h, asker, action, press, ct) => h.DropFormAsync(asker, press, ct));
        OnPress(routes, CardVerbs.GarageDrop, (h, asker, action, press, ct) => h.DropAsync(asker, action, press, ct));
    }

    /// <summary>A button on the Garage at a stop: its data names the stop (a press that names none is told the stop is not there).</summary>
    private static void OnPress(
        FeatureRoutes routes, string verb, Func<GarageHandlers, Asker, CardAction, GaragePress, CancellationToken, Task<CardActionResult>> handle) =>
        routes.OnCardAction<GarageHandlers>(verb, (h, asker, turn, action, ct) =>
            GaragePress.FromData(action.Data) is { } press ? handle(h, asker, action, press, ct) : Task.FromResult(CardActionResult.Message(asker.Texts.StopNotFound)));

    // ---- garage ----

    private async Task<JsonObject> MessageAsync(Asker asker, TurnContext turn, CancellationToken cancellationToken) =>
        GarageDraft.FromMessage(turn.Text) is { } draft
            ? GarageCard.Build(asker.Language, await themes.RunAsync(asker.Actor, cancellationToken), draft).ToJson()
            : await ListAsync(asker, asker.UnitInContext(turn), cancellationToken);

    private async Task<JsonObject> ListAsync(Asker asker, Domain.Organisations.Unit? unit, CancellationToken cancellationToken)
    {
        var listed = await showGarage.RunAsync(asker.Actor, unit, cancellationToken);
        return listed.IsRefused
            ? Notice(asker, asker.Texts.GarageRefusalText(listed.Refusals[0]))
            : GarageListCard.Build(asker.Language, listed.Value.Unit, listed.Value.Items).ToJson();
    }

    private async Task<CardActionResult> ParkAsync(Asker asker, TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var draft = GarageDraft.FromInputs(action.Data);
        var parked = await park.RunAsync(asker.Actor, asker.UnitInContext(turn), draft.ChosenKind, draft.StopNumber, draft.Text, cancellationToken);
        if (!parked.IsRefused && parked.Value.Item is { } item)
        {
            return Replace(GarageReceiptCard.Build(asker.Language, item).ToJson());
        }

        var refusals = CardRefusals.Of(parked.Refusals, asker.Texts.GarageRefusalText, GarageCard.InputOf, action.Verb);
        return Replace(GarageCard.Build(asker.Language, parked.Unchanged?.Themes ?? [], draft, refusals).ToJson());
    }

    // ---- At the stop ----

    private async Task<CardActionResult> ReviewAsync(Asker asker, GaragePress press, CancellationToken cancellationToken)
    {
        var read = await review.RunAsync(asker.Actor, AddressOf(press), cancellationToken);
        return read.IsRefused ? Refused(asker, read.Refusals) : Replace(ReviewCard(asker, read.Value));
    }

    private Task<CardActionResult> PlanFormAsync(Asker asker, GaragePress press, CancellationToken cancellationToken) =>
        ItemCardAsync(asker, press, (shown, item) => GaragePlanCard.Build(asker.Language, shown.Unit, shown.Stop, item, Owners(asker, shown)).ToJson(), cancellationToken);

    private Task<CardActionResult> DropFormAsync(Asker asker, GaragePress press, CancellationToken cancellationToken) =>
        ItemCardAsync(asker, press, (shown, item) => GarageDropCard.Build(asker.Language, shown.Unit, shown.Stop, item).ToJson(), cancellationToken);

    /// <summary>The card to decide on the item the press names (into the plan, drop); the Garage's card when it is gone.</summary>
    private async Task<CardActionResult> ItemCardAsync(Asker asker, GaragePress press, Func<GarageReview, Domain.Garage.GarageItem, JsonObject> build, CancellationToken cancellationToken)
    {
        var read = await review.RunAsync(asker.Actor, AddressOf(press), cancellationToken);
        if (read.IsRefused)
        {
            return Refused(asker, read.Refusals);
        }

        return read.Value.Find(press.ItemId) is { } item
            ? Replace(build(read.Value, item))
            : Replace(ReviewCard(asker, read.Value, refusal: asker.Texts.GarageItemNotFound));
    }

    private async Task<CardActionResult> ToPlanAsync(Asker asker, CardAction action, GaragePress press, CancellationToken cancellationToken)
    {
        var draft = ActionFormDraft.FromInputs(action.Data);
        var planned = await takeIntoPlan.RunAsync(
            asker.Actor, AddressOf(press), press.ItemId, new NewAction(draft.Title, draft.Cause, draft.Owner, draft.DueDate, draft.ChosenPurpose, draft.DueUnreadable), cancellationToken);
        if (!planned.IsRefused)
        {
            var title = planned.Value.Find(press.ItemId)?.ActionTitle ?? draft.Title ?? string.Empty;
            return Replace(ReviewCard(asker, planned.Value, notice: string.Format(asker.Language.Culture(), asker.Texts.GarageSavedToPlan, title)));
        }

        // What was typed in the form comes back with each refusal under its input; a refusal of the decision itself
        // (not the documenter, the stop not going on) is said on the Garage's card.
        if (planned.Unchanged is { } shown && shown.Find(press.ItemId) is { } item && planned.Refusals.All(r => ActionFormDraft.InputOf(r.Field) is not null))
        {
            var refusals = CardRefusals.Of(planned.Refusals, asker.Texts.ActionRefusal, ActionFormDraft.InputOf, action.Verb);
            return Replace(GaragePlanCard.Build(asker.Language, shown.Unit, shown.Stop, item, Owners(asker, shown), draft, refusals).ToJson());
        }

        return DecisionRefused(asker, planned);
    }

    private async Task<CardActionResult> KeepAsync(Asker asker, GaragePress press, CancellationToken cancellationToken)
    {
        var kept = await keep.RunAsync(asker.Actor, AddressOf(press), press.ItemId, cancellationToken);
        return kept.IsRefused ? DecisionRefused(asker, kept) : Replace(ReviewCard(asker, kept.Value, notice: asker.Texts.GarageSavedKept));
    }

    private async Task<CardActionResult> DropAsync(Asker asker, CardAction action, GaragePress press, CancellationToken cancellationToken)
    {
        var reason = CardInputs.Text(action.Data, CardKeys.GarageReason);
        var dropped = await drop.RunAsync(asker.Actor, AddressOf(press), press.ItemId, reason, cancellationToken);
        if (!dropped.IsRefused)
        {
            return Replace(ReviewCard(asker, dropped.Value, notice: asker.Texts.GarageSavedDropped));
        }

        if (dropped.Unchanged is { } shown && shown.Find(press.ItemId) is { } item && dropped.Refusals.All(r => r.Field == Field.GarageReason))
        {
            var refusals = CardRefusals.Of(dropped.Refusals, asker.Texts.GarageRefusalText, GarageDropCard.InputOf, action.Verb);
            return Replace(GarageDropCard.Build(asker.Language, shown.Unit, shown.Stop, item, reason, refusals).ToJson());
        }

        return DecisionRefused(asker, dropped);
    }

    /// <summary>A decision refused: the Garage's card as it was read, saying why; without it, as a stop's refusal.</summary>
    private static CardActionResult DecisionRefused(Asker asker, Outcome<GarageReview> outcome) =>
        outcome.Unchanged is { } shown
            ? Replace(ReviewCard(asker, shown, refusal: outcome.Refusals.Any(r => r.Reason == RefusalReason.NotFound)
                ? asker.Texts.GarageItemNotFound
                : asker.Texts.GarageRefusalText(outcome.Refusals[0])))
            : Refused(asker, outcome.Refusals);

    private static CardActionResult Refused(Asker asker, IReadOnlyList<Refusal> refusals) =>
        refusals.Any(r => r.Reason == RefusalReason.NotFound)
            ? CardActionResult.Message(asker.Texts.StopNotFound)
            : Replace(Notice(asker, asker.Texts.GarageRefusalText(refusals[0])));

    private static JsonObject ReviewCard(Asker asker, GarageReview shown, string? notice = null, string? refusal = null) =>
        GarageReviewCard.Build(asker.Language, shown.Unit, shown.Stop, shown.Items, asker.Person, notice, refusal).ToJson();

    private static IEnumerable<Domain.Organisations.Person> Owners(Asker asker, GarageReview shown) => asker.Organisation.MembersOf(shown.Unit.Id);

    private static StopAddress AddressOf(GaragePress press) => new(press.UnitId, press.Year, press.Number);

    private static JsonObject Notice(Asker asker, string text) => NoticeCard.Build(asker.Language, text, isError: true).ToJson();

    private static CardActionResult Replace(JsonObject card) => CardActionResult.ReplaceCard(card);
}
