using System.Collections.Concurrent;
using System.Net;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using GraphClient = Microsoft.Graph.GraphServiceClient;
using GraphClientFactory = Microsoft.Graph.GraphClientFactory;

namespace TeamsQuality.Graph;

/// <summary>
/// One GraphServiceClient per customer tenant, each with a token for THAT tenant from the bot's own identity (a
/// multi-tenant app gets each customer's token from the customer's authority), over one shared HTTP pipeline with the
/// SDK's own middleware (its retry handler waits Retry-After on 429/503/504). A tenant's token or throttling never
/// touches another's client.
/// </summary>
/// <remarks>
/// The identity is the connector's (<c>Bot:*</c>): a client secret, or a managed identity. A managed identity cannot
/// get a token in another tenant by itself, so for a multi-tenant app registration it signs a client assertion for the
/// app (a federated identity credential on the registration, audience api://AzureADTokenExchange); when the bot's app
/// id IS the managed identity's (an Azure Bot of type UserAssignedMSI, single tenant), it asks directly. Without
/// <c>Bot:AppId</c> (local mode) there is no identity, and only a stand-in on loopback is called, with a stand-in token.
/// </remarks>
public sealed class GraphClients : IDisposable
{
    /// <summary>What a stand-in on loopback gets as bearer token in local mode (it is never sent anywhere else).</summary>
    public const string StandInToken = "teamsquality-local-stand-in";

    private readonly ConcurrentDictionary<string, GraphClient> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly HttpClient _http;
    private readonly GraphOptions _options;
    private readonly Identity _identity;
    private readonly Uri _baseUrl;

    public GraphClients(IOptions<GraphOptions> options, IConfiguration configuration)
    {
        _options = options.Value;
        _baseUrl = new Uri(_options.BaseUrl.TrimEnd('/'));
        _identity = new Identity(configuration["Bot:AppId"], configuration["Bot:AppSecret"], configuration["Bot:ManagedIdentityClientId"]);
        var handlers = GraphClientFactory.CreateDefaultHandlers(null);
        var retry = new RetryHandlerOption
        {
            MaxRetry = Math.Clamp(_options.MaxRetries, 0, 10),
            Delay = Math.Clamp(_options.RetryDelaySeconds, 0, 180),
        };
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(retry);
            }
        }

        _http = GraphClientFactory.Create(handlers);
        _http.Timeout = TimeSpan.FromSeconds(100);
    }

    /// <summary>Graph's address as configured (with its version), e.g. for the catalog reference in an installation.</summary>
    public string BaseUrl => _baseUrl.ToString().TrimEnd('/');

    /// <summary>Whether Graph is a stand-in on this machine (tests, the playground).</summary>
    public bool IsLoopback => _baseUrl.IsLoopback;

    /// <summary>The client for one tenant; made once per tenant.</summary>
    public GraphClient For(string tenantId)
    {
        if (!Guid.TryParse(tenantId, out _))
        {
            throw new ArgumentException("A tenant is an Entra tenant id (a GUID).", nameof(tenantId));
        }

        if (!_identity.HasAppId && !_baseUrl.IsLoopback)
        {
            // Local mode has no identity: never call the real Graph (it would refuse, after a trip over the network).
            throw new Application.Organisations.DirectoryException(
                Application.Organisations.DirectoryFailure.Unavailable,
                $"Microsoft Graph at {BaseUrl} is not called without the bot's identity (Bot:AppId); locally only a stand-in on loopback is.");
        }

        return _clients.GetOrAdd(tenantId, tenant => new GraphClient(_http, Authentication(tenant), BaseUrl));
    }

    public void Dispose() => _http.Dispose();

    private IAuthenticationProvider Authentication(string tenantId)
    {
        if (!_identity.HasAppId)
        {
            // Local mode: no identity. Only a loopback stand-in is ever given a (stand-in) token; real Graph would refuse.
            return new BaseBearerTokenAuthenticationProvider(new StandInTokens(_baseUrl.Host));
        }

        var scope = $"{_baseUrl.Scheme}://{_baseUrl.Authority}/.default";
        return new AzureIdentityAuthenticationProvider(_identity.CredentialFor(tenantId), [_baseUrl.Host], null, true, scope);
    }

    private sealed record Identity(string? AppId, string? Secret, string? ManagedIdentityClientId)
    {
        private const string TokenExchangeScope = "api://AzureADTokenExchange/.default";

        public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);

        public TokenCredential CredentialFor(string tenantId)
        {
            if (!string.IsNullOrWhiteSpace(Secret))
            {
                return new ClientSecretCredential(tenantId, AppId, Secret);
            }

            var managed = new ManagedIdentityCredential(string.IsNullOrWhiteSpace(ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(ManagedIdentityClientId));
            if (string.Equals(ManagedIdentityClientId, AppId, StringComparison.OrdinalIgnoreCase))
            {
                return managed; // the bot IS the managed identity: its own tenant only
            }

            return new ClientAssertionCredential(
                tenantId,
                AppId,
                async ct => (await managed.GetTokenAsync(new TokenRequestContext([TokenExchangeScope]), ct)).Token);
        }
    }

    /// <summary>The stand-in's token, for its loopback host only.</summary>
    private sealed class StandInTokens(string host) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(uri.IsLoopback && AllowedHostsValidator.IsUrlHostValid(uri) ? StandInToken : string.Empty);
    }
}
