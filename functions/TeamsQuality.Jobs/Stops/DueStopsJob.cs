using Hangfire;
using TeamsQuality.Application.Stops;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Cards.Stops;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Stops;
using TeamsQuality.Domain.Time;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Storage.Stops;
using TeamsQuality.Storage.Wheel;

namespace TeamsQuality.Jobs.Stops;

/// <summary>
/// The daily due scan. It reads the due index for each day since it last completed (not the stops), checks each stop
/// is still in a state that needs the nudge, and records the messages in the outbox: the stop's card to the unit's
/// channel and a 1:1 nudge to the unit manager (for a manager-group stop: its channel, if linked, and the deputy
/// director), each once (per stop, kind and target), listed under the day so a
/// rerun skips them with one query. The outbox sends them (working days 08-17 Swedish time), retries what fails and
/// tells the quality developers about what cannot be delivered.
/// </summary>
public sealed class DueStopsJob(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    LearningStopRepository stops,
    WheelRepository wheels,
    StopMaterial material,
    StopCalendar calendar,
    Outbox outbox,
    StopChannelNotices channelNotices,
    OutboxDeliveryJob delivery,
    JobState state,
    TenantPolicies policies,
    TimeProvider time)
{
    public const string ScanJobId = "scan-due-stops";
    public const string StateName = "due-scan";

    /// <summary>Every working day at 08:30 Swedish time (configurable).</summary>
    public const string DefaultScanSchedule = "30 8 * * 1-5";

    /// <summary>How far back a scan catches up after days without one.</summary>
    public const int LongestCatchUpDays = 14;

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

    private bool IsQuietNow(TenantId tenant) => !policies.For(tenant).QuietHours.Allows(time.GetUtcNow());

    public async Task<Result> ScanTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        if (organisation is null)
        {
            return new Result(0, 0, 0, false);
        }

        var days = await state.DaysToScanAsync(tenant, StateName, SwedishTime.Day(time.GetUtcNow()), LongestCatchUpDays, cancellationToken);
        var intended = 0;
        var heads = new Dictionary<(string, int, int), LearningStop?>();
        OutboxRecipients? recipients = null;
        foreach (var day in days)
        {
            // What was already recorded that day is skipped without reading the stop again: a rerun is two queries a day.
            var group = GroupOf(day);
            var recorded = await outbox.KeysInGroupAsync(tenant, group, cancellationToken);
            var due = new List<(StopCalendarEntry Entry, Unit Unit, StopKey Key, List<OutboxTarget> Targets)>();
            foreach (var entry in await calendar.OnAsync(tenant, day, cancellationToken))
            {
                // A unit's stop, or the manager group's (held once, in its channel or with the deputy director).
                if (organisation.FindStopHolder(entry.UnitId) is not { } unit)
                {
                    continue;
                }

                var key = new StopKey(tenant, entry.UnitId, entry.Year, entry.Number);
                var targets = TargetsOf(entry.Kind, unit, organisation).Where(t => !recorded.Contains(StopOutboxKeys.Message(key, entry.Kind, t))).ToList();
                if (targets.Count > 0)
                {
                    due.Add((entry, unit, key, targets));
                }
            }

            if (due.Count == 0)
            {
                continue;
            }

            await ReadHeadsAsync(tenant, due.Select(d => d.Key), heads, cancellationToken);
            // Nothing about a unit's copy of a manager-group stop from a year planned before the group held it once.
            var wanted = due.Select(d => (d.Entry, d.Unit, Stop: heads[(d.Key.UnitId, d.Key.Year, d.Key.Number)], d.Targets))
                .Where(d => d.Stop is not null && StopNudges.StillWanted(d.Entry.Kind, d.Stop))
                .Select(d => (d.Entry, d.Unit, Stop: d.Stop!, d.Targets))
                .ToList();
            if (wanted.Count == 0)
            {
                continue;
            }

            // The people's languages and conversations once per run (one range query), not a read per message.
            recipients ??= await outbox.RecipientsAsync(tenant, cancellationToken);
            var materials = await MaterialsAsync(tenant, wanted.Where(w => w.Targets.Any(t => t.Kind == OutboxTarget.ChannelKind)).Select(w => w.Stop), cancellationToken);
            var intents = new List<OutboxIntent>();
            foreach (var (entry, unit, stop, targets) in wanted)
            {
                foreach (var target in targets)
                {
                    intents.Add(await IntentAsync(organisation, unit, stop, entry.Kind, target, group, recipients, materials, cancellationToken));
                }
            }

            intended += await outbox.RecordAllAsync(tenant, intents, cancellationToken);
            await CatchUpCardsAsync(organisation, wanted.Where(w => w.Targets.Any(t => t.Kind == OutboxTarget.ChannelKind)).Select(w => (w.Unit, w.Stop)).ToList(), cancellationToken);
        }

        // Every past day's messages are recorded now (the outbox sends them), so those days need no scan again.
        await state.CompletedAsync(tenant, StateName, days, SwedishTime.Day(time.GetUtcNow()), cancellationToken);

        var sent = await delivery.DeliverTenantAsync(tenant, organisation, cancellationToken);
        return new Result(days.Count, intended, sent, IsQuietNow(tenant));
    }

    /// <summary>From how many units due the same stop on a day the scan reads the stop of every unit with one range query (below it, a point read each).</summary>
    public const int RangeReadFrom = 3;

    /// <summary>
    /// The heads of the stops the day's entries need that are not read yet: a stop that falls due for many units on a
    /// day (stop 1 for every unit on its Monday) is one range query over the tenant, a few are a point read each.
    /// </summary>
    private async Task ReadHeadsAsync(TenantId tenant, IEnumerable<StopKey> keys, Dictionary<(string, int, int), LearningStop?> heads, CancellationToken cancellationToken)
    {
        foreach (var same in keys.Where(k => !heads.ContainsKey((k.UnitId, k.Year, k.Number))).Distinct().GroupBy(k => (k.Year, k.Number)))
        {
            if (same.Count() >= RangeReadFrom)
            {
                var found = await stops.HeadsOfTenantAsync(tenant, same.Key.Year, same.Key.Number, cancellationToken);
                foreach (var key in same)
                {
                    heads[(key.UnitId, key.Year, key.Number)] = found.GetValueOrDefault(key.UnitId);
                }

                continue;
            }

            foreach (var key in same)
            {
                heads[(key.UnitId, key.Year, key.Number)] = await stops.FindHeadAsync(key, cancellationToken);
            }
        }
    }

    /// <summary>
    /// A stop that someone started or moved on after its head was read above and before its card was recorded: that
    /// change found no card to update yet (<see cref="StopChannelNotices.UpdatePostedCardAsync"/> looks for the card's
    /// outbox message), so the card's update is recorded now, and the outbox sends it after the card. The heads are
    /// read again as above (one range query for a stop due in many units); a change after this read finds the card.
    /// </summary>
    private async Task CatchUpCardsAsync(Organisation organisation, List<(Unit Unit, LearningStop Stop)> carded, CancellationToken cancellationToken)
    {
        if (carded.Count == 0)
        {
            return;
        }

        var now = new Dictionary<(string, int, int), LearningStop?>();
        await ReadHeadsAsync(organisation.Tenant, carded.Select(c => c.Stop.Key), now, cancellationToken);
        foreach (var (unit, stop) in carded)
        {
            // The card says who started the stop, which only the whole stop (with its history) knows.
            if (now[(stop.Key.UnitId, stop.Key.Year, stop.Key.Number)] is { } head && head.Progress != stop.Progress
                && await stops.FindAsync(stop.Key, cancellationToken) is { } changed)
            {
                await channelNotices.UpdatePostedCardAsync(organisation, unit, changed, cancellationToken);
            }
        }
    }

    /// <summary>The material the channel cards count, by stop: per stop of a year, two range queries over the tenant when many units need it.</summary>
    private async Task<Dictionary<StopKey, StopMaterials>> MaterialsAsync(TenantId tenant, IEnumerable<LearningStop> carded, CancellationToken cancellationToken)
    {
        var materials = new Dictionary<StopKey, StopMaterials>();
        // By year too: a unit's stop of two years (a catch-up over a year's turn) is two cards with material of their own.
        foreach (var same in carded.DistinctBy(s => s.Key).GroupBy(s => (s.Key.Year, s.Key.Number)))
        {
            if (same.Count() >= RangeReadFrom)
            {
                var byUnit = await material.OfManyAsync(tenant, same.Key.Number, same.ToList(), cancellationToken);
                foreach (var stop in same)
                {
                    materials[stop.Key] = byUnit[stop.Key.UnitId];
                }

                continue;
            }

            foreach (var stop in same)
            {
                materials[stop.Key] = await material.OfAsync(tenant, stop, cancellationToken);
            }
        }

        return materials;
    }

    private static string GroupOf(DateOnly day) => "stops-" + day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Whom an event goes to: the due card to the channel (the unit's, or the manager group's when one is linked), and
    /// the nudge to the unit's manager, or for the manager group to the deputy directors who lead it (without a channel
    /// the nudge, with its button to open the stop, is how the group's stop reaches them).
    /// </summary>
    private static IEnumerable<OutboxTarget> TargetsOf(StopEventKind kind, Unit unit, Organisation organisation)
    {
        if (kind == StopEventKind.Due && unit.Channel is { } channel)
        {
            yield return OutboxTarget.Channel(channel.ChannelId);
        }

        var nudged = ManagerGroup.IsGroup(unit.Id) ? organisation.ManagerGroup.Leaders.Select(p => p.Id)
            : unit.ManagerId is { } manager ? [manager]
            : [];
        foreach (var person in nudged)
        {
            yield return OutboxTarget.Person(person);
        }
    }

    /// <summary>
    /// The stop's card for the channel (in Swedish, the unit's language; refreshed for each of its people) or the
    /// manager's nudge (in their language), as a message to record. The card's outbox message keeps where Teams put it,
    /// so <see cref="StopChannelNotices"/> keeps it current.
    /// </summary>
    private async Task<OutboxIntent> IntentAsync(
        Organisation organisation, Unit unit, LearningStop stop, StopEventKind kind, OutboxTarget target, string group, OutboxRecipients recipients,
        Dictionary<StopKey, StopMaterials> materials, CancellationToken cancellationToken)
    {
        var tenant = organisation.Tenant;
        var key = StopOutboxKeys.Message(stop.Key, kind, target);
        var about = StopChannelNotices.About(unit, stop);
        if (target.Kind == OutboxTarget.ChannelKind)
        {
            var waiting = materials[stop.Key];
            var card = StopChannelNotices.DueCard(organisation, unit, stop, await StopCountAsync(tenant, stop, cancellationToken), waiting.LogbookNotes.Count, waiting.GarageAwaiting(stop), recipients.Conversations);
            return outbox.Intent(tenant, key, target, NoticeKind.StopDue, card, anyHour: false, about, group);
        }

        // The days left are counted from the day it goes out (a nudge recorded on a Sunday goes out on Monday).
        var sendDay = SwedishTime.Day(outbox.FirstSendTime(tenant, anyHour: false));
        return outbox.Intent(tenant, key, target, NoticeKind.StopNudge, StopNudgeCard.Build(recipients.LanguageOf(target.Id), kind, stop, unit, sendDay), anyHour: false, about, group);
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
}
