using System.Text;
using TeamsQuality.Cards;

namespace TeamsQuality.Bot.Downloads;

/// <summary>
/// <c>GET /files/{token}</c>: the document a download link stands for, made now by its kind's
/// <see cref="IDownloadSource"/> for the person who asked. An expired, forged or unknown link, and a document the
/// person may no longer have, get a short page saying so in their language (never a 500 and never the document).
/// </summary>
public static class DownloadEndpoints
{
    public static IServiceCollection AddDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DownloadOptions>().Bind(configuration.GetSection(DownloadOptions.SectionName));
        services.AddSingleton<DownloadLinks>();
        return services;
    }

    /// <summary>Registers a document kind's source (scoped: it takes use cases).</summary>
    public static IServiceCollection AddDownloadSource<TSource>(this IServiceCollection services)
        where TSource : class, IDownloadSource =>
        services.AddScoped<IDownloadSource, TSource>();

    public static void MapDownloads(this WebApplication app) =>
        app.MapGet(DownloadLinks.Path + "/{token}", DownloadAsync);

    private static async Task<IResult> DownloadAsync(string token, HttpContext context, DownloadLinks links, IEnumerable<IDownloadSource> sources, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var language = UiLanguages.FromLocale(context.Request.Headers.AcceptLanguage.ToString());
        var ticket = links.Read(token, out var expired);
        if (ticket is null)
        {
            return Page(expired ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound, language, expired ? DownloadTexts.Expired(language) : DownloadTexts.Invalid(language));
        }

        var source = sources.FirstOrDefault(s => string.Equals(s.Kind, ticket.Kind, StringComparison.Ordinal));
        var file = source is null ? null : await source.CreateAsync(ticket, cancellationToken);
        if (file is null)
        {
            return Page(StatusCodes.Status404NotFound, ticket.UiLanguage, DownloadTexts.NotAvailable(ticket.UiLanguage));
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }

    private static IResult Page(int status, UiLanguage language, string message) =>
        Results.Content(DownloadTexts.Page(language, message), "text/html; charset=utf-8", Encoding.UTF8, status);
}
