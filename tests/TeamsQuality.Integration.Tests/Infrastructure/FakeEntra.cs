using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using TeamsQuality.Playground;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// Stands in for Entra (login.microsoftonline.com), which cannot be reached here, for the tab's single sign-on: a real
/// HTTP server on loopback that publishes each tenant's OpenID metadata and key set under its authority
/// (<c>{BaseUrl}/{tid}/v2.0/.well-known/openid-configuration</c>), as Entra does, and mints Teams SSO tokens signed
/// with a tenant's key, each claim overridable for the refusal matrix. The host is pointed at it with
/// <see cref="Settings"/>; a tenant it was never told of is answered as Entra answers an unknown tenant (400).
/// Tokens are made by the playground's own minting (<see cref="PlaygroundSso.Mint"/>), so both sign the same way.
/// </summary>
public sealed class FakeEntra : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RsaSecurityKey> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _metadataReads = new(StringComparer.OrdinalIgnoreCase);

    public FakeEntra()
    {
        Port = RepoPaths.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
        {
            if (!_keys.ContainsKey(tenant))
            {
                return UnknownTenant(tenant);
            }

            _metadataReads.AddOrUpdate(tenant, 1, (_, n) => n + 1);
            return Results.Json(PlaygroundSso.Metadata(BaseUrl, tenant));
        });
        _app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) =>
            _keys.TryGetValue(tenant, out var key) ? Results.Json(PlaygroundSso.KeySet(key)) : UnknownTenant(tenant));
    }

    public int Port { get; }

    /// <summary>The authority (the host's <c>Tab:Authority</c>).</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public Task StartAsync() => _app.StartAsync();

    /// <summary>
    /// The host's configuration to trust this authority (configured, so it wins over the playground's in local mode),
    /// and the tab's app id when given (otherwise the host takes Bot:AppId).
    /// </summary>
    public Dictionary<string, string?> Settings(string? tabAppId = null)
    {
        var settings = new Dictionary<string, string?> { ["Tab:Authority"] = BaseUrl };
        if (tabAppId is not null)
        {
            settings["Tab:AppId"] = tabAppId;
        }

        return settings;
    }

    /// <summary>The audience Teams puts in a tab token: the manifest's webApplicationInfo.resource for the host at <paramref name="hostBaseUrl"/>.</summary>
    public static string AudienceFor(string hostBaseUrl, string appId) => $"api://{new Uri(hostBaseUrl).Authority}/{appId}";

    /// <summary>The v2 issuer of a tenant's tokens.</summary>
    public string IssuerOf(string tenant) => $"{BaseUrl}/{tenant}/v2.0";

    /// <summary>The tenant's signing key (the tenant becomes known to this authority on first use).</summary>
    public RsaSecurityKey KeyOf(string tenant) => _keys.GetOrAdd(tenant, _ => NewKey());

    /// <summary>The tenant rolls its key: the old one is no longer published.</summary>
    public RsaSecurityKey RollKey(string tenant) => _keys[tenant] = NewKey();

    /// <summary>How many times the host read the tenant's metadata.</summary>
    public int MetadataReadsOf(string tenant) => _metadataReads.GetValueOrDefault(tenant);

    /// <summary>
    /// A Teams SSO token for a person of <paramref name="tenant"/>, as Entra issues it for the tab (v2, scope
    /// access_as_user, for <paramref name="audience"/>), signed by the tenant's key; <paramref name="change"/> alters any
    /// claim and <paramref name="key"/> signs with another key.
    /// </summary>
    public string Token(string tenant, string objectId, string name, string audience, IReadOnlyList<string>? roles = null, Func<SsoTokenClaims, SsoTokenClaims>? change = null, SecurityKey? key = null)
    {
        var claims = new SsoTokenClaims(tenant, objectId, name, audience, IssuerOf(tenant)) { Roles = roles ?? [], PreferredUsername = name.Replace(' ', '.').ToLowerInvariant() + "@example.se" };
        return PlaygroundSso.Mint(change is null ? claims : change(claims), key ?? KeyOf(tenant));
    }

    public static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = "entra-" + Guid.NewGuid().ToString("N")[..10] };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IResult UnknownTenant(string tenant) =>
        Results.Json(new { error = "invalid_tenant", error_description = $"Tenant '{tenant}' not found." }, statusCode: 400);
}
