using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Jobs.Outboxes;

/// <summary>
/// The activity feed as an option beside the chat message: once a 1:1 notice that asks the person to act has been
/// delivered, and the feed is on for the tenant (<c>Tenants:&lt;id&gt;:ActivityFeed</c>, else <c>Outbox:ActivityFeed</c>),
/// a neutral line goes to their Teams activity feed through Microsoft Graph, in their language. The feed shows on
/// phones and lock screens, so it never says what the notice is about. A feed that fails is logged; the message itself
/// was delivered.
/// </summary>
public sealed class ActivityFeedNotices(
    ITenantDirectory directory,
    IConversationReferenceStore references,
    IOptionsMonitor<TenantsOptions> tenants,
    IOptions<OutboxOptions> options,
    ILogger<ActivityFeedNotices> logger) : IOutboxSentHandler
{
    /// <summary>The notices that ask the person to do something (not a card update, not the channel's, not the reporter hearing back).</summary>
    public static IReadOnlySet<string> FeedKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(NoticeKind.ReportFiled),
        nameof(NoticeKind.IvoDecisionNeeded),
        nameof(NoticeKind.IvoReminder),
        nameof(NoticeKind.AssessmentReminder),
        nameof(NoticeKind.StopNudge),
        nameof(NoticeKind.ActionOwner),
        nameof(NoticeKind.Substitute),
        nameof(NoticeKind.SelfCheckDue),
    };

    public async Task SentAsync(TenantId tenant, PendingMessage message, ProactiveDelivery delivery, CancellationToken cancellationToken)
    {
        if (message.Target.Kind != OutboxTarget.PersonKind
            || !FeedKinds.Contains(message.Kind)
            || !(tenants.CurrentValue.For(tenant).ActivityFeed ?? options.Value.ActivityFeed))
        {
            return;
        }

        var chat = await references.FindPersonalAsync(tenant.Value, message.Target.Id, cancellationToken);
        var texts = Texts.ForLocale(chat?.Locale);
        try
        {
            await directory.SendActivityAsync(tenant, message.Target.Id, new ActivityFeedNotice("TeamsQuality", texts.Notices.ActivityFeedLine), cancellationToken);
        }
        catch (DirectoryException ex)
        {
            logger.LogWarning("The activity feed notice for the {Kind} message {Key} could not be sent ({Failure}): {Problem}", message.Kind, message.Key, ex.Failure, ex.Message);
        }
    }
}
