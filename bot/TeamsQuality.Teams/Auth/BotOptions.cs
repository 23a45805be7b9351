namespace TeamsQuality.Teams.Auth;

/// <summary>The bot's registration, bound from the "Bot" configuration section.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>The bot's Entra app (client) id. Empty means local use: inbound auth is off and nothing is signed.</summary>
    public string? AppId { get; set; }

    /// <summary>The Entra tenant of a single-tenant bot registration (needed for the outbound token).</summary>
    public string? TenantId { get; set; }

    /// <summary>Client secret of the app registration; leave empty to use a managed identity.</summary>
    public string? AppSecret { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty with no secret means the system-assigned identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Where the signing keys are published. Tests point this at a local key set.</summary>
    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadataUrl;

    /// <summary>The issuer tokens must carry.</summary>
    public string Issuer { get; set; } = BotFrameworkIssuer;

    /// <summary>Allowed clock skew when checking token lifetimes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a turn may take before its HTTP answer is sent and the work continues in the background.</summary>
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>How many times a send to the channel is retried on 429, 412, 502 and 504.</summary>
    public int MaxSendRetries { get; set; } = 5;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);
}
