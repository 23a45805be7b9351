using System.Globalization;
using System.Text.Json.Nodes;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Wheel;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Wheel;

/// <summary>The annual wheel (årshjul) in chat: this year's stops, and for the quality developers next year's template.</summary>
public sealed class WheelHandlers(ShowWheel showWheel, ChooseWheelTemplate chooseTemplate)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<WheelHandlers>(BotCommands.Wheel.Pattern, (h, asker, turn, ct) => h.ShowAsync(asker, ct))
        .OnCardAction<WheelHandlers>(CardVerbs.ChooseWheel, (h, asker, turn, action, ct) => h.ChooseAsync(asker, action, ct));

    private async Task<JsonObject> ShowAsync(Asker asker, CancellationToken cancellationToken) => Card(asker, await showWheel.RunAsync(asker.Actor, cancellationToken));

    private async Task<CardActionResult> ChooseAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var chosen = await chooseTemplate.RunAsync(asker.Actor, WheelCard.ChosenTemplate(action.Data), cancellationToken);
        return CardActionResult.ReplaceCard(chosen.IsRefused
            ? NoticeCard.Build(asker.Language, asker.Texts.WheelRefusalText(chosen.Refusals[0]), isError: true).ToJson()
            : Card(asker, chosen.Value));
    }

    private static JsonObject Card(Asker asker, WheelView wheel)
    {
        var notice = wheel.Chosen is { } template ? string.Format(CultureInfo.InvariantCulture, asker.Texts.WheelChosen, wheel.Year + 1, template.Name) : null;
        return WheelCard.Build(asker.Language, wheel.Year, wheel.ThisYear, wheel.NextYearTemplateId, wheel.CanChooseTemplate, notice).ToJson();
    }
}
