using Microsoft.Extensions.FileProviders;

namespace TeamsQuality.Bot.Tab;

/// <summary>
/// The personal tab's page at <c>/tab/</c> (plain browser JavaScript, no build step): its files travel inside this
/// assembly (<c>Tab/Page/</c>), so it is served wherever the host runs, published too. The Teams JavaScript library it
/// uses is the official bundle from the build output (<c>tab/teams-js.js</c>, copied from tools/teams-js by the
/// build and the publish, see the .csproj), never a CDN: what runs is the version that was tested.
/// </summary>
public static class TabPage
{
    public const string Path = "/tab";

    /// <summary>
    /// Scripts, styles and calls only from the app itself, but for the list of Teams hosts' origins the Teams JavaScript
    /// library reads from Microsoft's CDN (it falls back to the list it carries when that cannot be read). Who may frame
    /// the page: Teams (web, desktop and mobile run it in an iframe of these), Microsoft 365 and Outlook, and the app
    /// itself (the local playground plays Teams from the same origin).
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; connect-src 'self' https://res.cdn.office.net; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
        + "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://teams.cloud.microsoft "
        + "https://*.cloud.microsoft https://*.office.com https://outlook.office365.com https://*.microsoft365.com https://*.skype.com";

    public static void MapTabPage(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(TabPage).Assembly, typeof(TabPage).Namespace + ".Page");
        var bundle = System.IO.Path.Combine(AppContext.BaseDirectory, "tab", "teams-js.js");
        app.MapGet(Path + "/teams-js.js", () => File.Exists(bundle)
            ? Results.File(bundle, "text/javascript; charset=utf-8")
            : Results.Problem(statusCode: 404, title: "The Teams JavaScript library is not in the build output: run eng/install-tools.sh, then build again."));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = Path });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.CacheControl = "no-cache";
            },
        });
    }
}
