using System.Globalization;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// A report as those allowed to see it read it (the reporter, the unit's manager, the quality developers, the deputy
/// director): what happened, the manager's assessment on the severity matrix, the IVO decision (or how long it has been
/// awaited), the investigation, the actions, the answer, the closing decision and the whole history. Then the forms the
/// viewer may use: the manager assesses, answers and closes, the deputy director decides on IVO, the quality developer
/// investigates and closes; both the manager and the quality developer add actions.
/// <para>
/// Each form sits behind its own button (an Action.ShowCard), so its required inputs are checked only when that form is
/// sent and a phone shows the record first. After a refusal the form the user was working in is shown open, in place,
/// with what they typed put back and each problem under its field and above the form's button; its inputs are then not marked required in the
/// card (the server checks them), so they never block the viewer's other forms.
/// </para>
/// </summary>
public static class DeviationDetailCard
{
    /// <summary>The most a card may be as JSON at its largest (every non-ASCII letter escaped): under Teams' 80 KB.</summary>
    internal const int MaxBytes = 78 * 1024;

    internal const int MostInvestigationEntries = 30;

    internal const int MostHistoryLines = 25;

    public const int MostActions = 20;

    private const int LongestHistoryDetail = 200;

    /// <summary>
    /// How much the variable parts may cost (<see cref="CardParts.JsonCost"/>): one text of the record (a whole
    /// 4000-character Swedish text fits the first), the investigation shown, the actions and the history lines each, and
    /// one text put back in an input (or shown unsaved).
    /// </summary>
    private sealed record Budget(int Text, int Investigation, int List, int Prefill)
    {
        public static IReadOnlyList<Budget> Steps { get; } =
        [
            new(5_000, 14_000, 5_000, LongestPrefillCost),
            new(3_000, 6_000, 3_000, 6_000),
            new(1_500, 2_000, 1_500, 3_000),
            new(600, 600, 600, 1_000),
        ];
    }

    private enum Form
    {
        Assess,
        Ivo,
        Investigate,
        Action,
        Answer,
        Close,
    }

    /// <param name="language">The viewer's language.</param>
    /// <param name="report">The report.</param>
    /// <param name="unit">The unit it was filed for.</param>
    /// <param name="unitPeople">The unit's people: the choices for an action's owner.</param>
    /// <param name="viewer">Who opened it: whether they may see it, and which forms they get.</param>
    /// <param name="actions">The actions the report led to (its <see cref="DeviationReport.ActionIds"/>, from the unit's plan).</param>
    /// <param name="now">Now: how long the IVO decision has been awaited, and whether a substitute acts for the manager.</param>
    /// <param name="draft">What the user had chosen and typed, put back (after a refusal).</param>
    /// <param name="refusals">Why the last press was refused, each naming its field.</param>
    /// <param name="notice">A receipt at the top, in green (e.g. <see cref="Texts.AssessmentSaved"/>).</param>
    public static AdaptiveCard Build(
        UiLanguage language,
        DeviationReport report,
        Unit unit,
        IReadOnlyList<Person> unitPeople,
        Person viewer,
        IReadOnlyList<ImprovementAction> actions,
        DateTimeOffset now,
        DeviationDraft? draft = null,
        IReadOnlyList<Refusal>? refusals = null,
        string? notice = null)
    {
        // Built with generous budgets; a record far beyond the usual (or a draft of every form at its longest) is built
        // again with smaller ones.
        return FirstThatFits(Budget.Steps, MaxBytes, budget => Build(language, report, unit, unitPeople, viewer, actions, now, draft ?? new DeviationDraft(), refusals ?? [], notice, budget));
    }

    private static AdaptiveCard Build(
        UiLanguage language,
        DeviationReport report,
        Unit unit,
        IReadOnlyList<Person> unitPeople,
        Person viewer,
        IReadOnlyList<ImprovementAction> actions,
        DateTimeOffset now,
        DeviationDraft draft,
        IReadOnlyList<Refusal> refusals,
        string? notice,
        Budget budget)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var reference = report.Reference.ToString();
        var body = new List<CardElement>();

