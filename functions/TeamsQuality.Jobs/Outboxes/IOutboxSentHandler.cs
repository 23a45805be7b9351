using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Jobs.Outboxes;

/// <summary>Something that must happen once the outbox has delivered a message (it runs after the message is marked sent).</summary>
public interface IOutboxSentHandler
{
    Task SentAsync(TenantId tenant, PendingMessage message, ProactiveDelivery delivery, CancellationToken cancellationToken);
}
