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
        // Bounded calls: a try that gets no answer within the network timeout is given up (the default waits 100 s),
        // and retries come quickly; StorageAvailability makes every call fail at once while storage is not answering.
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = storage.NetworkTimeout;
        clientOptions.AddPolicy(Availability, HttpPipelinePosition.PerRetry);
        // Every try that reaches storage, in StorageTelemetry (only while telemetry is on).
        clientOptions.AddPolicy(new TableTelemetryPolicy(storage.TablePrefix), HttpPipelinePosition.PerRetry);
        if (perCallPolicy is not null)
        {
            clientOptions.AddPolicy(perCallPolicy, HttpPipelinePosition.PerCall);
        }

        _service = !string.IsNullOrWhiteSpace(storage.AccountUrl)
            ? new TableServiceClient(new Uri(storage.AccountUrl), new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(storage.ConnectionString ?? StorageOptions.AzuriteConnectionString, clientOptions);
        _prefix = storage.TablePrefix;
    }

    /// <summary>Whether storage is answering, as seen by this process's table calls.</summary>
    public StorageAvailability Availability { get; } = new();

    /// <summary>One small read, for the readiness check: throws when storage cannot be reached or does not answer.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var table = await GetAsync(TableKeys.TenantsTable, cancellationToken);
        await table.GetEntityIfExistsAsync<TableEntity>(ProbeKey, ProbeKey, select: ["RowKey"], cancellationToken: cancellationToken);
    }

    private const string ProbeKey = "health-probe";

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
