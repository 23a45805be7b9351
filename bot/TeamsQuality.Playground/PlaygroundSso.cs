using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TeamsQuality.Playground;

/// <summary>
/// The playground's stand-in for Entra, for the tab's single sign-on: when the page plays Teams and the tab asks for a
/// token (<c>authentication.getAuthToken</c>), it gets one signed by this key for the chosen person, with their object
/// id, name, tenant and app roles (<see cref="StandInDirectory.AppRoles"/>). The key is published as Entra publishes a
/// tenant's: OpenID metadata at <c>{authority}/{tid}/v2.0/.well-known/openid-configuration</c> and its key set, so the
/// host validates the token exactly as a real one (nothing is skipped; only the authority is the playground's).
/// </summary>
public sealed class PlaygroundSso
{
    /// <summary>Below the app's address: the playground's authority (<see cref="PlaygroundOptions.SsoAuthority"/>).</summary>
    public const string AuthorityPath = "/playground/sso";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>A fresh key each start: a token of an earlier run is not valid any more, as after a key rollover.</summary>
    public RsaSecurityKey Key { get; } = new(RSA.Create(2048)) { KeyId = "playground-" + Guid.NewGuid().ToString("N")[..12] };

    /// <summary>A tenant's OpenID metadata, in the shape Entra serves it (what the validator reads: issuer, keys).</summary>
    public static object Metadata(string authority, string tenant) => new
    {
        issuer = $"{authority.TrimEnd('/')}/{tenant}/v2.0",
        jwks_uri = $"{authority.TrimEnd('/')}/{tenant}/discovery/v2.0/keys",
        authorization_endpoint = $"{authority.TrimEnd('/')}/{tenant}/oauth2/v2.0/authorize",
        token_endpoint = $"{authority.TrimEnd('/')}/{tenant}/oauth2/v2.0/token",
        response_types_supported = new[] { "code", "id_token", "token id_token" },
        subject_types_supported = new[] { "pairwise" },
        id_token_signing_alg_values_supported = new[] { "RS256" },
    };

    /// <summary>A JSON Web Key Set with the public part of these keys.</summary>
    public static object KeySet(params RsaSecurityKey[] keys) => new
    {
        keys = keys.Select(key =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            return new { kty = "RSA", use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E, alg = "RS256" };
        }),
    };

    /// <summary>Signs a Teams SSO token (an Entra v2 access token for the tab's API) as described, RS256.</summary>
    public static string Mint(SsoTokenClaims claims, SecurityKey key)
    {
        var payload = new Dictionary<string, object>
        {
            ["tid"] = claims.Tenant,
            ["ver"] = "2.0",
        };
        Add(payload, "oid", claims.ObjectId);
        Add(payload, "name", claims.Name);
        Add(payload, "preferred_username", claims.PreferredUsername);
        Add(payload, "scp", claims.Scope);
        if (claims.Roles is { Count: > 0 } roles)
        {
            payload["roles"] = roles.ToArray();
        }

        var now = DateTime.UtcNow;
        var expires = claims.Expires ?? now + Lifetime;
        var notBefore = claims.NotBefore ?? (expires < now ? expires - Lifetime : now.AddMinutes(-1));
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = claims.Issuer,
            Audience = claims.Audience,
            Claims = payload,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, claims.Algorithm),
        });
    }

    /// <summary>The token the tab gets for this person of the directory, as Teams would get it from Entra.</summary>
    internal string TokenFor(DirectoryPerson person, StandInDirectory directory, PlaygroundOptions options) =>
        Mint(
            new SsoTokenClaims(
                directory.Tenant.Value,
                person.Id,
                person.Name,
                options.SsoAudience,
                $"{options.SsoAuthority}/{directory.Tenant.Value}/v2.0")
            {
                PreferredUsername = person.Email,
                Roles = directory.AppRolesOf(person.Id),
            },
            Key);

    private static void Add(Dictionary<string, object> payload, string name, string? value)
    {
        if (value is not null)
        {
            payload[name] = value;
        }
    }
}

/// <summary>What a Teams SSO token says; the defaults are a person's delegated sign-in, valid for an hour from now.</summary>
/// <param name="Tenant">tid</param>
/// <param name="ObjectId">oid (null: none, as in an app's own token)</param>
/// <param name="Name">name</param>
/// <param name="Audience">aud: the tab's Application ID URI, api://{domain}/{app id}</param>
/// <param name="Issuer">iss: {authority}/{tid}/v2.0 (or v1's https://sts.windows.net/{tid}/)</param>
public sealed record SsoTokenClaims(string Tenant, string? ObjectId, string? Name, string Audience, string Issuer)
{
    public string? PreferredUsername { get; init; }

    /// <summary>scp: the delegated scope Teams asks for; null for none (an app's own token).</summary>
    public string? Scope { get; init; } = "access_as_user";

    public IReadOnlyList<string> Roles { get; init; } = [];

    public DateTime? NotBefore { get; init; }

    public DateTime? Expires { get; init; }

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;
}

/// <summary>The stand-in's HTTP surface: the metadata and key set per tenant, and the page's token request.</summary>
internal static class PlaygroundSsoEndpoints
{
    private sealed record SsoTokenRequest(string? UserId);

    public static void MapPlaygroundSso(this WebApplication app)
    {
        app.MapGet(PlaygroundSso.AuthorityPath + "/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, StandInDirectory directory, IOptions<PlaygroundOptions> options) =>
            IsServed(tenant, directory) ? Results.Json(PlaygroundSso.Metadata(options.Value.SsoAuthority, directory.Tenant.Value)) : UnknownTenant(tenant));
        app.MapGet(PlaygroundSso.AuthorityPath + "/{tenant}/discovery/v2.0/keys", (string tenant, StandInDirectory directory, PlaygroundSso sso) =>
            IsServed(tenant, directory) ? Results.Json(PlaygroundSso.KeySet(sso.Key)) : UnknownTenant(tenant));

        // What the Teams client does for getAuthToken: it asks Entra for the signed-in person's token for the app.
        app.MapPost("/playground/api/sso-token", (SsoTokenRequest? request, StandInDirectory directory, PlaygroundSso sso, IOptions<PlaygroundOptions> options) =>
            request?.UserId is { } userId && directory.FindPerson(userId) is { } person
                ? Results.Json(new { token = sso.TokenFor(person, directory, options.Value), name = person.Name, userPrincipalName = person.Email, tenantId = directory.Tenant.Value })
                : Results.Json(new { error = "No such person in the playground's tenant." }, statusCode: 404));
    }

    private static bool IsServed(string tenant, StandInDirectory directory) =>
        string.Equals(tenant, directory.Tenant.Value, StringComparison.OrdinalIgnoreCase);

    // As Entra answers for a tenant it does not know.
    private static IResult UnknownTenant(string tenant) =>
        Results.Json(new { error = "invalid_tenant", error_description = $"Tenant '{tenant}' not found." }, statusCode: 400);
}
