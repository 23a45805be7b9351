using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace TeamsQuality.Storage;

/// <summary>Hands out table clients, creating each table the first time it is used.</summary>
public sealed class TableStore
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> _tables = new(StringComparer.Ordinal);

    /// <summary>The constructor dependency injection uses.</summary>
    public TableStore(IOptions<StorageOptions> options)
        : this(options.Value, perCallPolicy: null)
    {
    }

    /// <summary>
    /// The same, with one more policy in the pipeline of every table call (added per call, before retries), e.g. to
    /// count requests in the benchmark (tests/TeamsQuality.Benchmarks). Not used by dependency injection.
    /// </summary>
    public TableStore(IOptions<StorageOptions> options, HttpPipelinePolicy perCallPolicy)
        : this(options.Value, perCallPolicy ?? throw new ArgumentNullException(nameof(perCallPolicy)))
    {
    }

    private TableStore(StorageOptions storage, HttpPipelinePolicy? perCallPolicy)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        if (perCallPolicy is not null)
        {
            clientOptions.AddPolicy(perCallPolicy, HttpPipelinePosition.PerCall);
        }

        _service = !string.IsNullOrWhiteSpace(storage.AccountUrl)
            ? new TableServiceClient(new Uri(storage.AccountUrl), new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(storage.ConnectionString ?? StorageOptions.AzuriteConnectionString, clientOptions);
        _prefix = storage.TablePrefix;
    }

    public Task<TableClient> GetAsync(string table, CancellationToken cancellationToken) =>
        _tables.GetOrAdd(table, name => new Lazy<Task<TableClient>>(() => CreateAsync(name, cancellationToken))).Value;

    private async Task<TableClient> CreateAsync(string table, CancellationToken cancellationToken)
    {
        var client = _service.GetTableClient(_prefix + table);
        try
        {
            await client.CreateIfNotExistsAsync(cancellationToken);
        }
        catch
        {
            _tables.TryRemove(table, out _);
            throw;
        }

        return client;
    }
}