        if (!string.IsNullOrWhiteSpace(notice))
        {
            body.Add(Notice(notice, isError: false));
        }

        if (report.CanSee(viewer, unit, now))
        {
            AddUnsaved(body, t, report, unit, viewer, now, draft, budget);
        }

        body.Add(Heading(string.Format(culture, t.ReportTitle, reference)));
        body.Add(Subtle($"{t.ReportKindName(report.Kind)} · {unit.Name}"));

        if (!report.CanSee(viewer, unit, now))
        {
            body.Add(new TextBlock(t.ReportAccessRefused) { Color = "attention" });
            return Card(language, t, reference, body, [new ExecuteAction(t.MyReportsButton, CardVerbs.MyDeviations)]);
        }

        AddRecord(body, language, t, report, unit, now, budget);
        AddAssessment(body, language, t, report, budget);
        AddIvo(body, language, t, report, budget);
        AddIvoPackage(body, t, report, viewer);
        AddInvestigation(body, language, t, report, budget);
        AddActions(body, language, t, actions, budget);
        AddAnswerAndClosing(body, language, t, report, budget);
        AddHistory(body, language, t, report, budget);
        AddForms(body, language, t, report, unit, unitPeople, viewer, now, draft, refusals, budget);

        // Each problem under its field in the form the user worked in, and again just above that form's button.
        return Card(language, t, reference, RefusalPlacement.Place(body, CardRefusals.Of(refusals, t.DeviationRefusal, DeviationDraft.InputOf), t.ReportProblemsHeading),
        [
            new ExecuteAction(t.Refresh, CardVerbs.OpenDeviation) { Data = ReferenceData(report.Reference), AssociatedInputs = "none" },
        ]);
    }

    private static AdaptiveCard Card(UiLanguage language, Texts t, string reference, List<CardElement> body, IReadOnlyList<CardActionElement> actions) => new()
    {
        Lang = language.Tag(),
        FallbackText = string.Format(language.Culture(), t.ReportTitle, reference),
        Body = body,
        Actions = actions,
    };

    // ---- The record ----

    private static void AddRecord(List<CardElement> body, UiLanguage language, Texts t, DeviationReport report, Unit unit, DateTimeOffset now, Budget budget)
    {
        body.Add(new RichTextBlock([new TextRun(t.ReportStatusName(report.Status)) { Color = StatusColour(report.Status), Weight = "bolder" }]) { Spacing = "small" });
        if (report.AwaitsIvoDecision && report.Assessment is { } assessed)
        {
            body.Add(new Container(
            [
                new TextBlock(string.Format(language.Culture(), t.IvoAwaiting, WhenOnRecord(language, assessed.At), t.Elapsed(now - assessed.At)))
                {
                    Weight = "bolder",
                    Color = "attention",
                },
            ])
            {
                Style = "attention",
            });
        }

        body.Add(new FactSet(
        [
            new Fact(t.ReferenceLabel, report.Reference.ToString()),
            new Fact(t.KindLabel, t.ReportKindName(report.Kind)),
            new Fact(t.StatusLabel, t.ReportStatusName(report.Status)),
            new Fact(t.FieldUnit, unit.Name),
            new Fact(t.ReporterLabel, report.ReporterName),
            new Fact(t.FiledLabel, WhenOnRecord(language, report.FiledAt)),
            new Fact(t.OccurredLabel, Occurred(language, report.OccurredAt)),
            new Fact(t.CategoryFactLabel, report.Category is { } category ? t.CategoryName(category) : t.NoCategory),
        ]));

        body.Add(Subheading(t.FieldWhatHappened));
        body.Add(Record(report.WhatHappened, budget));
        body.Add(Subheading(t.FieldImmediateMeasures));
        body.Add(report.ImmediateMeasures is { } measures
            ? Record(measures, budget)
            : new TextBlock(t.NoImmediateMeasures) { IsSubtle = true, Spacing = "none" });
    }

    private static void AddAssessment(List<CardElement> body, UiLanguage language, Texts t, DeviationReport report, Budget budget)
    {
        if (report.Kind.IsFeedback())
        {
            return;
        }

        body.Add(Section(t.AssessmentHeading));
        if (report.Assessment is not { } assessment)
        {
            body.Add(new TextBlock(t.NotAssessedYet) { IsSubtle = true, Spacing = "none" });
            return;
        }

        var severity = new List<TextRun> { new(t.SeverityName(assessment.Severity)) { Weight = "bolder" } };
        if (assessment.Severity.MustBeReportedToIvo())
        {
            severity.Add(new TextRun(" · " + t.MustBeReportedToIvo) { Weight = "bolder", Color = "attention" });
        }

        body.Add(new RichTextBlock([new TextRun(t.FieldSeverity + ": "), .. severity]) { Spacing = "none" });
        body.Add(new TextBlock(t.FieldImmediateActions) { Weight = "bolder", Size = "small", Spacing = "small" });
        body.Add(Record(assessment.ImmediateActions, budget));
        body.Add(Byline(assessment.ByName, WhenOnRecord(language, assessment.At)));
    }

    /// <summary>The deputy director's decision; while it is awaited, the banner at the top says since when.</summary>
    private static void AddIvo(List<CardElement> body, UiLanguage language, Texts t, DeviationReport report, Budget budget)
    {
        if (report.IvoDecision is not { } decision)
        {
            return;
        }

        body.Add(Section(t.IvoHeading));
        body.Add(new TextBlock(decision.ReportToIvo ? t.IvoReported : t.IvoNotReported) { Weight = "bolder", Spacing = "none" });
        body.Add(new TextBlock(t.FieldMotivation) { Weight = "bolder", Size = "small", Spacing = "small" });
        body.Add(Record(decision.Motivation, budget));
        body.Add(Byline(decision.ByName, WhenOnRecord(language, decision.At)));
        if (report.SentToIvo is { } sent)
        {
            body.AddRange(SentToIvo(language, t, sent, "small"));
        }
    }

    /// <summary>The way to the IVO package, for those who prepare it (the deputy director, the quality developers).</summary>
    private static void AddIvoPackage(List<CardElement> body, Texts t, DeviationReport report, Person viewer)
    {
        if (IvoPackage.Concerns(report) && IvoPackage.CanPrepare(viewer))
        {
            body.Add(new ActionSet([new ExecuteAction(t.IvoPackageButton, CardVerbs.IvoPackage) { Data = ReferenceData(report.Reference), AssociatedInputs = "none" }]) { Spacing = "small" });
        }
    }

    private static void AddInvestigation(List<CardElement> body, UiLanguage language, Texts t, DeviationReport report, Budget budget)
    {
        if (report.Kind.IsFeedback())
        {
            return;
        }

        var culture = language.Culture();
        var all = report.Investigation;
        body.Add(Section(string.Format(culture, t.InvestigationHeading, all.Count)));
        if (all.Count == 0)
        {
            body.Add(new TextBlock(t.InvestigationNone) { IsSubtle = true, Spacing = "none" });
            return;
        }

        var (shown, hidden) = Newest(all, MostInvestigationEntries, budget.Investigation, e => Math.Min(JsonCost(e.Text), budget.Text) + JsonCost(e.AuthorName) + 300);
        if (hidden > 0)
        {
            body.Add(Hidden(string.Format(culture, t.InvestigationHidden, hidden)));
        }

        foreach (var entry in shown)
        {
            body.Add(new Container(
            [
                new RichTextBlock(
                [
                    new TextRun(t.InvestigationTopicName(entry.Topic)) { Weight = "bolder" },
                    new TextRun(" · " + (entry.IsFact ? t.Fact : t.Judgement)) { Color = entry.IsFact ? "accent" : "warning" },
                ]),
                Record(entry.Text, budget),
                Byline(entry.AuthorName, WhenOnRecord(language, entry.At)),
            ])
            {
                Spacing = "small",
            });
        }
    }

    private static void AddActions(List<CardElement> body, UiLanguage language, Texts t, IReadOnlyList<ImprovementAction> actions, Budget budget)
    {
        var culture = language.Culture();
        body.Add(Section(string.Format(culture, t.ReportActionsHeading, actions.Count)));
        if (actions.Count == 0)
        {
            body.Add(new TextBlock(t.ReportActionsNone) { IsSubtle = true, Spacing = "none" });
            return;
        }

        ActionListPart.Add(body, language, t, actions.OrderBy(a => a.CreatedAt).ToList(), MostActions, budget.List, rowCost: 150);
    }

    private static void AddAnswerAndClosing(List<CardElement> body, UiLanguage language, Texts t, DeviationReport report, Budget budget)
    {
        if (report.Kind.IsFeedback())
        {
            body.Add(Section(t.FieldAnswer));
            if (report.Answer is { } answer)
            {
                body.Add(Record(answer.Text, budget));
                body.Add(Byline(answer.ByName, WhenOnRecord(language, answer.At)));
            }
            else
            {
                body.Add(new TextBlock(t.NotAnsweredYet) { IsSubtle = true, Spacing = "none" });
            }
        }

        if (report.Closing is { } closing)
        {
            body.Add(Section(t.FieldDecision));
            body.Add(Record(closing.Decision, budget));
            body.Add(Byline(closing.ByName, WhenOnRecord(language, closing.At)));
        }
    }

    private static void AddHistory(List<CardElement> body, UiLanguage language, Texts t, DeviationReport report, Budget budget)
    {
        var culture = language.Culture();
        body.Add(Section(t.HistoryHeading));
        var (shown, hidden) = Newest(report.History, MostHistoryLines, budget.List, change => JsonCost(change.PersonName) + JsonCost(HistoryText(t, change)) + 150);
        if (hidden > 0)
        {
            body.Add(Hidden(string.Format(culture, t.HistoryHidden, hidden)));
        }

        foreach (var change in shown)
        {
            body.Add(new RichTextBlock(
            [
                new TextRun(WhenOnRecord(language, change.At) + " · ") { IsSubtle = true },
                new TextRun(change.PersonName) { Weight = "bolder" },
                new TextRun(" · " + HistoryText(t, change)),
            ])
            {
                Spacing = "small",
            });
        }
    }

    /// <summary>What a change did, in the viewer's language; a detail the bot does not recognise shows as recorded.</summary>
    internal static string HistoryText(Texts t, DeviationChange change)
    {
        var culture = t.Language.Culture();
        var detail = change.Detail ?? string.Empty;
        return change.Kind switch
        {
            DeviationChangeKind.Filed => string.Format(culture, t.HistoryFiled, DeviationInputs.Kind(detail) is { } kind ? t.ReportKindName(kind) : detail),
            DeviationChangeKind.Assessed => string.Format(culture, t.HistoryAssessed, DeviationInputs.Severity(detail) is { } severity ? t.SeverityName(severity) : detail),
            DeviationChangeKind.IvoDecided => string.Format(culture, t.HistoryIvoDecided, detail switch
            {
                "anmäls till IVO" => t.IvoYes,
                "anmäls inte till IVO" => t.IvoNo,
                _ => detail,
            }),
            DeviationChangeKind.InvestigationEntryAdded => string.Format(culture, t.HistoryInvestigation, DeviationInputs.Topic(detail) is { } topic ? t.InvestigationTopicName(topic) : detail),
            DeviationChangeKind.ActionAdded => string.Format(culture, t.HistoryAction, Shorten(detail.ReplaceLineEndings(" "), LongestHistoryDetail)),
            DeviationChangeKind.Answered => t.HistoryAnswered,
            DeviationChangeKind.Closed => t.HistoryClosed,
            DeviationChangeKind.IvoPackageExported => t.HistoryIvoExported,
            DeviationChangeKind.SentToIvo => string.Format(culture, t.HistorySentToIvo, detail),
            _ => detail,
        };
    }

    /// <summary>A text of the record as written (no Markdown), whole unless it would cost more than the budget's text.</summary>
    private static RichTextBlock Record(string text, Budget budget) => Plain(WithinCost(Shorten(text, FreeText.LongestText), budget.Text), "none");

    private static TextBlock Section(string text) => new(text) { Weight = "bolder", Size = "medium", Spacing = "large", Separator = true };

    // ---- The forms ----

    /// <summary>The forms this viewer may use on the report as it stands, and whether they could close it later.</summary>
    private static (List<Form> Forms, bool Closable) Offered(DeviationReport report, Unit unit, Person viewer, DateTimeOffset now)
    {
        var open = report.Status != DeviationStatus.Avslutad;
        var feedback = report.Kind.IsFeedback();
        var manages = DeviationReport.CanAssess(viewer, unit, now);
        var forms = new List<Form>();
        if (manages && !feedback && report.Status is DeviationStatus.Inkommen or DeviationStatus.Bedomd)
        {
            forms.Add(Form.Assess);
        }

        if (DeviationReport.CanDecideIvo(viewer) && open && report.Assessment is not null && report.IvoDecision is null
            && (report.AwaitsIvoDecision || report.Kind.IsLexSarah()))
        {
            forms.Add(Form.Ivo);
        }

        if (DeviationReport.CanInvestigate(viewer) && !feedback && report.Status is DeviationStatus.Bedomd or DeviationStatus.UnderUtredning)
        {
            forms.Add(Form.Investigate);
        }

        if (manages && feedback && report.Status == DeviationStatus.Inkommen)
        {
            forms.Add(Form.Answer);
        }

        if ((manages || DeviationReport.CanInvestigate(viewer)) && open)
        {
            forms.Add(Form.Action);
        }

        var closable = DeviationReport.CanClose(viewer, unit, now) && open && (feedback ? report.Status == DeviationStatus.Besvarad : report.Assessment is not null);
        if (closable && !report.AwaitsIvoDecision)
        {
            forms.Add(Form.Close);
        }

        return (forms, closable);
    }

    private static void AddForms(
        List<CardElement> body, UiLanguage language, Texts t, DeviationReport report, Unit unit, IReadOnlyList<Person> unitPeople, Person viewer,
        DateTimeOffset now, DeviationDraft draft, IReadOnlyList<Refusal> refusals, Budget budget)
    {
        var (forms, closable) = Offered(report, unit, viewer, now);
        if (forms.Count == 0 && !closable)
        {
            return;
        }

        body.Add(Section(t.YourPartHeading));
        if (closable && report.AwaitsIvoDecision)
        {
            body.Add(new TextBlock(t.CloseAfterIvo) { IsSubtle = true, Size = "small", Spacing = "none" });
        }

        CardParts.AddForms(
            body,
            forms.Select(form =>
            {
                var inPlace = WorkedIn(form, draft, refusals);
                var (title, items, submit) = Build(form, language, t, report, unitPeople, draft, required: !inPlace, budget);
                return (inPlace, title, (IReadOnlyList<CardElement>)items, submit);
            }),
            spacing: "small");
    }

    /// <summary>
    /// What the user typed in a form the report no longer offers them (it changed meanwhile: assessed, investigated,
    /// closed, or it awaits the IVO decision), shown as written so it can be copied: a refusal never loses a text.
    /// </summary>
    private static void AddUnsaved(List<CardElement> body, Texts t, DeviationReport report, Unit unit, Person viewer, DateTimeOffset now, DeviationDraft draft, Budget budget)
    {
        var (forms, _) = Offered(report, unit, viewer, now);
        var texts = new (Form Form, string Label, string? Text)[]
        {
            (Form.Assess, t.FieldImmediateActions, draft.ImmediateActions),
            (Form.Ivo, t.FieldMotivation, draft.IvoMotivation),
            (Form.Investigate, t.FieldInvestigation, draft.InvestigationText),
            (Form.Action, t.FieldActionTitle, draft.ActionTitle),
            (Form.Answer, t.FieldAnswer, draft.AnswerText),
            (Form.Close, t.FieldDecision, draft.ClosingDecision),
        };
        var unsaved = texts.Where(x => !string.IsNullOrWhiteSpace(x.Text) && !forms.Contains(x.Form)).ToList();
        if (unsaved.Count == 0)
        {
            return;
        }

        var items = new List<CardElement> { new TextBlock(t.ConflictYoursHeading) { Weight = "bolder", Color = "warning" } };
        foreach (var (_, label, text) in unsaved)
        {
            items.Add(new TextBlock(label) { Weight = "bolder", Size = "small", Spacing = "small" });
            items.Add(Plain(WithinCost(text!, budget.Prefill), "none"));
        }

        body.Add(new Container(items) { Style = "emphasis" });
    }

    /// <summary>Whether the user was working in this form: the draft has its text, or a refusal names its field.</summary>
    private static bool WorkedIn(Form form, DeviationDraft draft, IReadOnlyList<Refusal> refusals)
    {
        bool Any(params string?[] values) => values.Any(v => !string.IsNullOrEmpty(v));
        bool Named(params Field[] fields) => refusals.Any(r => fields.Contains(r.Field));
        return form switch
        {
            Form.Assess => Any(draft.Severity, draft.ImmediateActions, draft.Category) || Named(Field.Severity, Field.ImmediateActions, Field.Category),
            Form.Ivo => Any(draft.IvoDecision, draft.IvoMotivation) || Named(Field.Motivation),
            Form.Investigate => Any(draft.InvestigationTopic, draft.InvestigationText) || Named(Field.Investigation),
            Form.Action => Any(draft.ActionTitle, draft.ActionOwner, draft.ActionDue) || Named(Field.ActionTitle, Field.ActionOwner),
            Form.Answer => Any(draft.AnswerText) || Named(Field.Answer),
            Form.Close => Any(draft.ClosingDecision) || Named(Field.Decision),
            _ => false,
        };
    }

    private static (string Title, List<CardElement> Items, ExecuteAction Submit) Build(
        Form form, UiLanguage language, Texts t, DeviationReport report, IReadOnlyList<Person> unitPeople, DeviationDraft draft, bool required, Budget budget)
    {
        var data = ReferenceData(report.Reference);
        bool? Required() => required ? true : null;
        string? Error(string message) => required ? message : null;

        switch (form)
        {
            case Form.Assess:
            {
                var current = report.Assessment;
                var severities = SeverityChoices(t);
                var categories = CategoryChoices(t);
                var items = new List<CardElement>
                {
                    Pick(severities, CardKeys.Severity, t.FieldSeverity, t.SeverityError,
                        Chosen(severities, draft.Severity, current is null ? null : ((int)current.Severity).ToString(CultureInfo.InvariantCulture))),
                    Matrix(t),
                    LongText(CardKeys.ImmediateActions, t.FieldImmediateActions, t.ImmediateActionsError, draft.ImmediateActions ?? current?.ImmediateActions)
                        with { Placeholder = t.ImmediateActionsPlaceholder },
                    new InputChoiceSet(categories)
                    {
                        Id = CardKeys.Category,
                        Label = t.CategoryFactLabel,
                        Style = "compact",
                        Placeholder = t.CategoryPlaceholder,
                        Value = Chosen(categories, draft.Category, report.Category?.ToString()),
                    },
                };
                return (current is null ? t.AssessForm : t.ReassessForm, items, new ExecuteAction(t.SaveAssessment, CardVerbs.AssessDeviation) { Data = data, Style = "positive" });
            }

            case Form.Ivo:
            {
                var choices = new List<Choice> { new(t.IvoYes, IvoDecisionValues.Yes), new(t.IvoNo, IvoDecisionValues.No) };
                var items = new List<CardElement>
                {
                    Pick(choices, CardKeys.IvoDecision, t.IvoDecisionLabel, t.NeedsActionError, Chosen(choices, draft.IvoDecision)),
                    LongText(CardKeys.IvoMotivation, t.FieldMotivation, t.IvoMotivationError, draft.IvoMotivation),
                };
                return (t.IvoForm, items, new ExecuteAction(t.SaveIvoDecision, CardVerbs.DecideIvo) { Data = data, Style = "positive" });
            }

            case Form.Investigate:
            {
                var topics = Enum.GetValues<InvestigationTopic>().Select(topic => new Choice(t.InvestigationTopicName(topic), topic.ToString())).ToList();
                var items = new List<CardElement>
                {
                    Pick(topics, CardKeys.InvestigationTopic, t.InvestigationTopicLabel, t.InvestigationTopicError, Chosen(topics, draft.InvestigationTopic))
                        with { Style = "compact", Placeholder = t.InvestigationTopicLabel },
                    LongText(CardKeys.InvestigationText, t.FieldInvestigation, t.InvestigationTextError, draft.InvestigationText),
                    new InputToggle(t.InvestigationIsFactTitle)
                    {
                        Id = CardKeys.InvestigationIsFact,
                        Label = t.InvestigationIsFactLabel,
                        ValueOn = "true",
                        ValueOff = "false",
                        Value = draft.InvestigationIsFact == "true" ? "true" : "false",
                    },
                };
                return (t.InvestigateForm, items, new ExecuteAction(t.SaveInvestigation, CardVerbs.Investigate) { Data = data, Style = "positive" });
            }

            case Form.Action:
            {
                var owners = unitPeople.OrderBy(p => p.Name, NameOrder).Select(p => new Choice(p.Name, p.Id)).ToList();
                var items = new List<CardElement>
                {
                    LongText(CardKeys.ActionTitle, t.FieldActionTitle, t.ActionTitleError, draft.ActionTitle),
                };
                if (owners.Count > 0)
                {
                    items.Add(new InputChoiceSet(owners)
                    {
                        Id = CardKeys.ActionOwner,
                        Label = t.ProposalOwnerLabel,
                        Style = "compact",
                        Placeholder = t.ProposalOwnerPlaceholder,
                        Value = Chosen(owners, draft.ActionOwner),
                    });
                }

                items.Add(new InputDate { Id = CardKeys.ActionDue, Label = t.ProposalDueLabel, Value = DateValue(draft.ActionDue) });
                return (t.ActionForm, items, new ExecuteAction(t.SaveAction, CardVerbs.DeviationAction) { Data = data, Style = "positive" });
            }

            case Form.Answer:
                return TextForm(CardKeys.AnswerText, t.FieldAnswer, t.AnswerError, draft.AnswerText, t.AnswerForm, t.SaveAnswer, CardVerbs.AnswerFeedback);

            default:
                return TextForm(CardKeys.ClosingDecision, t.FieldDecision, t.ClosingDecisionError, draft.ClosingDecision, t.CloseForm, t.SaveClosing, CardVerbs.CloseDeviation);
        }

        // A form of one multiline text: the answer to a view or complaint, the closing decision.
        (string Title, List<CardElement> Items, ExecuteAction Save) TextForm(string id, string label, string error, string? typed, string title, string save, string verb) =>
            (title, [LongText(id, label, error, typed)], new ExecuteAction(save, verb) { Data = data, Style = "positive" });

        // A required choice, its options shown as radio buttons; put back from the draft after a refusal.
        InputChoiceSet Pick(List<Choice> choices, string id, string label, string error, string? chosen) => new(choices)
        {
            Id = id,
            Label = label,
            Style = "expanded",
            IsRequired = Required(),
            ErrorMessage = Error(error),
            Value = chosen,
        };

        // A multiline text the person writes, put back from the draft after a refusal.
        InputText LongText(string id, string label, string error, string? typed) => new()
        {
            Id = id,
            Label = label,
            IsMultiline = true,
            MaxLength = FreeText.LongestText,
            IsRequired = Required(),
            ErrorMessage = Error(error),
            Value = PrefillWithin(typed, budget.Prefill),
        };
    }

    /// <summary>The severity matrix's example consequences per level, compact and small (seed 000, table 1).</summary>
    private static Container Matrix(Texts t)
    {
        var items = new List<CardElement> { new TextBlock(t.MatrixTitle) { Weight = "bolder", Size = "small" } };
        foreach (var severity in Enum.GetValues<Severity>())
        {
            var heading = new List<TextRun> { new(t.SeverityName(severity)) { Weight = "bolder" } };
            if (severity.MustBeReportedToIvo())
            {
                heading.Add(new TextRun(" · " + t.MustBeReportedToIvo) { Color = "attention" });
            }

            items.Add(new RichTextBlock(heading) { Spacing = "small" });
            items.Add(new RichTextBlock([new TextRun(string.Join(" ", Texts.SeverityExamples(severity))) { IsSubtle = true }]) { Spacing = "none" });
        }

        return new Container(items) { Style = "emphasis", Spacing = "small" };
    }
}
