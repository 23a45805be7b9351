using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Stops;

/// <summary>
/// Posted to the unit's channel when a learning stop is due: what the stop is about, when it must be done, what the
/// manager prepares, how much the logbook and the Garage hold on the theme, and the button that opens the analysis. The post is
/// updated for everyone as the stop goes on, so it always shows where the stop is: started by whom and in which step
/// (opening it there), or finished with its bedömning; "Starta hållplatsen" only while nobody has. Its Universal
/// Actions refresh gives each viewer their own current view (<see cref="CardVerbs.RefreshStop"/>).
/// </summary>
public static class StopDueCard
{
    /// <param name="language">The channel's language.</param>
    /// <param name="stop">The unit's stop that is due.</param>
    /// <param name="unit">The unit the stop belongs to.</param>
    /// <param name="stopCount">How many stops the unit's wheel has ("Hållplats 1 av 10").</param>
    /// <param name="logbookNotes">How many logbook notes the unit has under the stop's theme.</param>
    /// <param name="refreshUserIds">The Teams user ids whose view Teams refreshes by itself (null: Teams' default).</param>
    /// <param name="garageItems">How many items parked in the unit's Garage under the stop's theme wait for it.</param>
    public static AdaptiveCard Build(UiLanguage language, LearningStop stop, Unit unit, int stopCount, int logbookNotes, IReadOnlyList<string>? refreshUserIds = null, int garageItems = 0)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var definition = stop.Definition;
        var refresh = new CardRefresh(new ExecuteAction(t.RefreshCard, CardVerbs.RefreshStop) { Data = StopData(stop.Key) }) { UserIds = refreshUserIds };
        if (stop.Status != StopStatus.EjPaborjad)
        {
            return Progress(language, stop, unit, stopCount, refresh);
        }

        var facts = new List<Fact>
        {
            new(t.ProfileUnit, unit.Name),
            new(t.StopPerspectiveLabel, t.PerspectiveName(definition.Perspective)),
            new(t.StopTimeLabel, Duration(language, definition.TimeEstimate)),
            new(t.StopHeldByLabel, t.HolderName(definition.HeldBy)),
            new(t.StopDueDateLabel, Date(language, stop.DueDate)),
        };
        if (!string.IsNullOrWhiteSpace(definition.AlsoDocumentedAs))
        {
            facts.Add(new Fact(t.StopAlsoDocumentedAsLabel, definition.AlsoDocumentedAs));
        }

        var body = new List<CardElement>
        {
            Heading(t.StopDueTitle),
            new TextBlock(string.Format(culture, t.StopOfCount, definition.Number, Math.Max(stopCount, definition.Number), definition.Theme))
            {
                Size = "medium", Weight = "bolder", Color = "accent", Spacing = "small",
            },
            new FactSet(facts),
        };

        if (definition.Purpose.Count > 0)
        {
            body.Add(Subheading(t.StopPurposeHeading));
            body.AddRange(Bullets(definition.Purpose));
        }

        if (definition.Preparation.Count > 0)
        {
            body.Add(Subheading(t.StopPreparationHeading));
            body.AddRange(Bullets(definition.Preparation));
        }

        body.Add(new TextBlock(Count(language, logbookNotes, t.LogbookNotesNone, t.LogbookNotesOne, t.LogbookNotesMany))
        {
            Spacing = "medium",
            IsSubtle = logbookNotes <= 0,
            Weight = logbookNotes > 0 ? "bolder" : null,
        });
        body.Add(new TextBlock(Count(language, garageItems, t.GarageItemsNone, t.GarageItemsOne, t.GarageItemsMany))
        {
            Spacing = "none",
            IsSubtle = garageItems <= 0,
            Weight = garageItems > 0 ? "bolder" : null,
        });
        body.Add(new TextBlock(t.StopDueHowTo) { Spacing = "medium", Size = "small" });

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.StopDueFallback, definition.Number, definition.Theme, unit.Name),
            Body = body,
            Actions =
            [
                new ExecuteAction(t.StartStop, CardVerbs.OpenStop)
                {
                    Data = StopData(stop.Key, step: (int)Domain.Wheel.AnalysisStep.Nulagesbeskrivning),
                    Style = "positive",
                },
            ],
            Refresh = refresh,
        };
    }

    /// <summary>The card once the stop is started or finished: where it is, and the way in for everyone.</summary>
    private static AdaptiveCard Progress(UiLanguage language, LearningStop stop, Unit unit, int stopCount, CardRefresh refresh)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var definition = stop.Definition;
        var finished = stop.Status == StopStatus.Klar;
        var steps = Enum.GetValues<Domain.Wheel.AnalysisStep>().Length;
        var status = stop.Conclusion is { } ended
            ? string.Format(culture, t.StopFinishedStatus, t.StatusName(stop.Status), ended.FinishedByName, Date(language, Domain.Time.SwedishTime.Day(ended.FinishedAt)))
            : stop.StartedByName is { } starter
                ? string.Format(culture, t.StopStartedStatus, t.StatusName(stop.Status), starter, (int)stop.CurrentStep, steps)
                : string.Format(culture, t.StopStartedStatusNoName, t.StatusName(stop.Status), (int)stop.CurrentStep, steps);

        var body = new List<CardElement>
        {
            Heading(finished ? t.StopFinishedTitle : t.StopInProgressTitle),
            new TextBlock(string.Format(culture, t.StopOfCount, definition.Number, Math.Max(stopCount, definition.Number), definition.Theme))
            {
                Size = "medium", Weight = "bolder", Color = "accent", Spacing = "small",
            },
            new RichTextBlock([new TextRun(status) { Weight = "bolder", Color = StopListCard.StatusColour(stop.Status) }]) { Spacing = "small" },
        };

        var facts = new List<Fact> { new(t.ProfileUnit, unit.Name) };
        if (stop.Conclusion is { } conclusion)
        {
            facts.Add(new Fact(t.AssessmentLabel, conclusion.NeedsAction ? t.AssessmentNeedsAction : t.AssessmentNoAction));
            facts.Add(new Fact(t.TrendFactLabel, t.TrendName(conclusion.Trend)));
            body.Add(new FactSet(facts));
            body.Add(new TextBlock(string.Format(culture, t.ActionsCreatedHeading, stop.Proposals.Count)) { Spacing = "small" });
            if (conclusion.Comment is { } comment)
            {
                body.Add(Subheading(t.CommentLabel));
                body.Add(Plain(Shorten(comment, 500), "none"));
            }
        }
        else
        {
            facts.Add(new Fact(t.StopTimeLabel, Duration(language, definition.TimeEstimate)));
            facts.Add(new Fact(t.StopDueDateLabel, Date(language, stop.DueDate)));
            body.Add(new FactSet(facts));
            if (definition.Purpose.Count > 0)
            {
                body.Add(Subheading(t.StopPurposeHeading));
                body.AddRange(Bullets(definition.Purpose));
            }

            body.Add(new TextBlock(t.StopDueHowTo) { Spacing = "medium", Size = "small" });
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = $"{string.Format(culture, t.StopTitle, definition.Number, definition.Theme)} ({unit.Name}): {status}",
            Body = body,
            Actions = finished
                ? [new ExecuteAction(t.ShowStopSummary, CardVerbs.ShowStopSummary) { Data = StopData(stop.Key) }]
                : [new ExecuteAction(t.OpenStop, CardVerbs.OpenStop) { Data = StopData(stop.Key, step: (int)stop.CurrentStep), Style = "positive" }],
            Refresh = refresh,
        };
    }
}
