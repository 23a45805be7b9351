using Azure;
using Azure.Data.Tables;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Deviations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Jobs;

/// <summary>"Deviations" configuration: how often the deputy director is reminded of a missing IVO decision, and when it escalates.</summary>
public sealed class DeviationOptions
{
    public const string SectionName = "Deviations";

    /// <summary>How long between reminders of a missing IVO decision (the law says "snarast": as soon as possible).</summary>
    public TimeSpan IvoReminderInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>After this long without a decision the reminders also go to the quality developers (who may see the report).</summary>
    public TimeSpan IvoEscalateAfter { get; set; } = TimeSpan.FromHours(48);
}

/// <summary>
/// Reminds the deputy director of every report assessed 3-4 whose IVO decision is not recorded, repeatedly, and
/// escalates to the quality developers when it has waited too long (they may see the report and follow it up; the
/// director may not see report details, so is not sent a card that opens one). The reminder says
/// that a decision is missing and for how long, nothing of the matter itself. Each reminder is recorded before it is
/// sent, so a second run or server does not repeat it.
/// </summary>
public sealed class IvoDecisionNudgeJob(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    ReportRepository reports,
    TableStore tables,
    ProactiveMessenger messenger,
    TeamsQuality.Teams.Hosting.IConversationReferenceStore references,
    IOptions<DeviationOptions> deviationOptions,
    IOptions<JobsOptions> jobsOptions,
    TimeProvider time,
    ILogger<IvoDecisionNudgeJob> logger)
{
    public const string RecurringJobId = "nudge-missing-ivo-decisions";

    /// <summary>Every hour; reminders go out when their interval has passed, in working hours.</summary>
    public const string Schedule = "5 * * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (jobsOptions.Value.QuietHours && !WorkingDays.IsWithinWorkingHours(SwedishTime.ToSwedish(now)))
        {
            return 0;
        }

        var sent = await eachTenant.RunAsync<IvoDecisionNudgeJob, int>(
            RecurringJobId, tenant => RemindTenantAsync(tenant, now, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken);
        return sent.Sum();
    }

    /// <summary>The reminders of one tenant whose run failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!jobsOptions.Value.QuietHours || WorkingDays.IsWithinWorkingHours(SwedishTime.ToSwedish(now)))
        {
            await RemindTenantAsync(new TenantId(tenantId), now, cancellationToken);
        }
    }

    private async Task<int> RemindTenantAsync(TenantId tenant, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        if (organisation is null)
        {
            return 0;
        }

        var sent = 0;
        foreach (var report in await reports.AwaitingIvoDecisionAsync(tenant, cancellationToken))
        {
            if (report.AwaitsIvoDecision && organisation.FindUnit(report.UnitId) is { } unit)
            {
                sent += await RemindAsync(organisation, report, unit, now, cancellationToken);
            }
        }

        return sent;
    }

    private async Task<int> RemindAsync(Organisation organisation, DeviationReport report, Unit unit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var options = deviationOptions.Value;
        var waited = now - report.Assessment!.At;
        var number = (int)(waited.Ticks / Math.Max(1, options.IvoReminderInterval.Ticks));
        if (number < 1)
        {
            return 0;
        }

        // Recorded before sending: the first run to record reminder N sends it.
        var table = await tables.GetAsync(TableKeys.IvoNudgesTable, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(TableKeys.IvoNudgePartition(organisation.Tenant.Value, report.Reference.ToString()), number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)) { ["At"] = now }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return 0;
        }

        var escalated = waited >= options.IvoEscalateAfter;
        var recipients = organisation.People
            .Where(p => p.Role == Role.BitradandeSocialchef || (escalated && p.Role == Role.Verksamhetsutvecklare))
            .ToList();
        var sent = 0;
        foreach (var person in recipients)
        {
            var language = UiLanguages.FromLocale((await references.FindPersonalAsync(organisation.Tenant.Value, person.Id, cancellationToken))?.Locale);
            var card = IvoNudgeCard.Build(language, report.Reference, unit, report.Assessment.Severity, report.Assessment.At, now, number, escalated).ToJson();
            try
            {
                var delivery = await messenger.SendToPersonAsync(organisation.Tenant.Value, person.Id, Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);
                sent += delivery.Delivered ? 1 : 0;
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
            {
                logger.LogError(ex, "Could not remind {Person} of the IVO decision on {Reference}", person.Id, report.Reference);
            }
        }

        logger.LogInformation("Reminder {Number} of the IVO decision on {Reference} sent to {Count} (escalated: {Escalated})", number, report.Reference, sent, escalated);
        return sent;
    }
}
