using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Bot.Downloads;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Deviations;

/// <summary>
/// A lex Sarah report's IVO package in Teams, for the deputy director and the quality developers: *IVO-underlag* on the
/// report's card opens the checklist, with a download link to the PDF when it is complete (made afresh each time the
/// card is shown, see <see cref="IvoPackageDownload"/>), and the form *Skickad till IVO* records the date and IVO's
/// diarienummer. Who may and what is missing are the use cases'.
/// </summary>
public sealed class IvoPackageHandlers(CheckIvoPackage check, RecordSentToIvo recordSent, DownloadLinks links, TimeProvider time)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnCardAction<IvoPackageHandlers>(CardVerbs.IvoPackage, (h, asker, _, action, ct) => h.OpenAsync(asker, action, ct))
        .OnCardAction<IvoPackageHandlers>(CardVerbs.IvoSent, (h, asker, _, action, ct) => h.RecordSentAsync(asker, action, ct));

    private async Task<CardActionResult> OpenAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        CardActionResult.ReplaceCard(Shown(asker, await check.RunAsync(asker.Actor, ReferenceOf(action), cancellationToken)));

    private async Task<CardActionResult> RecordSentAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var draft = IvoSentDraft.FromInputs(action.Data);
        var outcome = await recordSent.RunAsync(asker.Actor, ReferenceOf(action), draft.ChosenSentOn, draft.SentOnUnreadable, draft.Diarienummer, cancellationToken);
        return CardActionResult.ReplaceCard(Shown(asker, outcome, draft, asker.Texts.IvoSentSaved));
    }

    /// <summary>
    /// The package as the use case left it: done, with the receipt on top; refused with the report read, the card with
    /// what was typed and each refusal under its input; otherwise one line saying why there is no package for them.
    /// </summary>
    private JsonObject Shown(Asker asker, Outcome<IvoPackageView> outcome, IvoSentDraft? draft = null, string? saved = null)
    {
        if (outcome is { IsRefused: false })
        {
            return Card(asker, outcome.Value, notice: saved);
        }

        if (outcome.Unchanged is { } unchanged)
        {
            return Card(asker, unchanged, draft, outcome.Refusals);
        }

        var t = asker.Texts;
        var text = outcome.Refusals[0].Reason == RefusalReason.WrongState ? t.IvoPackageNoneHere : t.IvoPackageNotForRole;
        return NoticeCard.Build(asker.Language, text, isError: true).ToJson();
    }

    private JsonObject Card(Asker asker, IvoPackageView package, IvoSentDraft? draft = null, IReadOnlyList<Refusal>? refusals = null, string? notice = null)
    {
        var report = package.Report;
        var url = package.IsComplete
            ? links.Create(asker.Actor.Tenant.Value, asker.Person.Id, IvoPackageDownload.DownloadKind, report.Reference.ToString(), "pdf", asker.Language)
            : null;
        return IvoPackageCard.Build(asker.Language, report, package.Deviation.Unit, url, SwedishTime.Day(time.GetUtcNow()), draft, refusals, notice).ToJson();
    }

    private static string? ReferenceOf(CardAction action) => action.GetString(CardKeys.Reference);
}
