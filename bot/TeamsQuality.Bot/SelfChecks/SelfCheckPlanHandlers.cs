using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.SelfChecks;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.SelfChecks;

/// <summary>
/// The unit's self-check plan ("egenkontrollplan"): shown to those who work with the unit, kept by its manager (or their
/// substitute while on) and the quality developers, point by point through a form, started from last year's plan or a
/// template, and offered as a template by a quality developer. The use cases decide who may do what; a forged press is
/// refused on the plan card.
/// </summary>
public sealed class SelfCheckPlanHandlers(
    ShowSelfCheckPlan show,
    AddControlPoint add,
    ChangeControlPoint change,
    RemoveControlPoint remove,
    StartPlanFromLastYear startFromLastYear,
    StartPlanFromTemplate startFromTemplate,
    OfferPlanAsTemplate offer,
    TimeProvider time)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<SelfCheckPlanHandlers>(BotCommands.SelfCheckPlan.Pattern, (h, asker, turn, ct) => h.OpenAsync(asker, turn, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.SelfCheckPlan, (h, asker, turn, action, ct) => h.PlanAsync(asker, turn, action, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.NewControlPoint, (h, asker, _, action, ct) => h.FormAsync(asker, action, editing: false, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.EditControlPoint, (h, asker, _, action, ct) => h.FormAsync(asker, action, editing: true, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.SaveControlPoint, (h, asker, _, action, ct) => h.SaveAsync(asker, action, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.RemoveControlPoint, (h, asker, _, action, ct) => h.AskRemoveAsync(asker, action, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.ConfirmRemoveControlPoint, (h, asker, _, action, ct) => h.RemoveAsync(asker, action, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.StartPlanFromLastYear, (h, asker, _, action, ct) => h.StartAsync(asker, action, fromTemplate: false, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.StartPlanFromTemplate, (h, asker, _, action, ct) => h.StartAsync(asker, action, fromTemplate: true, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.OfferTemplateForm, (h, asker, _, action, ct) => h.OfferFormAsync(asker, action, ct))
        .OnCardAction<SelfCheckPlanHandlers>(CardVerbs.OfferTemplate, (h, asker, _, action, ct) => h.OfferAsync(asker, action, ct));

    /// <summary>"egenkontrollplan": this year's plan of the turn's unit; where there is none, a unit to choose.</summary>
    private async Task<JsonObject> OpenAsync(Asker asker, TurnContext turn, CancellationToken cancellationToken) =>
        asker.UnitInContext(turn) is { } unit
            ? PlanCard(asker, await show.RunAsync(asker.Actor, unit, ThisYear, cancellationToken))
            : UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.SelfCheckPlan).ToJson();

    private async Task<CardActionResult> PlanAsync(Asker asker, TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var (unitId, year, _, skip) = SelfCheckPlanData.Read(action.Data);
        var unit = unitId is not null ? asker.Organisation.FindUnit(unitId) : asker.UnitInContext(turn);
        return CardActionResult.ReplaceCard(unit is null
            ? unitId is null ? UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.SelfCheckPlan).ToJson() : NotYourUnit(asker)
            : PlanCard(asker, await show.RunAsync(asker.Actor, unit, year ?? ThisYear, cancellationToken), skip));
    }

    private Task<CardActionResult> FormAsync(Asker asker, CardAction action, bool editing, CancellationToken cancellationToken) =>
        KeptPlanAsync(asker, action, needsPoint: editing, (view, point) => ControlPointFormCard.Build(
            asker.Language, view.Unit, view.Year, view.People, view.ManagerName, point?.Id, point is null ? null : ControlPointInputs.Of(point)).ToJson(), cancellationToken);

    private async Task<CardActionResult> SaveAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        if (Press(asker, action) is not { } press)
        {
            return CardActionResult.ReplaceCard(NotYourUnit(asker));
        }

        var inputs = ControlPointInputs.FromInputs(action.Data);
        var saved = press.PointId is { } pointId
            ? await change.RunAsync(asker.Actor, press.Unit, press.Year, pointId, inputs.ToDraft(), cancellationToken)
            : await add.RunAsync(asker.Actor, press.Unit, press.Year, inputs.ToDraft(), cancellationToken);
        if (saved is { IsRefused: true, Unchanged: { } view } && !AboutThePress(saved.Refusals))
        {
            return CardActionResult.ReplaceCard(ControlPointFormCard.Build(
                asker.Language, view.Unit, view.Year, view.People, view.ManagerName, press.PointId, inputs, saved.Refusals).ToJson());
        }

        return CardActionResult.ReplaceCard(PlanCard(asker, saved, press.Skip, asker.Texts.SelfCheckPointSaved));
    }

    private Task<CardActionResult> AskRemoveAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        KeptPlanAsync(asker, action, needsPoint: true, (view, point) => RemoveControlPointCard.Build(asker.Language, view.Unit, view.Year, point!).ToJson(), cancellationToken);

    private async Task<CardActionResult> RemoveAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        if (Press(asker, action) is not { PointId: { } pointId } press)
        {
            return CardActionResult.ReplaceCard(NotYourUnit(asker));
        }

        var reason = CardInputs.Text(action.Data, CardKeys.ControlRemovalReason);
        var removed = await remove.RunAsync(asker.Actor, press.Unit, press.Year, pointId, reason, cancellationToken);
        if (removed is { IsRefused: true, Unchanged: { } view } && !AboutThePress(removed.Refusals) && view.Plan.Find(pointId) is { } point)
        {
            return CardActionResult.ReplaceCard(RemoveControlPointCard.Build(asker.Language, view.Unit, view.Year, point, reason, removed.Refusals).ToJson());
        }

        return CardActionResult.ReplaceCard(PlanCard(asker, removed, press.Skip, asker.Texts.SelfCheckPointRemoved));
    }

    private async Task<CardActionResult> StartAsync(Asker asker, CardAction action, bool fromTemplate, CancellationToken cancellationToken)
    {
        if (Press(asker, action) is not { } press)
        {
            return CardActionResult.ReplaceCard(NotYourUnit(asker));
        }

        var template = CardInputs.Text(action.Data, CardKeys.SelfCheckTemplate);
        var started = fromTemplate
            ? await startFromTemplate.RunAsync(asker.Actor, press.Unit, press.Year, template, cancellationToken)
            : await startFromLastYear.RunAsync(asker.Actor, press.Unit, press.Year, cancellationToken);
        return CardActionResult.ReplaceCard(PlanCard(asker, started, 0, asker.Texts.SelfCheckPlanStarted, template, t => t.SelfCheckStartRefusal));
    }

    private async Task<CardActionResult> OfferFormAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        if (Press(asker, action) is not { } press)
        {
            return CardActionResult.ReplaceCard(NotYourUnit(asker));
        }

        var seen = await show.RunAsync(asker.Actor, press.Unit, press.Year, cancellationToken);
        if (seen.IsRefused || !seen.Value.CanOffer)
        {
            IReadOnlyList<Refusal> refusals = seen.IsRefused ? seen.Refusals : [new Refusal(seen.Value.Plan.IsEmpty ? RefusalReason.WrongState : RefusalReason.NotAllowed)];
            return CardActionResult.ReplaceCard(seen.IsRefused ? PlanCard(asker, seen) : PlanCard(asker, seen.Value, 0, refusals: refusals, refusalText: t => t.SelfCheckOfferRefusal));
        }

        return CardActionResult.ReplaceCard(OfferTemplateCard.Build(asker.Language, seen.Value.Unit, seen.Value.Year, seen.Value.Plan.Points.Count).ToJson());
    }

    private async Task<CardActionResult> OfferAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        if (Press(asker, action) is not { } press)
        {
            return CardActionResult.ReplaceCard(NotYourUnit(asker));
        }

        var name = CardInputs.Text(action.Data, CardKeys.TemplateName);
        var offered = await offer.RunAsync(asker.Actor, press.Unit, press.Year, name, cancellationToken);
        if (offered is { IsRefused: true, Unchanged: { } view } && offered.Refusals.All(r => r.Field == Field.TemplateName))
        {
            return CardActionResult.ReplaceCard(OfferTemplateCard.Build(asker.Language, view.Unit, view.Year, view.Plan.Points.Count, name, offered.Refusals).ToJson());
        }

        var notice = string.Format(asker.Language.Culture(), asker.Texts.SelfCheckTemplateOffered, name?.Trim());
        return CardActionResult.ReplaceCard(PlanCard(asker, offered, 0, notice, refusalText: t => t.SelfCheckOfferRefusal));
    }

    /// <summary>
    /// A card opened from the plan for those who keep it (the form, the question before removing): the plan with why
    /// when the asker may not keep it (or its year is over) or the point pressed is no longer in it.
    /// </summary>
    private async Task<CardActionResult> KeptPlanAsync(
        Asker asker, CardAction action, bool needsPoint, Func<SelfCheckPlanView, Domain.SelfChecks.ControlPoint?, JsonObject> card, CancellationToken cancellationToken)
    {
        if (Press(asker, action) is not { } press)
        {
            return CardActionResult.ReplaceCard(NotYourUnit(asker));
        }

        var seen = await show.RunAsync(asker.Actor, press.Unit, press.Year, cancellationToken);
        if (seen.IsRefused)
        {
            return CardActionResult.ReplaceCard(PlanCard(asker, seen));
        }

        var view = seen.Value;
        var point = needsPoint && press.PointId is not null ? view.Plan.Find(press.PointId) : null;
        Refusal? barred = !view.CanKeep ? new Refusal(view.Plan.IsClosed(time.GetUtcNow()) ? RefusalReason.AlreadyFinished : RefusalReason.NotAllowed)
            : needsPoint && point is null ? new Refusal(RefusalReason.NotFound)
            : null;
        return CardActionResult.ReplaceCard(barred is null ? card(view, point) : PlanCard(asker, view, press.Skip, refusals: [barred]));
    }

    private int ThisYear => SwedishTime.Day(time.GetUtcNow()).Year;

    /// <summary>What a press on a plan card names: a unit of the asker's organisation, the year (this year when none), the point and page.</summary>
    private PlanPress? Press(Asker asker, CardAction action)
    {
        var (unitId, year, pointId, skip) = SelfCheckPlanData.Read(action.Data);
        return unitId is not null && asker.Organisation.FindUnit(unitId) is { } unit ? new PlanPress(unit, year ?? ThisYear, pointId, skip) : null;
    }

    /// <summary>Whether a refusal is about the press itself (who, the plan's state) rather than anything typed: the plan is shown then, not the form.</summary>
    private static bool AboutThePress(IReadOnlyList<Refusal> refusals) => refusals.Any(r => r.Field == Field.None);

    /// <summary>The plan as the use case left it: done, with what it did; refused with the plan and why; else not this person's unit.</summary>
    private static JsonObject PlanCard(
        Asker asker, Outcome<SelfCheckPlanView> outcome, int skip = 0, string? notice = null, string? chosenTemplate = null, Func<Texts, Func<Refusal, string>>? refusalText = null) => outcome switch
    {
        { IsRefused: false } => PlanCard(asker, outcome.Value, skip, notice),
        { Unchanged: { } unchanged } => PlanCard(asker, unchanged, skip, null, outcome.Refusals, chosenTemplate, refusalText),
        _ when outcome.Refusals.Any(r => r.Reason == RefusalReason.NotFound) => NoticeCard.Build(asker.Language, asker.Texts.SelfCheckPlanYearUnknown, isError: true).ToJson(),
        _ => NotYourUnit(asker),
    };

    private static JsonObject PlanCard(
        Asker asker, SelfCheckPlanView view, int skip, string? notice = null, IReadOnlyList<Refusal>? refusals = null, string? chosenTemplate = null,
        Func<Texts, Func<Refusal, string>>? refusalText = null) =>
        SelfCheckPlanCard.Build(
            asker.Language,
            new SelfCheckPlanShown(view.Unit, view.Plan, view.Today, view.CanKeep, view.CanOffer, view.EarlierYear, view.Templates, view.ManagerName),
            skip,
            notice,
            refusals,
            chosenTemplate,
            refusalText).ToJson();

    private static JsonObject NotYourUnit(Asker asker) => NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson();
}

/// <summary>What a press on a plan card names.</summary>
internal sealed record PlanPress(Unit Unit, int Year, string? PointId, int Skip);
