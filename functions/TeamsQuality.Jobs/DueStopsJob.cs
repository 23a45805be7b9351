using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Administration;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Storage;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Connector;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Jobs;

/// <summary>
/// The daily due scan and the sending of nudges. The scan reads the due index for each day since it last completed
/// (not the stops), checks each stop is still in a state that needs the nudge, and records the intent to send it:
/// the stop's card to the unit's channel and a 1:1 nudge to the unit manager. Sending happens only on working days
/// 08-17 Swedish time; each intent is claimed before sending and marked after, so it goes out once even if the job
/// runs twice or on two servers, and an intent left by a crash is sent by the next run.
/// </summary>
public sealed class DueStopsJob(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    LearningStopRepository stops,
    WheelRepository wheels,
    LogbookRepository logbook,
    StopCalendar calendar,
    NudgeOutbox outbox,
    JobState state,
    IConversationReferenceStore references,
    ProactiveMessenger messenger,
    StopChannelNotices channelNotices,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<DueStopsJob> logger)
{
    public const string ScanJobId = "scan-due-stops";
    public const string DeliveryJobId = "deliver-stop-nudges";
    public const string StateName = "due-scan";

    /// <summary>Every working day at 08:30 Swedish time (configurable).</summary>
    public const string DefaultScanSchedule = "30 8 * * 1-5";

    /// <summary>Sending what is left (after a crash, outside working hours, a failed send) every 15 minutes.</summary>
    public const string DeliverySchedule = "*/15 * * * *";

    /// <summary>How far back a scan catches up after days without one.</summary>
    public const int LongestCatchUpDays = 14;

    private static readonly TimeSpan SendLease = TimeSpan.FromMinutes(10);

    public sealed record Result(int DaysScanned, int Intended, int Sent, bool QuietHours);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<Result> ScanAsync(CancellationToken cancellationToken)
    {
        var total = new Result(0, 0, 0, false);
        var results = await eachTenant.RunAsync<DueStopsJob, Result>(
            ScanJobId, tenant => ScanTenantAsync(tenant, cancellationToken), tenantId => job => job.RetryScanAsync(tenantId, CancellationToken.None), cancellationToken);
        foreach (var result in results)
        {
            total = new Result(total.DaysScanned + result.DaysScanned, total.Intended + result.Intended, total.Sent + result.Sent, result.QuietHours);
        }

        return total;
    }

    /// <summary>The scan of one tenant whose scan failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryScanAsync(string tenantId, CancellationToken cancellationToken) =>
        await ScanTenantAsync(new TenantId(tenantId), cancellationToken);

    /// <summary>The delivery of one tenant whose delivery failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryDeliveryAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (!IsQuietNow())
        {
            await DeliverForTenantAsync(new TenantId(tenantId), cancellationToken);
        }
    }

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> DeliverAsync(CancellationToken cancellationToken)
    {
        if (IsQuietNow())
        {
            return 0;
        }

        var sent = await eachTenant.RunAsync<DueStopsJob, int>(
            DeliveryJobId, tenant => DeliverForTenantAsync(tenant, cancellationToken), tenantId => job => job.RetryDeliveryAsync(tenantId, CancellationToken.None), cancellationToken);
        return sent.Sum();
    }

    private async Task<int> DeliverForTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var days = await OpenDaysAsync(tenant, cancellationToken);
        var anyUnsent = false;
        foreach (var day in days)
        {
            anyUnsent |= (await outbox.OnAsync(tenant, day, cancellationToken)).Any(n => !n.Sent);
        }

        // The organisation is read only when there is something to send.
        return anyUnsent && await organisations.FindAsync(tenant, cancellationToken) is { } organisation
            ? (await DeliverTenantAsync(organisation, days, cancellationToken)).Sent
            : 0;
    }

    private bool IsQuietNow() =>
        options.Value.QuietHours && !WorkingDays.IsWithinWorkingHours(SwedishTime.ToSwedish(time.GetUtcNow()));

    public async Task<Result> ScanTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        if (organisation is null)
        {
            return new Result(0, 0, 0, false);
        }

        var days = await OpenDaysAsync(tenant, cancellationToken);
        var intended = 0;
        var heads = new Dictionary<(string, int, int), LearningStop?>();
        foreach (var day in days)
        {
            // What was already intended that day is skipped without reading the stop again: a rerun is two queries a day.
            var recorded = (await outbox.OnAsync(tenant, day, cancellationToken))
                .Select(n => (n.UnitId, n.Year, n.Number, n.Kind, n.Target.Key))
                .ToHashSet();
            foreach (var entry in await calendar.OnAsync(tenant, day, cancellationToken))
            {
                if (organisation.FindUnit(entry.UnitId) is not { } unit)
                {
                    continue;
                }

                var targets = TargetsOf(entry.Kind, unit)
                    .Where(t => !recorded.Contains((entry.UnitId, entry.Year, entry.Number, entry.Kind, t.Key)))
                    .ToList();
                if (targets.Count == 0)
                {
                    continue;
                }

                var key = (entry.UnitId, entry.Year, entry.Number);
                if (!heads.TryGetValue(key, out var stop))
                {
                    stop = await stops.FindHeadAsync(new StopKey(tenant, entry.UnitId, entry.Year, entry.Number), cancellationToken);
                    heads[key] = stop;
                }

                if (stop is null || !StopNudges.StillWanted(entry.Kind, stop.Status))
                {
                    continue;
                }

                foreach (var target in targets)
                {
                    if (await outbox.IntendAsync(tenant, day, entry, target, cancellationToken))
                    {
                        intended++;
                    }
                }
            }
        }

        var delivery = await DeliverTenantAsync(organisation, days, cancellationToken);
        return delivery with { DaysScanned = days.Count, Intended = intended };
    }

    /// <summary>The days from the one after the last completed day through today (at most two weeks back).</summary>
    private async Task<IReadOnlyList<DateOnly>> OpenDaysAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var today = SwedishTime.Day(time.GetUtcNow());
        // A tenant never scanned before catches up on the last two weeks (what was planned on a weekend, say).
        var last = await state.LastCompletedDayAsync(tenant, StateName, cancellationToken) ?? today.AddDays(-LongestCatchUpDays - 1);
        var first = last.AddDays(1);
        if (first < today.AddDays(-LongestCatchUpDays))
        {
            first = today.AddDays(-LongestCatchUpDays);
        }

        var days = new List<DateOnly>();
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }

    private static IEnumerable<NudgeTarget> TargetsOf(StopEventKind kind, Unit unit)
    {
        if (kind == StopEventKind.Due && unit.Channel is { } channel)
        {
            yield return NudgeTarget.Channel(channel.ChannelId);
        }

        if (unit.ManagerId is { } manager)
        {
            yield return NudgeTarget.Person(manager);
        }
    }

    private async Task<Result> DeliverTenantAsync(Organisation organisation, IReadOnlyList<DateOnly> days, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (IsQuietNow())
        {
            logger.LogInformation("Outside working hours (Swedish time): nudges wait");
            return new Result(0, 0, 0, QuietHours: true);
        }

        var tenant = organisation.Tenant;
        var sent = 0;
        var completedThrough = (DateOnly?)null;
        var allSentSoFar = true;
        foreach (var day in days)
        {
            var unsent = (await outbox.OnAsync(tenant, day, cancellationToken)).Where(n => !n.Sent).ToList();
            var dayComplete = true;
            foreach (var nudge in unsent)
            {
                if (await outbox.TryClaimAsync(tenant, nudge, now, SendLease, cancellationToken) is not { } claimed)
                {
                    dayComplete = false;
                    continue;
                }

                try
                {
                    var activityId = await SendAsync(organisation, claimed, cancellationToken);
                    await outbox.MarkSentAsync(tenant, claimed, activityId, time.GetUtcNow(), cancellationToken);
                    sent++;
                }
                catch (Exception ex) when (ex is ConnectorException or HttpRequestException or InvalidOperationException)
                {
                    dayComplete = false;
                    logger.LogError(ex, "Could not send the {Kind} nudge of stop {Number} to {Target}; it is tried again later", claimed.Kind, claimed.Number, claimed.Target.Key);
                }
            }

            allSentSoFar &= dayComplete;
            if (allSentSoFar && day < SwedishTime.Day(now))
            {
                completedThrough = day;
            }
        }

        if (completedThrough is { } through)
        {
            await state.SetLastCompletedDayAsync(tenant, StateName, through, cancellationToken);
        }

        return new Result(0, 0, sent, false);
    }

    private async Task<string?> SendAsync(Organisation organisation, Nudge nudge, CancellationToken cancellationToken)
    {
        var tenant = organisation.Tenant;
        var unit = organisation.FindUnit(nudge.UnitId) ?? throw new InvalidOperationException($"Unit {nudge.UnitId} is gone.");
        var key = new StopKey(tenant, nudge.UnitId, nudge.Year, nudge.Number);
        if (!_sendingHeads.TryGetValue(key, out var stop))
        {
            // The channel post and the manager's nudge are about the same stop: read it once per run.
            stop = await stops.FindHeadAsync(key, cancellationToken);
            _sendingHeads[key] = stop;
        }

        if (stop is null)
        {
            throw new InvalidOperationException($"Stop {nudge.Number} of {nudge.UnitId} in {nudge.Year} is gone.");
        }
        var today = SwedishTime.Day(time.GetUtcNow());
        ProactiveDelivery delivery;
        if (nudge.Target.Kind == "channel")
        {
            var notes = await logbook.ListAsync(tenant, unit.Id, stop.Key.Number, stop.LogbookMaterialFrom, cancellationToken);
            delivery = await channelNotices.PostDueCardAsync(organisation, unit, nudge.Target.Id, stop, await StopCountAsync(tenant, stop, cancellationToken), notes.Count, cancellationToken);
        }
        else
        {
            var reference = await references.FindPersonalAsync(tenant.Value, nudge.Target.Id, cancellationToken);
            var language = UiLanguages.FromLocale(reference?.Locale);
            var card = StopNudgeCard.Build(language, nudge.Kind, stop, unit, today).ToJson();
            delivery = await messenger.SendToPersonAsync(tenant.Value, nudge.Target.Id, Activity.Message(null, Attachment.AdaptiveCard(card)), cancellationToken);
        }

        if (!delivery.Delivered)
        {
            throw new InvalidOperationException(delivery.Problem);
        }

        return delivery.ActivityId;
    }

    /// <summary>How many stops the wheel has in the stop's year ("Hållplats 1 av 10"), read once per run.</summary>
    private async Task<int> StopCountAsync(TenantId tenant, LearningStop stop, CancellationToken cancellationToken)
    {
        if (!_stopCounts.TryGetValue((tenant.Value, stop.Key.Year), out var count))
        {
            var wheel = await wheels.FindAsync(tenant, cancellationToken);
            count = wheel?.For(stop.Key.Year).Stops.Count ?? stop.Definition.Number;
            _stopCounts[(tenant.Value, stop.Key.Year)] = count;
        }

        return count;
    }

    private readonly Dictionary<(string, int), int> _stopCounts = [];
    private readonly Dictionary<StopKey, LearningStop?> _sendingHeads = [];
}
