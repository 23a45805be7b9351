namespace TeamsQuality.Bot.Tab;

/// <summary>Why a tab request was not let in; each has its own answer (<see cref="TabApi"/>).</summary>
public enum TabSignInFailure
{
    None,

    /// <summary>No Bearer token: 401.</summary>
    NoToken,

    /// <summary>Not a valid token of the tenant for this app (signature, audience, issuer, tenant, lifetime): 401.</summary>
    InvalidToken,

    /// <summary>A valid token, but not a person's delegated sign-in (no oid, or not the access_as_user scope): 403.</summary>
    NotAPerson,

    /// <summary>The app has no app id for the tab (Tab:AppId / Bot:AppId), so no token can be for it: 503.</summary>
    NotConfigured,
}

/// <summary>The result of checking a tab request's sign-in: the caller, or why not.</summary>
public sealed record TabSignIn(TabCaller? Caller, TabSignInFailure Failure)
{
    private static readonly object Key = new();

    public static TabSignIn Failed(TabSignInFailure failure) => new(null, failure);

    /// <summary>The request's sign-in, validated once per request and kept on it (parameter binding and the filter both ask).</summary>
    public static async ValueTask<TabSignIn> OfAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var known) && known is TabSignIn signIn)
        {
            return signIn;
        }

        var validator = context.RequestServices.GetRequiredService<SsoTokenValidator>();
        var locale = context.Request.Headers.AcceptLanguage.ToString().Split(',')[0].Split(';')[0].Trim();
        signIn = await validator.ValidateAsync(context.Request.Headers.Authorization.ToString(), locale.Length > 0 ? locale : null, context.RequestAborted);
        context.Items[Key] = signIn;
        return signIn;
    }
}
