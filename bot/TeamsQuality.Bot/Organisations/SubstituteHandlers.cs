using System.Text.Json.Nodes;
using TeamsQuality.Application;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Bot.Pipeline;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Help;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Teams.Routing;

namespace TeamsQuality.Bot.Organisations;

/// <summary>
/// The substitute (ersättare) a unit's manager names to assess the unit's reports while they are away: "ersättare",
/// and the card's buttons to choose the unit, name someone and end it. Who may do what is the domain's
/// (<see cref="Domain.Organisations.Substitutes"/>); the use cases keep the change and tell those it concerns.
/// </summary>
public sealed class SubstituteHandlers(ShowSubstitute show, NameSubstitute name, EndSubstitute end, AskerLookup askers, TimeProvider time)
{
    public static void Map(FeatureRoutes routes) => routes
        .OnMessage<SubstituteHandlers>(BotCommands.Substitute.Pattern, (handlers, asker, turn, cancellationToken) => handlers.ShowAsync(asker, turn, null, cancellationToken))
        .OnCardAction<SubstituteHandlers>(CardVerbs.SubstituteForm, async (handlers, asker, turn, action, cancellationToken) =>
            CardActionResult.ReplaceCard(await handlers.ShowAsync(asker, turn, action.GetString(CardKeys.Unit), cancellationToken)))
        .OnCardAction<SubstituteHandlers>(CardVerbs.NameSubstitute, (handlers, asker, _, action, cancellationToken) => handlers.NameAsync(asker, action, cancellationToken))
        .OnCardAction<SubstituteHandlers>(CardVerbs.EndSubstitute, (handlers, asker, _, action, cancellationToken) => handlers.EndAsync(asker, action, cancellationToken));

    /// <summary>The card for the unit asked for or in context; the units to choose from; or why there is none.</summary>
    private async Task<JsonObject> ShowAsync(Asker asker, TurnContext turn, string? unitId, CancellationToken cancellationToken)
    {
        var outcome = await show.RunAsync(asker.Actor, unitId, asker.UnitInContext(turn), cancellationToken);
        if (outcome.IsRefused)
        {
            return OnlyTheManager(asker);
        }

        var choice = outcome.Value;
        return choice.View is { } view ? Card(asker, view)
            : choice.Managed.Count == 0 ? NoticeCard.Build(asker.Language, asker.Texts.SubstituteNoUnit, isError: true).ToJson()
            : UnitPickerCard.Build(asker.Language, choice.Managed, CardVerbs.SubstituteForm).ToJson();
    }

    private async Task<CardActionResult> NameAsync(Asker asker, CardAction action, CancellationToken cancellationToken)
    {
        var draft = SubstituteDraft.FromInputs(action.Data);
        var outcome = await name.RunAsync(asker.Actor, action.GetString(CardKeys.Unit), draft.Person, draft.FromDay, draft.UntilDay, cancellationToken);
        return Answer(asker, outcome, asker.Texts.SubstituteSaved, draft);
    }

    private async Task<CardActionResult> EndAsync(Asker asker, CardAction action, CancellationToken cancellationToken) =>
        Answer(asker, await end.RunAsync(asker.Actor, action.GetString(CardKeys.Unit), cancellationToken), asker.Texts.SubstituteEndedNotice, draft: null);

    /// <summary>
    /// Done: the card as the change left it, with a receipt. Refused: the card as it was, with the refusals and what
    /// was chosen; to someone who is not the unit's manager, only that the manager names the substitute.
    /// </summary>
    private CardActionResult Answer(Asker asker, Outcome<SubstituteView> outcome, string receipt, SubstituteDraft? draft)
    {
        if (outcome.IsRefused)
        {
            return CardActionResult.ReplaceCard(outcome.Unchanged is { } unchanged ? Card(asker, unchanged, draft, outcome.Refusals) : OnlyTheManager(asker));
        }

        // The organisation changed: the pipeline's short cache must not answer the next turn with the one before.
        askers.Forget(asker.Organisation.Tenant);
        return CardActionResult.ReplaceCard(Card(asker, outcome.Value, notice: receipt));
    }

    private JsonObject Card(Asker asker, SubstituteView view, SubstituteDraft? draft = null, IReadOnlyList<Domain.Rules.Refusal>? refusals = null, string? notice = null) =>
        SubstituteCard.Build(asker.Language, view.Unit, view.Candidates, view.SubstituteName, view.History, time.GetUtcNow(), draft, refusals, notice).ToJson();

    private static JsonObject OnlyTheManager(Asker asker) => NoticeCard.Build(asker.Language, asker.Texts.SubstituteOnlyManager, isError: true).ToJson();
}
