using TeamsQuality.Application.Actions;
using TeamsQuality.Application.Stops;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Storage.Garage;

namespace TeamsQuality.Application.Garage;

/// <summary>
/// The stop's documenter takes a parked item into the unit's plan: the action as planned in the shared form is made
/// through <see cref="AddAction"/> (origin Garage, referring to the item), and the item shows "Till planen" with it.
/// The action's id comes from the item's, so a retried press, or two documenters at once, add it once.
/// </summary>
public sealed class TakeIntoPlan(ReviewGarage review, AddAction addAction, GarageRepository garage, TimeProvider time) : IUseCase
{
    public async Task<Outcome<GarageReview>> RunAsync(Actor actor, StopAddress address, string? itemId, NewAction action, CancellationToken cancellationToken)
    {
        var (read, item) = await GarageDecision.FindAsync(actor, address, itemId, review, cancellationToken);
        if (item is null)
        {
            return read;
        }

        var shown = read.Value;
        if (item.Status == GarageStatus.TillPlanen)
        {
            // Already in the plan (a retried press): nothing more to do.
            return shown;
        }

        // Who may decide is checked before the action is made: only the documenter's plan gets one.
        var allowed = Rules.Decide(() =>
        {
            item.CheckDecision(actor.Person, shown.Unit, shown.Stop);
            return true;
        });
        if (allowed.IsRefused)
        {
            return Outcome.Refused(allowed.Refusals, shown);
        }

        var stop = shown.Stop;
        var origin = new ActionOrigin(ActionOriginKind.Garage, item.Id, $"Garaget, hållplats {stop.Key.Number} {stop.Definition.Theme} ({stop.Key.Year})");
        var added = await addAction.RunAsync(actor, shown.Unit, action, origin, "ac-" + item.Id, cancellationToken);
        if (added.IsRefused)
        {
            return Outcome.Refused(added.Refusals, shown);
        }

        var planned = added.Value;
        return await GarageDecision.SaveAsync(
            actor, shown, item, garage, (i, unit, s) => i.ToPlan(actor.Person, unit, s, planned.Id, planned.Title, time.GetUtcNow()), cancellationToken);
    }
}
