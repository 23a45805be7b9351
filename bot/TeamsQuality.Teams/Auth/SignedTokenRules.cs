using Microsoft.IdentityModel.Tokens;

namespace TeamsQuality.Teams.Auth;

/// <summary>
/// What every token the app takes must be, in one place (the bot's inbound activities and the tab's SSO tokens):
/// RS256 only, signed by one of the published keys, with an expiry, in time (with clock skew), from one of these
/// issuers and for one of these audiences.
/// </summary>
public static class SignedTokenRules
{
    public static TokenValidationParameters For(IEnumerable<string> issuers, IEnumerable<string> audiences, ICollection<SecurityKey> signingKeys, TimeSpan clockSkew) => new()
    {
        ValidIssuers = issuers,
        ValidAudiences = audiences,
        IssuerSigningKeys = signingKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ClockSkew = clockSkew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ValidateLifetime = true,
    };
}
