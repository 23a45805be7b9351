using Microsoft.Extensions.Logging;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Rules;
using TeamsQuality.Domain.Time;
using TeamsQuality.Domain.Wheel;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Wheel;

namespace TeamsQuality.Application.Wheel;

/// <summary>
/// A quality developer (in the bot) or an administrator (in the setup page) chooses the template of next year's wheel;
/// this year's stops stay as planned. The choice is kept in the organisation's history, who and when.
/// </summary>
public sealed class ChooseWheelTemplate(WheelRepository wheels, CurrentWheel current, OrganisationRepository organisations, ShowWheel show, TimeProvider time, ILogger<ChooseWheelTemplate> logger) : IUseCase
{
    /// <param name="templateId">The template chosen; one that is none of the templates changes nothing.</param>
    public async Task<Outcome<WheelView>> RunAsync(Actor actor, string? templateId, CancellationToken cancellationToken)
    {
        if (!OrganisationWheel.CanChooseTemplate(actor.Person))
        {
            return Outcome.Refused<WheelView>(RefusalReason.NotAllowed);
        }

        return await ChooseAsync(actor.Tenant, new ChangedBy(actor.Person.Id, actor.Person.Name), templateId, cancellationToken);
    }

    /// <param name="administrator">Who chooses (from <c>FindAdministrator</c>): an administrator may, whatever their role in the organisation.</param>
    /// <param name="templateId">The template chosen (<see cref="WheelTemplates"/>); one that is none of the templates changes nothing.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<Outcome<WheelView>> RunAsync(Administrator administrator, string? templateId, CancellationToken cancellationToken) =>
        await ChooseAsync(administrator.Tenant, ChangedBy.Of(administrator), templateId, cancellationToken);

    private async Task<Outcome<WheelView>> ChooseAsync(TenantId tenant, ChangedBy by, string? templateId, CancellationToken cancellationToken)
    {
        if (WheelTemplates.Find(templateId ?? string.Empty) is not { } template)
        {
            return await show.RunAsync(tenant, true, cancellationToken);
        }

        var now = time.GetUtcNow();
        var today = SwedishTime.Day(now);
        var wheel = await current.RunAsync(tenant, today, cancellationToken);
        var year = wheel.YearOf(today);
        var before = wheel.For(year + 1).TemplateId;
        await wheels.SaveVersionAsync(tenant, new WheelVersion(year + 1, template.Id, template.Stops), replace: true, cancellationToken);
        logger.LogInformation("{Person} chose {Template} for the wheel from {Year}", by.PersonId, template.Id, year + 1);

        // The wheel is kept apart from the organisation; its history is the organisation's, written after the choice.
        if (!string.Equals(before, template.Id, StringComparison.Ordinal) && await organisations.FindAsync(tenant, cancellationToken) is not null)
        {
            var entry = new HistoryEntry(now, by, HistoryKind.WheelTemplateChosen, From: before, To: template.Id);
            await organisations.ChangeAsync(tenant, organisation => new OrganisationChanged(organisation!, [entry]), cancellationToken);
        }

        return await show.RunAsync(tenant, true, cancellationToken) with { Chosen = template };
    }
}
