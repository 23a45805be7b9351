namespace TeamsQuality.Graph;

/// <summary>The "Graph" configuration section: where Microsoft Graph is and which app it installs.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";

    public const string Global = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// Graph's address with its version. Tests and the playground serve a stand-in on loopback; a national cloud has its
    /// own (the token's scope follows the host).
    /// </summary>
    public string BaseUrl { get; set; } = Global;

    /// <summary>
    /// The app's id in the tenant's app catalog (<c>teamsApp@odata.bind</c> when installing it for a person). Each customer
    /// uploads the package to their own catalog, so it is usually set per tenant (<c>Tenants:&lt;id&gt;:TeamsAppCatalogId</c>);
    /// this is the default, e.g. for an app from the Teams store, whose catalog id is the manifest's id.
    /// </summary>
    public string? TeamsAppCatalogId { get; set; }

    /// <summary>How many times the client retries a call Graph answered 429, 503 or 504 (each after Retry-After).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The wait before a retry when Graph gives no Retry-After (doubled each time), in seconds.</summary>
    public int RetryDelaySeconds { get; set; } = 3;
}
