namespace TeamsQuality.Bot.Tab;

/// <summary>
/// "Tab" configuration section: whose Teams single sign-on tokens the tab API takes. Teams gets the token from Entra
/// for the app's <c>webApplicationInfo.resource</c> (manifest), so the audience here must be that same Application ID
/// URI, <c>api://&lt;domain&gt;/&lt;appId&gt;</c>.
/// </summary>
public sealed class TabOptions
{
    public const string SectionName = "Tab";

    public const string MicrosoftAuthority = "https://login.microsoftonline.com";

    /// <summary>Where Entra's v1 tokens say they come from: <c>https://sts.windows.net/{tid}/</c>.</summary>
    public const string V1IssuerBase = "https://sts.windows.net";

    /// <summary>The delegated scope Teams asks for (the app registration's "Expose an API" scope).</summary>
    public const string Scope = "access_as_user";

    /// <summary>
    /// The Entra authority; the signing keys of a token's tenant are read from
    /// <c>{Authority}/{tid}/v2.0/.well-known/openid-configuration</c> and its v2 issuer is <c>{Authority}/{tid}/v2.0</c>.
    /// The playground sets its own in local mode (it signs the tokens it plays Teams with).
    /// </summary>
    public string Authority { get; set; } = MicrosoftAuthority;

    /// <summary>
    /// The app registration the tab's tokens are for (<c>webApplicationInfo.id</c>); empty: <c>Bot:AppId</c>. A bot that
    /// runs as a managed identity needs an app registration of its own here, since a managed identity exposes no API.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>The audience; empty: <c>api://{host of App:PublicBaseUrl}/{AppId}</c>, as the manifest's resource is built.</summary>
    public string? Audience { get; set; }

    /// <summary>The app's public address (App:PublicBaseUrl), set by the host: its host name is the audience's domain.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Allowed clock skew when checking a token's lifetime.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many tenants' signing keys are kept; beyond that the cache starts over (tokens name any tenant).</summary>
    public int MaxCachedTenants { get; set; } = 500;

    /// <summary>The audience a token must carry, or null when the tab is not configured for sign-in (no app id).</summary>
    public string? EffectiveAudience =>
        !string.IsNullOrWhiteSpace(Audience) ? Audience.Trim()
        : string.IsNullOrWhiteSpace(AppId) || !Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var baseUrl) ? null
        : $"api://{baseUrl.Authority}/{AppId.Trim()}";
}
