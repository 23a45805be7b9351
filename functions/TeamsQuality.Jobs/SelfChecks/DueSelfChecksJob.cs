using System.Globalization;
using Hangfire;
using TeamsQuality.Application.SelfChecks;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Cards.SelfChecks;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;
using TeamsQuality.Domain.Time;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;
using TeamsQuality.Storage.SelfChecks;

namespace TeamsQuality.Jobs.SelfChecks;

/// <summary>
/// The daily self-check scan. For each day since it last completed (catching up like the stops' scan), it reads every
/// unit's plan of the year in one query and the year's results in another, and records in the outbox, each once under
/// its idempotency key and listed under the day (so a rerun, or a second server, records nothing twice):
/// <list type="bullet">
/// <item>the day a check opens, its card 1:1 to the responsible person (the point, the instructions, the latest result,
/// the buttons to record it);</item>
/// <item>a week before it is due, without a result, a reminder; the first working day after it was due, without a
/// result, an overdue reminder;</item>
/// <item>to each manager acting for a unit, one message a day listing the checks that opened or became overdue in their
/// unit(s), not one per check.</item>
/// </list>
/// Every day of the schedule is a Swedish working day; the messages wait for working hours (<c>anyHour: false</c>).
/// </summary>
public sealed class DueSelfChecksJob(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    SelfCheckPlanRepository plans,
    SelfCheckResultRepository results,
    Outbox outbox,
    OutboxDeliveryJob delivery,
    JobState state,
    TenantPolicies policies,
    TimeProvider time)
{
    public const string RecurringJobId = "scan-due-self-checks";
    public const string StateName = "self-check-scan";

    /// <summary>Working days at 08:35 Swedish time, after the stops' scan.</summary>
    public const string Schedule = "35 8 * * 1-5";

    /// <summary>How far back a scan catches up after days without one.</summary>
    public const int LongestCatchUpDays = 14;

    public sealed record Result(int DaysScanned, int Intended, int Sent, bool QuietHours);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        var runs = await eachTenant.RunAsync<DueSelfChecksJob, Result>(
            RecurringJobId, tenant => ScanTenantAsync(tenant, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken);
        return runs.Aggregate(new Result(0, 0, 0, false), (total, r) => new Result(total.DaysScanned + r.DaysScanned, total.Intended + r.Intended, total.Sent + r.Sent, r.QuietHours));
    }

    /// <summary>The scan of one tenant whose scan failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        await ScanTenantAsync(new TenantId(tenantId), cancellationToken);

    public async Task<Result> ScanTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var organisation = await organisations.FindAsync(tenant, cancellationToken);
        if (organisation is null)
        {
            return new Result(0, 0, 0, false);
        }

        var now = time.GetUtcNow();
        var today = SwedishTime.Day(now);
        var days = await state.DaysToScanAsync(tenant, StateName, today, LongestCatchUpDays, cancellationToken);
        var years = new Dictionary<int, (IReadOnlyList<SelfCheckPlan> Plans, IReadOnlyList<SelfCheckResult> Results)>();
        var intended = 0;
        OutboxRecipients? recipients = null;
        foreach (var day in days)
        {
            if (!years.TryGetValue(day.Year, out var year))
            {
                // The plans' points without their history (half the rows, which the scan does not use).
                year = (await plans.ListYearAsync(tenant, day.Year, cancellationToken, withHistory: false), await results.LatestOfYearAsync(tenant, day.Year, cancellationToken));
                years[day.Year] = year;
            }

            var group = GroupOf(day);
            var recorded = await outbox.KeysInGroupAsync(tenant, group, cancellationToken);
            var intents = new List<OutboxIntent>();
            var digests = new Dictionary<string, (List<DigestItem> Opened, List<DigestItem> Overdue)>(StringComparer.OrdinalIgnoreCase);
            var done = year.Results.Select(r => (r.UnitId, r.PointId, r.Period)).ToHashSet();
            // The people's languages are read once per run (one range query), not per message; a rerun that records nothing reads none.
            foreach (var plan in year.Plans)
            {
                if (organisation.FindUnit(plan.UnitId) is not { } unit)
                {
                    continue;
                }

                foreach (var point in plan.Points)
                {
                    foreach (var occurrence in SelfCheckSchedule.Occurrences(point, day.Year))
                    {
                        if (SelfCheckProgress.NoticeOn(occurrence, day, done.Contains((unit.Id, point.Id, occurrence.Period))) is not { } kind)
                        {
                            continue;
                        }

                        if (SelfCheckView.PerformerOf(organisation, unit, point) is { } performer
                            && Key(unit, occurrence, kind, performer) is var key && !recorded.Contains(key))
                        {
                            recipients ??= await outbox.RecipientsAsync(tenant, cancellationToken);
                            intents.Add(CheckIntent(organisation, unit, point, occurrence, kind, performer, key, group, year.Results, now, recipients));
                        }

                        if (kind == CheckNoticeKind.Reminder)
                        {
                            continue;
                        }

                        var item = new DigestItem(unit, point, occurrence, SelfCheckView.ResponsibleNameOf(organisation, unit, point));
                        foreach (var manager in organisation.ActingManagersOf(unit, now))
                        {
                            if (!digests.TryGetValue(manager.Id, out var lists))
                            {
                                digests[manager.Id] = lists = ([], []);
                            }

                            (kind == CheckNoticeKind.Opens ? lists.Opened : lists.Overdue).Add(item);
                        }
                    }
                }
            }

            foreach (var (managerId, (opened, overdue)) in digests)
            {
                var key = DigestKey(day, managerId);
                if (!recorded.Contains(key))
                {
                    recipients ??= await outbox.RecipientsAsync(tenant, cancellationToken);
                    var language = recipients.LanguageOf(managerId);
                    intents.Add(outbox.Intent(
                        tenant, key, OutboxTarget.Person(managerId), NoticeKind.SelfCheckDigest, SelfCheckDigestCard.Build(language, opened, overdue),
                        anyHour: false, about: $"Egenkontroller {day:yyyy-MM-dd}", group));
                }
            }

            intended += await outbox.RecordAllAsync(tenant, intents, cancellationToken);
        }

        // Every past day's messages are recorded now (the outbox sends them), so those days need no scan again.
        await state.CompletedAsync(tenant, StateName, days, today, cancellationToken);

        var sent = await delivery.DeliverTenantAsync(tenant, organisation, cancellationToken);
        return new Result(days.Count, intended, sent, !policies.For(tenant).QuietHours.Allows(time.GetUtcNow()));
    }

    /// <summary>The check's card for the person who performs it, in their language, as they would see it opened now.</summary>
    private OutboxIntent CheckIntent(
        Organisation organisation, Unit unit, ControlPoint point, CheckOccurrence occurrence, CheckNoticeKind kind, string performerId, string key, string group,
        IReadOnlyList<SelfCheckResult> resultsOfYear, DateTimeOffset now, OutboxRecipients recipients)
    {
        var tenant = organisation.Tenant;
        var language = recipients.LanguageOf(performerId);
        var view = SelfCheckView.Of(organisation, unit, point, occurrence, null, resultsOfYear.Where(r => r.UnitId == unit.Id), organisation.FindPerson(performerId), now);
        return outbox.Intent(
            tenant, key, OutboxTarget.Person(performerId), NoticeKind.SelfCheckDue, SelfCheckCard.Build(language, SelfCheckCards.Facts(view), kind),
            anyHour: false, about: $"{unit.Name}: egenkontroll {occurrence.Key}", group);
    }

    private static string GroupOf(DateOnly day) => "selfchecks-" + Day(day);

    /// <summary>selfcheck~{unit}~{point}~{yyyy-NN}~{Opens|Reminder|Overdue}~person:{id}: one message per occurrence, kind and person.</summary>
    public static string Key(Unit unit, CheckOccurrence occurrence, CheckNoticeKind kind, string personId) =>
        $"selfcheck~{unit.Id}~{occurrence.PointId}~{occurrence.Key}~{kind}~{OutboxTarget.PersonKind}:{personId.ToLowerInvariant()}";

    /// <summary>selfcheck-digest~{yyyyMMdd}~person:{id}: one list per manager and day.</summary>
    public static string DigestKey(DateOnly day, string managerId) => $"selfcheck-digest~{Day(day)}~{OutboxTarget.PersonKind}:{managerId.ToLowerInvariant()}";

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
