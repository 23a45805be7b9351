using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Teams.Storage;

/// <summary>Conversation references in table storage, so proactive messages work after any restart and from any host.</summary>
public sealed class ConversationReferenceStore(TableStore tables, TenantRegistry tenants) : IConversationReferenceStore
{
    public async Task RememberAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ConversationReferencesTable, cancellationToken);
        var partition = TableKeys.TenantPartition(reference.TenantId);
        var json = JsonSerializer.Serialize(reference, BotJson.Options);

        var rows = new List<string> { TableKeys.ConversationRow(reference.ConversationId) };
        if (reference.ConversationType == "personal" && reference.AadObjectId is { Length: > 0 } aad)
        {
            rows.Add(TableKeys.PersonalConversationRow(aad));
        }

        if (reference.ConversationType == "channel" && reference.TeamsChannelId is { Length: > 0 } channel)
        {
            rows.Add(TableKeys.ChannelConversationRow(channel));
        }

        var actions = rows
            .Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row) { ["Reference"] = json }))
            .Append(new TableTransactionAction(
                TableTransactionActionType.UpsertReplace,
                new TableEntity(partition, TableKeys.ServiceUrlRow) { ["ServiceUrl"] = reference.ServiceUrl }));
        await table.SubmitTransactionAsync(actions, cancellationToken);
        await tenants.EnsureAsync(reference.TenantId, cancellationToken);
    }

    public Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        FindAsync(tenantId, TableKeys.PersonalConversationRow(aadObjectId), cancellationToken);

    public Task<ConversationReference?> FindChannelAsync(string tenantId, string teamsChannelId, CancellationToken cancellationToken) =>
        FindAsync(tenantId, TableKeys.ChannelConversationRow(teamsChannelId), cancellationToken);

    public async Task<string?> FindServiceUrlAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ConversationReferencesTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.TenantPartition(tenantId), TableKeys.ServiceUrlRow, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("ServiceUrl") : null;
    }

    public async Task SetServiceUrlAsync(string tenantId, string serviceUrl, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ConversationReferencesTable, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.TenantPartition(tenantId), TableKeys.ServiceUrlRow) { ["ServiceUrl"] = serviceUrl }, TableUpdateMode.Replace, cancellationToken);
        await tenants.EnsureAsync(tenantId, cancellationToken);
    }

    public async Task<TenantConversations> ListTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ConversationReferencesTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenantId);
        var personalFrom = TableKeys.PersonalConversationRow(string.Empty);
        var channelFrom = TableKeys.ChannelConversationRow(string.Empty);
        var personalEnd = TableKeys.RangeEnd(personalFrom);
        var channelEnd = TableKeys.RangeEnd(channelFrom);
        var serviceUrlRow = TableKeys.ServiceUrlRow;
        var personal = new Dictionary<string, ConversationReference>(StringComparer.Ordinal);
        var channels = new Dictionary<string, ConversationReference>(StringComparer.Ordinal);
        string? serviceUrl = null;

        // One query: the partition's 1:1 rows, channel rows and service URL (not the row per conversation id).
        await foreach (var row in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition
                && ((e.RowKey.CompareTo(personalFrom) >= 0 && e.RowKey.CompareTo(personalEnd) < 0)
                    || (e.RowKey.CompareTo(channelFrom) >= 0 && e.RowKey.CompareTo(channelEnd) < 0)
                    || e.RowKey == serviceUrlRow),
            select: ["RowKey", "Reference", "ServiceUrl"],
            cancellationToken: cancellationToken))
        {
            if (row.RowKey == serviceUrlRow)
            {
                serviceUrl = row.GetString("ServiceUrl");
                continue;
            }

            if (row.GetString("Reference") is not { } json || JsonSerializer.Deserialize<ConversationReference>(json, BotJson.Options) is not { } reference)
            {
                continue;
            }

            if (row.RowKey.StartsWith(personalFrom, StringComparison.Ordinal))
            {
                personal[TableKeys.Unescape(row.RowKey[personalFrom.Length..])] = reference;
            }
            else
            {
                channels[TableKeys.Unescape(row.RowKey[channelFrom.Length..])] = reference;
            }
        }

        return new TenantConversations(tenantId, personal, channels, serviceUrl);
    }

    private async Task<ConversationReference?> FindAsync(string tenantId, string row, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.ConversationReferencesTable, cancellationToken);
        NullableResponse<TableEntity> found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.TenantPartition(tenantId), row, cancellationToken: cancellationToken);
        return found.HasValue && found.Value!.GetString("Reference") is { } json
            ? JsonSerializer.Deserialize<ConversationReference>(json, BotJson.Options)
            : null;
    }
}
