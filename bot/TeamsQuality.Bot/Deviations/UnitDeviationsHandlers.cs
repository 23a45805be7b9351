using System.Text.Json.Nodes;
using TeamsQuality.Application.Deviations;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.Deviations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Deviations;

/// <summary>
/// The manager's way into the unit's reports: "enhetens rapporter", the unit's open reports a page at a time, for the
/// manager and their substitute, the quality developers and the deputy director (who may, is the use case's).
/// </summary>
public sealed class UnitDeviationsHandlers(UnitDeviations unitDeviations, TimeProvider time)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<UnitDeviationsHandlers>(BotCommands.UnitReports.Pattern, (h, asker, turn, ct) => h.ShowAsync(asker, turn, ct))
        .OnCardAction<UnitDeviationsHandlers>(CardVerbs.UnitDeviations, async (h, asker, turn, action, ct) =>
        {
            var (unitId, skip) = UnitDeviationsCard.PageOf(action.Data);
            return CardActionResult.ReplaceCard(await h.PageAsync(asker, turn, unitId, skip, ct));
        });

    /// <summary>
    /// In a personal chat, the list. In a channel or group chat everyone would read it: a button instead, whose answer
    /// Teams shows to the one who pressed it (a unit to choose, where the chat belongs to no unit).
    /// </summary>
    private async Task<JsonObject> ShowAsync(Asker asker, TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Conversation?.ConversationType is null or "personal" ? await PageAsync(asker, turn, null, 0, cancellationToken)
        : asker.UnitInContext(turn) is { } unit ? PrivateViewCard.ForUnitReports(asker.Language, unit).ToJson()
        : UnitPickerCard.Build(asker.Language, asker.Organisation.UnitsVisibleTo(asker.Person), CardVerbs.UnitDeviations).ToJson();

    private async Task<JsonObject> PageAsync(Asker asker, TurnContext turn, string? unitId, int skip, CancellationToken cancellationToken)
    {
        var listed = await unitDeviations.RunAsync(asker.Actor, unitId, asker.UnitInContext(turn), skip, UnitDeviationsCard.PageSize, cancellationToken);
        if (listed.IsRefused)
        {
            // Staff follow no unit's reports: the reason is the role, so say so, and where their own reports are.
            var reason = listed.Refusals[0].Reason == RefusalReason.NotAllowed ? asker.Texts.UnitReportsNotForStaff : asker.Texts.NotYourUnit;
            return NoticeCard.Build(asker.Language, reason, isError: true).ToJson();
        }

        var page = listed.Value;
        return page.Unit is null
            ? UnitPickerCard.Build(asker.Language, page.Followed, CardVerbs.UnitDeviations).ToJson()
            : UnitDeviationsCard.Build(asker.Language, page.Unit, page.Reports, page.Total, page.Skip, time.GetUtcNow(), page.SubstituteName, page.CanNameSubstitute).ToJson();
    }
}
