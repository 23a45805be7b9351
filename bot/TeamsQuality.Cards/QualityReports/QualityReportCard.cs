using System.Globalization;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Stops;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.QualityReports;

/// <summary>Another report the viewer may choose on the card: its scope value and its name.</summary>
public sealed record ReportChoice(string Scope, string Name);

/// <summary>
/// The year's kvalitetsberättelse on a card: the year in figures (one line per part of the report), the administration's
/// units one line each, the assessment per perspective (compiled from the finished stops, or the manager's own, marked),
/// the manager's written sections each with *Skriv*/*Ändra*, and the Word and PDF links (made when the card is shown,
/// valid 15 minutes). The full tables are in the documents and the tab; the card stays small enough for a phone.
/// </summary>
public static class QualityReportCard
{
    /// <summary>How many units the administration's card lists (all of them are in the documents and the tab).</summary>
    public const int UnitsShown = 15;

    private const int LongestSection = 300;

    /// <param name="canWrite">Whether the viewer writes this report (its acting manager; the administration's deputy director).</param>
    /// <param name="others">The other reports the viewer may choose; none: no chooser.</param>
    /// <param name="saved">What was just saved, said on top.</param>
    public static AdaptiveCard Build(
        UiLanguage language, QualityReport report, bool canWrite, string wordUrl, string pdfUrl, IReadOnlyList<ReportChoice> others, string? saved = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var scope = QualityReportPress.ScopeOf(report);
        var body = new List<CardElement> { Heading(string.Format(culture, t.QualityReportTitle, report.Year, report.Title)) };
        if (saved is not null)
        {
            body.Add(new TextBlock(saved) { Color = "good", Weight = "bolder", Spacing = "small" });
        }

        body.Add(Subtle(string.Format(culture, t.QualityReportCompiled, Domain.Time.SwedishTime.ToSwedish(report.CompiledAt).ToString("g", culture), report.CompiledByName)));
        body.Add(Subtle(t.QualityYearSpan(report.Span)));

        body.Add(Subheading(t.QualityReportSummaryHeading));
        body.Add(new FactSet(Figures(t, culture, report)));

        if (report.Units.Count > 0)
        {
            body.Add(Subheading(t.QualityReportUnitsHeading));
            foreach (var unit in report.Units.Take(UnitsShown))
            {
                body.Add(new RichTextBlock(
                [
                    new TextRun(unit.UnitName + ": ") { Weight = "bolder" },
                    new TextRun(string.Format(culture, t.QualityReportUnitLine, unit.StopsFinished, unit.StopsPlanned, unit.Deviations, unit.ActionsOverdue)),
                ])
                {
                    Spacing = "none",
                });
            }

            if (report.Units.Count > UnitsShown)
            {
                body.Add(Subtle(string.Format(culture, t.QualityReportMoreUnits, report.Units.Count - UnitsShown)));
            }
        }

        body.Add(Subheading(t.QualityReportPerspectivesHeading));
        foreach (var p in report.Perspectives)
        {
            body.Add(Perspective(t, culture, scope, report.Year, p, canWrite));
        }

        body.Add(Subheading(t.QualityReportWrittenHeading));
        foreach (var kind in QualityReport.WrittenOrder)
        {
            body.Add(Section(t, culture, scope, report.Year, kind, report.WrittenOf(kind), canWrite));
        }

        if (!canWrite)
        {
            body.Add(new TextBlock(t.QualityReportReadOnly) { IsSubtle = true, Size = "small", Spacing = "medium" });
        }

        if (others.Count > 0)
        {
            body.Add(new InputChoiceSet(others.Select(o => new Choice(o.Name, o.Scope)).ToList())
            {
                Id = CardKeys.ReportScope,
                Label = t.QualityReportOtherLabel,
                Style = "compact",
                Value = others[0].Scope,
                Spacing = "large",
                Separator = true,
            });
            body.Add(new ActionSet([new ExecuteAction(t.QualityReportShow, CardVerbs.QualityReport) { Data = new() { [CardKeys.ReportYear] = report.Year } }]));
        }

        body.Add(Subtle(t.QualityReportLinksNote));
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.QualityReportFallback, report.Year, report.Title),
            Body = body,
            Actions =
            [
                new OpenUrlAction(t.QualityReportWord, wordUrl),
                new OpenUrlAction(t.QualityReportPdf, pdfUrl),
                new ExecuteAction(t.Refresh, CardVerbs.QualityReport) { Data = QualityReportPress.Data(scope, report.Year), AssociatedInputs = "none" },
            ],
        };
    }

    /// <summary>The year in figures: one line per part of the report.</summary>
    public static List<Fact> Figures(Texts t, CultureInfo culture, QualityReport report)
    {
        var d = report.Deviations;
        var feedback = d.Of(c => c.Kind is DeviationKind.Synpunkt or DeviationKind.Klagomal);
        var lexSarah = d.Of(c => c.Kind.IsLexSarah());
        var deviations = d.OfKind(DeviationKind.Avvikelse);
        return
        [
            new(t.QualityReportStopsLabel, string.Format(culture, t.QualityReportStopsLine, report.Stops.Count(s => s.Status == StopStatus.Klar), report.Stops.Count)),
            new(t.QualityReportSelfChecksLabel, string.Format(culture, t.QualityReportSelfChecksLine, report.SelfChecks.Done, report.SelfChecks.Planned, report.SelfChecks.EjGodkand)),
            new(t.QualityReportDeviationsLabel, string.Format(culture, t.QualityReportDeviationsLine, deviations, lexSarah, feedback)),
            new(t.QualityReportIvoLabel, string.Format(culture, t.QualityReportIvoLine, report.IvoCases.Count)),
            new(t.QualityReportRisksLabel, string.Format(culture, t.QualityReportRisksLine,
                report.Risks.Of(RiskLevel.Kritisk).Assessed, report.Risks.Of(RiskLevel.Medium).Assessed, report.Risks.Of(RiskLevel.Lag).Assessed)),
            new(t.QualityReportActionsLabel, string.Format(culture, t.QualityReportActionsLine,
                report.Actions.Count(a => a.Status == ActionStatus.Genomford), report.Actions.Count(a => a.Status != ActionStatus.Genomford), report.Actions.Count(a => a.Overdue))),
        ];
    }

    private static Container Perspective(Texts t, CultureInfo culture, string scope, int year, PerspectiveAssessment p, bool canWrite)
    {
        var items = new List<CardElement>
        {
            new TextBlock(t.PerspectiveName(p.Perspective)) { Weight = "bolder", Spacing = "small" },
            Plain(p.NeedsAction switch
            {
                true => $"{t.AssessmentNeedsAction} · {t.TrendName(p.Trend)}",
                false => $"{t.AssessmentNoAction} · {t.TrendName(p.Trend)}",
                null => t.QualityReportNotAssessed,
            }),
        };
        if (p.Comment is { Length: > 0 } comment)
        {
            items.Add(new TextBlock(Shorten(comment, LongestSection)) { Wrap = true, Spacing = "none" });
        }

        items.Add(Subtle(p.Edited ? t.QualityReportEdited
            : p.FromStops.Count > 0 ? string.Format(culture, t.QualityReportFromStops, string.Join(", ", p.FromStops))
            : t.QualityReportNotAssessed));
        if (canWrite)
        {
            items.Add(new ActionSet([new ExecuteAction(t.QualityReportEditPerspective, CardVerbs.QualityReportPerspective)
            {
                Data = QualityReportPress.Data(scope, year, perspective: p.Perspective),
                AssociatedInputs = "none",
            }]));
        }

        return new Container(items) { Separator = true, Spacing = "small" };
    }

    private static Container Section(Texts t, CultureInfo culture, string scope, int year, WrittenSectionKind kind, WrittenSection? written, bool canWrite)
    {
        var items = new List<CardElement> { new TextBlock(t.SectionName(kind)) { Weight = "bolder", Spacing = "small" } };
        if (written is null)
        {
            items.Add(Subtle(t.QualityReportNotWritten));
        }
        else
        {
            items.Add(new TextBlock(Shorten(written.Text, LongestSection)) { Wrap = true, Spacing = "none" });
            items.Add(Subtle(string.Format(culture, t.QualityReportSavedBy, written.ByName, Domain.Time.SwedishTime.ToSwedish(written.At).ToString("g", culture), written.Revision)));
        }

        if (canWrite)
        {
            items.Add(new ActionSet([new ExecuteAction(written is null ? t.QualityReportWrite : t.QualityReportChange, CardVerbs.QualityReportSection)
            {
                Data = QualityReportPress.Data(scope, year, section: kind),
                AssociatedInputs = "none",
            }]));
        }

        return new Container(items) { Separator = true, Spacing = "small" };
    }
}
