using TeamsQuality.Application.Stops;
using TeamsQuality.Domain.Garage;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Storage.Garage;
using TeamsQuality.Storage.Stops;

namespace TeamsQuality.Application.Garage;

/// <summary>The Garage at a stop: what is parked under its theme awaiting its decision, and what it decided.</summary>
public sealed record GarageReview(Unit Unit, LearningStop Stop, IReadOnlyList<GarageItem> Items)
{
    public GarageItem? Find(string? itemId) => Items.FirstOrDefault(i => string.Equals(i.Id, itemId, StringComparison.Ordinal));
}

/// <summary>
/// "Gå igenom garaget" on a stop's first step: the items parked under the stop's theme, for the documenter to decide
/// on and for everyone who sees the stop to read. The stop's head (one point read) and the theme (one range query).
/// </summary>
public sealed class ReviewGarage(LearningStopRepository stops, GarageRepository garage) : IUseCase
{
    public async Task<Outcome<GarageReview>> RunAsync(Actor actor, StopAddress address, CancellationToken cancellationToken)
    {
        var unit = StopCommand.UnitOf(actor, address);
        if (unit.IsRefused)
        {
            return unit.As<GarageReview>();
        }

        if (await stops.FindHeadAsync(StopCommand.KeyOf(actor, address), cancellationToken) is not { } stop)
        {
            return Outcome.Refused<GarageReview>(RefusalReason.NotFound);
        }

        var items = await garage.ListThemeAsync(actor.Tenant, unit.Value.Id, stop.Key.Number, cancellationToken);
        return new GarageReview(unit.Value, stop, items.Where(i => i.IsMaterialFor(stop)).ToList());
    }
}

/// <summary>
/// What every decision on a parked item does the same way: reads the stop and its Garage (<see cref="ReviewGarage"/>),
/// finds the item, lets the domain decide and saves it on its ETag. A refusal comes back with the review as it was
/// read, so the card shows it again.
/// </summary>
internal static class GarageDecision
{
    public static async Task<Outcome<GarageReview>> DecideAsync(
        Actor actor, StopAddress address, string? itemId, ReviewGarage review, GarageRepository garage, Action<GarageItem, Unit, LearningStop> decide, CancellationToken cancellationToken)
    {
        var (read, item) = await FindAsync(actor, address, itemId, review, cancellationToken);
        return item is null ? read : await SaveAsync(actor, read.Value, item, garage, decide, cancellationToken);
    }

    /// <summary>The stop's Garage and the item the press names; a refusal (the stop, or no such item under its theme) and no item otherwise.</summary>
    public static async Task<(Outcome<GarageReview> Read, GarageItem? Item)> FindAsync(Actor actor, StopAddress address, string? itemId, ReviewGarage review, CancellationToken cancellationToken)
    {
        var read = await review.RunAsync(actor, address, cancellationToken);
        if (read.IsRefused)
        {
            return (read, null);
        }

        return read.Value.Find(itemId) is { } item ? (read, item) : (Outcome.Refused([new Refusal(RefusalReason.NotFound)], read.Value), null);
    }

    /// <summary>Lets the domain decide on an item of a review already read, and saves it on its ETag.</summary>
    public static async Task<Outcome<GarageReview>> SaveAsync(
        Actor actor, GarageReview shown, GarageItem item, GarageRepository garage, Action<GarageItem, Unit, LearningStop> decide, CancellationToken cancellationToken)
    {
        var decided = await Rules.DecideAsync(() => garage.TryUpdateAsync(actor.Tenant, shown.Unit.Id, item.StopNumber, item.Id, i => decide(i, shown.Unit, shown.Stop), cancellationToken));
        if (decided.IsRefused)
        {
            return Outcome.Refused(decided.Refusals, shown);
        }

        return decided.Value is { } saved
            ? shown with { Items = shown.Items.Select(i => i.Id == saved.Id ? saved : i).ToList() }
            : Outcome.Refused([new Refusal(RefusalReason.NotFound)], shown);
    }
}
