using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Cards.Adaptive;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using static TeamsQuality.Cards.Deviations.DeviationCardParts;
using static TeamsQuality.Cards.StopCardParts;

namespace TeamsQuality.Cards.Deviations;

/// <summary>
/// What the user typed on the IVO package's form "Skickad till IVO", as the card sent it, so a refusal puts it back.
/// </summary>
public sealed record IvoSentDraft(string? SentOn = null, string? Diarienummer = null)
{
    public static IvoSentDraft FromInputs(JsonObject? data) =>
        new(CardInputs.Text(data, CardKeys.IvoSentOn), CardInputs.Text(data, CardKeys.IvoDiarienummer));

    /// <summary>The day chosen; null when none (or it could not be read, see <see cref="SentOnUnreadable"/>).</summary>
    public DateOnly? ChosenSentOn => CardInputs.Date(SentOn);

    /// <summary>A date was sent that is not a date (the date input cannot send one; forged data can).</summary>
    public bool SentOnUnreadable => SentOn is not null && ChosenSentOn is null;

    /// <summary>The input a refusal about a field goes under; null for the package itself (shown above the button).</summary>
    public static string? InputOf(Field field) => field switch
    {
        Field.IvoSentOn => CardKeys.IvoSentOn,
        Field.IvoDiarienummer => CardKeys.IvoDiarienummer,
        _ => null,
    };
}

/// <summary>
/// A lex Sarah report's IVO package, for the deputy director and the quality developers: the checklist of what IVO's
/// form asks (✓ or ✗, and where to add what is missing), the export (a short-lived download link, offered only when the
/// package is complete), what was recorded of the sending, and the form that records it (the date and IVO's
/// diarienummer; again to correct it). Nothing of the report's content is on the card: the PDF holds it.
/// </summary>
public static class IvoPackageCard
{
    /// <param name="language">The viewer's language.</param>
    /// <param name="report">The report.</param>
    /// <param name="unit">Its unit.</param>
    /// <param name="exportUrl">The download link of the PDF; null when the package is incomplete (nothing is offered then).</param>
    /// <param name="today">Today on the Swedish calendar: the latest day the form takes.</param>
    /// <param name="draft">What was typed in the form, put back after a refusal.</param>
    /// <param name="refusals">Why the last press was refused.</param>
    /// <param name="notice">A receipt at the top, in green.</param>
    public static AdaptiveCard Build(
        UiLanguage language,
        DeviationReport report,
        Unit unit,
        string? exportUrl,
        DateOnly today,
        IvoSentDraft? draft = null,
        IReadOnlyList<Refusal>? refusals = null,
        string? notice = null)
    {
        var t = Texts.For(language);
        var culture = language.Culture();
        var reference = report.Reference.ToString();
        var body = new List<CardElement>();
        if (!string.IsNullOrWhiteSpace(notice))
        {
            body.Add(Notice(notice, isError: false));
        }

        body.Add(Heading(string.Format(culture, t.IvoPackageTitle, reference)));
        body.Add(Subtle($"{t.IvoPackageDocumentTitle} · {unit.Name}"));
        body.Add(new TextBlock(t.IvoPackageIntro) { Wrap = true, Size = "small", Spacing = "small" });

        // The checklist: each item ✓ or ✗, and for a missing one where it is added.
        body.Add(new TextBlock(t.IvoChecklistHeading) { Weight = "bolder", Spacing = "medium", Separator = true });
        var checklist = IvoPackage.Checklist(report);
        foreach (var line in checklist)
        {
            var items = new List<CardElement>
            {
                new RichTextBlock(
                [
                    new TextRun(line.Present ? "✓ " : "✗ ") { Weight = "bolder", Color = line.Present ? "good" : "attention" },
                    new TextRun(t.IvoPackageItemName(line.Item)) { Color = line.Present ? null : "attention" },
                ]),
            };
            if (!line.Present)
            {
                items.Add(new TextBlock(t.IvoPackageItemHint(line.Item)) { Wrap = true, IsSubtle = true, Size = "small", Spacing = "none" });
            }

            body.Add(new Container(items) { Spacing = "small" });
        }

        var missing = checklist.Count(l => !l.Present);
        if (missing == 0 && exportUrl is not null)
        {
            body.Add(new TextBlock(t.IvoPackageComplete) { Weight = "bolder", Color = "good", Spacing = "medium" });
            body.Add(new ActionSet([new OpenUrlAction(t.IvoExportButton, exportUrl) { Style = "positive" }]) { Spacing = "small" });
            body.Add(Subtle(t.IvoExportHint));
        }
        else
        {
            body.Add(new TextBlock(string.Format(culture, t.IvoPackageIncompleteSummary, missing)) { Weight = "bolder", Color = "attention", Spacing = "medium", Wrap = true });
        }

        // What was recorded of the sending, and the form that records (or corrects) it once the decision is to report.
        body.Add(new TextBlock(t.IvoSentHeading) { Weight = "bolder", Spacing = "large", Separator = true });
        if (report.SentToIvo is { } sent)
        {
            body.AddRange(SentToIvo(language, t, sent, "none"));
        }
        else
        {
            body.Add(new TextBlock(t.IvoNotSentYet) { IsSubtle = true, Spacing = "none" });
        }

        if (report.IvoDecision?.ReportToIvo == true)
        {
            var typed = draft ?? new IvoSentDraft();
            var data = ReferenceData(report.Reference);
            body.Add(new Container(
            [
                new TextBlock(report.SentToIvo is null ? t.IvoSentForm : t.IvoSentCorrectForm) { Weight = "bolder", Color = "accent" },
                new InputDate
                {
                    Id = CardKeys.IvoSentOn,
                    Label = t.FieldIvoSentOn,
                    Max = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Value = CardParts.DateValue(typed.SentOn, draft is null ? report.SentToIvo?.SentOn : null),
                },
                new InputText
                {
                    Id = CardKeys.IvoDiarienummer,
                    Label = t.FieldIvoDiarienummer,
                    Placeholder = t.IvoDiarienummerPlaceholder,
                    MaxLength = 40,
                    Value = typed.Diarienummer ?? (draft is null ? report.SentToIvo?.Diarienummer : null),
                },
                new ActionSet([new ExecuteAction(t.SaveIvoSent, CardVerbs.IvoSent) { Data = data, Style = "positive" }]),
            ])
            {
                Style = "emphasis",
                Spacing = "medium",
            });
        }

        var placed = RefusalPlacement.Place(body, CardRefusals.Of(refusals ?? [], t.IvoPackageRefusal, IvoSentDraft.InputOf, CardVerbs.IvoSent), t.ReportProblemsHeading);
        return new AdaptiveCard
        {
            Lang = language.Tag(),
            FallbackText = string.Format(culture, t.IvoPackageTitle, reference),
            Body = placed,
            Actions =
            [
                new ExecuteAction(t.BackToReport, CardVerbs.OpenDeviation) { Data = ReferenceData(report.Reference), AssociatedInputs = "none" },
                new ExecuteAction(t.Refresh, CardVerbs.IvoPackage) { Data = ReferenceData(report.Reference), AssociatedInputs = "none" },
            ],
        };
    }
}
