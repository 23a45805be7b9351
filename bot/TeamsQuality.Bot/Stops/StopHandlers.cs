using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Stops;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Stops;

/// <summary>
/// The learning stops in chat: the unit's stops this year, the guided analysis step by step (contributions from
/// anyone in the unit, summaries by the documenter), and finishing with actions into the unit's plan. Each handler
/// reads the card's inputs with the card's parser, has the use case do it, and answers with the card the person sees
/// next; a refusal comes back on the same card with what the person typed still in it.
/// </summary>
public sealed class StopHandlers(
    ListStops listStops,
    OpenStop openStop,
    ViewStop viewStop,
    StopSummary stopSummary,
    Contribute contribute,
    WriteSummary writeSummary,
    ProposeAction proposeAction,
    DelegateDocumentation delegateDocumentation,
    FinishForm finishForm,
    FinishStop finishStop)
{
    public static void Map(FeatureRoutes routes)
    {
        routes
            .OnMessage<StopHandlers>(BotCommands.Stops.Pattern, (h, asker, turn, ct) => h.ListAsync(asker, StopsInContext(asker, turn), ct))
            .OnCardAction<StopHandlers>(CardVerbs.ListStops, async (h, asker, turn, action, ct) =>
                CardActionResult.ReplaceCard(await h.ListAsync(asker, StopPress.ListedUnit(action.Data) ?? StopsInContext(asker, turn), ct)));
        OnPress(routes, CardVerbs.OpenStop, (h, asker, turn, action, press, ct) => h.OpenAsync(asker, turn, action, press, ct));
        OnPress(routes, CardVerbs.RefreshStop, (h, asker, turn, action, press, ct) => h.RefreshAsync(asker, turn, press, ct));
        OnPress(routes, CardVerbs.ShowStopSummary, (h, asker, turn, action, press, ct) => h.ShowSummaryAsync(asker, press, ct));
        OnPress(routes, CardVerbs.Contribute, (h, asker, turn, action, press, ct) => h.ContributeAsync(asker, turn, action, press, ct));
        OnPress(routes, CardVerbs.SaveSummary, (h, asker, turn, action, press, ct) => h.SaveSummaryAsync(asker, turn, action, press, ct));
        OnPress(routes, CardVerbs.Propose, (h, asker, turn, action, press, ct) => h.ProposeAsync(asker, turn, action, press, ct));
        OnPress(routes, CardVerbs.DelegateDocumentation, (h, asker, turn, action, press, ct) => h.DelegateAsync(asker, turn, action, press, ct));
        OnPress(routes, CardVerbs.FinishForm, (h, asker, turn, action, press, ct) => h.FinishFormAsync(asker, turn, action, press, ct));
        OnPress(routes, CardVerbs.Finish, (h, asker, turn, action, press, ct) => h.FinishAsync(asker, action, press, ct));
    }

    /// <summary>A button on a stop's card: its data names the stop (a press that names none is told the stop is not there).</summary>
    private static void OnPress(
        FeatureRoutes routes, string verb, Func<StopHandlers, Asker, TurnContext, CardAction, StopPress, CancellationToken, Task<CardActionResult>> handle) =>
        routes.OnCardAction<StopHandlers>(verb, (h, asker, turn, action, ct) =>
            StopPress.FromData(action.Data) is { } press ? handle(h, asker, turn, action, press, ct) : Task.FromResult(NotFound(asker)));

    // ---- hållplatser ----

    private async Task<JsonObject> ListAsync(Asker asker, string? unitId, CancellationToken cancellationToken)
    {
        var listed = await listStops.RunAsync(asker.Actor, unitId, cancellationToken);
        return listed.IsRefused
            ? Notice(asker, asker.Texts.StopRefusalText(listed.Refusals[0]))
            : listed.Value switch
            {
                UnitStops stops => StopListCard.Build(asker.Language, stops.Unit, stops.Year, stops.Stops, asker.Person, stops.Today, stops.Group?.Holder, stops.Group?.Stops, stops.ChooseFrom).ToJson(),
                ChooseUnit choose => UnitPickerCard.Build(asker.Language, choose.Units).ToJson(),
                _ => throw new InvalidOperationException("A stop listing is the unit's stops or the units to choose from."),
            };
    }

    // ---- The guided analysis ----

    /// <summary>Opens a stop at a step (without one: where the unit is); "Visa äldre" / "Visa nyare" keep what was typed.</summary>
    private async Task<CardActionResult> OpenAsync(Asker asker, TurnContext turn, CardAction action, StopPress press, CancellationToken cancellationToken)
    {
        var opened = await openStop.RunAsync(asker.Actor, AddressOf(press), press.Step, cancellationToken);
        if (opened.IsRefused)
        {
            return Refused(asker, opened.Refusals);
        }

        var step = opened.Value;
        return press.Page is { } page
            ? Replace(StepCard(asker, turn, step, step.Step, StepCardDraft.FromInputs(action.Data), material: step.Material, page: page))
            : Replace(StepCard(asker, turn, step, step.Step, material: step.Material));
    }

    /// <summary>The viewer's own current view of a stop's card, for Universal Actions refresh and Uppdatera.</summary>
    private async Task<CardActionResult> RefreshAsync(Asker asker, TurnContext turn, StopPress press, CancellationToken cancellationToken)
    {
        var viewed = await viewStop.RunAsync(asker.Actor, AddressOf(press), press.Step, cancellationToken);
        if (viewed.IsRefused)
        {
            return Refused(asker, viewed.Refusals);
        }

        return Replace(viewed.Value switch
        {
            // A step card keeps its page; the channel's card opens the unit's step at its newest contributions.
            StepView step => StepCard(asker, turn, step, step.Step, material: step.Material, page: press.Step is null ? 0 : press.Page ?? 0),
            SummaryView summary => SummaryCard(asker, summary),
            ChannelView channel => StopDueCard.Build(asker.Language, channel.Stop, channel.Unit, channel.StopCount, channel.LogbookNotes, ViewerIds(turn), channel.GarageItems).ToJson(),
            _ => throw new InvalidOperationException("A stop's view is a step, its summary or the channel's card."),
        });
    }

    private async Task<CardActionResult> ShowSummaryAsync(Asker asker, StopPress press, CancellationToken cancellationToken)
    {
        var summary = await stopSummary.RunAsync(asker.Actor, AddressOf(press), cancellationToken);
        return summary.IsRefused ? Refused(asker, summary.Refusals) : Replace(SummaryCard(asker, summary.Value));
    }

    private async Task<CardActionResult> ContributeAsync(Asker asker, TurnContext turn, CardAction action, StopPress press, CancellationToken cancellationToken)
    {
        var step = press.Step ?? AnalysisStep.Nulagesbeskrivning;
        var draft = StepCardDraft.FromInputs(action.Data);
        var added = await contribute.RunAsync(asker.Actor, AddressOf(press), step, draft.Contribution, cancellationToken);
        return Answer(asker, added, view => StepCard(asker, turn, view, step, notice: asker.Texts.ContributionSaved), read => StepCard(asker, turn, read, step, draft, refusals: StepRefusals(asker, added.Refusals, action)));
    }

    private async Task<CardActionResult> SaveSummaryAsync(Asker asker, TurnContext turn, CardAction action, StopPress press, CancellationToken cancellationToken)
    {
        var step = press.Step ?? AnalysisStep.Nulagesbeskrivning;
        var draft = StepCardDraft.FromInputs(action.Data);
        var saved = await writeSummary.RunAsync(asker.Actor, AddressOf(press), step, draft.Summary, press.Revision, cancellationToken);

        // Saved meanwhile by someone else: both texts are kept, the saved one on the card, the person's own in the input
        // to merge and save again (the stop is as the use case read it, with the newer summary).
        var conflicting = saved.Refusals.Any(r => r.Reason == RefusalReason.ChangedMeanwhile) ? draft.Summary : null;
        return Answer(
            asker,
            saved,
            view => StepCard(asker, turn, view, step, notice: asker.Texts.SummarySaved),
            read => StepCard(asker, turn, read, step, draft, refusals: StepRefusals(asker, saved.Refusals, action), conflictingSummary: conflicting));
    }

    private async Task<CardActionResult> ProposeAsync(Asker asker, TurnContext turn, CardAction action, StopPress press, CancellationToken cancellationToken)
    {
        const AnalysisStep step = AnalysisStep.ForslagPaAtgarder;
        var draft = StepCardDraft.FromInputs(action.Data);
        var proposal = new NewProposal(draft.ProposalTitle, draft.ProposalOwner, draft.ProposalDueDate, draft.ProposalDueUnreadable);
        var proposed = await proposeAction.RunAsync(asker.Actor, AddressOf(press), proposal, cancellationToken);
        return Answer(asker, proposed, view => StepCard(asker, turn, view, step, notice: asker.Texts.ProposalSaved), read => StepCard(asker, turn, read, step, draft, refusals: StepRefusals(asker, proposed.Refusals, action)));
    }

    private async Task<CardActionResult> DelegateAsync(Asker asker, TurnContext turn, CardAction action, StopPress press, CancellationToken cancellationToken)
    {
        var step = press.Step ?? AnalysisStep.Nulagesbeskrivning;
        var draft = StepCardDraft.FromInputs(action.Data);
        var delegated = await delegateDocumentation.RunAsync(asker.Actor, AddressOf(press), draft.Delegate, cancellationToken);
        return Answer(
            asker,
            delegated,
            view => StepCard(asker, turn, view, step, notice: string.Format(CultureInfo.InvariantCulture, asker.Texts.DelegatedTo, view.Stop.DelegateName)),
            read => StepCard(asker, turn, read, step, draft, refusals: StepRefusals(asker, delegated.Refusals, action)));
    }

    private async Task<CardActionResult> FinishFormAsync(Asker asker, TurnContext turn, CardAction action, StopPress press, CancellationToken cancellationToken)
    {
        var form = await finishForm.RunAsync(asker.Actor, AddressOf(press), cancellationToken);
        return Answer(
            asker,
            form,
            view => FinishStopCard.Build(asker.Language, view.Stop, view.Unit).ToJson(),
            read => StepCard(asker, turn, read, AnalysisStep.ForslagPaAtgarder, refusals: StepRefusals(asker, form.Refusals, action)));
    }

    private async Task<CardActionResult> FinishAsync(Asker asker, CardAction action, StopPress press, CancellationToken cancellationToken)
    {
        var draft = FinishCardDraft.FromInputs(action.Data);
        var finished = await finishStop.RunAsync(asker.Actor, AddressOf(press), draft.NeedsActionAnswer, draft.TrendChosen, draft.Comment, cancellationToken);
        return Answer(
            asker,
            finished,
            view => SummaryCard(asker, (SummaryView)view),
            read => FinishStopCard.Build(asker.Language, read.Stop, read.Unit, draft, CardRefusals.Of(finished.Refusals, asker.Texts.StopRefusalText, FinishStopCard.InputOf, action.Verb)).ToJson());
    }

    // ---- Helpers ----

    /// <summary>Whose stops a turn is about: the manager group's in its channel, else the unit in context.</summary>
    private static string? StopsInContext(Asker asker, TurnContext turn) =>
        turn.Activity.TeamsChannelId is { } channel && asker.Organisation.IsManagerGroupChannel(channel) ? ManagerGroup.Id : asker.UnitInContext(turn)?.Id;

    private static StopAddress AddressOf(StopPress press) => new(press.UnitId, press.Year, press.Number);

    /// <summary>
    /// The card for what a use case did: done; refused with the stop as it was read (the same card again, with what
    /// was typed and where it was refused); or refused before any stop (not there, or not the asker's unit).
    /// </summary>
    private static CardActionResult Answer(Asker asker, Outcome<StopView> outcome, Func<StopView, JsonObject> done, Func<StopView, JsonObject> refused) =>
        !outcome.IsRefused ? Replace(done(outcome.Value))
        : outcome.Unchanged is { } read ? Replace(refused(read))
        : Refused(asker, outcome.Refusals);

    /// <summary>A refusal with no stop to show: the stop is not there (a message), or it is another unit's (a card).</summary>
    private static CardActionResult Refused(Asker asker, IReadOnlyList<Refusal> refusals) =>
        refusals.Any(r => r.Reason == RefusalReason.NotFound) ? NotFound(asker) : Replace(Notice(asker, asker.Texts.StopRefusalText(refusals[0])));

    private static CardActionResult NotFound(Asker asker) => CardActionResult.Message(asker.Texts.StopNotFound);

    private static IReadOnlyList<CardRefusal> StepRefusals(Asker asker, IReadOnlyList<Refusal> refusals, CardAction action) =>
        CardRefusals.Of(refusals, asker.Texts.StopRefusalText, AnalysisStepCard.InputOf, action.Verb);

    private static JsonObject StepCard(
        Asker asker, TurnContext turn, StopView view, AnalysisStep step, StepCardDraft? draft = null, string? notice = null, IReadOnlyList<CardRefusal>? refusals = null,
        string? conflictingSummary = null, StopMaterials? material = null, int page = 0) =>
        AnalysisStepCard.Build(
            asker.Language, view.Stop, view.Unit, asker.Organisation.MembersOf(view.Unit.Id).ToList(), asker.Person, step, draft, notice, refusals, conflictingSummary,
            material?.LogbookNotes, ViewerIds(turn), page, material?.GarageItems).ToJson();

    private static JsonObject SummaryCard(Asker asker, SummaryView summary) => StopSummaryCard.Build(asker.Language, summary.Stop, summary.Unit, summary.Actions).ToJson();

    private static JsonObject Notice(Asker asker, string text) => NoticeCard.Build(asker.Language, text, isError: true).ToJson();

    private static CardActionResult Replace(JsonObject card) => CardActionResult.ReplaceCard(card);

    /// <summary>The viewer's Teams user id: their own view of a card refreshes for them alone.</summary>
    private static IReadOnlyList<string>? ViewerIds(TurnContext turn) => turn.Activity.From?.Id is { Length: > 0 } viewer ? [viewer] : null;
}
