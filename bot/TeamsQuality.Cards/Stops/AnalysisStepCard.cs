using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// One step of a stop's guided analysis (Nulägesbeskrivning, Orsaksanalys, Dra slutsatser, Förslag på åtgärder): the
/// stop's questions for the step, what the unit has said, the step's summary, and what the viewer may do – everyone in
/// the unit contributes; the documenter (the manager or their delegate) writes the summary and finishes the stop; the
/// manager delegates. A finished stop shows read-only. Shown again after a refusal, it puts back what the user typed.
/// </summary>
public static class AnalysisStepCard
{
    /// <summary>
    /// The most a step card may be as JSON at its largest (every non-ASCII letter escaped): well under Teams' 80 KB, so a
    /// stop with hundreds of long contributions still reaches the user.
    /// </summary>
    internal const int MaxBytes = 70 * 1024;

    /// <summary>How many contributions one page shows at most; the older ones are a press of "Visa äldre" away.</summary>
    internal const int ContributionsPerPage = 20;

    /// <summary>How many logbook notes the first step shows (the newest).</summary>
    internal const int MostLogbookNotes = 10;

    /// <summary>How many parked Garage items the first step lists (the rest, and the decisions, on the Garage's own card).</summary>
    internal const int MostGarageItems = 8;

    private const int LongestGarageItem = 300;

    private const int LongestProposalTitle = 500;

    private const int LongestLogbookNote = 500;

    /// <summary>
    /// How much the variable parts may cost (<see cref="CardParts.JsonCost"/>): one page of contributions, one
    /// text of the record (a summary), each text put back in an input, the logbook notes, the Garage and the proposals. A card over
    /// <see cref="MaxBytes"/> is built again with the next, smaller budget; the page of contributions keeps its size in all
    /// but the last, so "Visa äldre" pages stay the same.
    /// </summary>
    private sealed record Budget(int Contributions, int Text, int Prefill, int Notes, int Proposals, int Garage)
    {
        public static IReadOnlyList<Budget> Steps { get; } =
        [
            new(24_000, 12_000, CardParts.LongestPrefillCost, 6_000, 8_000, 4_000),
            new(24_000, 5_000, 5_000, 3_000, 4_000, 2_000),
            new(24_000, 1_500, 2_000, 1_000, 1_500, 800),
            new(6_000, 600, 1_000, 500, 600, 400),
        ];
    }

    private static readonly int StepCount = Enum.GetValues<AnalysisStep>().Length;

