using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Conversation;

/// <summary>
/// The manager's way into the unit's reports: the list of its open reports ("enhetens rapporter"), for the manager and
/// their substitute, the quality developers and the deputy director. Who may do what is the domain's (DeviationReport).
/// (The substitute the manager names is Organisations/SubstituteHandlers.)
/// </summary>
public sealed class UnitReportsConversation(
    AskerLookup askers,
    ReportRepository reports,
    TimeProvider time)
{
    public static void Register(IServiceProvider services, ActivityRouter router)
    {
        var conversation = ActivatorUtilities.CreateInstance<UnitReportsConversation>(services);
        router
            .OnMessage(BotCommands.UnitReports.Pattern, conversation.ShowUnitReportsAsync)
            .OnCardAction(CardVerbs.UnitReports, conversation.UnitReportsActionAsync);
    }

    // ---- The unit's open reports ----

    private async Task ShowUnitReportsAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var asker = await askers.FindAsync(turn, cancellationToken);
        var personal = turn.Activity.Conversation?.ConversationType is null or "personal";

        // In a channel or group chat everyone would read the list: a button instead, whose answer Teams shows to the one
        // who pressed it (a unit to choose, where the chat belongs to no unit).
        var card = asker is null ? NotInOrganisation(turn)
            : personal ? await UnitReportsCardAsync(asker, turn, null, 0, cancellationToken)
            : asker.UnitInContext(turn) is { } unit ? PrivateViewCard.ForUnitReports(asker.Language, unit).ToJson()
            : UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.UnitReports).ToJson();
        await SendAsync(turn, card, cancellationToken);
    }

    private async Task<CardActionResult> UnitReportsActionAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (await askers.FindAsync(turn, cancellationToken) is not { } asker)
        {
            return CardActionResult.ReplaceCard(NotInOrganisation(turn));
        }

        var skip = int.TryParse(action.GetString(CardKeys.Skip), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return CardActionResult.ReplaceCard(await UnitReportsCardAsync(asker, turn, action.GetString(CardKeys.Unit), skip, cancellationToken));
    }

    private async Task<JsonObject> UnitReportsCardAsync(Asker asker, TurnContext turn, string? unitId, int skip, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var organisation = asker.Organisation;
        var followed = DeviationReport.UnitsFollowedBy(organisation, asker.Person, now);
        if (followed.Count == 0)
        {
            // The reason is the role: say so, and where their own reports are.
            return NoticeCard.Build(asker.Language, asker.Texts.UnitReportsNotForStaff, isError: true).ToJson();
        }

        var unit = unitId is not null
            ? organisation.FindUnit(unitId)
            : followed.FirstOrDefault(u => u == asker.UnitInContext(turn)) ?? (followed.Count == 1 ? followed[0] : null);
        if (unit is null && unitId is null)
        {
            return UnitPickerCard.Build(asker.Language, followed, CardVerbs.UnitReports).ToJson();
        }

        if (unit is null || !DeviationReport.CanFollowUnit(asker.Person, unit, now))
        {
            return NoticeCard.Build(asker.Language, asker.Texts.NotYourUnit, isError: true).ToJson();
        }

        var page = await reports.OpenOfUnitAsync(organisation.Tenant, unit.Id, skip, UnitReportsCard.PageSize, cancellationToken);
        if (page.Reports.Count == 0 && page.Total > 0)
        {
            // Past the end (reports were closed meanwhile): the last page there is.
            skip = (page.Total - 1) / UnitReportsCard.PageSize * UnitReportsCard.PageSize;
            page = await reports.OpenOfUnitAsync(organisation.Tenant, unit.Id, skip, UnitReportsCard.PageSize, cancellationToken);
        }

        var substituteName = unit.Substitute is { } substitute ? organisation.FindPerson(substitute.PersonId)?.Name : null;
        return UnitReportsCard.Build(asker.Language, unit, page.Reports, page.Total, skip, now, substituteName, Substitutes.CanName(asker.Person, unit)).ToJson();
    }

    private static async Task SendAsync(TurnContext turn, JsonObject card, CancellationToken cancellationToken) =>
        await turn.SendAsync(Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);

    private static JsonObject NotInOrganisation(TurnContext turn)
    {
        var language = UiLanguages.FromLocale(turn.Locale);
        return NoticeCard.Build(language, Texts.For(language).ProfileUnknown, isError: true).ToJson();
    }
}
