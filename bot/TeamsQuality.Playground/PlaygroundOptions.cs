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

    /// <summary>Where the bot's /api/messages is, for the local channel to post to.</summary>
    public string MessagesUrl => PublicBaseUrl.TrimEnd('/') + "/api/messages";
}
