using Azure;
using TeamsQuality.Application.Wheel;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Logbook;

namespace TeamsQuality.Application.Actions;

/// <summary>What came of "no effect": the action as it now is, and the new action or the stop whose theme the cause went back under.</summary>
public sealed record NoEffectOutcome(ActionView Action, ImprovementAction? NewAction, Domain.Wheel.StopDefinition? Theme);

/// <summary>
/// After "Nej, ingen effekt" the owner (or the acting manager) chooses what follows, once:
/// a new action for the same cause (the shared form, through <see cref="AddAction"/>, from the same origin), or back to
/// the analysis: a note in the unit's logbook under the theme of the stop where the cause is analysed next
/// (<see cref="ImprovementAction.AnalysisTheme"/>), which that stop's card counts and its first step shows the next
/// time it comes. Both are kept in the action's history. A retried press makes nothing twice (ids derived from the
/// action).
/// </summary>
public sealed class FollowNoEffect(
    ImprovementActionRepository actions, DeviationRepository reports, LogbookRepository logbook, CurrentWheel wheels, AddAction addAction, TimeProvider time) : IUseCase
{
    /// <summary>A new action for the cause the failed one was to address.</summary>
    public async Task<Outcome<NoEffectOutcome>> NewActionAsync(Actor actor, Unit unit, string actionId, NewAction form, CancellationToken cancellationToken)
    {
        if (await CheckAsync(actor, unit, actionId, cancellationToken) is not { } failed)
        {
            return Outcome.Refused<NoEffectOutcome>(RefusalReason.NotFound);
        }

        if (failed.IsRefused)
        {
            return Outcome.Refused(failed.Refusals, new NoEffectOutcome(failed.Unchanged!, null, null));
        }

        var old = failed.Value.Action;
        var added = await addAction.RunAsync(actor, unit, form, old.Origin, old.Id + "-ny", cancellationToken);
        if (added.IsRefused)
        {
            return Outcome.Refused(added.Refusals, new NoEffectOutcome(failed.Value, null, null));
        }

        var view = await ChooseAsync(actor, unit, actionId, NoEffectStep.NyAtgard, added.Value.Title, cancellationToken);
        return view.IsRefused ? Outcome.Refused(view.Refusals, new NoEffectOutcome(view.Unchanged!, added.Value, null)) : new NoEffectOutcome(view.Value, added.Value, null);
    }

    /// <summary>Back to the analysis: the note under the theme where the cause is analysed next.</summary>
    public async Task<Outcome<NoEffectOutcome>> BackToAnalysisAsync(Actor actor, Unit unit, string actionId, CancellationToken cancellationToken)
    {
        if (await CheckAsync(actor, unit, actionId, cancellationToken) is not { } failed)
        {
            return Outcome.Refused<NoEffectOutcome>(RefusalReason.NotFound);
        }

        if (failed.IsRefused)
        {
            return Outcome.Refused(failed.Refusals, new NoEffectOutcome(failed.Unchanged!, null, null));
        }

        var old = failed.Value.Action;
        var today = SwedishTime.Day(time.GetUtcNow());
        var theme = old.AnalysisTheme(await wheels.RunAsync(actor.Tenant, today, cancellationToken), today);
        if (theme is not null)
        {
            // The note first, under an id and time taken from the action, so a retry finds it there and adds none.
            try
            {
                await logbook.AddAsync(actor.Tenant, old.BackToAnalysisNote(theme, actor.Person, old.Effect!.At, "back-" + old.Id), cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Written by an earlier attempt.
            }
        }

        var view = await ChooseAsync(actor, unit, actionId, NoEffectStep.TillbakaTillAnalysen, null, cancellationToken);
        return view.IsRefused ? Outcome.Refused(view.Refusals, new NoEffectOutcome(view.Unchanged!, null, theme)) : new NoEffectOutcome(view.Value, null, theme);
    }

    /// <summary>The action, refused unless this person may choose what follows it now (null: no such action).</summary>
    private async Task<Outcome<ActionView>?> CheckAsync(Actor actor, Unit unit, string actionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!actor.Person.WorksWith(unit.Id) || await actions.FindAsync(actor.Tenant, unit.Id, actionId, cancellationToken) is not { } action)
        {
            return null;
        }

        var view = await ActionReports.ViewAsync(reports, action, actor.Person, unit, now, cancellationToken);
        var decided = Rules.Decide(() =>
        {
            action.CheckMayFollowNoEffect(actor.Person, unit, now);
            return view;
        });
        return decided.IsRefused ? Outcome.Refused(decided.Refusals, view) : decided;
    }

    private Task<Outcome<ActionView>> ChooseAsync(Actor actor, Unit unit, string actionId, NoEffectStep step, string? title, CancellationToken cancellationToken) =>
        ActionReports.ChangeAsync(actions, reports, actor, unit, actionId, time.GetUtcNow(), action => action.FollowNoEffect(actor.Person, unit, step, title, time.GetUtcNow()), cancellationToken);
}
