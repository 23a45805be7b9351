using Hangfire;
using TeamsQuality.Application.Digest;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Cards.Digest;
using TeamsQuality.Cards.Outboxes;
using TeamsQuality.Domain.Digest;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.Time;
using TeamsQuality.Jobs.Outboxes;
using TeamsQuality.Jobs.Tenants;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Storage.Outboxes;

namespace TeamsQuality.Jobs.Digest;

/// <summary>
/// The weekly digest (veckobrevet), tenant by tenant: on the week's first working day at 08:00 Swedish time it asks
/// <see cref="WeeklyDigests"/> for every recipient's digest and records one card per person in the outbox under the key
/// tenant (the outbox's partition), person and ISO week, listed under the week, so a rerun or a second server records
/// nothing twice. It runs every working day at 08:00: a holiday Monday (Annandag påsk) sends nothing and Tuesday's run
/// sends the week's digest; a run missed on the first working day is caught up by the next run of the same week (the
/// key stops it from going out twice). Once a tenant's week is recorded, the later runs of that week pass it by with
/// one read (so someone whose first item falls due on Wednesday does not get a "weekly" digest on Wednesday). A week
/// without any run is not sent afterwards. The outbox sends in working hours (<c>anyHour: false</c>).
/// </summary>
public sealed class WeeklyDigestJob(
    EachTenant eachTenant,
    OrganisationRepository organisations,
    WeeklyDigests digests,
    Outbox outbox,
    OutboxDeliveryJob delivery,
    JobState state,
    TenantPolicies policies,
    TimeProvider time)
{
    public const string RecurringJobId = "weekly-digest";
    public const string StateName = "weekly-digest";

    /// <summary>Every working day at 08:00 Swedish time; only the week's first working day (or a catch-up) records anything.</summary>
    public const string Schedule = "0 8 * * 1-5";

    public sealed record Result(int Tenants, int Intended, int Sent, bool QuietHours);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        var runs = await eachTenant.RunAsync<WeeklyDigestJob, Result>(
            RecurringJobId, tenant => RunTenantAsync(tenant, cancellationToken), tenantId => job => job.RetryTenantAsync(tenantId, CancellationToken.None), cancellationToken);
        return runs.Aggregate(new Result(0, 0, 0, false), (total, r) => new Result(total.Tenants + r.Tenants, total.Intended + r.Intended, total.Sent + r.Sent, total.QuietHours || r.QuietHours));
    }

    /// <summary>One tenant whose run failed, scheduled by <see cref="EachTenant"/>.</summary>
    [AutomaticRetry(Attempts = EachTenant.RetryAttempts)]
    public async Task RetryTenantAsync(string tenantId, CancellationToken cancellationToken) => await RunTenantAsync(new TenantId(tenantId), cancellationToken);

    public async Task<Result> RunTenantAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = SwedishTime.Day(now);
        var week = DigestWeek.Of(today);
        if (!week.SendsOn(today)
            || await state.LastCompletedDayAsync(tenant, StateName, cancellationToken) is { } done && week.Contains(done)
            || await organisations.FindAsync(tenant, cancellationToken) is not { } organisation)
        {
            return new Result(0, 0, 0, false);
        }

        var group = GroupOf(week);
        var recorded = await outbox.KeysInGroupAsync(tenant, group, cancellationToken);
        var intents = new List<OutboxIntent>();
        foreach (var digest in await digests.RunAsync(organisation, now, cancellationToken))
        {
            var key = Key(week, digest.Person.Id);
            if (recorded.Contains(key))
            {
                continue;
            }

            var language = await outbox.LanguageOfAsync(tenant, digest.Person.Id, cancellationToken);
            intents.Add(outbox.Intent(
                tenant, key, OutboxTarget.Person(digest.Person.Id), NoticeKind.WeeklyDigest, DigestCard.Build(language, digest),
                anyHour: false, about: $"Veckobrev {week.Key}", group));
        }

        var intended = await outbox.RecordAllAsync(tenant, intents, cancellationToken);

        // The week's digests are recorded (the outbox sends them): the later runs of this week pass the tenant by.
        await state.SetLastCompletedDayAsync(tenant, StateName, today, cancellationToken);

        var sent = await delivery.DeliverTenantAsync(tenant, cancellationToken);
        return new Result(1, intended, sent, !policies.For(tenant).QuietHours.Allows(time.GetUtcNow()));
    }

    private static string GroupOf(DigestWeek week) => "digest-" + week.Key;

    /// <summary>digest~{yyyy-Www}~person:{id}: one digest per person and ISO week (the outbox's rows are the tenant's).</summary>
    public static string Key(DigestWeek week, string personId) => $"digest~{week.Key}~{OutboxTarget.PersonKind}:{personId.ToLowerInvariant()}";
}
