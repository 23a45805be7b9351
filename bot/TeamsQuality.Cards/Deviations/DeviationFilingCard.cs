using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.CardParts;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// The short card a staff member files a report with, from their phone between visits: kind (avvikelse, lex Sarah,
/// synpunkt, klagomål, beröm), what happened, when, unit, measures already taken and an optional category. The required
/// inputs are checked in the card (and again on the server); shown again after a refusal it shows each problem under its
/// field and again just above the button, and puts back everything the user typed.
/// </summary>
public static class DeviationFilingCard
{
    /// <param name="language">The reporter's language.</param>
    /// <param name="units">The units the reporter may report for (usually their own).</param>
    /// <param name="defaultUnitId">The unit chosen at first: the reporter's own.</param>
    /// <param name="today">Today on the Swedish clock: the date chosen at first, and the latest date allowed.</param>
    /// <param name="draft">What the user had chosen and typed, put back (after a refusal).</param>
    /// <param name="refusals">Why the report was refused, each shown naming its field.</param>
    public static AdaptiveCard Build(
        UiLanguage language,
        IReadOnlyList<Unit> units,
        string? defaultUnitId,
        DateOnly today,
        DeviationDraft? draft = null,
        IReadOnlyList<Refusal>? refusals = null)
    {
        var t = Texts.For(language);
        draft ??= new DeviationDraft();
        var body = new List<CardElement>();
        body.Add(Heading(t.ReportFilingTitle));
        body.Add(new TextBlock(t.ReportFilingIntro) { Spacing = "none", IsSubtle = true });

        if (units.Count == 0)
        {
            body.Add(new TextBlock(t.ReportNoUnits) { Color = "attention" });
            return Card(language, t, body, [new ExecuteAction(t.ShowHelp, CardVerbs.ShowHelp)]);
        }

        body.Add(new Container(
        [
            new TextBlock(t.ReportPrivacyHint) { Size = "small" },
            new TextBlock(t.ReportLexSarahAtOnce) { Size = "small", Weight = "bolder", Spacing = "small" },
        ])
        {
            Style = "emphasis",
        });

        var kinds = KindChoices(t);
        body.Add(new InputChoiceSet(kinds)
        {
            Id = CardKeys.ReportKind,
            Label = t.FieldKind,
            Style = "expanded",
            IsRequired = true,
            ErrorMessage = t.ReportKindError,
            Value = Chosen(kinds, draft.ReportKind),
        });
        body.Add(new InputText
        {
            Id = CardKeys.WhatHappened,
            Label = t.FieldWhatHappened,
            Placeholder = t.WhatHappenedPlaceholder,
            IsMultiline = true,
            MaxLength = FreeText.LongestText,
            IsRequired = true,
            ErrorMessage = t.WhatHappenedError,
            Value = PrefillWithin(draft.WhatHappened),
        });
        body.Add(new InputDate
        {
            Id = CardKeys.OccurredDate,
            Label = t.OccurredDateLabel,
            IsRequired = true,
            ErrorMessage = t.OccurredDateError,
            Value = DateValue(draft.OccurredDate, today),
            Max = DateValue(null, today),
        });
        body.Add(new InputTime
        {
            Id = CardKeys.OccurredTime,
            Label = t.OccurredTimeLabel,
            Value = TimeValue(draft.OccurredTime),
        });

        var unitChoices = units.Select(u => new Choice(u.Name, u.Id)).ToList();
        body.Add(new InputChoiceSet(unitChoices)
        {
            Id = CardKeys.ReportUnit,
            Label = t.FieldUnit,
            Style = "compact",
            Placeholder = t.ReportUnitPlaceholder,
            IsRequired = true,
            ErrorMessage = t.ReportUnitError,
            Value = Chosen(unitChoices, draft.ReportUnit, defaultUnitId, unitChoices.Count == 1 ? unitChoices[0].Value : null),
        });
        body.Add(new InputText
        {
            Id = CardKeys.ImmediateMeasures,
            Label = t.ImmediateMeasuresLabel,
            IsMultiline = true,
            MaxLength = FreeText.LongestText,
            Value = PrefillWithin(draft.ImmediateMeasures),
        });

        var categories = CategoryChoices(t);
        body.Add(new InputChoiceSet(categories)
        {
            Id = CardKeys.Category,
            Label = t.CategoryLabel,
            Style = "compact",
            Placeholder = t.CategoryPlaceholder,
            Value = Chosen(categories, draft.Category),
        });

        // Each problem under its field, and all of them just above "Skicka rapporten", where a phone user looks.
        return Card(language, t, RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.DeviationRefusal, DeviationDraft.InputOf), t.ReportProblemsHeading), [new ExecuteAction(t.SendReport, CardVerbs.FileDeviation) { Style = "positive" }]);
    }

    private static AdaptiveCard Card(UiLanguage language, Texts t, List<CardElement> body, IReadOnlyList<CardActionElement> actions) => new()
    {
        Lang = language.Tag(),
        FallbackText = t.ReportFilingFallback,
        Body = body,
        Actions = actions,
    };
}
