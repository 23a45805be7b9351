using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Wheel;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// The closing form of a stop (the fifth step, Dokumentera): the four steps' summaries in short, the proposals that will
/// become actions, and the documenter's bedömning (are actions needed), trend and comment.
/// </summary>
public static class FinishStopCard
{
    /// <summary>How much of each step's summary the form shows: enough to recognise it, the whole is in the step.</summary>
    internal const int LongestSummaryExcerpt = 300;

    private const int LongestProposalTitle = 300;

    /// <summary>How much the proposals' texts may cost in all (<see cref="CardParts.JsonCost"/>): the rest are counted.</summary>
    private const int ProposalBudget = 20_000;

    private static readonly Trend[] TrendOrder = [Trend.Battre, Trend.Oforandrad, Trend.Samre, Trend.EjBedomd];

    /// <param name="language">The documenter's language.</param>
    /// <param name="stop">The stop to finish.</param>
    /// <param name="unit">The unit it belongs to.</param>
    /// <param name="draft">What the user had chosen and typed, put back (after a refusal).</param>
    /// <param name="refusals">
    /// What the last press was refused for: each message under the input it is about (<see cref="InputOf"/>) and just
    /// above the button, where the user pressed.
    /// </param>
    public static AdaptiveCard Build(UiLanguage language, LearningStop stop, Unit unit, FinishCardDraft? draft = null, IReadOnlyList<CardRefusal>? refusals = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var definition = stop.Definition;
        draft ??= new FinishCardDraft();
        var body = new List<CardElement>();

        body.Add(Heading(string.Format(culture, t.FinishTitle, definition.Number, definition.Theme)));
        body.Add(Subtle($"{unit.Name} · {stop.Key.Year}"));

        var back = new ExecuteAction(t.Back, CardVerbs.OpenStop)
        {
            Data = StopData(stop.Key, (int)AnalysisStep.ForslagPaAtgarder),
            AssociatedInputs = "none",
        };

        if (stop.Status == StopStatus.Klar)
        {
            body.Add(new TextBlock(t.StopFinishedReadOnly) { Color = "good" });
            return Card(language, t, definition, body, [back]);
        }

        body.Add(new TextBlock(t.FinishIntro) { Size = "small" });

        body.Add(Subheading(t.FinishSummariesHeading));
        foreach (var step in Enum.GetValues<AnalysisStep>())
        {
            var summary = stop.SummaryOf(step);
            body.Add(new TextBlock($"{(int)step} – {t.StepName(step)}") { Weight = "bolder", Size = "small", Spacing = "small" });
            body.Add(summary is null
                ? new TextBlock(t.FinishStepMissing) { Color = "warning", Size = "small", Spacing = "none" }
                : Plain(Shorten(summary.Text.ReplaceLineEndings(" "), LongestSummaryExcerpt), "none"));
        }

        body.Add(Subheading(string.Format(culture, t.FinishProposalsHeading, stop.Proposals.Count)));
        if (stop.Proposals.Count == 0)
        {
            body.Add(new TextBlock(t.FinishNoProposals) { IsSubtle = true, Spacing = "none" });
        }

        var (proposals, hidden) = CardParts.Oldest(
            stop.Proposals, int.MaxValue, ProposalBudget, p => CardParts.JsonCost(Shorten(p.Title, LongestProposalTitle)) + CardParts.JsonCost(p.OwnerName) + 200);
        foreach (var proposal in proposals)
        {
            body.Add(new Container(
            [
                Plain("• " + Shorten(proposal.Title, LongestProposalTitle)),
                Subtle(AnalysisStepCard.ProposalLine(language, t, proposal.OwnerName, proposal.DueDate)),
            ])
            {
                Spacing = "small",
            });
        }

        if (hidden > 0)
        {
            body.Add(CardParts.Hidden(string.Format(culture, t.ProposalsHidden, hidden)));
        }

        body.Add(new InputChoiceSet([new Choice(t.Yes, NeedsActionValues.Yes), new Choice(t.No, NeedsActionValues.No)])
        {
            Id = CardKeys.NeedsAction,
            Label = t.NeedsActionLabel,
            Style = "expanded",
            IsRequired = true,
            ErrorMessage = t.NeedsActionError,
            Value = draft.NeedsAction is NeedsActionValues.Yes or NeedsActionValues.No ? draft.NeedsAction : null,
            Spacing = "large",
            Separator = true,
        });
        body.Add(new InputChoiceSet(TrendOrder.Select(trend => new Choice(t.TrendName(trend), trend.ToString())).ToList())
        {
            Id = CardKeys.Trend,
            Label = t.TrendLabel,
            Style = "compact",
            Value = TrendOrder.Select(trend => trend.ToString()).FirstOrDefault(value => value == draft.Trend) ?? nameof(Trend.EjBedomd),
        });
        body.Add(new InputText
        {
            Id = CardKeys.Comment,
            Label = t.CommentLabel,
            IsMultiline = true,
            MaxLength = LearningStop.LongestText,
            Value = CardParts.PrefillWithin(draft.Comment),
        });

        return Card(language, t, definition, RefusalPlacement.Place(body, refusals, t.ReportProblemsHeading),
        [
            new ExecuteAction(t.FinishStop, CardVerbs.Finish) { Data = StopData(stop.Key), Style = "positive" },
            back,
        ]);
    }

    /// <summary>The finishing card's input a refusal about the field goes under; null for a field it has no input for.</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.NeedsAction => CardKeys.NeedsAction,
        Field.Comment => CardKeys.Comment,
        _ => null,
    };

    private static AdaptiveCard Card(UiLanguage language, Texts t, StopDefinition definition, List<CardElement> body, IReadOnlyList<CardActionElement> actions) => new()
    {
        Lang = language.Tag(),
        FallbackText = string.Format(language.Culture(), t.FinishFallback, definition.Number, definition.Theme),
        Body = body,
        Actions = actions,
    };
}
