using System.Globalization;
using Microsoft.Extensions.Logging;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Cards.Organisations;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Jobs.Outboxes;

namespace TeamsQuality.Jobs.Organisations;

/// <summary>
/// Tells people of a change of a unit's substitute through the outbox: each one's card in their language, recorded
/// under the change's own key (so a retried turn tells them once) and sent in the background.
/// </summary>
public sealed class SubstituteNotices(Outbox outbox, ILogger<SubstituteNotices> logger) : ISubstituteNotices
{
    public async Task TellAsync(TenantId tenant, Unit unit, OrganisationChange change, IReadOnlyList<SubstituteNotice> told, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (personId, period, ended) in told)
            {
                var key = $"substitute~{unit.Id}~{change.At.UtcTicks.ToString(CultureInfo.InvariantCulture)}~{(ended ? "ended" : "named")}~{personId}";
                await outbox.SendToPersonAsync(
                    tenant, personId, key, NoticeKind.Substitute,
                    language => SubstituteNoticeCard.Build(language, unit, change.PersonName, period, ended),
                    cancellationToken, about: unit.Name);
            }

            outbox.DeliverSoon(tenant);
        }
        catch (Azure.RequestFailedException ex)
        {
            // The change stands (it is kept with the organisation's history); only the notices are missing.
            logger.LogError(ex, "Could not record the notice about the substitute for {Unit}", unit.Id);
        }
    }
}
