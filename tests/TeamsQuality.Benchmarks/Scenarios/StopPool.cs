using TeamsQuality.Benchmarks.Infrastructure;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;

namespace TeamsQuality.Benchmarks.Scenarios;

/// <summary>
/// Hands out planned stops nobody has touched yet (stops 2-10 of every unit, stop 1 is the due scan's), so each
/// measured submit meets the stop in the state the case names. Wraps around when the year runs out.
/// </summary>
public sealed class StopPool(BenchmarkWorld world, int year)
{
    private readonly IReadOnlyList<Unit> _units = world.Units;
    private int _next;

    public bool WrappedAround { get; private set; }

    public (Unit Unit, StopKey Key) Next()
    {
        var perStop = _units.Count;
        var index = _next++;
        var stopCount = 9;
        if (index >= perStop * stopCount)
        {
            WrappedAround = true;
            index %= perStop * stopCount;
        }

        var unit = _units[index % perStop];
        return (unit, new StopKey(world.Tenant, unit.Id, year, 2 + (index / perStop)));
    }
}
