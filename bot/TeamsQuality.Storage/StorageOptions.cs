namespace TeamsQuality.Storage;

/// <summary>Where the tables are, bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azurite's well-known development account on the default table port.</summary>
    public const string AzuriteConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    /// <summary>A connection string (Azurite or a storage account key). Used when <see cref="AccountUrl"/> is empty.</summary>
    public string? ConnectionString { get; set; } = AzuriteConnectionString;

    /// <summary>The table endpoint of a storage account, e.g. https://acct.table.core.windows.net; signs in with DefaultAzureCredential (managed identity).</summary>
    public string? AccountUrl { get; set; }

    /// <summary>
    /// How long one try of a table call waits for an answer before it is given up (and retried). Table calls answer in
    /// milliseconds; this bounds how long a turn waits when storage hangs, well within Teams' time limit.
    /// </summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Prepended to every table name, so several environments (or test runs) can share one account.</summary>
    public string TablePrefix { get; set; } = string.Empty;
}
