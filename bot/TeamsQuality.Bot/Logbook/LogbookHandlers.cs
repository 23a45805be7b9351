using System.Text.Json.Nodes;
using TeamsQuality.Application.Logbook;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Logbook;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Logbook;

/// <summary>
/// The logbook in chat: "logga …" opens the form with the text in it, so the person only picks the stop's theme; the
/// note is saved in the unit's logbook, and a refusal brings the form back with what was written.
/// </summary>
public sealed class LogbookHandlers(StopThemes themes, AddLogbookNote addNote)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<LogbookHandlers>(BotCommands.Logbook.Pattern, (h, asker, turn, ct) => h.FormAsync(asker, turn, ct))
        .OnCardAction<LogbookHandlers>(CardVerbs.AddLogbookNote, (h, asker, turn, action, ct) => h.AddAsync(asker, turn, action, ct));

    private async Task<JsonObject> FormAsync(Asker asker, TurnContext turn, CancellationToken cancellationToken) =>
        LogbookCard.Build(asker.Language, await themes.RunAsync(asker.Actor, cancellationToken), LogbookDraft.FromMessage(turn.Text).Text, null).ToJson();

    private async Task<CardActionResult> AddAsync(Asker asker, TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var draft = LogbookDraft.FromInputs(action.Data);
        var added = await addNote.RunAsync(asker.Actor, asker.UnitInContext(turn), draft.StopNumber, draft.Text, cancellationToken);
        if (!added.IsRefused && added.Value.Note is { } note)
        {
            return CardActionResult.ReplaceCard(LogbookReceiptCard.Build(asker.Language, note).ToJson());
        }

        var refusals = CardRefusals.Of(added.Refusals, asker.Texts.LogbookRefusalText, LogbookCard.InputOf, action.Verb);
        return CardActionResult.ReplaceCard(LogbookCard.Build(asker.Language, added.Unchanged?.Themes ?? [], draft.Text, draft.StopNumber, refusals).ToJson());
    }
}
