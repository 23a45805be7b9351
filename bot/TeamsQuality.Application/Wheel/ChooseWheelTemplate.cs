using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Wheel;

namespace TeamsQuality.Application.Wheel;

/// <summary>A quality developer chooses the template of next year's wheel; this year's stops stay as planned.</summary>
public sealed class ChooseWheelTemplate(WheelRepository wheels, CurrentWheel current, ShowWheel show, TimeProvider time, ILogger<ChooseWheelTemplate> logger) : IUseCase
{
    /// <param name="templateId">The template chosen; one that is none of the templates changes nothing.</param>
    public async Task<Outcome<WheelView>> RunAsync(Actor actor, string? templateId, CancellationToken cancellationToken)
    {
        if (!OrganisationWheel.CanChooseTemplate(actor.Person))
        {
            return Outcome.Refused<WheelView>(RefusalReason.NotAllowed);
        }

        if (WheelTemplates.Find(templateId ?? string.Empty) is not { } template)
        {
            return await show.RunAsync(actor, cancellationToken);
        }

        var today = SwedishTime.Day(time.GetUtcNow());
        var year = (await current.RunAsync(actor.Tenant, today, cancellationToken)).YearOf(today);
        await wheels.SaveVersionAsync(actor.Tenant, new WheelVersion(year + 1, template.Id, template.Stops), replace: true, cancellationToken);
        logger.LogInformation("{Person} chose {Template} for the wheel from {Year}", actor.Person.Id, template.Id, year + 1);
        return await show.RunAsync(actor, cancellationToken) with { Chosen = template };
    }
}
