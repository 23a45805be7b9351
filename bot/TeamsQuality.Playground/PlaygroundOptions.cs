using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Playground;

/// <summary>"Playground" configuration section: the local stand-in for Teams.</summary>
public sealed class PlaygroundOptions
{
    public const string SectionName = "Playground";

    /// <summary>On by default when the bot runs locally (no Bot:AppId); never on with authentication.</summary>
    public bool Enabled { get; set; }

    /// <summary>The address the app is reached at (App:PublicBaseUrl), e.g. http://localhost:3978; the playground's serviceUrl is below it.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>Where the Web Chat bundle was installed (tools/webchat/webchat.js).</summary>
    public string? WebChatBundlePath { get; set; }

    /// <summary>The organisation whose people the page offers: the host's demo organisation (given by the host, not configured).</summary>
    public TenantId Tenant { get; set; }

    /// <summary>The name of the Teams team the organisation's unit channels are in (given by the host, not configured).</summary>
    public string TeamName { get; set; } = string.Empty;

    /// <summary>The serviceUrl of the local channel: the bot's outbound connector calls come here.</summary>
    public string ServiceUrl => PublicBaseUrl.TrimEnd('/') + "/playground/";

    /// <summary>
    /// The app id the playground's tab tokens are for (in Teams: the app registration in <c>webApplicationInfo.id</c>);
    /// the host takes it as its Tab:AppId in local mode, so the audience is <c>api://{host}/{this}</c> as in Teams.
    /// </summary>
    public const string TabAppId = "7ab5c0de-0000-4000-8000-000000000001";

    /// <summary>The Entra authority the playground plays: its OpenID metadata is at {this}/{tid}/v2.0/.well-known/openid-configuration.</summary>
    public string SsoAuthority => PublicBaseUrl.TrimEnd('/') + PlaygroundSso.AuthorityPath;

    /// <summary>The audience of its tab tokens: the manifest's <c>webApplicationInfo.resource</c>, api://{host}/{app id}.</summary>
    public string SsoAudience => $"api://{new Uri(PublicBaseUrl).Authority}/{TabAppId}";

    /// <summary>Where the bot's /api/messages is, for the local channel to post to.</summary>
    public string MessagesUrl => PublicBaseUrl.TrimEnd('/') + "/api/messages";
}
