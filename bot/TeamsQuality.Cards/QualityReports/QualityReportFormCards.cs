using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.QualityReports;

/// <summary>
/// The forms of the report's card: one written section (its text, the revision it saves over, its earlier versions)
/// and one perspective's own assessment. A refusal comes back under the input it concerns, with what was typed kept.
/// </summary>
public static class QualityReportFormCards
{
    /// <summary>How many earlier versions the section's form lists (the tab lists them all).</summary>
    public const int VersionsShown = 5;

    private const int LongestVersion = 200;

    /// <param name="title">The report's title (the unit's or the organisation's name).</param>
    /// <param name="typed">What the writer typed (after a refusal); null: the section as saved.</param>
    public static AdaptiveCard Section(
        UiLanguage language, string title, string scope, int year, WrittenSectionKind kind, QualityReportDraft draft, string? typed = null, int? typedRevision = null,
        IReadOnlyList<Refusal>? refusals = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var body = new List<CardElement>
        {
            Heading(string.Format(culture, t.QualityReportSectionFormTitle, t.SectionName(kind))),
            Subtle(string.Format(culture, t.QualityReportTitle, year, title)),
            Subtle(t.QualityReportSectionHint),
            new InputText
            {
                Id = CardKeys.ReportText,
                Label = t.SectionName(kind),
                IsMultiline = true,
                MaxLength = FreeText.LongestText,
                Value = Prefill(typed ?? draft.SectionOrEmpty(kind)?.Text),
            },
        };
        var versions = draft.HistoryOf(kind);
        if (versions.Count > 0)
        {
            body.Add(Subheading(t.QualityReportHistoryHeading));
            foreach (var version in versions.Take(VersionsShown))
            {
                body.Add(Subtle(string.Format(culture, t.QualityReportHistoryLine, version.Revision, version.ByName, Domain.Time.SwedishTime.ToSwedish(version.At).ToString("g", culture))));
                body.Add(new TextBlock(string.IsNullOrEmpty(version.Text) ? t.QualityReportEmptied : Shorten(version.Text, LongestVersion)) { Wrap = true, Spacing = "none", Size = "small" });
            }
        }

        var data = QualityReportPress.Data(scope, year, section: kind);
        data[CardKeys.ReportRevision] = typedRevision ?? draft.RevisionOf(kind);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.QualityReportSectionFormTitle, t.SectionName(kind)),
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.QualityReportRefusal, QualityReportPress.InputOf, CardVerbs.QualityReportSaveSection), t.ReportProblemsHeading),
            Actions =
            [
                new ExecuteAction(t.QualityReportSave, CardVerbs.QualityReportSaveSection) { Data = data, Style = "positive" },
                new ExecuteAction(t.QualityReportBack, CardVerbs.QualityReport) { Data = QualityReportPress.Data(scope, year), AssociatedInputs = "none" },
            ],
        };
    }

    /// <param name="current">The perspective as the report has it now.</param>
    /// <param name="typed">What was chosen and typed (after a refusal).</param>
    public static AdaptiveCard Perspective(
        UiLanguage language, string title, string scope, int year, PerspectiveAssessment current, QualityReportPress? typed = null, IReadOnlyList<Refusal>? refusals = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var needsAction = typed is null ? current.NeedsAction : typed.NeedsAction;
        var trend = typed is null ? current.Trend : typed.Trend;
        var trends = new[] { Trend.Battre, Trend.Oforandrad, Trend.Samre, Trend.EjBedomd }.Select(x => new Choice(t.TrendName(x), x.ToString())).ToList();
        var body = new List<CardElement>
        {
            Heading(string.Format(culture, t.QualityReportPerspectiveFormTitle, t.PerspectiveName(current.Perspective))),
            Subtle(string.Format(culture, t.QualityReportTitle, year, title)),
            Subtle(current.Edited ? t.QualityReportEdited
                : current.FromStops.Count > 0 ? string.Format(culture, t.QualityReportFromStops, string.Join(", ", current.FromStops))
                : t.QualityReportNotAssessed),
            new InputChoiceSet([new Choice(t.QualityReportYes, "true"), new Choice(t.QualityReportNo, "false")])
            {
                Id = CardKeys.ReportNeedsAction,
                Label = t.NeedsActionLabel,
                Style = "expanded",
                IsRequired = true,
                ErrorMessage = t.NeedsActionError,
                Value = needsAction switch { true => "true", false => "false", null => null },
            },
            new InputChoiceSet(trends)
            {
                Id = CardKeys.ReportTrend,
                Label = t.TrendLabel,
                Style = "compact",
                IsRequired = true,
                ErrorMessage = t.NeedsActionError,
                Value = trend?.ToString(),
            },
            new InputText
            {
                Id = CardKeys.ReportComment,
                Label = t.QualityReportCommentLabel,
                IsMultiline = true,
                MaxLength = FreeText.LongestText,
                Value = Prefill(typed is null ? current.Comment : typed.Comment),
            },
        };
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.QualityReportPerspectiveFormTitle, t.PerspectiveName(current.Perspective)),
            Body = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.QualityReportRefusal, QualityReportPress.InputOf, CardVerbs.QualityReportSavePerspective), t.ReportProblemsHeading),
            Actions =
            [
                new ExecuteAction(t.QualityReportSave, CardVerbs.QualityReportSavePerspective) { Data = QualityReportPress.Data(scope, year, perspective: current.Perspective), Style = "positive" },
                new ExecuteAction(t.QualityReportBack, CardVerbs.QualityReport) { Data = QualityReportPress.Data(scope, year), AssociatedInputs = "none" },
            ],
        };
    }

    /// <summary>Which report to see, for those who may see more than one (the quality developers, a manager of several units).</summary>
    public static AdaptiveCard Chooser(UiLanguage language, int? year, IReadOnlyList<ReportChoice> choices)
    {
        var t = Texts.For(language);
        var data = new System.Text.Json.Nodes.JsonObject();
        if (year is { } y)
        {
            data[CardKeys.ReportYear] = y;
        }

        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = t.QualityReportChooseTitle,
            Body =
            [
                Heading(t.QualityReportChooseTitle),
                new InputChoiceSet(choices.Select(c => new Choice(c.Name, c.Scope)).ToList())
                {
                    Id = CardKeys.ReportScope,
                    Label = t.QualityReportChooseLabel,
                    Style = "compact",
                    IsRequired = true,
                    ErrorMessage = t.ChooseUnitError,
                    Value = choices.Count > 0 ? choices[0].Scope : null,
                },
            ],
            Actions = [new ExecuteAction(t.QualityReportShow, CardVerbs.QualityReport) { Data = data }],
        };
    }
}
