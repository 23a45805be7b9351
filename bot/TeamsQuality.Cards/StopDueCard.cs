using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Stops;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards;

/// <summary>
/// Posted to the unit's channel when a learning stop is due: what the stop is about, when it must be done, what the
/// manager prepares, how much the logbook holds on the theme, and the button that opens the analysis.
/// </summary>
public static class StopDueCard
{
    /// <param name="language">The channel's language.</param>
    /// <param name="stop">The unit's stop that is due.</param>
    /// <param name="unit">The unit the stop belongs to.</param>
    /// <param name="stopCount">How many stops the unit's wheel has ("Hållplats 1 av 10").</param>
    /// <param name="logbookNotes">How many logbook notes the unit has under the stop's theme.</param>
    public static AdaptiveCard Build(UiLanguage language, LearningStop stop, Unit unit, int stopCount, int logbookNotes)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var definition = stop.Definition;

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
        };
    }
}
