using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Jobs;
using TeamsQuality.Jobs.Actions;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Conversation;

/// <summary>
/// Deviations, lex Sarah, views, complaints and praise: filing from the phone, routing at once to those who must act
/// (a notification without sensitive content), assessment, the IVO decision, investigation, actions and closing;
/// and the unit's risk register and the statistics. Details are shown only to those allowed, checked here on the
/// server for every card.
/// </summary>
public sealed class ReportConversation(
    AskerLookup askers,
    ReportRepository reports,
    RiskRepository risks,
    ImprovementActionRepository actions,
    ReportNotices notices,
    ActionNotices actionNotices,
    Outbox outbox,
    TimeProvider time,
    ILogger<ReportConversation> logger)
{
    public static void Register(IServiceProvider services, ActivityRouter router)
    {
        var conversation = ActivatorUtilities.CreateInstance<ReportConversation>(services);
        router
            .OnMessage(BotCommands.Report.Pattern, conversation.ShowFilingCardAsync)
            .OnMessage(BotCommands.MyReports.Pattern, conversation.ShowMyReportsAsync)
            .OnMessage(BotCommands.OpenReference.Pattern, conversation.OpenWrittenReferenceAsync)
            .OnMessage(BotCommands.Risks.Pattern, conversation.ShowRisksAsync)
            .OnMessage(BotCommands.Statistics.Pattern, conversation.ShowStatisticsAsync)
            .OnCardAction(CardVerbs.ReportForm, conversation.FilingFormActionAsync)
            .OnCardAction(CardVerbs.FileReport, conversation.FileAsync)
            .OnCardAction(CardVerbs.MyReports, conversation.MyReportsActionAsync)
            .OnCardAction(CardVerbs.OpenReport, conversation.OpenAsync)
            .OnCardAction(CardVerbs.AssessReport, conversation.AssessAsync)
            .OnCardAction(CardVerbs.DecideIvo, conversation.DecideIvoAsync)
            .OnCardAction(CardVerbs.Investigate, conversation.InvestigateAsync)
            .OnCardAction(CardVerbs.ReportAction, conversation.AddActionAsync)
            .OnCardAction(CardVerbs.AnswerFeedback, conversation.AnswerAsync)
            .OnCardAction(CardVerbs.CloseReport, conversation.CloseAsync)
            .OnCardAction(CardVerbs.RiskRegister, conversation.RisksActionAsync)
            .OnCardAction(CardVerbs.AddRisk, conversation.AddRiskAsync)
            .OnCardAction(CardVerbs.ReportStatistics, conversation.StatisticsActionAsync);
    }

    // ---- Filing ----

    private async Task ShowFilingCardAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await SendAsync(turn, await FilingCardAsync(turn, null, null, cancellationToken), cancellationToken);

    private async Task<CardActionResult> FilingFormActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        CardActionResult.ReplaceCard(await FilingCardAsync(turn, null, null, cancellationToken));

    private async Task<JsonObject> FilingCardAsync(TurnContext turn, ReportDraft? draft, IReadOnlyList<ReportProblem>? problems, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return NotInOrganisation(turn);
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        return ReportFilingCard.Build(asker.Language, asker.Organisation.Units.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(), asker.UnitInContext(turn)?.Id, today, draft, problems).ToJson();
    }

    private async Task<CardActionResult> FileAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        var draft = DraftOf(action);
        var now = time.GetUtcNow();
        var filing = draft.ToFiling();
        var problems = DeviationReport.Check(filing, now).ToList();
        var unit = filing.UnitId is null ? null : asker.Organisation.FindUnit(filing.UnitId);
        if (unit is null && filing.UnitId is not null)
        {
            problems.Add(new ReportProblem(ReportField.Unit, ReportProblemKind.Required));
        }

        if (ReportInputs.IsUnknownCategory(draft.Category))
        {
            problems.Add(new ReportProblem(ReportField.Category, ReportProblemKind.UnknownChoice));
        }

        if (problems.Count > 0)
        {
            return CardActionResult.ReplaceCard(await FilingCardAsync(turn, draft, problems, cancellationToken));
        }

        var reference = await reports.NextReferenceAsync(asker.Organisation.Tenant, filing.Kind!.Value, SwedishTime.Day(now).Year, cancellationToken);
        var report = DeviationReport.File(asker.Organisation.Tenant, reference, filing, asker.Person, unit!, now);
        await reports.AddAsync(report, cancellationToken);
        logger.LogInformation("Report {Reference} filed for {Unit}", reference, unit!.Id);

        await NotifyFiledAsync(asker.Organisation, report, unit, cancellationToken);
        return CardActionResult.ReplaceCard(ReportReceiptCard.Build(asker.Language, report, unit).ToJson());
    }

    /// <summary>
    /// Routes a new report at once: the unit manager must assess it; a lex Sarah report also reaches the quality
    /// developers and the deputy director. The notification says only that a report needs attention. It is recorded
    /// in the outbox and sent in the background, so the reporter gets the receipt without waiting for anyone's chat.
    /// </summary>
    private async Task NotifyFiledAsync(Organisation organisation, DeviationReport report, Unit unit, CancellationToken cancellationToken)
    {
        try
        {
            await notices.FiledAsync(organisation, report, unit, cancellationToken);
            outbox.DeliverSoon(organisation.Tenant);
        }
        catch (Azure.RequestFailedException ex)
        {
            // The report is saved; the assessment reminders pick up its notices (they are recorded once, by key).
            logger.LogError(ex, "Could not record the notices about report {Reference}; the reminder job records them", report.Reference);
        }
    }

    // ---- Following reports ----

    private async Task ShowMyReportsAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await SendAsync(turn, await MyReportsCardAsync(turn, cancellationToken), cancellationToken);

    private async Task<CardActionResult> MyReportsActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        CardActionResult.ReplaceCard(await MyReportsCardAsync(turn, cancellationToken));

    private async Task<JsonObject> MyReportsCardAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return NotInOrganisation(turn);
        }

        var mine = await reports.FiledByAsync(asker.Organisation.Tenant, asker.Person.Id, cancellationToken);
        return MyReportsCard.Build(asker.Language, mine, asker.Organisation.Units.ToDictionary(u => u.Id, u => u.Name)).ToJson();
    }

    private Task<CardActionResult> OpenAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        WithReportAsync(turn, action, (context, report) => Task.FromResult(Detail(context, report, context.Actions)), cancellationToken);

    /// <summary>
    /// A reference written alone ("LS-2026-0001") opens the report for those allowed. In a channel or group chat, where
    /// everyone would read the answer, it gets a button instead, whose answer Teams shows to the one who pressed it.
    /// </summary>
    private async Task OpenWrittenReferenceAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            await SendAsync(turn, NotInOrganisation(turn), cancellationToken);
            return;
        }

        var reference = BotCommands.Reference(turn.Text);
        if (turn.Activity.Conversation?.ConversationType is not (null or "personal"))
        {
            await SendAsync(turn, PrivateViewCard.ForReport(asker.Language, reference ?? string.Empty).ToJson(), cancellationToken);
            return;
        }

        var opened = await WithReportAsync(asker, reference, (context, report) => Task.FromResult(Detail(context, report, context.Actions)), cancellationToken);
        if (opened is CardActionResult.ReplaceCardResult card)
        {
            await SendAsync(turn, card.Card, cancellationToken);
        }
    }

    // ---- Working on a report ----

    private Task<CardActionResult> AssessAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(turn, action, (context, report) =>
        {
            var severity = int.TryParse(action.GetString(CardKeys.Severity), NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 4
                ? (Severity?)level
                : null;
            if (severity is null)
            {
                throw new ReportRuleException([new ReportProblem(ReportField.Severity, ReportProblemKind.Required)]);
            }

            // By name only: Enum.TryParse takes "99" as a category that does not exist.
            var category = action.GetString(CardKeys.Category);
            if (ReportInputs.IsUnknownCategory(category))
            {
                throw new ReportRuleException([new ReportProblem(ReportField.Category, ReportProblemKind.UnknownChoice)]);
            }

            report.Assess(context.Asker.Person, context.Unit, severity.Value, action.GetString(CardKeys.ImmediateActions), ReportInputs.Category(category), time.GetUtcNow());
            return (string?)null;
        }, t => t.AssessmentSaved, cancellationToken, afterSave: async (context, report) =>
        {
            if (report.AwaitsIvoDecision)
            {
                await NotifyIvoDecisionNeededAsync(context.Asker.Organisation, report, context.Unit, cancellationToken);
            }

            await TellReporterAsync(context, report, cancellationToken);
        });

    private Task<CardActionResult> DecideIvoAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(turn, action, (context, report) =>
        {
            var decision = action.GetString(CardKeys.IvoDecision);
            if (decision is not ("ja" or "nej"))
            {
                throw new ReportRuleException([new ReportProblem(ReportField.Motivation, ReportProblemKind.Required)]);
            }

            report.DecideIvo(context.Asker.Person, decision == "ja", action.GetString(CardKeys.IvoMotivation), time.GetUtcNow());
            return (string?)null;
        }, t => t.IvoDecisionSaved, cancellationToken);

    private Task<CardActionResult> InvestigateAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(turn, action, (context, report) =>
        {
            var topic = Enum.TryParse<InvestigationTopic>(action.GetString(CardKeys.InvestigationTopic), out var parsed) ? parsed : InvestigationTopic.HandelseOchKonsekvenser;
            var isFact = string.Equals(action.GetString(CardKeys.InvestigationIsFact), "true", StringComparison.OrdinalIgnoreCase);
            report.Investigate(context.Asker.Person, topic, action.GetString(CardKeys.InvestigationText), isFact, time.GetUtcNow(), NewId());
            return (string?)null;
        }, t => t.InvestigationSaved, cancellationToken);

    private Task<CardActionResult> AddActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        Domain.Actions.ImprovementAction? created = null;
        return ChangeAsync(turn, action, (context, report) =>
        {
            DateOnly? due = null;
            if (action.GetString(CardKeys.ActionDue) is { Length: > 0 } dueText)
            {
                if (!DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    throw new ReportRuleException([new ReportProblem(ReportField.ActionTitle, ReportProblemKind.Required)]);
                }

                due = parsed;
            }

            Person? owner = null;
            if (action.GetString(CardKeys.ActionOwner) is { Length: > 0 } ownerId
                && (owner = context.Asker.Organisation.FindPerson(ownerId)) is null)
            {
                throw new ReportRuleException([new ReportProblem(ReportField.ActionOwner, ReportProblemKind.NotInUnit)]);
            }

            created = report.AddAction(context.Asker.Person, context.Unit, action.GetString(CardKeys.ActionTitle), owner, due, time.GetUtcNow(), NewId());
            return (string?)null;
        }, t => t.ActionSaved, cancellationToken, afterSave: async (context, report) =>
        {
            if (created is not null)
            {
                await actions.AddAsync([created], cancellationToken);
                await TellAsync(context.Asker.Organisation, report.Reference, () => actionNotices.OwnerNamedAsync(context.Asker.Organisation, context.Unit, created, context.Asker.Person, report, cancellationToken));
            }
        });
    }

    private Task<CardActionResult> AnswerAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(turn, action, (context, report) =>
        {
            report.AnswerFeedback(context.Asker.Person, context.Unit, action.GetString(CardKeys.AnswerText), time.GetUtcNow());
            return (string?)null;
        }, t => t.AnswerSaved, cancellationToken, afterSave: (context, report) => TellReporterAsync(context, report, cancellationToken));

    private Task<CardActionResult> CloseAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        ChangeAsync(turn, action, (context, report) =>
        {
            report.Close(context.Asker.Person, context.Unit, action.GetString(CardKeys.ClosingDecision), time.GetUtcNow());
            return (string?)null;
        }, t => t.ReportClosedNotice, cancellationToken, afterSave: (context, report) => TellReporterAsync(context, report, cancellationToken));

    /// <summary>The reporter hears that their report was assessed, answered or closed (no content: a button opens it).</summary>
    private Task TellReporterAsync(ReportContext context, DeviationReport report, CancellationToken cancellationToken) =>
        TellAsync(context.Asker.Organisation, report.Reference, () => notices.StatusChangedAsync(context.Asker.Organisation, report, context.Unit, context.Asker.Person, cancellationToken));

    /// <summary>
    /// Records a notice after a change was saved and sends it in the background. The change stands whatever happens
    /// here: when the notice cannot be recorded, that is logged rather than shown as a failed save.
    /// </summary>
    private async Task TellAsync(Organisation organisation, ReportReference reference, Func<Task<int>> record)
    {
        try
        {
            if (await record() > 0)
            {
                outbox.DeliverSoon(organisation.Tenant);
            }
        }
        catch (Azure.RequestFailedException ex)
        {
            logger.LogError(ex, "Could not record a notice about report {Reference}", reference);
        }
    }

    /// <summary>The deputy director is told at once that an IVO decision is needed; the nudge job repeats it until it is recorded.</summary>
    private async Task NotifyIvoDecisionNeededAsync(Organisation organisation, DeviationReport report, Unit unit, CancellationToken cancellationToken)
    {
        await notices.IvoDecisionNeededAsync(organisation, report, unit, time.GetUtcNow(), cancellationToken);
        outbox.DeliverSoon(organisation.Tenant);
    }

    // ---- Risks and statistics ----

    private async Task ShowRisksAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await SendAsync(turn, await RiskCardAsync(turn, null, null, null, cancellationToken), cancellationToken);

    private async Task<CardActionResult> RisksActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        CardActionResult.ReplaceCard(await RiskCardAsync(turn, action.GetString(CardKeys.Unit), null, null, cancellationToken));

    private async Task<JsonObject> RiskCardAsync(TurnContext turn, string? unitId, RiskDraft? draft, IReadOnlyList<ReportProblem>? problems, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return NotInOrganisation(turn);
        }

        var unit = unitId is not null ? asker.Organisation.FindUnit(unitId) : asker.UnitInContext(turn);
        if (unit is null)
        {
            return UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.RiskRegister).ToJson();
        }

        if (!asker.Person.WorksWith(unit.Id))
        {
            return NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson();
        }

        var register = await risks.OfUnitAsync(asker.Organisation.Tenant, unit.Id, cancellationToken);
        var canAdd = asker.Person.Manages(unit) || asker.Person.Role == Role.Verksamhetsutvecklare;
        return RiskRegisterCard.Build(asker.Language, unit, register, canAdd, draft, problems).ToJson();
    }

    private async Task<CardActionResult> AddRiskAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        var unit = action.GetString(CardKeys.Unit) is { } unitId ? asker.Organisation.FindUnit(unitId) : null;
        var draft = new RiskDraft
        {
            Process = action.GetString(CardKeys.RiskProcess),
            Description = action.GetString(CardKeys.RiskDescription),
            Probability = action.GetString(CardKeys.RiskProbability),
            Consequence = action.GetString(CardKeys.RiskConsequence),
        };
        if (unit is null)
        {
            return CardActionResult.Message(asker.Texts.StopNotFound);
        }

        try
        {
            var risk = Risk.Identify(NewId(), unit, asker.Person, draft.Process, draft.Description, ReportInputs.Probability(draft.Probability), ReportInputs.Consequence(draft.Consequence), time.GetUtcNow());
            await risks.AddAsync(asker.Organisation.Tenant, risk, cancellationToken);
            return CardActionResult.ReplaceCard(await RiskCardAsync(turn, unit.Id, null, null, cancellationToken));
        }
        catch (ReportRuleException refusal)
        {
            return CardActionResult.ReplaceCard(await RiskCardAsync(turn, unit.Id, draft, refusal.Problems, cancellationToken));
        }
    }

    private async Task ShowStatisticsAsync(TurnContext turn, CancellationToken cancellationToken) =>
        await SendAsync(turn, await StatisticsCardAsync(turn, cancellationToken), cancellationToken);

    private async Task<CardActionResult> StatisticsActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken) =>
        CardActionResult.ReplaceCard(await StatisticsCardAsync(turn, cancellationToken));

    private async Task<JsonObject> StatisticsCardAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return NotInOrganisation(turn);
        }

        if (!ReportStatistics.IsFor(asker.Person))
        {
            // The reason is the role, not the unit: say so, and where their own reports are.
            return NoticeCard.Build(asker.Language, asker.Texts.StatisticsNotForRole, isError: true).ToJson();
        }

        var visibleUnits = ReportStatistics.UnitsCountedFor(asker.Organisation, asker.Person);
        if (visibleUnits.Count == 0)
        {
            return NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson();
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var filed = (await reports.FiledInAsync(asker.Organisation.Tenant, today.Year, cancellationToken)).Where(r => visibleUnits.Contains(r.UnitId));
        var (from, to) = (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31));
        var statistics = ReportStatistics.Of(filed, from, to);
        return ReportStatisticsCard.Build(asker.Language, from, to, statistics, asker.Organisation.Units.ToDictionary(u => u.Id, u => u.Name)).ToJson();
    }

    // ---- Helpers ----

    private sealed record ReportContext(Asker Asker, Unit Unit, IReadOnlyList<Domain.Actions.ImprovementAction> Actions);

    /// <summary>Finds the asker and the report, and shows nothing unless the asker may see it.</summary>
    private async Task<CardActionResult> WithReportAsync(TurnContext turn, CardAction action, Func<ReportContext, DeviationReport, Task<CardActionResult>> work, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        return await WithReportAsync(asker, action.GetString(CardKeys.Reference), work, cancellationToken);
    }

    private async Task<CardActionResult> WithReportAsync(Asker asker, string? referenceText, Func<ReportContext, DeviationReport, Task<CardActionResult>> work, CancellationToken cancellationToken)
    {
        // A report that is not there and one the asker may not see get the same answer, not even its kind or unit, so
        // that a reference (written, or forged into a button's data) cannot be used to find out which reports exist.
        var found = ReportReference.TryParse(referenceText, out var reference)
            ? await reports.FindAsync(asker.Organisation.Tenant, reference, cancellationToken)
            : null;
        var unit = found is null ? null : asker.Organisation.FindUnit(found.UnitId);
        if (found is null || unit is null || !found.CanSee(asker.Person, unit, time.GetUtcNow()))
        {
            if (found is not null)
            {
                logger.LogWarning("{Person} was refused report {Reference}", asker.Person.Id, reference);
            }

            return CardActionResult.ReplaceCard(NoticeCard.Build(asker.Language, asker.Texts.ReportNoneToOpen, isError: true).ToJson());
        }

        var report = found;

        var reportActions = (await actions.ListAsync(asker.Organisation.Tenant, unit.Id, cancellationToken))
            .Where(a => report.ActionIds.Contains(a.Id)).ToList();
        return await work(new ReportContext(asker, unit, reportActions), report);
    }

    /// <summary>Applies a change to a report and shows the report again, or the refusal with what was typed.</summary>
    private Task<CardActionResult> ChangeAsync(
        TurnContext turn,
        CardAction action,
        Func<ReportContext, DeviationReport, string?> change,
        Func<Texts, string> saved,
        CancellationToken cancellationToken,
        Func<ReportContext, DeviationReport, Task>? afterSave = null) =>
        WithReportAsync(turn, action, async (context, report) =>
        {
            try
            {
                var (savedReport, _) = await reports.UpdateAsync(context.Asker.Organisation.Tenant, report.Reference, r => change(context, r), cancellationToken);
                if (afterSave is not null)
                {
                    await afterSave(context, savedReport);
                }

                var reportActions = (await actions.ListAsync(context.Asker.Organisation.Tenant, context.Unit.Id, cancellationToken))
                    .Where(a => savedReport.ActionIds.Contains(a.Id)).ToList();
                return Detail(context, savedReport, reportActions, notice: saved(context.Asker.Texts));
            }
            catch (ReportRuleException refusal)
            {
                return Detail(context, report, context.Actions, DraftOf(action), refusal.Problems);
            }
        }, cancellationToken);

    private CardActionResult Detail(ReportContext context, DeviationReport report, IReadOnlyList<Domain.Actions.ImprovementAction> reportActions, ReportDraft? draft = null, IReadOnlyList<ReportProblem>? problems = null, string? notice = null) =>
        CardActionResult.ReplaceCard(ReportDetailCard.Build(
            context.Asker.Language, report, context.Unit, context.Asker.Organisation.MembersOf(context.Unit.Id).ToList(), context.Asker.Person,
            reportActions, time.GetUtcNow(), draft, problems, notice).ToJson());

    private static ReportDraft DraftOf(CardAction action) => ReportDraft.FromInputs(action.Data);

    private static async Task SendAsync(TurnContext turn, JsonObject card, CancellationToken cancellationToken) =>
        await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);

    private static JsonObject NotInOrganisation(TurnContext turn)
    {
        var language = UiLanguages.FromLocale(turn.Locale);
        return NoticeCard.Build(language, Texts.For(language).ProfileUnknown, isError: true).ToJson();
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
