using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards;

/// <summary>
/// One step of a stop's guided analysis (Nulägesbeskrivning, Orsaksanalys, Dra slutsatser, Förslag på åtgärder): the
/// stop's questions for the step, what the unit has said, the step's summary, and what the viewer may do – everyone in
/// the unit contributes; the documenter (the manager or their delegate) writes the summary and finishes the stop; the
/// manager delegates. A finished stop shows read-only. Shown again after a refusal, it puts back what the user typed.
/// </summary>
public static class AnalysisStepCard
{
    /// <summary>How much contribution text one card shows (the newest first); the rest is counted, not shown.</summary>
    internal const int ContributionBudget = 20_000;

    /// <summary>How much proposal text one card shows.</summary>
    internal const int ProposalBudget = 8_000;

    private const int LongestProposalTitle = 500;

    private static readonly int StepCount = Enum.GetValues<AnalysisStep>().Length;

    /// <param name="language">The viewer's language.</param>
    /// <param name="stop">The unit's stop.</param>
    /// <param name="unit">The unit it belongs to.</param>
    /// <param name="unitPeople">The unit's people: the choices for a proposal's owner and for the delegate.</param>
    /// <param name="viewer">Who sees the card: what they may do decides the inputs.</param>
    /// <param name="step">The step shown.</param>
    /// <param name="draft">What the user had typed, put back in the inputs (after a refusal).</param>
    /// <param name="notice">A message at the top: a refusal (<paramref name="noticeIsError"/>) or a receipt.</param>
    /// <param name="noticeIsError">Whether the notice is a refusal (red) or a receipt (green).</param>
    /// <param name="conflictingSummary">
    /// The summary the user tried to save when someone else saved one meanwhile: shown beside the saved one and put in
    /// the summary input, so the user can merge the two and save again (against the current revision).
    /// </param>
    /// <param name="logbookNotes">The unit's logbook notes under the stop's theme: material for the first step.</param>
    /// <param name="refreshUserIds">
    /// Whose view Teams refreshes by itself (Universal Actions): the viewer's Teams user id, as the card is their own view.
    /// </param>
    /// <param name="refusedInput">
    /// The input a refusal (<paramref name="noticeIsError"/>) is about, e.g. <see cref="CardKeys.Contribution"/>: the
    /// message goes under it and above its button, where the user is; without one it goes above the card's buttons.
    /// </param>
    public static AdaptiveCard Build(
        UiLanguage language,
        LearningStop stop,
        Unit unit,
        IReadOnlyList<Person> unitPeople,
        Person viewer,
        AnalysisStep step,
        StepCardDraft? draft = null,
        string? notice = null,
        bool noticeIsError = false,
        string? conflictingSummary = null,
        IReadOnlyList<Domain.Logbook.LogbookNote>? logbookNotes = null,
        IReadOnlyList<string>? refreshUserIds = null,
        string? refusedInput = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var definition = stop.Definition;
        var number = (int)step;
        var fallback = string.Format(culture, t.StepFallback, definition.Number, definition.Theme, number);
        var body = new List<CardElement>();

        // A receipt at the top; a refusal is placed by its input at the end, where the user pressed.
        if (!string.IsNullOrWhiteSpace(notice) && !noticeIsError)
        {
            body.Add(Notice(notice, isError: false));
        }

        body.Add(Heading(string.Format(culture, t.StopTitle, definition.Number, definition.Theme)));
        body.Add(Subtle($"{unit.Name} · {stop.Key.Year}"));

        if (!LearningStop.CanSee(viewer, unit))
        {
            body.Add(new TextBlock(string.Format(culture, t.StopAccessRefused, unit.Name)) { Color = "attention" });
            return new AdaptiveCard
            {
                Lang = language.Tag(),
                FallbackText = fallback,
                Body = body,
                Actions = [new ExecuteAction(t.BackToHelp, CardVerbs.ShowHelp)],
            };
        }

        var finished = stop.Status == StopStatus.Klar;
        var takesPart = !finished && stop.CanTakePart(viewer, unit);
        var documents = !finished && stop.CanDocument(viewer, unit);
        var manages = !finished && stop.CanManage(viewer, unit);
        draft ??= new StepCardDraft();

        body.Add(new TextBlock(string.Format(culture, t.StepOf, number, StepCount, t.StepName(step)))
        {
            Size = "medium", Weight = "bolder", Color = "accent", Spacing = "medium",
        });
        if (finished)
        {
            body.Add(new TextBlock(t.StopFinishedReadOnly) { Color = "good", Size = "small" });
        }
        else if (!stop.CanTakePart(viewer, unit))
        {
            body.Add(new TextBlock(t.FollowerReadOnly) { IsSubtle = true, Size = "small" });
        }

        var questions = definition.QuestionsFor(step);
        if (questions.Count > 0)
        {
            body.Add(Subheading(t.StepQuestionsHeading));
            body.AddRange(Bullets(questions));
        }

        if (step == AnalysisStep.Nulagesbeskrivning && logbookNotes is { Count: > 0 })
        {
            // What the unit noted in daily work under this theme is where the current situation starts.
            body.Add(Subheading(string.Format(culture, logbookNotes.Count == 1 ? t.LogbookNotesOne : t.LogbookNotesMany, logbookNotes.Count)));
            foreach (var note in logbookNotes.OrderByDescending(n => n.At).Take(10))
            {
                body.Add(new TextBlock($"{note.AuthorName}, {Domain.Time.SwedishTime.ToSwedish(note.At).ToString("d MMM", culture)}") { IsSubtle = true, Size = "small", Spacing = "small" });
                body.Add(new RichTextBlock([new TextRun(note.Text.Length <= 500 ? note.Text : note.Text[..500] + "…")]) { Spacing = "none" });
            }
        }

        AddContributions(body, language, t, stop, step);
        if (takesPart)
        {
            body.Add(new InputText
            {
                Id = CardKeys.Contribution,
                Label = t.ContributionLabel,
                Placeholder = t.ContributionPlaceholder,
                IsMultiline = true,
                MaxLength = LearningStop.LongestText,
                Value = Prefill(draft.Contribution),
            });
            body.Add(new ActionSet([new ExecuteAction(t.Contribute, CardVerbs.Contribute) { Data = StopData(stop.Key, number), Style = "positive" }]));
        }

        if (step == AnalysisStep.ForslagPaAtgarder)
        {
            AddProposals(body, language, t, stop);
            if (takesPart)
            {
                AddProposalInputs(body, t, stop, unitPeople, draft);
            }
        }

        AddSummary(body, language, t, stop, step, documents, draft, conflictingSummary);
        AddDocumenter(body, t, stop, unit, unitPeople, manages, draft, number);

        var actions = new List<CardActionElement>();
        if (number > 1)
        {
            actions.Add(new ExecuteAction(t.PreviousStep, CardVerbs.OpenStop) { Data = StopData(stop.Key, number - 1) });
        }

        if (number < StepCount)
        {
            actions.Add(new ExecuteAction(t.NextStep, CardVerbs.OpenStop) { Data = StopData(stop.Key, number + 1) });
        }
        else if (documents)
        {
            actions.Add(new ExecuteAction(t.FinishStop, CardVerbs.FinishForm) { Data = StopData(stop.Key), Style = "positive" });
        }

        // Stop 4 (synpunkter, klagomål, avvikelser) is also the unit's risk analysis: its material is the risk
        // register and the counts of reports.
        if (stop.Definition.AlsoDocumentedAs is not null && step == AnalysisStep.Nulagesbeskrivning)
        {
            var unitData = new System.Text.Json.Nodes.JsonObject { [CardKeys.Unit] = unit.Id };
            actions.Add(new ExecuteAction(t.ShowRisks, CardVerbs.RiskRegister) { Data = unitData });
            actions.Add(new ExecuteAction(t.ShowReportStatistics, CardVerbs.ReportStatistics) { Data = (System.Text.Json.Nodes.JsonObject)unitData.DeepClone() });
        }

        // What others add shows on the next refresh: Teams asks by itself when the card is shown again, and anyone (beyond
        // the 60 people Teams refreshes for) can ask with the button.
        var refresh = new ExecuteAction(t.RefreshCard, CardVerbs.RefreshStop) { Data = StopData(stop.Key, number) };
        actions.Add(refresh with { Data = StopData(stop.Key, number) });

        var refusals = noticeIsError && !string.IsNullOrWhiteSpace(notice) ? [new CardRefusal(notice, refusedInput)] : Array.Empty<CardRefusal>();
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = fallback,
            Body = RefusalPlacement.Place(body, refusals, t.ReportProblemsHeading),
            Actions = actions,
            Refresh = new CardRefresh(refresh) { UserIds = refreshUserIds },
        };
    }

    private static void AddContributions(List<CardElement> body, UiLanguage language, Texts t, LearningStop stop, AnalysisStep step)
    {
        var all = stop.ContributionsTo(step).ToList();
        body.Add(Subheading(string.Format(language.Culture(), t.ContributionsHeading, all.Count)));
        if (all.Count == 0)
        {
            body.Add(new TextBlock(t.ContributionsNone) { IsSubtle = true, Spacing = "none" });
            return;
        }

        // The newest contributions, as many as the budget holds; the card stays well under Teams' size limit.
        var shown = new List<Contribution>();
        var used = 0;
        foreach (var contribution in Enumerable.Reverse(all))
        {
            used += contribution.Text.Length + contribution.AuthorName.Length;
            if (shown.Count > 0 && used > ContributionBudget)
            {
                break;
            }

            shown.Insert(0, contribution);
        }

        if (shown.Count < all.Count)
        {
            body.Add(new TextBlock(string.Format(language.Culture(), t.ContributionsHidden, all.Count - shown.Count)) { IsSubtle = true, Size = "small", Spacing = "none" });
        }

        foreach (var contribution in shown)
        {
            body.Add(new Container([Byline(contribution.AuthorName, When(language, contribution.At)), Plain(Shorten(contribution.Text, LearningStop.LongestText), "none")])
            {
                Spacing = "small",
            });
        }
    }

    private static void AddProposals(List<CardElement> body, UiLanguage language, Texts t, LearningStop stop)
    {
        var culture = language.Culture();
        body.Add(Subheading(string.Format(culture, t.ProposalsHeading, stop.Proposals.Count)));
        if (stop.Proposals.Count == 0)
        {
            body.Add(new TextBlock(t.ProposalsNone) { IsSubtle = true, Spacing = "none" });
            return;
        }

        var used = 0;
        foreach (var proposal in stop.Proposals)
        {
            var title = Shorten(proposal.Title, LongestProposalTitle);
            used += title.Length;
            if (used > ProposalBudget)
            {
                body.Add(new TextBlock("…") { IsSubtle = true });
                break;
            }

            body.Add(new Container([Plain("• " + title), Subtle(ProposalLine(language, t, proposal.OwnerName, proposal.DueDate))]) { Spacing = "small" });
        }
    }

    /// <summary>"Ansvarig: Erik Lund · klart senast 31 januari 2027".</summary>
    internal static string ProposalLine(UiLanguage language, Texts t, string? ownerName, DateOnly? due)
    {
        var culture = language.Culture();
        var owner = string.Format(culture, t.OwnerIs, ownerName ?? t.OwnerDefault);
        return due is { } day ? $"{owner} · {string.Format(culture, t.DueIs, Date(language, day))}" : $"{owner} · {t.NoDueDate}";
    }

    private static void AddProposalInputs(List<CardElement> body, Texts t, LearningStop stop, IReadOnlyList<Person> unitPeople, StepCardDraft draft)
    {
        var owners = unitPeople
            .OrderBy(p => p.Name, NameOrder)
            .Select(p => new Choice(p.Name, p.Id))
            .ToList();
        body.Add(new InputText
        {
            Id = CardKeys.ProposalTitle,
            Label = t.ProposalTitleLabel,
            IsMultiline = true,
            MaxLength = LearningStop.LongestText,
            Value = Prefill(draft.ProposalTitle),
            Spacing = "medium",
        });
        if (owners.Count > 0)
        {
            body.Add(new InputChoiceSet(owners)
            {
                Id = CardKeys.ProposalOwner,
                Label = t.ProposalOwnerLabel,
                Style = "compact",
                Placeholder = t.ProposalOwnerPlaceholder,
                Value = owners.Any(c => c.Value == draft.ProposalOwner) ? draft.ProposalOwner : null,
            });
        }

        body.Add(new InputDate
        {
            Id = CardKeys.ProposalDue,
            Label = t.ProposalDueLabel,
            Value = DateOnly.TryParseExact(draft.ProposalDue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
                ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
        });
        body.Add(new ActionSet([new ExecuteAction(t.Propose, CardVerbs.Propose) { Data = StopData(stop.Key, (int)AnalysisStep.ForslagPaAtgarder), Style = "positive" }]));
    }

    private static void AddSummary(
        List<CardElement> body, UiLanguage language, Texts t, LearningStop stop, AnalysisStep step, bool documents, StepCardDraft draft, string? conflictingSummary)
    {
        var current = stop.SummaryOf(step);
        body.Add(Subheading(t.SummaryLabel));
        if (current is null)
        {
            body.Add(new TextBlock(t.SummaryNone) { IsSubtle = true, Spacing = "none" });
        }
        else if (conflictingSummary is null)
        {
            body.Add(new Container([Plain(current.Text), Byline(current.AuthorName, When(language, current.At))]) { Style = "emphasis", Spacing = "small" });
        }
        else
        {
            // Both texts side by side in reading order: what is saved now, and what the user wrote (also in the input below).
            body.Add(new Container(
            [
                new TextBlock(string.Format(language.Culture(), t.ConflictSavedHeading, current.AuthorName, When(language, current.At))) { Weight = "bolder", Size = "small" },
                Plain(current.Text, "small"),
            ])
            {
                Style = "emphasis",
                Spacing = "small",
            });
        }

        if (conflictingSummary is not null)
        {
            body.Add(new Container(
            [
                new TextBlock(t.ConflictYoursHeading) { Weight = "bolder", Size = "small", Color = "warning" },
                Plain(Shorten(conflictingSummary, LongestPrefill), "small"),
            ])
            {
                Style = "emphasis",
                Spacing = "small",
            });
        }

        if (!documents)
        {
            return;
        }

        body.Add(new InputText
        {
            Id = CardKeys.Summary,
            Label = t.SummaryInputLabel,
            IsMultiline = true,
            MaxLength = LearningStop.LongestText,
            Value = Prefill(conflictingSummary ?? draft.Summary ?? current?.Text),
        });
        body.Add(new ActionSet(
        [
            new ExecuteAction(t.SaveSummary, CardVerbs.SaveSummary) { Data = StopData(stop.Key, (int)step, current?.Revision ?? 0), Style = "positive" },
        ]));
    }

    private static void AddDocumenter(
        List<CardElement> body, Texts t, LearningStop stop, Unit unit, IReadOnlyList<Person> unitPeople, bool manages, StepCardDraft draft, int step)
    {
        var documenter = stop.DelegateName
            ?? unitPeople.FirstOrDefault(p => string.Equals(p.Id, unit.ManagerId, StringComparison.OrdinalIgnoreCase))?.Name
            ?? t.ManagerFallbackName;
        body.Add(new FactSet([new Fact(t.DocumentedByLabel, documenter)]) { Spacing = "medium", Separator = true });
        if (!manages)
        {
            return;
        }

        var staff = unitPeople
            .Where(p => string.Equals(p.UnitId, unit.Id, StringComparison.Ordinal) && !p.Manages(unit))
            .OrderBy(p => p.Name, NameOrder)
            .Select(p => new Choice(p.Name, p.Id))
            .ToList();
        if (staff.Count == 0)
        {
            return;
        }

        var chosen = draft.Delegate ?? stop.DelegateId;
        body.Add(new InputChoiceSet(staff)
        {
            Id = CardKeys.Delegate,
            Label = t.DelegateLabel,
            Style = "compact",
            Placeholder = t.DelegatePlaceholder,
            Value = staff.FirstOrDefault(c => string.Equals(c.Value, chosen, StringComparison.OrdinalIgnoreCase))?.Value,
        });
        body.Add(new ActionSet([new ExecuteAction(t.Delegate, CardVerbs.DelegateDocumentation) { Data = StopData(stop.Key, step) }]));
    }
}
