using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Application.Wheel;

/// <summary>"årshjul": this wheel year's stops, and which template next year's wheel comes from.</summary>
public sealed class ShowWheel(CurrentWheel wheels, TimeProvider time) : IUseCase
{
    public async Task<WheelView> RunAsync(Actor actor, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        var wheel = await wheels.RunAsync(actor.Tenant, today, cancellationToken);
        var year = wheel.YearOf(today);
        return new WheelView(year, wheel.For(year), wheel.For(year + 1).TemplateId, OrganisationWheel.CanChooseTemplate(actor.Person));
    }
}
