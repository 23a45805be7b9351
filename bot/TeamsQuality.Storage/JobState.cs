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

    public async Task SetLastCompletedDayAsync(TenantId tenant, string job, DateOnly day, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.JobStateTable, cancellationToken);
        await table.UpsertEntityAsync(
            new TableEntity(TableKeys.TenantPartition(tenant.Value), job) { ["LastCompletedDay"] = day.ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
            TableUpdateMode.Replace,
            cancellationToken);
    }
}
