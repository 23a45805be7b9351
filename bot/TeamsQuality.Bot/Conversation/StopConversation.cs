using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Logbook;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Cards.Wheel;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Logbook;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Actions;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Jobs.Wheel;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Logbook;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Wheel;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Conversation;

/// <summary>
/// The learning stops in chat: the unit's stops this year, the guided analysis step by step (contributions from
/// anyone in the unit, summaries by the documenter), finishing with actions into the unit's plan, and the logbook.
/// Each handler finds who asks, lets the domain decide, saves, and answers with the card the person sees next.
/// A refusal comes back on the same card with what the person typed still in it.
/// </summary>
public sealed class StopConversation(
    AskerLookup askers,
    LearningStopRepository stops,
    ImprovementActionRepository actions,
    LogbookRepository logbook,
    WheelRepository wheels,
    WheelPlanningJob planner,
    StopChannelNotices channelNotices,
    Outbox outbox,
    ActionNotices actionNotices,
    TimeProvider time,
    ILogger<StopConversation> logger)
{
    public static void Register(IServiceProvider services, ActivityRouter router)
    {
        var conversation = ActivatorUtilities.CreateInstance<StopConversation>(services);
        router
            .OnMessage(BotCommands.Stops.Pattern, conversation.ListStopsAsync)
            .OnMessage(BotCommands.Logbook.Pattern, conversation.LogbookAsync)
            .OnMessage(BotCommands.Wheel.Pattern, conversation.ShowWheelAsync)
            .OnCardAction(CardVerbs.ChooseWheel, conversation.ChooseWheelAsync)
            .OnCardAction(CardVerbs.ListStops, conversation.ListStopsActionAsync)
            .OnCardAction(CardVerbs.OpenStop, conversation.OpenAsync)
            .OnCardAction(CardVerbs.RefreshStop, conversation.RefreshAsync)
            .OnCardAction(CardVerbs.ShowStopSummary, conversation.ShowSummaryAsync)
            .OnCardAction(CardVerbs.Contribute, conversation.ContributeAsync)
            .OnCardAction(CardVerbs.SaveSummary, conversation.SaveSummaryAsync)
            .OnCardAction(CardVerbs.Propose, conversation.ProposeAsync)
            .OnCardAction(CardVerbs.DelegateDocumentation, conversation.DelegateAsync)
            .OnCardAction(CardVerbs.FinishForm, conversation.FinishFormAsync)
            .OnCardAction(CardVerbs.Finish, conversation.FinishAsync)
            .OnCardAction(CardVerbs.AddLogbookNote, conversation.AddLogbookNoteAsync);
    }

    // ---- hållplatser ----

    private async Task ListStopsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var card = await StopListForAsync(turn, null, cancellationToken);
        await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);
    }

    private async Task<CardActionResult> ListStopsActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        CardActionResult.ReplaceCard(await StopListForAsync(turn, action.GetString(CardKeys.Unit), cancellationToken));

    private async Task<JsonObject> StopListForAsync(TurnContext turn, string? unitId, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return NotInOrganisation(turn);
        }

        var unit = unitId is not null ? asker.Organisation.FindUnit(unitId) : asker.UnitInContext(turn);
        if (unit is null)
        {
            // Someone who follows all units and asks outside a unit channel chooses the unit.
            return UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person)).ToJson();
        }

        if (!LearningStop.CanSee(asker.Person, unit))
        {
            return MessageCard(asker.Language, asker.Texts.NotYourUnit, isError: true);
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var year = await YearOfAsync(asker.Organisation.Tenant, today, cancellationToken);
        var unitStops = await stops.ListYearAsync(asker.Organisation.Tenant, unit.Id, year, cancellationToken);
        if (unitStops.Count == 0)
        {
            // The nightly planning has not run for this unit yet: plan now.
            await planner.PlanTenantAsync(asker.Organisation.Tenant, cancellationToken);
            unitStops = await stops.ListYearAsync(asker.Organisation.Tenant, unit.Id, year, cancellationToken);
        }

        return StopListCard.Build(asker.Language, unit, year, unitStops, asker.Person, today).ToJson();
    }

    // ---- The guided analysis ----

    /// <summary>
    /// Opens a stop at a step (without one: where the unit is). The manager opening a stop not started starts it; the
    /// documenter going on to a later step moves the unit's analysis there. The channel hears of both.
    /// </summary>
    private Task<CardActionResult> OpenAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, async (context, stop) =>
        {
            var person = context.Asker.Person;
            var starts = stop.Status == StopStatus.EjPaborjad && stop.CanManage(person, context.Unit);
            var step = StepOf(action, stop);
            if (starts || (stop.Status == StopStatus.Paborjad && step > stop.CurrentStep && stop.CanDocument(person, context.Unit)))
            {
                (stop, _) = await ChangeAsync(context, stop.Key, s =>
                {
                    if (s.Status == StopStatus.EjPaborjad && s.CanManage(person, context.Unit))
                    {
                        s.Start(person, context.Unit, time.GetUtcNow());
                    }

                    return s.MoveOn(person, context.Unit, step, time.GetUtcNow());
                }, cancellationToken);
            }

            // "Visa äldre" / "Visa nyare" turn a page of the contributions: what the user had typed comes back with it.
            return IntOf(action, CardKeys.Page) is { } page
                ? await StepViewAsync(context, stop, step, Draft(action), page, cancellationToken)
                : await StepViewAsync(context, stop, step, null, 0, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// The viewer's own current view of a stop card, for Universal Actions refresh (Teams asks by itself when the card is
    /// shown to someone in its userIds; anyone can press Uppdatera). A step card shows that step again with what has been
    /// added since. The channel's card shows, to those who take part in a started stop, the step the unit is in; once the
    /// stop is finished, its summary; otherwise the channel's card as it is now, in the viewer's own language.
    /// </summary>
    private Task<CardActionResult> RefreshAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, async (context, stop) =>
        {
            if (IntOf(action, CardKeys.Step) is not null)
            {
                return await StepViewAsync(context, stop, StepOf(action, stop), null, IntOf(action, CardKeys.Page) ?? 0, cancellationToken);
            }

            if (stop.Status == StopStatus.Paborjad && stop.CanTakePart(context.Asker.Person, context.Unit))
            {
                return await StepViewAsync(context, stop, stop.CurrentStep, null, 0, cancellationToken);
            }

            if (stop.Status == StopStatus.Klar)
            {
                return await SummaryAsync(context, stop, cancellationToken);
            }

            var card = await channelNotices.ChannelCardAsync(context.Asker.Language, context.Asker.Organisation, context.Unit, stop, context.ViewerIds, cancellationToken);
            return CardActionResult.ReplaceCard(card.ToJson());
        }, cancellationToken);

    private Task<CardActionResult> ShowSummaryAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, (context, stop) => SummaryAsync(context, stop, cancellationToken), cancellationToken);

    /// <summary>
    /// A step as the viewer sees it now, at a page of its contributions (0 the newest), with what they had typed; step 1
    /// brings the unit's logbook notes under the theme as material.
    /// </summary>
    private async Task<CardActionResult> StepViewAsync(StopContext context, LearningStop stop, AnalysisStep step, StepCardDraft? draft, int page, CancellationToken cancellationToken)
    {
        var notes = step == AnalysisStep.Nulagesbeskrivning
            ? await logbook.ListAsync(context.Asker.Organisation.Tenant, context.Unit.Id, stop.Key.Number, stop.LogbookMaterialFrom, cancellationToken)
            : null;
        return StepCard(context, stop, step, draft, logbookNotes: notes, page: page);
    }

    private Task<CardActionResult> ContributeAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, async (context, stop) =>
        {
            var step = StepOf(action);
            var text = action.GetString(CardKeys.Contribution) ?? string.Empty;
            try
            {
                (stop, _) = await ChangeAsync(context, stop.Key, s => s.Contribute(context.Asker.Person, context.Unit, step, text, time.GetUtcNow(), NewId()), cancellationToken);
                return StepCard(context, stop, step, notice: context.Asker.Texts.ContributionSaved);
            }
            catch (StopRuleException refusal)
            {
                return StepCard(context, stop, step, Draft(action), context.Asker.Texts.Refusal(refusal.Refusal), noticeIsError: true, refusedInput: CardKeys.Contribution);
            }
        }, cancellationToken);

    private Task<CardActionResult> SaveSummaryAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, async (context, stop) =>
        {
            var step = StepOf(action);
            var text = action.GetString(CardKeys.Summary) ?? string.Empty;
            var revision = IntOf(action, CardKeys.Revision) ?? 0;
            try
            {
                (stop, _) = await ChangeAsync(context, stop.Key, s => s.WriteSummary(context.Asker.Person, context.Unit, step, text, revision, time.GetUtcNow()), cancellationToken);
                return StepCard(context, stop, step, notice: context.Asker.Texts.SummarySaved);
            }
            catch (StopRuleException refusal) when (refusal.Refusal == StopRefusal.SummaryChangedMeanwhile)
            {
                // Both texts are kept: the saved one on the card, the person's own in the input to merge and save.
                var fresh = await stops.FindAsync(stop.Key, cancellationToken) ?? stop;
                return StepCard(context, fresh, step, Draft(action), context.Asker.Texts.Refusal(refusal.Refusal), noticeIsError: true, conflictingSummary: text, refusedInput: CardKeys.Summary);
            }
            catch (StopRuleException refusal)
            {
                return StepCard(context, stop, step, Draft(action), context.Asker.Texts.Refusal(refusal.Refusal), noticeIsError: true, refusedInput: CardKeys.Summary);
            }
        }, cancellationToken);

    private Task<CardActionResult> ProposeAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, async (context, stop) =>
        {
            var step = AnalysisStep.ForslagPaAtgarder;
            var title = action.GetString(CardKeys.ProposalTitle) ?? string.Empty;
            Person? owner = null;
            if (action.GetString(CardKeys.ProposalOwner) is { Length: > 0 } ownerId && (owner = context.Asker.Organisation.FindPerson(ownerId)) is null)
            {
                return StepCard(context, stop, step, Draft(action), context.Asker.Texts.Refusal(StopRefusal.OwnerNotInUnit), noticeIsError: true, refusedInput: CardKeys.ProposalOwner);
            }

            DateOnly? due = null;
            if (action.GetString(CardKeys.ProposalDue) is { Length: > 0 } dueText)
            {
                if (!DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return StepCard(context, stop, step, Draft(action), context.Asker.Texts.InvalidDate, noticeIsError: true, refusedInput: CardKeys.ProposalDue);
                }

                due = parsed;
            }

            try
            {
                (stop, _) = await ChangeAsync(context, stop.Key, s => s.Propose(context.Asker.Person, context.Unit, title, owner, due, time.GetUtcNow(), NewId()), cancellationToken);
                return StepCard(context, stop, step, notice: context.Asker.Texts.ProposalSaved);
            }
            catch (StopRuleException refusal)
            {
                // A text refusal is about the title; any other (who may propose, or be its owner) above the button.
                var input = TextInput(refusal.Refusal, CardKeys.ProposalTitle) ?? CardKeys.ProposalOwner;
                return StepCard(context, stop, step, Draft(action), context.Asker.Texts.Refusal(refusal.Refusal), noticeIsError: true, refusedInput: input);
            }
        }, cancellationToken);

    private Task<CardActionResult> DelegateAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, async (context, stop) =>
        {
            var step = StepOf(action);
            if (action.GetString(CardKeys.Delegate) is not { Length: > 0 } delegateId)
            {
                return StepCard(context, stop, step, Draft(action), context.Asker.Texts.ChooseDelegateFirst, noticeIsError: true, refusedInput: CardKeys.Delegate);
            }

            if (context.Asker.Organisation.FindPerson(delegateId) is not { } documenter)
            {
                return StepCard(context, stop, step, Draft(action), context.Asker.Texts.Refusal(StopRefusal.NotInUnit), noticeIsError: true, refusedInput: CardKeys.Delegate);
            }

            try
            {
                (stop, _) = await ChangeAsync(context, stop.Key, s => { s.DelegateDocumentation(context.Asker.Person, context.Unit, documenter, time.GetUtcNow()); return true; }, cancellationToken);
                return StepCard(context, stop, step, notice: string.Format(CultureInfo.InvariantCulture, context.Asker.Texts.DelegatedTo, documenter.Name));
            }
            catch (StopRuleException refusal)
            {
                return StepCard(context, stop, step, Draft(action), context.Asker.Texts.Refusal(refusal.Refusal), noticeIsError: true, refusedInput: CardKeys.Delegate);
            }
        }, cancellationToken);

    private Task<CardActionResult> FinishFormAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, (context, stop) =>
            Task.FromResult(stop.CanDocument(context.Asker.Person, context.Unit)
                ? CardActionResult.ReplaceCard(FinishStopCard.Build(context.Asker.Language, stop, context.Unit).ToJson())
                : StepCard(context, stop, AnalysisStep.ForslagPaAtgarder, null, context.Asker.Texts.Refusal(StopRefusal.NotDocumenter), noticeIsError: true)), cancellationToken);

    private Task<CardActionResult> FinishAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithStopAsync(turn, action, async (context, stop) =>
        {
            var texts = context.Asker.Texts;
            var draft = FinishDraft(action);
            if (action.GetString(CardKeys.NeedsAction) is not ("ja" or "nej") )
            {
                return CardActionResult.ReplaceCard(FinishStopCard.Build(context.Asker.Language, stop, context.Unit, draft, texts.AssessmentRequired, noticeIsError: true, CardKeys.NeedsAction).ToJson());
            }

            var needsAction = action.GetString(CardKeys.NeedsAction) == "ja";
            var trend = Enum.TryParse<Trend>(action.GetString(CardKeys.Trend), out var parsedTrend) ? parsedTrend : Trend.EjBedomd;
            var comment = action.GetString(CardKeys.Comment);
            var manager = context.Unit.ManagerId is { } managerId ? context.Asker.Organisation.FindPerson(managerId) : null;
            IReadOnlyList<Domain.Actions.ImprovementAction> created;
            try
            {
                (stop, created) = await ChangeAsync(context, stop.Key, s => s.Finish(context.Asker.Person, context.Unit, needsAction, trend, comment, time.GetUtcNow(), manager), cancellationToken);
            }
            catch (StopRuleException refusal) when (refusal.Refusal == StopRefusal.AlreadyFinished)
            {
                // Finished already (e.g. a retry after a failure while adding the actions): show the result.
                return await SummaryAsync(context, stop, cancellationToken);
            }
            catch (StopRuleException refusal)
            {
                return CardActionResult.ReplaceCard(FinishStopCard.Build(context.Asker.Language, stop, context.Unit, draft, texts.Refusal(refusal.Refusal), noticeIsError: true, TextInput(refusal.Refusal, CardKeys.Comment)).ToJson());
            }

            await actions.AddAsync(created, cancellationToken);
            logger.LogInformation("Stop {Number} of {Unit} {Year} finished with {Count} action(s)", stop.Key.Number, stop.Key.UnitId, stop.Key.Year, created.Count);
            foreach (var action in created)
            {
                // Each owner the proposals named is told (once, through the outbox; sent after this answer).
                await actionNotices.OwnerNamedAsync(context.Asker.Organisation, context.Unit, action, context.Asker.Person, null, cancellationToken);
            }

            outbox.DeliverSoon(context.Asker.Organisation.Tenant);

            var summary = await SummaryAsync(context, stop, cancellationToken);
            if (summary is CardActionResult.ReplaceCardResult card)
            {
                // The summary closes the stop for the whole unit: the answer to the button is seen by the finisher alone.
                await channelNotices.PostSummaryAsync(context.Asker.Organisation, context.Unit, stop, card.Card, cancellationToken);
            }

            return summary;
        }, cancellationToken);

    private async Task<CardActionResult> SummaryAsync(StopContext context, LearningStop stop, CancellationToken cancellationToken)
    {
        var origin = $"{stop.Key.Year}-{stop.Key.Number:00}";
        var unitActions = (await actions.ListAsync(context.Asker.Organisation.Tenant, context.Unit.Id, cancellationToken))
            .Where(a => a.Origin.Kind == Domain.Actions.ActionOriginKind.Hallplats && a.Origin.Reference == origin)
            .ToList();
        return CardActionResult.ReplaceCard(StopSummaryCard.Build(context.Asker.Language, stop, context.Unit, unitActions).ToJson());
    }

    // ---- The wheel ----

    private async Task ShowWheelAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var card = await askers.FindAsync(turn, cancellationToken) is { } asker
            ? await WheelCardAsync(asker, null, cancellationToken)
            : NotInOrganisation(turn);
        await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);
    }

    /// <summary>A quality developer chooses the template of next year's wheel; this year's stops stay as planned.</summary>
    private async Task<CardActionResult> ChooseWheelAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        if (asker.Person.Role != Role.Verksamhetsutvecklare)
        {
            return CardActionResult.ReplaceCard(NoticeCard.Build(asker.Language, asker.Texts.WheelNotAllowed, isError: true).ToJson());
        }

        if (WheelTemplates.Find(action.GetString(CardKeys.WheelTemplate) ?? string.Empty) is not { } template)
        {
            return CardActionResult.ReplaceCard(await WheelCardAsync(asker, null, cancellationToken));
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var year = await YearOfAsync(asker.Organisation.Tenant, today, cancellationToken);
        await wheels.SaveVersionAsync(asker.Organisation.Tenant, new WheelVersion(year + 1, template.Id, template.Stops), replace: true, cancellationToken);
        logger.LogInformation("{Person} chose {Template} for the wheel from {Year}", asker.Person.Id, template.Id, year + 1);
        var notice = string.Format(CultureInfo.InvariantCulture, asker.Texts.WheelChosen, year + 1, template.Name);
        return CardActionResult.ReplaceCard(await WheelCardAsync(asker, notice, cancellationToken));
    }

    private async Task<JsonObject> WheelCardAsync(Asker asker, string? notice, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        var year = await YearOfAsync(asker.Organisation.Tenant, today, cancellationToken);
        var wheel = await wheels.FindAsync(asker.Organisation.Tenant, cancellationToken) ?? OrganisationWheel.From(WheelTemplates.Vetlanda, year);
        return WheelCard.Build(asker.Language, year, wheel.For(year), wheel.For(year + 1).TemplateId, asker.Person.Role == Role.Verksamhetsutvecklare, notice).ToJson();
    }

    // ---- Logbook ----

    private async Task LogbookAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var card = await LogbookCardAsync(turn, BotCommands.Logbook.Pattern.Match(turn.Text).Groups["text"].Value.Trim(), cancellationToken);
        await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);
    }

    private async Task<JsonObject> LogbookCardAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return NotInOrganisation(turn);
        }

        var wheel = await WheelStopsAsync(asker.Organisation.Tenant, cancellationToken);
        return LogbookCard.Build(asker.Language, wheel, string.IsNullOrWhiteSpace(text) ? null : text, null).ToJson();
    }

    private async Task<CardActionResult> AddLogbookNoteAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        var wheel = await WheelStopsAsync(asker.Organisation.Tenant, cancellationToken);
        var text = action.GetString(CardKeys.LogbookText);
        var number = IntOf(action, CardKeys.LogbookStop);
        var unit = asker.UnitInContext(turn);
        var definition = number is { } n ? wheel.FirstOrDefault(s => s.Number == n) : null;
        var (problem, input) = unit is null || !string.Equals(asker.Person.UnitId, unit.Id, StringComparison.Ordinal) ? (asker.Texts.LogbookNeedsUnit, null)
            : definition is null ? (asker.Texts.LogbookNeedsTheme, CardKeys.LogbookStop)
            : LearningStop.CheckText(text) is { } refusal ? (asker.Texts.Refusal(refusal), CardKeys.LogbookText)
            : ((string?)null, (string?)null);
        if (problem is not null)
        {
            return CardActionResult.ReplaceCard(LogbookCard.Build(asker.Language, wheel, text, number, problem, noticeIsError: true, input).ToJson());
        }

        var note = new LogbookNote(NewId(), unit!.Id, definition!.Number, definition.Theme, asker.Person.Id, asker.Person.Name, text!.Trim(), time.GetUtcNow());
        await logbook.AddAsync(asker.Organisation.Tenant, note, cancellationToken);
        return CardActionResult.ReplaceCard(LogbookReceiptCard.Build(asker.Language, note).ToJson());
    }

    // ---- Helpers ----

    /// <param name="ViewerIds">The viewer's Teams user id, for their own view's refresh.userIds.</param>
    private sealed record StopContext(Asker Asker, Unit Unit, IReadOnlyList<string>? ViewerIds);

    /// <summary>
    /// Saves a change to the stop, then keeps the unit's channel current: a stop the change started is announced, and
    /// the channel's card shows the new status or step. What the stop was is read with the data the change was decided on.
    /// </summary>
    private async Task<(LearningStop Stop, T Result)> ChangeAsync<T>(StopContext context, StopKey key, Func<LearningStop, T> change, CancellationToken cancellationToken)
    {
        var before = default(StopProgress);
        var (stop, result) = await stops.UpdateAsync(key, s =>
        {
            before = s.Progress;
            return change(s);
        }, cancellationToken);
        await channelNotices.StopChangedAsync(context.Asker.Organisation, context.Unit, before, stop, context.Asker.Person, cancellationToken);
        return (stop, result);
    }

    /// <summary>Finds the asker, the unit and the stop named by the action, checks the asker may see it, then runs the work.</summary>
    private async Task<CardActionResult> WithStopAsync(TurnContext turn, CardAction action, Func<StopContext, LearningStop, Task<CardActionResult>> work, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        var unit = action.GetString(CardKeys.Unit) is { } unitId ? asker.Organisation.FindUnit(unitId) : null;
        if (unit is null || IntOf(action, CardKeys.Year) is not { } year || IntOf(action, CardKeys.Stop) is not { } number)
        {
            return CardActionResult.Message(asker.Texts.StopNotFound);
        }

        if (!LearningStop.CanSee(asker.Person, unit))
        {
            return CardActionResult.ReplaceCard(MessageCard(asker.Language, asker.Texts.NotYourUnit, isError: true));
        }

        var stop = await stops.FindAsync(new StopKey(asker.Organisation.Tenant, unit.Id, year, number), cancellationToken);
        return stop is null ? CardActionResult.Message(asker.Texts.StopNotFound) : await work(new StopContext(asker, unit, turn.Activity.From?.Id is { Length: > 0 } viewer ? [viewer] : null), stop);
    }

    private static CardActionResult StepCard(
        StopContext context, LearningStop stop, AnalysisStep step, StepCardDraft? draft = null, string? notice = null, bool noticeIsError = false, string? conflictingSummary = null,
        IReadOnlyList<LogbookNote>? logbookNotes = null, string? refusedInput = null, int page = 0) =>
        CardActionResult.ReplaceCard(AnalysisStepCard.Build(
            context.Asker.Language, stop, context.Unit, context.Asker.Organisation.MembersOf(context.Unit.Id).ToList(), context.Asker.Person, step, draft, notice, noticeIsError, conflictingSummary, logbookNotes, context.ViewerIds, refusedInput, page).ToJson());

    /// <summary>The input a refusal of the text is about; null for a refusal that is not about what was written.</summary>
    private static string? TextInput(StopRefusal refusal, string input) =>
        refusal is StopRefusal.EmptyText or StopRefusal.TextTooLong or StopRefusal.ContainsPersonalIdentityNumber ? input : null;

    private static StepCardDraft Draft(CardAction action) => new()
    {
        Contribution = action.GetString(CardKeys.Contribution),
        Summary = action.GetString(CardKeys.Summary),
        ProposalTitle = action.GetString(CardKeys.ProposalTitle),
        ProposalOwner = action.GetString(CardKeys.ProposalOwner),
        ProposalDue = action.GetString(CardKeys.ProposalDue),
        Delegate = action.GetString(CardKeys.Delegate),
    };

    private static FinishCardDraft FinishDraft(CardAction action) => new()
    {
        NeedsAction = action.GetString(CardKeys.NeedsAction),
        Trend = action.GetString(CardKeys.Trend),
        Comment = action.GetString(CardKeys.Comment),
    };

    private static AnalysisStep StepOf(CardAction action) =>
        IntOf(action, CardKeys.Step) is >= 1 and <= 4 and var step ? (AnalysisStep)step : AnalysisStep.Nulagesbeskrivning;

    /// <summary>The step the action names; without one, where the unit is in a started stop (step 1 otherwise).</summary>
    private static AnalysisStep StepOf(CardAction action, LearningStop stop) =>
        IntOf(action, CardKeys.Step) is >= 1 and <= 4 || stop.Status != StopStatus.Paborjad ? StepOf(action) : stop.CurrentStep;

    private static int? IntOf(CardAction action, string key) =>
        int.TryParse(action.GetString(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private async Task<int> YearOfAsync(TenantId tenant, DateOnly today, CancellationToken cancellationToken) =>
        (await wheels.FindAsync(tenant, cancellationToken))?.YearOf(today)
        ?? QualityYear.Of(today, QualityYear.StartMonth(WheelTemplates.Vetlanda.Stops));

    private async Task<IReadOnlyList<StopDefinition>> WheelStopsAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        var wheel = await wheels.FindAsync(tenant, cancellationToken);
        return wheel?.For(wheel.YearOf(today)).Stops ?? WheelTemplates.Vetlanda.Stops;
    }

    private static JsonObject NotInOrganisation(TurnContext turn)
    {
        var language = UiLanguages.FromLocale(turn.Locale);
        return MessageCard(language, Texts.For(language).ProfileUnknown, isError: true);
    }

    private static JsonObject MessageCard(UiLanguage language, string text, bool isError) => NoticeCard.Build(language, text, isError).ToJson();

    private static string NewId() => Guid.NewGuid().ToString("N");
}
