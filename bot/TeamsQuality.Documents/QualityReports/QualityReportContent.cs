using System.Globalization;
using TeamsQuality.Cards;
using TeamsQuality.Documents.Rendering;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Risks;
using TeamsQuality.Domain.Time;

namespace TeamsQuality.Documents.QualityReports;

/// <summary>
/// The kvalitetsberättelse's content in the order of seed 004 §4, as blocks both the Word file and the PDF are drawn
/// from: cover, contents, perspectives, stops, self-checks, reports (tables and charts), IVO, risks, actions, the written
/// sections, and for the administration the cross-unit summary. Every figure is a sum over the report's own counts;
/// the charts are drawn once here.
/// </summary>
internal static class QualityReportContent
{
    private static readonly int[] Tertials = [1, 2, 3];

    /// <summary>An empty cell: the same mark in both languages.</summary>
    private const string Dash = "–";

    public static DocumentContent Build(QualityReport report, UiLanguage language)
    {
        var t = Texts.For(language);
        var c = language.Culture();
        var blocks = new List<DocumentBlock>();
        var title = string.Format(c, t.DocTitle, report.Year);
        var units = report.Units.ToDictionary(u => u.UnitId, u => u.UnitName, StringComparer.Ordinal);
        var administration = report.Scope == ReportScope.Forvaltning;

        // ---- Cover ----
        blocks.Add(new TitleBlock(title));
        blocks.Add(new KeyValueBlock(
        [
            (administration ? t.DocAdministration : t.DocUnit, report.Title),
            (t.DocOrganisation, report.OrganisationName),
            (t.DocPeriod, t.QualityYearSpan(report.Span)),
            (t.DocCompiled, string.Format(c, t.DocCompiledValue, Stamp(report.CompiledAt), report.CompiledByName)),
        ]));
        blocks.Add(new PageBreakBlock());
        blocks.Add(new ContentsBlock(t.DocContents, t.DocTocPlaceholder));
        blocks.Add(new PageBreakBlock());

        Perspectives(report, t, c, blocks);
        Stops(report, t, blocks);
        SelfChecks(report, t, c, blocks);
        Reports(report, t, c, blocks);
        Ivo(report, t, units, administration, blocks);
        Risks(report, t, blocks);
        Actions(report, t, units, administration, blocks);
        Written(report, t, c, blocks);
        if (administration)
        {
            Units(report, t, blocks);
        }

        return new DocumentContent(
            $"{title} – {report.Title}",
            report.OrganisationName,
            language == UiLanguage.English ? "en-GB" : "sv-SE",
            t.DocPageNumbers,
            blocks);
    }

