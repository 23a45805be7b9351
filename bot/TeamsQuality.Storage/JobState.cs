using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Storage;

/// <summary>Where a recurring job got to, per tenant.</summary>
public sealed class JobState(TableStore tables)
{
    public async Task<DateOnly?> LastCompletedDayAsync(TenantId tenant, string job, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.JobStateTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.TenantPartition(tenant.Value), job, cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.GetString("LastCompletedDay") is { } day ? DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The days a daily scan has to look at: from the one after its last completed day through <paramref name="today"/>,
    /// at most <paramref name="longestCatchUp"/> days back (a tenant never scanned catches up on that many: what was
    /// planned on a weekend, say).
    /// </summary>
    public async Task<IReadOnlyList<DateOnly>> DaysToScanAsync(TenantId tenant, string job, DateOnly today, int longestCatchUp, CancellationToken cancellationToken)
    {
        var last = await LastCompletedDayAsync(tenant, job, cancellationToken) ?? today.AddDays(-longestCatchUp - 1);
        var first = last.AddDays(1) < today.AddDays(-longestCatchUp) ? today.AddDays(-longestCatchUp) : last.AddDays(1);
        var days = new List<DateOnly>();
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }

    /// <summary>Every day scanned before <paramref name="today"/> is done: its messages are recorded, so it needs no scan again.</summary>
    public async Task CompletedAsync(TenantId tenant, string job, IReadOnlyList<DateOnly> scanned, DateOnly today, CancellationToken cancellationToken)
    {
        if (scanned.Where(d => d < today).DefaultIfEmpty().Max() is var through && through != default)
        {
            await SetLastCompletedDayAsync(tenant, job, through, cancellationToken);
        }
    }

    public async Task SetLastCompletedDayAsync(TenantId tenant, string job, DateOnly day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.JobStateTable, cancellationToken);
        await table.UpsertEntityAsync(
            new TableEntity(TableKeys.TenantPartition(tenant.Value), job) { ["LastCompletedDay"] = day.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
            TableUpdateMode.Replace,
            cancellationToken);
    }
}
