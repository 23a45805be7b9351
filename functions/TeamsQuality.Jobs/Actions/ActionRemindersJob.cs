using Hangfire;
using TeamsQuality.Application.Actions;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards.Actions;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Actions;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Actions;
using TeamsQuality.Storage.Deviations;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;

namespace TeamsQuality.Jobs.Actions;

/// <summary>
/// The daily reminders of actions, tenant by tenant: for each Swedish day since the last complete run it reads the
/// actions' due index (one query per day), passes what the outbox already holds for that day (one query), reads each
/// remaining action's head (one point read) to check the entry still holds (not done, the same date: an entry left by
/// a changed date or a finished action sends nothing), and records the owner's 1:1 card in the outbox under a key per
/// action, reminder and day, so a rerun or a second server records nothing twice. A week before the due date, on the
/// day and the first working day after; at the follow-up date the effect question. The outbox sends them in the
/// tenant's working hours.
/// </summary>
public sealed class ActionRemindersJob(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    ImprovementActionRepository actions,
    DeviationRepository reports,
    Outbox outbox,
    OutboxDeliveryJob delivery,
    JobState state,
    TenantPolicies policies,
    TimeProvider time)
{
    public const string RecurringJobId = "remind-actions";
    public const string StateName = "action-reminders";

    /// <summary>Every working day at 08:40 Swedish time, after the stops' scan (holidays pass by: nothing is due then).</summary>
    public const string Schedule = "40 8 * * 1-5";

    public sealed record Result(int DaysScanned, int Intended, int Sent, bool QuietHours);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        var results = await eachTenant.RunAsync<ActionRemindersJob, Result>(
            RecurringJobId, tenant => RunTenantAsync(tenant, cancellationToken), tenantId => job => job.RetryAsync(tenantId, CancellationToken.None), cancellationToken);
        return results.Aggregate(new Result(0, 0, 0, false), (total, r) => new Result(total.DaysScanned + r.DaysScanned, total.Intended + r.Intended, total.Sent + r.Sent, r.QuietHours));
    }

    /// <summary>One tenant whose run failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryAsync(string tenantId, CancellationToken cancellationToken) => await RunTenantAsync(new TenantId(tenantId), cancellationToken);

    public async Task<Result> RunTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        if (organisation is null)
        {
            return new Result(0, 0, 0, false);
        }

        var now = time.GetUtcNow();
        var today = SwedishTime.Day(now);
        var days = await OpenDaysAsync(tenant, today, cancellationToken);
        var intended = 0;
        OutboxRecipients? recipients = null;
        foreach (var day in days)
        {
            var group = "actions-" + day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            var recorded = await outbox.KeysInGroupAsync(tenant, group, cancellationToken);
            var intents = new List<OutboxIntent>();
            foreach (var entry in await actions.DueOnAsync(tenant, day, cancellationToken))
            {
                var key = KeyOf(entry);
                if (recorded.Contains(key) || organisation.FindUnit(entry.UnitId) is not { } unit)
                {
                    continue;
                }

                var action = await actions.FindHeadAsync(tenant, entry.UnitId, entry.ActionId, cancellationToken);
                if (action is null || !action.StillWanted(entry.Kind, day) || RecipientOf(organisation, unit, action) is not { } owner)
                {
                    continue;
                }

                var report = await ActionReports.VisibleAsync(reports, action, owner, unit, now, cancellationToken);
                // The people's languages once per run (one range query), not a read per reminder.
                recipients ??= await outbox.RecipientsAsync(tenant, cancellationToken);
                var language = recipients.LanguageOf(owner.Id);
                var card = entry.Kind == ActionReminderKind.FollowUp
                    ? ActionEffectCard.Build(language, unit, action, report, canAnswer: true, [], now)
                    : ActionReminderCard.Build(language, entry.Kind, unit, action, report, now);
                var kind = entry.Kind == ActionReminderKind.FollowUp ? NoticeKind.ActionEffect : NoticeKind.ActionReminder;
                intents.Add(outbox.Intent(tenant, key, OutboxTarget.Person(owner.Id), kind, card, anyHour: false, $"{unit.Name}: {entry.Kind}", group));
            }

            intended += await outbox.RecordAllAsync(tenant, intents, cancellationToken);
        }

        // Every past day's reminders are recorded now (the outbox sends them), so those days need no run again.
        if (days.Where(d => d < today).DefaultIfEmpty().Max() is var through && through != default)
        {
            await state.SetLastCompletedDayAsync(tenant, StateName, through, cancellationToken);
        }

        var sent = await delivery.DeliverTenantAsync(tenant, organisation, cancellationToken);
        return new Result(days.Count, intended, sent, !policies.For(tenant).QuietHours.Allows(time.GetUtcNow()));
    }

    /// <summary>One reminder of one action on one day: the idempotency key (a new due date is a new day, so a new reminder).</summary>
    public static string KeyOf(ActionDueEntry entry) =>
        $"action-{entry.Kind}~{entry.UnitId}~{entry.ActionId}~{entry.On.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The owner; for an owner no longer in the unit, whoever acts as its manager.</summary>
    private Person? RecipientOf(Organisation organisation, Unit unit, ImprovementAction action)
    {
        if (action.OwnerId is { } ownerId && organisation.FindPerson(ownerId) is { } owner && owner.BelongsTo(unit))
        {
            return owner;
        }

        var acting = organisation.ActingManagersOf(unit, time.GetUtcNow());
        return acting.Count > 0 ? acting[0] : null;
    }

    /// <summary>The days from the one after the last completed day through today (at most two weeks back).</summary>
    private async Task<IReadOnlyList<DateOnly>> OpenDaysAsync(TenantId tenant, DateOnly today, CancellationToken cancellationToken)
    {
        var earliest = today.AddDays(-Stops.DueStopsJob.LongestCatchUpDays);
        var last = await state.LastCompletedDayAsync(tenant, StateName, cancellationToken) ?? earliest.AddDays(-1);
        var days = new List<DateOnly>();
        for (var day = last.AddDays(1) < earliest ? earliest : last.AddDays(1); day <= today; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }
}
