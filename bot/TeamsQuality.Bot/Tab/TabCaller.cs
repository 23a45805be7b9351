using TeamsQuality.Cards;
using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Bot.Tab;

/// <summary>
/// The signed-in person a tab API request comes from, as their validated Teams SSO token says (never as the request
/// body says): handlers of <see cref="TabApi.MapTabApi"/> take it as a parameter.
/// </summary>
/// <param name="Tenant">The token's tenant (<c>tid</c>).</param>
/// <param name="ObjectId">Their Entra object id (<c>oid</c>), the id the organisation knows people by.</param>
/// <param name="Name">Their display name (<c>name</c>).</param>
/// <param name="Roles">The app roles the customer's IT assigned them (<c>roles</c>), e.g. Kvalitetsadministrator.</param>
/// <param name="Locale">Their Teams locale as the page sent it (Accept-Language), if any.</param>
public sealed record TabCaller(TenantId Tenant, string ObjectId, string Name, IReadOnlyList<string> Roles, string? Locale)
{
    /// <summary>Swedish unless their Teams is English.</summary>
    public UiLanguage Language => UiLanguages.FromLocale(Locale);

    // Stands in for the caller while the group's filter answers a request that has none: binding runs before filters,
    // and a parameter that fails to bind would be answered 400 before the filter could say why in the user's language.
    private static readonly TabCaller NotSignedIn = new(new TenantId(Guid.Empty.ToString("D")), string.Empty, string.Empty, [], null);

    /// <summary>
    /// Minimal APIs bind the parameter with this: the request's token, validated once per request
    /// (<see cref="TabSignIn"/>). A request without a valid token never reaches a handler: the group's filter
    /// (<see cref="TabApi.MapTabApi"/>) answers it first, which is why only endpoints in that group may take a caller.
    /// </summary>
    public static async ValueTask<TabCaller?> BindAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<TabApi.SignedIn>() is null)
        {
            throw new InvalidOperationException("A TabCaller is only given to endpoints mapped in MapTabApi's group, whose filter checks the sign-in.");
        }

        return (await TabSignIn.OfAsync(context)).Caller ?? NotSignedIn;
    }
}
