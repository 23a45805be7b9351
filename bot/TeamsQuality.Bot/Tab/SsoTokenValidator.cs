using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Auth;

namespace TeamsQuality.Bot.Tab;

/// <summary>
/// Validates the Teams single sign-on token the tab sends (<c>authentication.getAuthToken</c>): RS256 only, signed by a
/// key of the token's own tenant (its OpenID metadata under the authority, cached per tenant and read again when an
/// unknown key appears), issued by that tenant (v2 <c>{authority}/{tid}/v2.0</c> or v1 <c>https://sts.windows.net/{tid}/</c>),
/// for this app (<see cref="TabOptions.EffectiveAudience"/>), in time (with clock skew), and a person's delegated
/// sign-in (an object id and the access_as_user scope).
/// </summary>
/// <remarks>
/// Our own validator rather than the JwtBearer handler: the keys come from the tenant the token names (a multi-tenant
/// app has no single authority), and a refusal must be an answer in the user's language from the tab API's one filter,
/// not a challenge. It is the bot's <c>InboundAuthenticator</c> again over the same IdentityModel classes.
/// </remarks>
public sealed class SsoTokenValidator
{
    /// <summary>How often a tenant's keys may be read again for a key id we do not know (Entra's own default).</summary>
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    private readonly TabOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<SsoTokenValidator> _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConcurrentDictionary<string, TenantKeys> _tenants = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public SsoTokenValidator(IOptions<TabOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<SsoTokenValidator> logger)
    {
        _time = time;
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _logger = logger;
    }

    public async Task<TabSignIn> ValidateAsync(string? authorizationHeader, string? locale, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return TabSignIn.Failed(TabSignInFailure.NoToken);
        }

        if (_options.EffectiveAudience is not { } audience)
        {
            _logger.LogError("A tab request came, but the tab has no app id (set Tab:AppId or Bot:AppId, and App:PublicBaseUrl).");
            return TabSignIn.Failed(TabSignInFailure.NotConfigured);
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        if (Tenant(token) is not { } tenant)
        {
            return Reject("the token is not a JWT naming its tenant (tid) as a GUID");
        }

        var keys = KeysOf(tenant);
        var result = await ValidateAsync(token, tenant, keys.Metadata, audience, cancellationToken);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException && ReadAgain(tenant, keys) is { } fresh)
        {
            // The tenant may have rolled its keys: read its metadata again, now. (ConfigurationManager.RequestRefresh
            // would only start a read in the background in IdentityModel 8, so the retry would still see the old keys.)
            result = await ValidateAsync(token, tenant, fresh.Metadata, audience, cancellationToken);
        }

        if (!result.IsValid)
        {
            return Reject(result.Exception?.Message ?? "not valid");
        }

        var validated = (JsonWebToken)result.SecurityToken;
        var objectId = Claim(validated, "oid");
        var scopes = (Claim(validated, "scp") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (objectId is null || !Guid.TryParseExact(objectId, "D", out _) || !scopes.Contains(TabOptions.Scope, StringComparer.Ordinal))
        {
            _logger.LogWarning("Refused a tab request: the token is valid but not a person's sign-in (oid, scp {Scope}).", TabOptions.Scope);
            return TabSignIn.Failed(TabSignInFailure.NotAPerson);
        }

        var name = Claim(validated, "name") ?? Claim(validated, "preferred_username") ?? objectId;
        var roles = validated.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToList();
        return new TabSignIn(new TabCaller(new TenantId(tenant), objectId.ToLowerInvariant(), name, roles, locale), TabSignInFailure.None);
    }

    private TabSignIn Reject(string reason)
    {
        _logger.LogWarning("Refused a tab request's token: {Reason}", LogSafe.Of(reason, longest: 400));
        return TabSignIn.Failed(TabSignInFailure.InvalidToken);
    }

    /// <summary>The token's tenant, read before validation only to know whose keys to check it with; null when none.</summary>
    private string? Tenant(string token)
    {
        if (!_handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            var tid = Claim(_handler.ReadJsonWebToken(token), "tid");
            return tid is not null && Guid.TryParseExact(tid, "D", out var guid) ? guid.ToString("D") : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private TenantKeys KeysOf(string tenant)
    {
        if (!_tenants.ContainsKey(tenant) && _tenants.Count >= _options.MaxCachedTenants)
        {
            // Any token names a tenant: the cache must not grow without end. Starting over costs one metadata read each.
            _tenants.Clear();
        }

        return _tenants.GetOrAdd(tenant, NewKeys);
    }

    /// <summary>
    /// Fresh metadata for a tenant whose token names a key we do not have, at most once per refresh interval per
    /// tenant (a made-up key id must not make us read Entra on every request); null when it was read too recently.
    /// </summary>
    private TenantKeys? ReadAgain(string tenant, TenantKeys stale)
    {
        if (stale.ReadAgainAt is { } last && _time.GetUtcNow() - last < RefreshInterval)
        {
            return null;
        }

        var fresh = NewKeys(tenant) with { ReadAgainAt = _time.GetUtcNow() };
        return _tenants.TryUpdate(tenant, fresh, stale) ? fresh : _tenants.GetValueOrDefault(tenant);
    }

    private TenantKeys NewKeys(string tenant)
    {
        var url = $"{_options.Authority.TrimEnd('/')}/{tenant}/v2.0/.well-known/openid-configuration";
        var retriever = new HttpDocumentRetriever(_httpClientFactory.CreateClient(nameof(SsoTokenValidator)))
        {
            RequireHttps = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
        };
        return new TenantKeys(new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            RefreshInterval = RefreshInterval,
        }, null);
    }

    /// <summary>A tenant's published keys, and when they were last read again for an unknown key.</summary>
    private sealed record TenantKeys(ConfigurationManager<OpenIdConnectConfiguration> Metadata, DateTimeOffset? ReadAgainAt);

    private async Task<TokenValidationResult> ValidateAsync(
        string token, string tenant, ConfigurationManager<OpenIdConnectConfiguration> metadata, string audience, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            // A tenant that does not exist (or an authority that does not answer): no keys, so no valid token. Forget
            // it, so a made-up tenant is not kept.
            _tenants.TryRemove(tenant, out _);
            return new TokenValidationResult { IsValid = false, Exception = new SecurityTokenException($"The signing keys of tenant {tenant} could not be read: {ex.Message}") };
        }

        // The issuer must be the very tenant the token names (its tid), so a token of one tenant never passes with
        // another's keys or name. A v2 token's audience is the bare app id.
        var parameters = SignedTokenRules.For(
            [$"{_options.Authority.TrimEnd('/')}/{tenant}/v2.0", $"{TabOptions.V1IssuerBase}/{tenant}/"],
            [audience, _options.AppId ?? audience],
            configuration.SigningKeys,
            _options.ClockSkew);
        return await _handler.ValidateTokenAsync(token, parameters);
    }

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
