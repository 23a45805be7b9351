using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;
using TeamsQuality.Teams.Auth;

namespace TeamsQuality.Teams.Connector;

/// <summary>Gives the bearer token for calls to the Bot Framework channel service, or null in local use.</summary>
public interface IBotAccessTokenSource
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Tokens by client credentials from Entra (client secret, or a managed identity when no secret is configured),
/// scope https://api.botframework.com/.default. Azure.Identity caches and renews them.
/// </summary>
public sealed class AzureIdentityBotTokenSource : IBotAccessTokenSource
{
    private static readonly TokenRequestContext Request = new([BotOptions.BotFrameworkScope]);
    private readonly TokenCredential? _credential;

    public AzureIdentityBotTokenSource(IOptions<BotOptions> options)
    {
        var bot = options.Value;
        if (!bot.AuthenticationEnabled)
        {
            return;
        }

        _credential = !string.IsNullOrWhiteSpace(bot.AppSecret)
            ? new ClientSecretCredential(string.IsNullOrWhiteSpace(bot.TenantId) ? "botframework.com" : bot.TenantId, bot.AppId, bot.AppSecret)
            : new ManagedIdentityCredential(string.IsNullOrWhiteSpace(bot.ManagedIdentityClientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(bot.ManagedIdentityClientId));
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is null)
        {
            return null;
        }

        var token = await _credential.GetTokenAsync(Request, cancellationToken);
        return token.Token;
    }
}