    private static void Perspectives(QualityReport report, Texts t, CultureInfo c, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(t.DocPerspectivesHeading, 1));
        if (report.Perspectives.Count == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoPerspectives, Italic: true));
            return;
        }

        blocks.Add(new TableBlock(
            [t.DocPerspective, t.DocAssessment, t.DocTrend, t.DocComment],
            report.Perspectives.Select(p => Row(
                t.PerspectiveName(p.Perspective),
                NeedsAction(p.NeedsAction, t),
                t.TrendName(p.Trend),
                string.Join(" ", new[]
                {
                    p.Comment,
                    p.FromStops.Count > 0 ? string.Format(c, t.DocFromStops, string.Join(", ", p.FromStops)) : null,
                    p.Edited ? t.DocEdited : null,
                }.Where(s => !string.IsNullOrWhiteSpace(s))))).ToList(),
            [3, 2, 2, 5]));
    }

    private static void Stops(QualityReport report, Texts t, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(t.DocStopsHeading, 1));
        if (report.Stops.Count == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoStops, Italic: true));
            return;
        }

        blocks.Add(new TableBlock(
            [t.DocNumber, t.DocTheme, t.DocPerspective, t.DocDate, t.DocStatus, t.DocAssessment, t.DocConclusions],
            report.Stops.OrderBy(s => s.Number).Select(s => Row(
                s.Number.ToString(CultureInfo.InvariantCulture),
                s.Theme,
                t.PerspectiveName(s.Perspective),
                s.HeldOn is { } held ? Day(held) : string.Format(CultureInfo.InvariantCulture, t.DocPlannedFor, Day(s.DueDate)),
                t.StatusName(s.Status),
                s.Status == Domain.Stops.StopStatus.Klar ? $"{NeedsAction(s.NeedsAction, t)}\n{t.TrendName(s.Trend)}" : Dash,
                Or(s.Conclusions ?? s.Comment, t))).ToList(),
            [0.7, 2.4, 2, 1.7, 1.4, 1.8, 4]));
    }

    private static void SelfChecks(QualityReport report, Texts t, CultureInfo c, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(t.DocSelfChecksHeading, 1));
        var checks = report.SelfChecks;
        if (checks.Planned == 0 && checks.Done == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoSelfChecks, Italic: true));
            return;
        }

        var rows = checks.PerPerspective.Select(p => Row(t.PerspectiveName(p.Perspective), N(p.Planned), N(p.Done), N(p.Godkand), N(p.EjGodkand))).ToList();
        rows.Add(Row(t.DocTotal, N(checks.Planned), N(checks.Done), N(checks.Godkand), N(checks.EjGodkand)));
        blocks.Add(new TableBlock([t.DocPerspective, t.DocPlanned, t.DocDone, t.DocGodkand, t.DocEjGodkand], rows, [4, 1.5, 1.5, 1.5, 1.5]));

        blocks.Add(new HeadingBlock(t.DocFailuresHeading, 2));
        if (checks.Failures.Count == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoFailures, Italic: true));
            return;
        }

        blocks.Add(new TableBlock(
            [t.DocSelfCheck, t.DocPerspective, t.DocPeriod, t.DocCheckedOn, t.DocComment, t.DocActionsOrReason],
            checks.Failures.Select(f => Row(
                f.What,
                t.PerspectiveName(f.Perspective),
                f.Period,
                Day(f.CheckedOn),
                Or(f.Comment, t),
                f.Actions.Count > 0
                    ? string.Join("\n", f.Actions.Select(a => $"{a.Title} ({ActionStatus(a, t)})"))
                    : string.IsNullOrWhiteSpace(f.Reason) ? Dash : string.Format(c, t.DocReason, f.Reason))).ToList(),
            [3, 2, 1.5, 1.5, 2.5, 3.5]));
    }

    private static void Reports(QualityReport report, Texts t, CultureInfo c, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(t.DocReportsHeading, 1));
        var counts = report.Deviations;
        if (counts.Total == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoReports, Italic: true));
            return;
        }

        var kinds = Enum.GetValues<DeviationKind>();
        // Named by their months ("T1 nov–feb"): the tertials are the quality year's, counted from its first month.
        var tertials = report.Span.Tertials.Select(t.TertialName).ToList();

        // Per tertial × kind: one row per kind, then the totals.
        blocks.Add(new HeadingBlock(t.DocPerTertialHeading, 2));
        var perKind = kinds.Select(k => (Kind: k, Values: Tertials.Select(n => counts.OfKind(k, n)).ToArray())).ToList();
        var tertialRows = perKind.Select(k => Row([t.ReportKindName(k.Kind), .. k.Values.Select(N), N(k.Values.Sum())])).ToList();
        tertialRows.Add(Row([t.DocTotal, .. Tertials.Select(n => N(counts.Of(x => x.Tertial == n))), N(counts.Total)]));
        blocks.Add(new TableBlock([t.DocKind, .. tertials, t.DocTotal], tertialRows, [5, 1.2, 1.2, 1.2, 1.4]));

        var shown = perKind.Where(k => k.Values.Sum() > 0).Select(k => (Name: t.ReportKindName(k.Kind), k.Values)).ToList();
        var figure = 0;
        var chartTitle = t.DocChartPerTertial;
        var figures = string.Join("; ", tertials.Select((label, i) => $"{label}: " + string.Join(", ", shown.Select(s => $"{s.Name} {s.Values[i]}"))));
        var perTertialChart = QualityReportCharts.GroupedBars(tertials, shown, t.DocCount);
        blocks.Add(new ImageBlock(
            perTertialChart.Png,
            perTertialChart.Jpeg,
            QualityReportCharts.Width,
            QualityReportCharts.Height,
            string.Format(c, t.DocChartAlt, chartTitle, figures),
            string.Format(c, t.DocFigure, ++figure) + chartTitle));

        // Per category and per severity, split into deviations, lex Sarah and feedback.
        Func<DeviationCount, bool>[] groups = [x => x.Kind == DeviationKind.Avvikelse, x => x.Kind.IsLexSarah(), x => x.Kind.IsFeedback()];
        string[] groupHeaders = [t.DocDeviations, t.DocLexSarah, t.DocFeedback, t.DocTotal];

        blocks.Add(new HeadingBlock(t.DocPerCategoryHeading, 2));
        var categories = Enum.GetValues<DeviationCategory>().Select(k => ((DeviationCategory?)k, t.CategoryName(k))).ToList();
        if (counts.Of(x => x.Category is null) > 0)
        {
            categories.Add((null, t.DocNoCategory));
        }

        var perCategory = categories.Select(k => (Label: k.Item2, Values: groups.Select(g => counts.Of(x => x.Category == k.Item1 && g(x))).ToArray())).ToList();
        blocks.Add(new TableBlock(
            [t.DocCategory, .. groupHeaders],
            perCategory.Select(k => Row([k.Label, .. k.Values.Select(N), N(k.Values.Sum())])).ToList(),
            [4, 1.5, 1.5, 2, 1.3]));
        chartTitle = t.DocChartPerCategory;
        var categoryBars = perCategory.Select(k => (k.Label, Value: k.Values.Sum())).ToList();
        var perCategoryChart = QualityReportCharts.Bars(categoryBars, t.DocCount);
        blocks.Add(new ImageBlock(
            perCategoryChart.Png,
            perCategoryChart.Jpeg,
            QualityReportCharts.Width,
            QualityReportCharts.Height,
            string.Format(c, t.DocChartAlt, chartTitle, string.Join(", ", categoryBars.Select(b => $"{b.Label} {b.Value}"))),
            string.Format(c, t.DocFigure, ++figure) + chartTitle));

        blocks.Add(new HeadingBlock(t.DocPerSeverityHeading, 2));
        var severities = Enum.GetValues<Severity>().Select(s => ((Severity?)s, t.SeverityName(s))).ToList();
        if (counts.Of(x => x.Severity is null) > 0)
        {
            severities.Add((null, t.DocSeverityUnknown));
        }

        blocks.Add(new TableBlock(
            [t.DocSeverity, .. groupHeaders],
            severities.Select(s =>
            {
                var values = groups.Select(g => counts.Of(x => x.Severity == s.Item1 && g(x))).ToArray();
                return Row([s.Item2, .. values.Select(N), N(values.Sum())]);
            }).ToList(),
            [4, 1.5, 1.5, 2, 1.3]));
    }

    private static void Ivo(QualityReport report, Texts t, Dictionary<string, string> units, bool administration, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(t.DocIvoHeading, 1));
        if (report.IvoCases.Count == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoIvo, Italic: true));
            return;
        }

        List<string> headers = [t.DocReference, t.DocKind, t.DocSeverity, t.DocFiledOn, t.DocDecidedOn, t.DocReportToIvo, t.DocSentToIvo, t.DocIvoDiarienummer];
        List<double> shares = [1.6, 2.6, 1.6, 1.3, 1.3, 1.2, 1.3, 1.6];
        if (administration)
        {
            headers.Insert(1, t.DocUnit);
            shares.Insert(1, 1.8);
        }

        blocks.Add(new TableBlock(
            headers,
            report.IvoCases.Select(i =>
            {
                List<string> row =
                [
                    i.Reference,
                    t.ReportKindName(i.Kind),
                    t.SeverityName(i.Severity),
                    Day(i.FiledOn),
                    i.DecidedOn is { } decided ? Day(decided) : Dash,
                    i.ReportToIvo switch { true => t.Yes, false => t.No, null => t.DocUndecided },
                    i.SentToIvoOn is { } sent ? Day(sent) : Dash,
                    i.IvoDiarienummer ?? Dash,
                ];
                if (administration)
                {
                    row.Insert(1, units.GetValueOrDefault(i.UnitId, i.UnitId));
                }

                return (IReadOnlyList<string>)row;
            }).ToList(),
            shares));
    }

    private static void Risks(QualityReport report, Texts t, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(t.DocRisksHeading, 1));
        if (report.Risks.Assessed == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoRisks, Italic: true));
            return;
        }

        var rows = RiskYearSummary.Order
            .Select(level => report.Risks.Levels.FirstOrDefault(l => l.Level == level) ?? new RiskLevelCount(level, 0, 0))
            .Select(l => Row(t.RiskLevelName(l.Level), N(l.Assessed), N(l.WithActions)))
            .ToList();
        rows.Add(Row(t.DocTotal, N(report.Risks.Assessed), N(report.Risks.Levels.Sum(l => l.WithActions))));
        blocks.Add(new TableBlock([t.DocRiskLevel, t.DocRisksAssessed, t.DocRisksWithActions], rows, [3, 2, 2]));
    }

    private static void Actions(QualityReport report, Texts t, Dictionary<string, string> units, bool administration, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(t.DocActionsHeading, 1));
        if (report.Actions.Count == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoActions, Italic: true));
            return;
        }

        List<string> headers = [t.DocAction, t.DocOrigin, t.DocCause, t.DocOwner, t.DocDue, t.DocStatus, t.DocEffect];
        List<double> shares = [3.2, 1.6, 2.6, 1.6, 1.4, 1.6, 1.1];
        if (administration)
        {
            headers.Insert(1, t.DocUnit);
            shares.Insert(1, 1.6);
        }

        blocks.Add(new TableBlock(
            headers,
            report.Actions.Select(a =>
            {
                List<string> row =
                [
                    a.Title,
                    t.ActionFromOrigin(a.Origin),
                    Or(a.Cause, t),
                    a.OwnerName ?? t.OwnerDefault,
                    a.DueDate is { } due ? Day(due) : Dash,
                    ActionStatus(a, t),
                    a.Effect is { } effect ? t.EffectName(effect) : Dash,
                ];
                if (administration)
                {
                    row.Insert(1, units.GetValueOrDefault(a.UnitId, a.UnitId));
                }

                return (IReadOnlyList<string>)row;
            }).ToList(),
            shares));
    }

    private static void Written(QualityReport report, Texts t, CultureInfo c, List<DocumentBlock> blocks)
    {
        foreach (var kind in QualityReport.WrittenOrder)
        {
            blocks.Add(new HeadingBlock(t.DocWrittenHeading(kind), 1));
            var section = report.WrittenOf(kind);
            if (section is null || string.IsNullOrWhiteSpace(section.Text))
            {
                blocks.Add(new ParagraphBlock(t.DocNotFilledIn, Italic: true));
                continue;
            }

            blocks.Add(new ParagraphBlock(section.Text.Trim()));
            blocks.Add(new ParagraphBlock(string.Format(c, t.DocWrittenBy, Stamp(section.At), section.ByName), Italic: true));
        }
    }

    private static void Units(QualityReport report, Texts t, List<DocumentBlock> blocks)
    {
        blocks.Add(new HeadingBlock(t.DocUnitsHeading, 1));
        if (report.Units.Count == 0)
        {
            blocks.Add(new ParagraphBlock(t.DocNoUnits, Italic: true));
            return;
        }

        var rows = report.Units.Select(u => Row(
            u.UnitName,
            $"{N(u.StopsFinished)}/{N(u.StopsPlanned)}",
            $"{N(u.SelfChecksDone)}/{N(u.SelfChecksPlanned)}",
            N(u.SelfChecksEjGodkand),
            N(u.Deviations),
            N(u.LexSarah),
            N(u.Complaints),
            $"{N(u.ActionsOpen)}/{N(u.ActionsOverdue)}",
            N(u.CriticalRisks))).ToList();
        rows.Add(Row(
            t.DocTotal,
            $"{N(report.Units.Sum(u => u.StopsFinished))}/{N(report.Units.Sum(u => u.StopsPlanned))}",
            $"{N(report.Units.Sum(u => u.SelfChecksDone))}/{N(report.Units.Sum(u => u.SelfChecksPlanned))}",
            N(report.Units.Sum(u => u.SelfChecksEjGodkand)),
            N(report.Units.Sum(u => u.Deviations)),
            N(report.Units.Sum(u => u.LexSarah)),
            N(report.Units.Sum(u => u.Complaints)),
            $"{N(report.Units.Sum(u => u.ActionsOpen))}/{N(report.Units.Sum(u => u.ActionsOverdue))}",
            N(report.Units.Sum(u => u.CriticalRisks))));
        blocks.Add(new TableBlock(
            [t.DocUnit, t.DocStopsHeldPlanned, t.DocSelfChecksDonePlanned, t.DocEjGodkand, t.DocDeviations, t.DocLexSarah, t.DocComplaints, t.DocActionsOpenOverdue, t.DocCriticalRisks],
            rows,
            [3, 1.6, 1.8, 1.2, 1.3, 1.1, 1.2, 1.6, 1.2]));
    }

    private static string ActionStatus(ReportedAction action, Texts t) =>
        action.Overdue ? $"{t.ActionStatusName(action.Status)}, {t.DocOverdue}" : t.ActionStatusName(action.Status);

    private static string NeedsAction(bool? needsAction, Texts t) => needsAction switch
    {
        true => t.DocNeedsAction,
        false => t.DocNoActionNeeded,
        null => t.DocNotAssessed,
    };

    private static string Or(string? text, Texts t) => string.IsNullOrWhiteSpace(text) ? Dash : text.Trim();

    private static string[] Row(params string[] cells) => cells;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant as the clock in Sweden showed it.</summary>
    private static string Stamp(DateTimeOffset at) => SwedishTime.ToSwedish(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
