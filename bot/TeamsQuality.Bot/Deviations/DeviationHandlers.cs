using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Deviations;

/// <summary>
/// Deviations, lex Sarah, views, complaints and praise in Teams: the filing card, the receipt, "mina rapporter", a report
/// opened by its button or its written reference, the forms on the report (assessment, the IVO decision, investigation,
/// actions, the answer, closing) and the statistics. Each verb reads the card's inputs with the card's own parser, lets
/// its use case decide (who may see and do what is checked there, for every card), and shows the card again: done, with
/// a receipt; refused, with what was typed and each refusal under its field; not to be seen, with the one neutral answer.
/// </summary>
public sealed class DeviationHandlers(
    FileDeviation file,
    OpenDeviation open,
    AssessDeviation assess,
    RecordIvoDecision decideIvo,
    Investigate investigate,
    AddDeviationAction addAction,
    AnswerFeedback answer,
    CloseDeviation close,
    MyDeviations mine,
    CountDeviations count,
    TimeProvider time)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<DeviationHandlers>(BotCommands.Report.Pattern, (h, asker, turn, _) => Task.FromResult(h.FilingCard(asker, turn)))
        .OnMessage<DeviationHandlers>(BotCommands.MyReports.Pattern, (h, asker, _, ct) => h.MyDeviationsAsync(asker, ct))
        .OnMessage<DeviationHandlers>(BotCommands.OpenReference.Pattern, (h, asker, turn, ct) => h.OpenWrittenReferenceAsync(asker, turn, ct))
        .OnMessage<DeviationHandlers>(BotCommands.Statistics.Pattern, (h, asker, _, ct) => h.StatisticsAsync(asker, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.DeviationForm, (h, asker, turn, _, _) => Task.FromResult(Replace(h.FilingCard(asker, turn))))
        .OnCardAction<DeviationHandlers>(CardVerbs.FileDeviation, (h, asker, turn, action, ct) => h.FileAsync(asker, turn, action, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.MyDeviations, async (h, asker, _, _, ct) => Replace(await h.MyDeviationsAsync(asker, ct)))
        .OnCardAction<DeviationHandlers>(CardVerbs.OpenDeviation, (h, asker, _, action, ct) => h.OpenAsync(asker, action, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.AssessDeviation, (h, asker, _, action, ct) => h.AssessAsync(asker, action, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.DecideIvo, (h, asker, _, action, ct) => h.DecideIvoAsync(asker, action, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.Investigate, (h, asker, _, action, ct) => h.InvestigateAsync(asker, action, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.DeviationAction, (h, asker, _, action, ct) => h.AddActionAsync(asker, action, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.AnswerFeedback, (h, asker, _, action, ct) => h.AnswerAsync(asker, action, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.CloseDeviation, (h, asker, _, action, ct) => h.CloseAsync(asker, action, ct))
        .OnCardAction<DeviationHandlers>(CardVerbs.DeviationStatistics, async (h, asker, _, _, ct) => Replace(await h.StatisticsAsync(asker, ct)));

    // ---- Filing ----

    /// <summary>The filing card: the organisation's units to choose from, the turn's unit chosen, today the latest date.</summary>
    private JsonObject FilingCard(Asker asker, TurnContext turn, DeviationDraft? draft = null, IReadOnlyList<Refusal>? refusals = null) =>
        DeviationFilingCard.Build(
            asker.Language,
            asker.Organisation.Units.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(),
            asker.UnitInContext(turn)?.Id,
            SwedishTime.Day(time.GetUtcNow()),
            draft,
            refusals).ToJson();

    private async Task<CardActionResult> FileAsync(Asker asker, TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var draft = DeviationDraft.FromInputs(action.Data);
        var filed = await file.RunAsync(asker.Actor, draft.ToFiling(), cancellationToken);
        return Replace(filed.IsRefused
            ? FilingCard(asker, turn, draft, filed.Refusals)
            : DeviationReceiptCard.Build(asker.Language, filed.Value.Report, filed.Value.Unit).ToJson());
    }

    // ---- Following reports ----

    private async Task<JsonObject> MyDeviationsAsync(Asker asker, CancellationToken cancellationToken) =>
        MyDeviationsCard.Build(asker.Language, (await mine.RunAsync(asker.Actor, cancellationToken)).Value, UnitNames(asker)).ToJson();

    private async Task<CardActionResult> OpenAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        Replace(Shown(asker, await open.RunAsync(asker.Actor, ReferenceOf(action), cancellationToken)));

    /// <summary>
    /// A reference written alone ("LS-2026-0001") opens the report for those allowed. In a channel or group chat, where
    /// everyone would read the answer, it gets a button instead, whose answer Teams shows to the one who pressed it.
    /// </summary>
    private async Task<JsonObject> OpenWrittenReferenceAsync(Asker asker, TurnContext turn, CancellationToken cancellationToken)
    {
        var reference = BotCommands.Reference(turn.Text);
        return turn.Activity.Conversation?.ConversationType is not (null or "personal")
            ? PrivateViewCard.ForReport(asker.Language, reference ?? string.Empty).ToJson()
            : Shown(asker, await open.RunAsync(asker.Actor, reference, cancellationToken));
    }

    // ---- Working on a report ----

    private Task<CardActionResult> AssessAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(asker, action, asker.Texts.AssessmentSaved, (draft, reference) =>
            assess.RunAsync(asker.Actor, reference, draft.ChosenSeverity, draft.ImmediateActions, draft.ChosenCategory, cancellationToken));

    private Task<CardActionResult> DecideIvoAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(asker, action, asker.Texts.IvoDecisionSaved, (draft, reference) =>
            decideIvo.RunAsync(asker.Actor, reference, draft.ChosenIvoDecision, draft.IvoMotivation, cancellationToken));

    private Task<CardActionResult> InvestigateAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(asker, action, asker.Texts.InvestigationSaved, (draft, reference) =>
            investigate.RunAsync(asker.Actor, reference, draft.ChosenTopic, draft.InvestigationText, draft.ChosenIsFact, cancellationToken));

    private Task<CardActionResult> AddActionAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(asker, action, asker.Texts.ActionSaved, (draft, reference) =>
            addAction.RunAsync(asker.Actor, reference, draft.ActionTitle, draft.ActionOwner, draft.ChosenActionDue, draft.ActionDueUnreadable, cancellationToken));

    private Task<CardActionResult> AnswerAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(asker, action, asker.Texts.AnswerSaved, (draft, reference) => answer.RunAsync(asker.Actor, reference, draft.AnswerText, cancellationToken));

    private Task<CardActionResult> CloseAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(asker, action, asker.Texts.ReportClosedNotice, (draft, reference) => close.RunAsync(asker.Actor, reference, draft.ClosingDecision, cancellationToken));

    /// <summary>A form on the report's card: its inputs read by the card's parser, the change made by its use case, the report shown again.</summary>
    private async Task<CardActionResult> ChangeAsync(Asker asker, CardAction action, string saved, Func<DeviationDraft, string?, Task<Outcome<DeviationView>>> change)
    {
        var draft = DeviationDraft.FromInputs(action.Data);
        return Replace(Shown(asker, await change(draft, ReferenceOf(action)), draft, saved));
    }

    // ---- Statistics ----

    private async Task<JsonObject> StatisticsAsync(Asker asker, CancellationToken cancellationToken)
    {
        var counted = await count.RunAsync(asker.Actor, cancellationToken);
        if (counted.IsRefused)
        {
            // For a role the counts are not for, the reason is the role, not the unit: say so, and where their own reports are.
            return Notice(asker, counted.Refusals[0].Reason == RefusalReason.NotAllowed ? asker.Texts.StatisticsNotForRole : asker.Texts.NotYourUnit);
        }

        var (from, to, statistics) = counted.Value;
        return DeviationStatisticsCard.Build(asker.Language, from, to, statistics, UnitNames(asker)).ToJson();
    }

    // ---- The report's card ----

    /// <summary>
    /// The report as the use case left it: done, with the receipt of what was saved on top; refused, as it was read, with
    /// what was typed and the refusals; not there or not to be seen, the one neutral answer (nothing of the report, not
    /// even whether it exists).
    /// </summary>
    private JsonObject Shown(Asker asker, Outcome<DeviationView> outcome, DeviationDraft? draft = null, string? saved = null) => outcome switch
    {
        { IsRefused: false } => Detail(asker, outcome.Value, notice: saved),
        { Unchanged: { } unchanged } => Detail(asker, unchanged, draft, outcome.Refusals),
        _ => Notice(asker, asker.Texts.ReportNoneToOpen),
    };

    private JsonObject Detail(Asker asker, DeviationView view, DeviationDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, string? notice = null) =>
        DeviationDetailCard.Build(
            asker.Language, view.Report, view.Unit, asker.Organisation.MembersOf(view.Unit.Id).ToList(), asker.Person,
            view.Actions, time.GetUtcNow(), draft, refusals, notice).ToJson();

    private static string? ReferenceOf(CardAction action) => action.GetString(CardKeys.Reference);

    private static Dictionary<string, string> UnitNames(Asker asker) => asker.Organisation.Units.ToDictionary(u => u.Id, u => u.Name);

    private static JsonObject Notice(Asker asker, string text) => NoticeCard.Build(asker.Language, text, isError: true).ToJson();

    private static CardActionResult Replace(JsonObject card) => CardActionResult.ReplaceCard(card);
}
