using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;

namespace TeamsQuality.Application.Wheel;

/// <summary>"årshjul": this wheel year's stops, and which template next year's wheel comes from.</summary>
public sealed class ShowWheel(CurrentWheel wheels, TimeProvider time) : IUseCase
{
    public Task<WheelView> RunAsync(Actor actor, CancellationToken cancellationToken) =>
        RunAsync(actor.Tenant, OrganisationWheel.CanChooseTemplate(actor.Person), cancellationToken);

    /// <summary>The tenant's wheel, e.g. for an administrator in the setup page (who may choose: <paramref name="canChooseTemplate"/> true).</summary>
    public async Task<WheelView> RunAsync(TenantId tenant, bool canChooseTemplate, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        var wheel = await wheels.RunAsync(tenant, today, cancellationToken);
        var year = wheel.YearOf(today);
        return new WheelView(year, wheel.For(year), wheel.For(year + 1).TemplateId, canChooseTemplate);
    }
}