    /// <param name="language">The viewer's language.</param>
    /// <param name="stop">The unit's stop.</param>
    /// <param name="unit">The unit it belongs to.</param>
    /// <param name="unitPeople">The unit's people: the choices for a proposal's owner and for the delegate.</param>
    /// <param name="viewer">Who sees the card: what they may do decides the inputs.</param>
    /// <param name="step">The step shown.</param>
    /// <param name="draft">What the user had typed, put back in the inputs (after a refusal).</param>
    /// <param name="notice">A receipt at the top (green), e.g. that the contribution was added.</param>
    /// <param name="refusals">
    /// What the last press was refused for: each message under the input it is about (<see cref="InputOf"/>) and above
    /// the button pressed, where the user is.
    /// </param>
    /// <param name="conflictingSummary">
    /// The summary the user tried to save when someone else saved one meanwhile: shown beside the saved one and put in
    /// the summary input, so the user can merge the two and save again (against the current revision).
    /// </param>
    /// <param name="logbookNotes">The unit's logbook notes under the stop's theme: material for the first step.</param>
    /// <param name="refreshUserIds">
    /// Whose view Teams refreshes by itself (Universal Actions): the viewer's Teams user id, as the card is their own view.
    /// </param>
    /// <param name="page">Which page of the step's contributions: 0 the newest, 1 the ones before them, and so on.</param>
    /// <param name="garageItems">
    /// What the unit parked in the Garage under the stop's theme (awaiting the stop, or decided at it): material for the
    /// first step, listed there; the decisions are on the Garage's own card ("Gå igenom garaget").
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
        IReadOnlyList<CardRefusal>? refusals = null,
        string? conflictingSummary = null,
        IReadOnlyList<Domain.Logbook.LogbookNote>? logbookNotes = null,
        IReadOnlyList<string>? refreshUserIds = null,
        int page = 0,
        IReadOnlyList<Domain.Garage.GarageItem>? garageItems = null)
    {
        // Built with generous budgets; a stop far beyond the usual (or a refused text at its longest) is built again with
        // smaller ones.
        return CardParts.FirstThatFits(
            Budget.Steps,
            MaxBytes,
            budget => Build(language, stop, unit, unitPeople, viewer, step, draft ?? new StepCardDraft(), notice, refusals, conflictingSummary, logbookNotes, garageItems, refreshUserIds, page, budget));
    }

    private static AdaptiveCard Build(
        UiLanguage language,
        LearningStop stop,
        Unit unit,
        IReadOnlyList<Person> unitPeople,
        Person viewer,
        AnalysisStep step,
        StepCardDraft draft,
        string? notice,
        IReadOnlyList<CardRefusal>? refusals,
        string? conflictingSummary,
        IReadOnlyList<Domain.Logbook.LogbookNote>? logbookNotes,
        IReadOnlyList<Domain.Garage.GarageItem>? garageItems,
        IReadOnlyList<string>? refreshUserIds,
        int page,
        Budget budget)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var definition = stop.Definition;
        var number = (int)step;
        var fallback = string.Format(culture, t.StepFallback, definition.Number, definition.Theme, number);
        var body = new List<CardElement>();

        // A receipt at the top; a refusal is placed by its input, where the user pressed.
        if (!string.IsNullOrWhiteSpace(notice))
        {
            body.Add(Notice(notice, isError: false));
        }

        body.Add(Heading(string.Format(culture, t.StopTitle, definition.Number, definition.Theme)));
        body.Add(Subtle($"{unit.Name} · {stop.Key.Year}"));

        if (!LearningStop.CanSee(viewer, unit))
        {
            return StopAccessRefused(language, t, fallback, body, unit);
        }

        var finished = stop.Status == StopStatus.Klar;
        var takesPart = !finished && stop.CanTakePart(viewer, unit);
        var documents = !finished && stop.CanDocument(viewer, unit);
        var manages = !finished && stop.CanManage(viewer, unit);

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
            var (notes, _) = CardParts.Newest(logbookNotes.OrderBy(n => n.At).ToList(), MostLogbookNotes, budget.Notes, n => CardParts.JsonCost(NoteText(n, budget)) + CardParts.JsonCost(n.AuthorName) + 200);
            foreach (var note in Enumerable.Reverse(notes))
            {
                body.Add(new TextBlock($"{note.AuthorName}, {Domain.Time.SwedishTime.ToSwedish(note.At).ToString("d MMM", culture)}") { IsSubtle = true, Size = "small", Spacing = "small" });
                body.Add(new RichTextBlock([new TextRun(NoteText(note, budget))]) { Spacing = "none" });
            }
        }

        if (step == AnalysisStep.Nulagesbeskrivning && garageItems is { Count: > 0 })
        {
            AddGarage(body, language, t, stop, garageItems, budget);
        }

        AddContributions(body, language, t, stop, step, page, budget);
        if (takesPart)
        {
            body.Add(new InputText
            {
                Id = CardKeys.Contribution,
                Label = t.ContributionLabel,
                Placeholder = t.ContributionPlaceholder,
                IsMultiline = true,
                MaxLength = LearningStop.LongestText,
                Value = CardParts.PrefillWithin(draft.Contribution, budget.Prefill),
            });
            body.Add(new ActionSet([new ExecuteAction(t.Contribute, CardVerbs.Contribute) { Data = StopData(stop.Key, number), Style = "positive" }]));
        }

        if (step == AnalysisStep.ForslagPaAtgarder)
        {
            AddProposals(body, language, t, stop, budget);
            if (takesPart)
            {
                AddProposalInputs(body, t, stop, unitPeople, draft, budget);
            }
        }

        AddSummary(body, language, t, stop, step, documents, draft, conflictingSummary, budget);
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

        // What was parked in the Garage under the theme is decided on its own card, so this one stays within size.
        if (step == AnalysisStep.Nulagesbeskrivning && garageItems is { Count: > 0 })
        {
            actions.Add(new ExecuteAction(t.ReviewGarage, CardVerbs.ReviewGarage) { Data = StopData(stop.Key) });
        }

        // Stop 4 (synpunkter, klagomål, avvikelser) is also the unit's risk analysis: its material is the risk
        // register and the counts of reports.
        if (stop.Definition.AlsoDocumentedAs is not null && step == AnalysisStep.Nulagesbeskrivning)
        {
            var unitData = new System.Text.Json.Nodes.JsonObject { [CardKeys.Unit] = unit.Id };
            actions.Add(new ExecuteAction(t.ShowRisks, CardVerbs.RiskRegister) { Data = unitData });
            actions.Add(new ExecuteAction(t.ShowReportStatistics, CardVerbs.DeviationStatistics) { Data = (System.Text.Json.Nodes.JsonObject)unitData.DeepClone() });
        }

        // The stop that produces the year's quality report (Vetlanda's 10, Nordmaling's last room) opens it.
        if (stop.Definition.ProducesQualityReport && step == AnalysisStep.Nulagesbeskrivning)
        {
            actions.Add(new ExecuteAction(t.QualityReportOpenFromStop, CardVerbs.QualityReport) { Data = QualityReports.QualityReportPress.Data(unit.Id, stop.Key.Year), AssociatedInputs = "none" });
        }

        // What others add shows on the next refresh: Teams asks by itself when the card is shown again, and anyone (beyond
        // the 60 people Teams refreshes for) can ask with the button. Both keep the page of contributions turned to.
        var refresh = new ExecuteAction(t.RefreshCard, CardVerbs.RefreshStop) { Data = PageData(stop, number, page > 0 ? page : null) };
        actions.Add(refresh with { Data = PageData(stop, number, page > 0 ? page : null) });

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = fallback,
            Body = RefusalPlacement.Place(body, refusals, t.ReportProblemsHeading),
            Actions = actions,
            Refresh = new CardRefresh(refresh) { UserIds = refreshUserIds },
        };
    }

    /// <summary>The step card's input a refusal about the field goes under; null for a field it has no input for.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.Contribution => CardKeys.Contribution,
        Field.Summary => CardKeys.Summary,
        Field.ProposalTitle => CardKeys.ProposalTitle,
        Field.ProposalOwner => CardKeys.ProposalOwner,
        Field.ProposalDue => CardKeys.ProposalDue,
        Field.Documenter => CardKeys.Delegate,
        _ => null,
    };

    /// <summary>
    /// What the unit parked in the Garage under the theme, as the logbook notes are shown: what awaits the stop first,
    /// each with its kind, who parked it and where it stands.
    /// </summary>
    private static void AddGarage(List<CardElement> body, UiLanguage language, Texts t, LearningStop stop, IReadOnlyList<Domain.Garage.GarageItem> garageItems, Budget budget)
    {
        var culture = language.Culture();
        body.Add(Subheading(string.Format(culture, garageItems.Count == 1 ? t.GarageItemsOne : t.GarageItemsMany, garageItems.Count)));
        var ordered = garageItems.OrderBy(i => !i.AwaitsDecisionAt(stop)).ThenBy(i => i.ParkedAt).ToList();
        var (items, hidden) = CardParts.Oldest(ordered, MostGarageItems, budget.Garage, i => CardParts.JsonCost(GarageText(i, budget)) + CardParts.JsonCost(i.ParkedByName) + 300);
        foreach (var item in items)
        {
            body.Add(new RichTextBlock(
            [
                new TextRun(t.GarageKindName(item.Kind) + ": ") { Weight = "bolder" },
                new TextRun(GarageText(item, budget)),
                new TextRun(" · " + t.GarageStatusName(item.Status)) { IsSubtle = true },
            ]) { Spacing = "small" });
            body.Add(Byline(item.ParkedByName, Domain.Time.SwedishTime.ToSwedish(item.ParkedAt).ToString("d MMM", culture)));
        }

        if (hidden > 0)
        {
            body.Add(CardParts.Hidden(string.Format(culture, t.GarageMoreHidden, hidden)));
        }
    }

    private static string GarageText(Domain.Garage.GarageItem item, Budget budget) =>
        CardParts.WithinCost(Shorten(item.Text, LongestGarageItem), budget.Garage);

    private static string NoteText(Domain.Logbook.LogbookNote note, Budget budget) =>
        CardParts.WithinCost(Shorten(note.Text, LongestLogbookNote), budget.Notes);

    private static void AddContributions(List<CardElement> body, UiLanguage language, Texts t, LearningStop stop, AnalysisStep step, int page, Budget budget)
    {
        var culture = language.Culture();
        var all = stop.ContributionsTo(step).ToList();
        body.Add(Subheading(string.Format(culture, t.ContributionsHeading, all.Count)));
        if (all.Count == 0)
        {
            body.Add(new TextBlock(t.ContributionsNone) { IsSubtle = true, Spacing = "none" });
            return;
        }

        // One page of them, the newest first: a stop with hundreds of long contributions keeps the card well under
        // Teams' size limit, and the older ones are a press away.
        var pages = ContributionPages(all, Math.Max(page, 0), budget);
        page = pages.Count - 1;
        var (first, count) = pages[page];
        if (count < all.Count)
        {
            body.Add(Subtle(string.Format(culture, t.ContributionsShown, first + 1, first + count, all.Count)));
            if (first > 0)
            {
                body.Add(new ActionSet([PageButton(t.ShowOlder, stop, step, page + 1)]) { Spacing = "small" });
            }
        }

        foreach (var contribution in all.Skip(first).Take(count))
        {
            body.Add(new Container([Byline(contribution.AuthorName, When(language, contribution.At)), Plain(ContributionText(contribution, budget), "none")])
            {
                Spacing = "small",
            });
        }

        if (page > 0)
        {
            body.Add(new ActionSet([PageButton(t.ShowNewer, stop, step, page - 1)]) { Spacing = "small" });
        }
    }

    /// <summary>
    /// The step's contributions (oldest first) cut into pages from the newest, each as many as the budget holds (at
    /// least one), up to page <paramref name="upTo"/> or the oldest: page 0 is the newest; each page as where it starts
    /// in the list and how many it has.
    /// </summary>
    private static List<(int First, int Count)> ContributionPages(List<Contribution> all, int upTo, Budget budget)
    {
        var pages = new List<(int First, int Count)>();
        var end = all.Count;
        while (end > 0 && pages.Count <= upTo)
        {
            var (shown, older) = CardParts.Newest(
                all.GetRange(0, end), ContributionsPerPage, budget.Contributions, c => CardParts.JsonCost(ContributionText(c, budget)) + CardParts.JsonCost(c.AuthorName) + 250);
            pages.Add((older, shown.Count));
            end = older;
        }

        return pages;
    }

    private static string ContributionText(Contribution contribution, Budget budget) =>
        CardParts.WithinCost(Shorten(contribution.Text, LearningStop.LongestText), budget.Contributions);

    /// <summary>The stop's button data with the page of contributions, when there is one to keep.</summary>
    private static System.Text.Json.Nodes.JsonObject PageData(LearningStop stop, int step, int? page)
    {
        var data = StopData(stop.Key, step);
        if (page is { } number)
        {
            data[CardKeys.Page] = number;
        }

        return data;
    }

    /// <summary>"Visa äldre" / "Visa nyare": the same step with another page; what the user typed goes along and comes back.</summary>
    private static ExecuteAction PageButton(string title, LearningStop stop, AnalysisStep step, int page) =>
        new(title, CardVerbs.OpenStop) { Data = PageData(stop, (int)step, page) };

    private static void AddProposals(List<CardElement> body, UiLanguage language, Texts t, LearningStop stop, Budget budget)
    {
        var culture = language.Culture();
        body.Add(Subheading(string.Format(culture, t.ProposalsHeading, stop.Proposals.Count)));
        if (stop.Proposals.Count == 0)
        {
            body.Add(new TextBlock(t.ProposalsNone) { IsSubtle = true, Spacing = "none" });
            return;
        }

        var (shown, hidden) = CardParts.Oldest(
            stop.Proposals, int.MaxValue, budget.Proposals, p => CardParts.JsonCost(ProposalTitle(p, budget)) + CardParts.JsonCost(p.OwnerName) + 200);
        foreach (var proposal in shown)
        {
            body.Add(new Container([Plain("• " + ProposalTitle(proposal, budget)), Subtle(ProposalLine(language, t, proposal.OwnerName, proposal.DueDate))]) { Spacing = "small" });
        }

        if (hidden > 0)
        {
            body.Add(CardParts.Hidden(string.Format(culture, t.ProposalsHidden, hidden)));
        }
    }

    private static string ProposalTitle(ProposedAction proposal, Budget budget) =>
        CardParts.WithinCost(Shorten(proposal.Title, LongestProposalTitle), budget.Proposals);

    /// <summary>"Ansvarig: Erik Lund · klart senast 31 januari 2027".</summary>
    internal static string ProposalLine(UiLanguage language, Texts t, string? ownerName, DateOnly? due)
    {
        var culture = language.Culture();
        var owner = string.Format(culture, t.OwnerIs, ownerName ?? t.OwnerDefault);
        return due is { } day ? $"{owner} · {string.Format(culture, t.DueIs, Date(language, day))}" : $"{owner} · {t.NoDueDate}";
    }

    private static void AddProposalInputs(List<CardElement> body, Texts t, LearningStop stop, IReadOnlyList<Person> unitPeople, StepCardDraft draft, Budget budget)
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
            Value = CardParts.PrefillWithin(draft.ProposalTitle, budget.Prefill),
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
        List<CardElement> body, UiLanguage language, Texts t, LearningStop stop, AnalysisStep step, bool documents, StepCardDraft draft, string? conflictingSummary, Budget budget)
    {
        var current = stop.SummaryOf(step);
        body.Add(Subheading(t.SummaryLabel));
        if (current is null)
        {
            body.Add(new TextBlock(t.SummaryNone) { IsSubtle = true, Spacing = "none" });
        }
        else if (conflictingSummary is null)
        {
            body.Add(new Container([Plain(CardParts.WithinCost(current.Text, budget.Text)), Byline(current.AuthorName, When(language, current.At))]) { Style = "emphasis", Spacing = "small" });
        }
        else
        {
            // Both texts side by side in reading order: what is saved now, and what the user wrote (also in the input below).
            body.Add(new Container(
            [
                new TextBlock(string.Format(language.Culture(), t.ConflictSavedHeading, current.AuthorName, When(language, current.At))) { Weight = "bolder", Size = "small" },
                Plain(CardParts.WithinCost(current.Text, budget.Text), "small"),
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
                Plain(CardParts.WithinCost(Shorten(conflictingSummary, LongestPrefill), budget.Text), "small"),
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
            Value = CardParts.PrefillWithin(conflictingSummary ?? draft.Summary ?? current?.Text, budget.Prefill),
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
