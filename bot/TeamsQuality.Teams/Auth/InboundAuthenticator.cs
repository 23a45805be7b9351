using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TeamsQuality.Teams.Activities;

namespace TeamsQuality.Teams.Auth;

/// <summary>The outcome of checking who sent an inbound activity.</summary>
public readonly record struct InboundAuthResult(int StatusCode, string? Reason)
{
    public bool Allowed => StatusCode == 200;

    public static InboundAuthResult Allow { get; } = new(200, null);

    public static InboundAuthResult Unauthorized(string reason) => new(401, reason);

    public static InboundAuthResult Forbidden(string reason) => new(403, reason);
}

/// <summary>
/// Validates the Bearer JWT the Bot Framework channel service signs every inbound activity with: RS256 keys from the
/// OpenID metadata (cached, refreshed when an unknown key appears), issuer, audience = our app id, lifetime with clock
/// skew, and the serviceUrl claim equal to the activity's serviceUrl.
/// </summary>
public sealed class InboundAuthenticator
{
    private readonly BotOptions _options;
    private readonly ILogger<InboundAuthenticator> _logger;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? _metadata;
    private readonly JsonWebTokenHandler _handler = new();

    public InboundAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, ILogger<InboundAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        if (_options.AuthenticationEnabled)
        {
            var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(nameof(InboundAuthenticator)))
            {
                RequireHttps = _options.OpenIdMetadataUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
            };
            _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
                _options.OpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                AutomaticRefreshInterval = TimeSpan.FromHours(24),
                RefreshInterval = TimeSpan.FromMinutes(5),
            };
        }
    }

    public async Task<InboundAuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (_metadata is null)
        {
            return InboundAuthResult.Allow;
        }

        if (authorizationHeader is null || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return InboundAuthResult.Unauthorized("A Bearer token is required.");
        }

        var token = authorizationHeader["Bearer ".Length..].Trim();
        var result = await ValidateAsync(token, cancellationToken);
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The channel may have rolled its keys: fetch the metadata again once.
            _metadata.RequestRefresh();
            result = await ValidateAsync(token, cancellationToken);
        }

        if (!result.IsValid)
        {
            _logger.LogWarning("Rejected an inbound activity: {Reason}", LogSafe.Of(result.Exception?.Message, longest: 400));
            return InboundAuthResult.Unauthorized("The token is not valid.");
        }

        var serviceUrlClaim = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        serviceUrlClaim ??= result.Claims.TryGetValue("serviceUrl", out claim) ? claim as string : null;
        if (serviceUrlClaim is null || !SameServiceUrl(serviceUrlClaim, activity.ServiceUrl))
        {
            _logger.LogWarning("Rejected an inbound activity: its serviceUrl does not match the token's.");
            return InboundAuthResult.Forbidden("The activity's serviceUrl does not match the token.");
        }

        return InboundAuthResult.Allow;
    }

    private async Task<TokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata!.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
        {
            _logger.LogError(ex, "Could not read the signing keys from {Url}", _options.OpenIdMetadataUrl);
            return new TokenValidationResult { IsValid = false, Exception = ex };
        }

        var parameters = SignedTokenRules.For([_options.Issuer], [_options.AppId!], configuration.SigningKeys, _options.ClockSkew);
        return await _handler.ValidateTokenAsync(token, parameters);
    }

    private static bool SameServiceUrl(string a, string? b) =>
        b is not null && string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
