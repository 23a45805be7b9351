using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Domain.SelfChecks;

namespace TeamsQuality.Storage.SelfChecks;

/// <summary>
/// The self-check templates a quality developer offered to every unit of a tenant, one partition per tenant. A template
/// keeps every time it was offered (its history) in its row; offering is conditional on the ETag read, so two offers at
/// once never lose one another.
/// </summary>
public sealed class SelfCheckTemplateRepository(TableStore tables)
{
    private const int MaxAttempts = 5;

    /// <summary>The tenant's offered templates, by name.</summary>
    public async Task<IReadOnlyList<SelfCheckTemplate>> ListAsync(TenantId tenant, CancellationToken cancellationToken) =>
        (await ReadAsync(tenant, cancellationToken)).Select(r => r.Template).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList();

    /// <summary>
    /// Offers a template: <paramref name="decide"/> gets the tenant's offered templates as they are and returns the one to
    /// save (new, or one of them replaced); when someone offered meanwhile, it is read and decided again. Rule refusals
    /// pass through with nothing saved.
    /// </summary>
    public async Task<SelfCheckTemplate> OfferAsync(TenantId tenant, Func<IReadOnlyList<SelfCheckTemplate>, SelfCheckTemplate> decide, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckTemplatesTable, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ReadAsync(tenant, cancellationToken);
            var template = decide(stored.Select(r => r.Template).ToList());
            var row = new TableEntity(TableKeys.TenantPartition(tenant.Value), TableKeys.SelfCheckTemplateRow(template.Id))
            {
                ["Id"] = template.Id,
                ["Name"] = template.Name,
                ["Offers"] = JsonSerializer.Serialize(template.Offers ?? [], StorageJson.Options),
            };
            LongText.Write(row, "Points", JsonSerializer.Serialize(template.Points, StorageJson.Options));
            try
            {
                var existing = stored.FindIndex(r => r.Template.Id == template.Id);
                if (existing >= 0)
                {
                    await table.UpdateEntityAsync(row, stored[existing].ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await table.AddEntityAsync(row, cancellationToken);
                }

                return template;
            }
            catch (RequestFailedException ex) when ((ex.IsConflict() || ex.IsPreconditionFailed()) && attempt < MaxAttempts)
            {
                // Someone offered meanwhile: read again and decide again.
            }
            catch (RequestFailedException ex) when (ex.IsConflict() || ex.IsPreconditionFailed())
            {
                throw new ConcurrencyConflictException($"The self-check templates of {tenant} kept changing.", ex);
            }
        }
    }

    private async Task<List<(SelfCheckTemplate Template, ETag ETag)>> ReadAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableKeys.SelfCheckTemplatesTable, cancellationToken);
        var partition = TableKeys.TenantPartition(tenant.Value);
        var templates = new List<(SelfCheckTemplate, ETag)>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            templates.Add((new SelfCheckTemplate(
                row.GetString("Id"),
                row.GetString("Name"),
                JsonSerializer.Deserialize<List<ControlPoint>>(LongText.Read(row, "Points"), StorageJson.Options)!,
                JsonSerializer.Deserialize<List<SelfCheckTemplateOffer>>(row.GetString("Offers") ?? "[]", StorageJson.Options)!), row.ETag));
        }

        return templates;
    }
}
