using TeamsQuality.Application.Organisations;
using TeamsQuality.Cards;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Bot.Tab;

/// <summary>
/// The one way into the tab's API: <c>/api/tab/…</c>, every endpoint behind a valid Teams SSO token. A handler takes a
/// <see cref="TabCaller"/> parameter and is only called with a validated one; a request without one is answered here,
/// as JSON with a message in the user's language (<c>{ "error": "…", "message": "…" }</c>), never a 500.
/// </summary>
public static class TabApi
{
    public const string Prefix = "/api/tab";

    /// <summary>The tab's services: the SSO validator and its options (<see cref="TabOptions"/>).</summary>
    public static IServiceCollection AddTabApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TabOptions>()
            .Bind(configuration.GetSection(TabOptions.SectionName))
            .PostConfigure<IConfiguration>((tab, config) =>
            {
                tab.AppId = string.IsNullOrWhiteSpace(tab.AppId) ? config["Bot:AppId"] : tab.AppId;
                tab.PublicBaseUrl ??= config["App:PublicBaseUrl"];
            });
        services.AddSingleton<SsoTokenValidator>();
        services.AddHttpClient(nameof(SsoTokenValidator), client => client.Timeout = TimeSpan.FromSeconds(10));
        TabRoutes.AddServices(services);
        return services;
    }

    /// <summary>
    /// The group every tab endpoint is mapped in (<see cref="TabRoutes"/>). Its filter runs after binding and before the
    /// handler: it lets in only a request whose <see cref="TabSignIn"/> has a caller.
    /// </summary>
    public static RouteGroupBuilder MapTabApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithMetadata(new SignedIn());
        group.AddEndpointFilter(async (context, next) =>
        {
            var signIn = await TabSignIn.OfAsync(context.HttpContext);
            if (signIn.Caller is not null)
            {
                return await next(context);
            }

            var language = UiLanguages.FromLocale(context.HttpContext.Request.Headers.AcceptLanguage.ToString());
            var texts = TabTexts.For(language);
            return signIn.Failure switch
            {
                TabSignInFailure.NotAPerson => Problem(403, "forbidden", texts.NotAPerson),
                TabSignInFailure.NotConfigured => Problem(503, "not_configured", texts.NotConfigured),
                TabSignInFailure.NoToken => Problem(401, "unauthorized", texts.NoToken),
                _ => Problem(401, "unauthorized", texts.InvalidToken),
            };
        });
        TabRoutes.Map(group);
        return group;
    }

    /// <summary>
    /// The caller as an <see cref="Administrator"/> (<see cref="FindAdministrator"/>: the app role or the bootstrap
    /// list), or the 403 answer to give instead. Every endpoint that changes the organisation starts here.
    /// </summary>
    public static (Administrator? Administrator, IResult? Refusal) AsAdministrator(this TabCaller caller, FindAdministrator administrators)
    {
        var found = administrators.Run(caller.Tenant, caller.ObjectId, caller.Name, caller.Roles);
        return found.IsRefused
            ? (null, Problem(403, "not_administrator", TabTexts.For(caller.Language).NotAdministrator))
            : (found.Value, null);
    }

    /// <summary>Marks the endpoints behind the sign-in filter (the only ones a <see cref="TabCaller"/> is bound for).</summary>
    public sealed class SignedIn;

    /// <summary>An answer the page shows as is: <c>{ "error": code, "message": text in the user's language }</c>.</summary>
    public static IResult Problem(int status, string error, string message) =>
        Results.Json(new { error, message }, statusCode: status);
}
