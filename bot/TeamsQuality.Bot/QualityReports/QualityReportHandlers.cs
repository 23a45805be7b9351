using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.QualityReports;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.QualityReports;
using TeamsQuality.Domain.QualityReports;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.QualityReports;

/// <summary>
/// The kvalitetsberättelse in Teams: <c>kvalitetsberättelse [år]</c> (also from stop 10's card) shows the year's report
/// on a card, a written section or a perspective's assessment is edited in a card form, and Word and PDF come as links.
/// The use cases decide who may read and write; staff get a clear refusal.
/// </summary>
public sealed class QualityReportHandlers(QualityReportViews views, ShowReportDraft showDraft, WriteReportSection write, AssessReportPerspective assess)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<QualityReportHandlers>(BotCommands.QualityReport.Pattern, (h, asker, turn, ct) => h.CommandAsync(asker, turn, ct))
        .OnCardAction<QualityReportHandlers>(CardVerbs.QualityReport, async (h, asker, _, action, ct) =>
        {
            var press = QualityReportPress.FromData(action.Data);
            return CardActionResult.ReplaceCard(await h.ShowAsync(asker, press.Scope, press.Year, null, ct));
        })
        .OnCardAction<QualityReportHandlers>(CardVerbs.QualityReportSection, (h, asker, _, action, ct) => h.SectionFormAsync(asker, action, ct))
        .OnCardAction<QualityReportHandlers>(CardVerbs.QualityReportSaveSection, (h, asker, _, action, ct) => h.SaveSectionAsync(asker, action, ct))
        .OnCardAction<QualityReportHandlers>(CardVerbs.QualityReportPerspective, (h, asker, _, action, ct) => h.PerspectiveFormAsync(asker, action, null, null, ct))
        .OnCardAction<QualityReportHandlers>(CardVerbs.QualityReportSavePerspective, (h, asker, _, action, ct) => h.SavePerspectiveAsync(asker, action, ct));

    /// <summary>The report the person sees first, or the choice of reports; staff are told whom the report is for.</summary>
    private async Task<JsonObject> CommandAsync(Asker asker, TurnContext turn, CancellationToken cancellationToken)
    {
        var year = QualityReportPress.YearIn(turn.Text);
        var choices = views.Choices(asker.Actor, asker.Language);
        if (choices.Count == 0)
        {
            return Notice(asker, asker.Texts.QualityReportNotForYou);
        }

        return QualityReportViews.First(asker.Actor, choices) is { } first
            ? await ShowAsync(asker, first, year, null, cancellationToken)
            : QualityReportFormCards.Chooser(asker.Language, year, choices).ToJson();
    }

    private async Task<JsonObject> ShowAsync(Asker asker, string? scope, int? year, string? saved, CancellationToken cancellationToken)
    {
        var choices = views.Choices(asker.Actor, asker.Language);
        scope ??= QualityReportViews.First(asker.Actor, choices);
        if (scope is null)
        {
            return choices.Count == 0 ? Notice(asker, asker.Texts.QualityReportNotForYou) : QualityReportFormCards.Chooser(asker.Language, year, choices).ToJson();
        }

        var compiled = await views.CompileAsync(asker.Actor, scope, year, cancellationToken);
        if (compiled.IsRefused)
        {
            return Notice(asker, asker.Texts.QualityReportRefusal(compiled.Refusals[0]));
        }

        var report = compiled.Value;
        var (word, pdf) = views.Links(asker.Actor, report, asker.Language);
        var others = choices.Where(c => c.Scope != scope).ToList();
        return QualityReportCard.Build(asker.Language, report, views.CanWrite(asker.Actor, report), word, pdf, others, saved).ToJson();
    }

    private async Task<CardActionResult> SectionFormAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var press = QualityReportPress.FromData(action.Data);
        if (press.Section is not { } section || Target(press) is not { } target)
        {
            return CardActionResult.ReplaceCard(await ShowAsync(asker, press.Scope, press.Year, null, cancellationToken));
        }

        var draft = await showDraft.RunAsync(asker.Actor, target, cancellationToken);
        return CardActionResult.ReplaceCard(draft.IsRefused
            ? Notice(asker, asker.Texts.QualityReportRefusal(draft.Refusals[0]))
            : QualityReportFormCards.Section(asker.Language, Title(asker, press), press.Scope!, target.Year, section, draft.Value).ToJson());
    }

    private async Task<CardActionResult> SaveSectionAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var press = QualityReportPress.FromData(action.Data);
        if (Target(press) is not { } target)
        {
            return CardActionResult.ReplaceCard(await ShowAsync(asker, press.Scope, press.Year, null, cancellationToken));
        }

        var saved = await write.RunAsync(asker.Actor, target, press.Section, press.Text, press.Revision, cancellationToken);
        if (!saved.IsRefused)
        {
            return CardActionResult.ReplaceCard(await ShowAsync(asker, press.Scope, target.Year, asker.Texts.QualityReportSaved, cancellationToken));
        }

        if (saved.Unchanged is not { } draft || press.Section is not { } section)
        {
            return CardActionResult.ReplaceCard(Notice(asker, asker.Texts.QualityReportRefusal(saved.Refusals[0])));
        }

        // The text as typed stays in the form, under it why it was not saved; the revision is the one now stored, so a
        // second press after reading the newer text saves over it.
        return CardActionResult.ReplaceCard(QualityReportFormCards.Section(
            asker.Language, Title(asker, press), press.Scope!, target.Year, section, draft, press.Text ?? string.Empty, draft.RevisionOf(section), saved.Refusals).ToJson());
    }

    private async Task<CardActionResult> PerspectiveFormAsync(Asker asker, CardAction action, QualityReportPress? typed, IReadOnlyList<Refusal>? refusals, CancellationToken cancellationToken)
    {
        var press = QualityReportPress.FromData(action.Data);
        if (press.Perspective is not { } perspective || press.Scope is not { } scope)
        {
            return CardActionResult.ReplaceCard(await ShowAsync(asker, press.Scope, press.Year, null, cancellationToken));
        }

        var compiled = await views.CompileAsync(asker.Actor, scope, press.Year, cancellationToken);
        if (compiled.IsRefused)
        {
            return CardActionResult.ReplaceCard(Notice(asker, asker.Texts.QualityReportRefusal(compiled.Refusals[0])));
        }

        var report = compiled.Value;
        var current = report.Perspectives.Single(p => p.Perspective == perspective);
        return CardActionResult.ReplaceCard(QualityReportFormCards.Perspective(asker.Language, report.Title, scope, report.Year, current, typed, refusals).ToJson());
    }

    private async Task<CardActionResult> SavePerspectiveAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var press = QualityReportPress.FromData(action.Data);
        if (Target(press) is not { } target)
        {
            return CardActionResult.ReplaceCard(await ShowAsync(asker, press.Scope, press.Year, null, cancellationToken));
        }

        var saved = await assess.RunAsync(asker.Actor, target, press.Perspective, press.NeedsAction, press.Trend, press.Comment, cancellationToken);
        return saved.IsRefused
            ? await PerspectiveFormAsync(asker, action, press, saved.Refusals, cancellationToken)
            : CardActionResult.ReplaceCard(await ShowAsync(asker, press.Scope, target.Year, asker.Texts.QualityReportSaved, cancellationToken));
    }

    private static ReportTarget? Target(QualityReportPress press) =>
        press.Year is not { } year || press.Scope is null ? null
        : press.IsAdministration ? ReportTarget.OfAdministration(year)
        : ReportTarget.OfUnit(press.Scope, year);

    private static string Title(Asker asker, QualityReportPress press) =>
        press.UnitId is { } unitId ? asker.Organisation.FindUnit(unitId)?.Name ?? unitId : asker.Organisation.Name;

    private static JsonObject Notice(Asker asker, string text) => NoticeCard.Build(asker.Language, text, isError: true).ToJson();
}
