using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Teamwork.SendActivityNotification;
using Microsoft.Kiota.Abstractions;
using TeamsQuality.Application.Organisations;
using TeamsQuality.Application.Tenants;
using TeamsQuality.Domain.Organisations;
using KeyValuePair = Microsoft.Graph.Models.KeyValuePair;

namespace TeamsQuality.Graph;

/// <summary>
/// <see cref="ITenantDirectory"/> over Microsoft Graph, with the SDK's own GraphServiceClient per tenant
/// (<see cref="GraphClients"/>). Graph's answers become our own: 404 → null or <see cref="DirectoryFailure.NotFound"/>,
/// 403 → <see cref="DirectoryFailure.ConsentMissing"/> naming the permission the call needs, still 429/503/504 after the
/// SDK's retries → <see cref="DirectoryFailure.Throttled"/>.
/// </summary>
public sealed class GraphTenantDirectory(
    GraphClients clients,
    IOptionsMonitor<TenantsOptions> tenants,
    IOptions<GraphOptions> options,
    IConfiguration configuration,
    ILogger<GraphTenantDirectory> logger) : ITenantDirectory
{
    private static readonly string[] PersonFields = ["id", "displayName", "mail", "userPrincipalName", "jobTitle", "department"];

    public Task<DirectoryEntry?> FindPersonAsync(TenantId tenant, string personId, CancellationToken cancellationToken) =>
        CallAsync(tenant, DirectoryPermissions.UserReadAll, notFoundIsNull: true, async () =>
        {
            var user = await clients.For(tenant.Value).Users[personId].GetAsync(r => r.QueryParameters.Select = PersonFields, cancellationToken);
            return user is null ? null : Entry(user);
        });

    public Task<DirectoryEntry?> FindManagerAsync(TenantId tenant, string personId, CancellationToken cancellationToken) =>
        CallAsync(tenant, DirectoryPermissions.UserReadAll, notFoundIsNull: true, async () =>
        {
            var manager = await clients.For(tenant.Value).Users[personId].Manager.GetAsync(cancellationToken: cancellationToken);
            return manager switch
            {
                User user => Entry(user),
                { Id: { } id } other => new DirectoryEntry(id, other.AdditionalData.TryGetValue("displayName", out var name) ? name?.ToString() ?? id : id, null, null, null),
                _ => null,
            };
        });

    public async Task<AppInstallation> InstallAppForAsync(TenantId tenant, string personId, CancellationToken cancellationToken)
    {
        var catalogId = tenants.CurrentValue.For(tenant).TeamsAppCatalogId is { Length: > 0 } own ? own : options.Value.TeamsAppCatalogId;
        if (string.IsNullOrWhiteSpace(catalogId))
        {
            throw new DirectoryException(
                DirectoryFailure.Unavailable,
                $"The app's catalog id in tenant {tenant} is not configured (Tenants:{tenant}:TeamsAppCatalogId or Graph:TeamsAppCatalogId), so it cannot be installed for a person.");
        }

        try
        {
            await CallAsync<object?>(tenant, DirectoryPermissions.InstallSelfForUser, notFoundIsNull: false, async () =>
            {
                var installation = new UserScopeTeamsAppInstallation
                {
                    AdditionalData = new Dictionary<string, object>
                    {
                        ["teamsApp@odata.bind"] = $"{clients.BaseUrl}/appCatalogs/teamsApps/{Uri.EscapeDataString(catalogId)}",
                    },
                };
                await clients.For(tenant.Value).Users[personId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
                return null;
            });
        }
        catch (DirectoryException ex) when (ex.InnerException is ApiException { ResponseStatusCode: 409 })
        {
            return AppInstallation.AlreadyInstalled;
        }

        logger.LogInformation("Installed the app for {Person} in tenant {Tenant} through Microsoft Graph", personId, tenant);
        return AppInstallation.Installed;
    }

    public Task SendActivityAsync(TenantId tenant, string personId, ActivityFeedNotice notice, CancellationToken cancellationToken) =>
        CallAsync<object?>(tenant, DirectoryPermissions.ActivitySend, notFoundIsNull: false, async () =>
        {
            var body = new SendActivityNotificationPostRequestBody
            {
                // A text topic opens the 1:1 chat with the bot, where the message itself is.
                Topic = new TeamworkActivityTopic { Source = TeamworkActivityTopicSource.Text, Value = notice.Topic, WebUrl = ChatWithBot() },
                // systemDefault: Teams' own free-text activity type, so the manifest needs no activity types of ours.
                ActivityType = "systemDefault",
                PreviewText = new ItemBody { Content = notice.Text },
                TemplateParameters = [new KeyValuePair { Name = "systemDefault", Value = notice.Text }],
            };
            await clients.For(tenant.Value).Users[personId].Teamwork.SendActivityNotification.PostAsync(body, cancellationToken: cancellationToken);
            return null;
        });

    private string ChatWithBot() =>
        "https://teams.microsoft.com/l/chat/0/0?users=28:" + Uri.EscapeDataString(configuration["Bot:AppId"] is { Length: > 0 } appId ? appId : "teamsquality");

    private static DirectoryEntry Entry(User user) =>
        new(user.Id ?? string.Empty, user.DisplayName ?? user.UserPrincipalName ?? user.Id ?? string.Empty, user.Mail ?? user.UserPrincipalName, Blank(user.JobTitle), Blank(user.Department));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Runs one Graph call and turns what Graph answered into a <see cref="DirectoryException"/> the caller can act on.</summary>
    private async Task<T?> CallAsync<T>(TenantId tenant, string permission, bool notFoundIsNull, Func<Task<T?>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            if (notFoundIsNull)
            {
                return default;
            }

            throw new DirectoryException(DirectoryFailure.NotFound, $"Microsoft Graph in tenant {tenant} found no such person (404).", innerException: ex);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode is 401 or 403)
        {
            logger.LogError("Microsoft Graph refused ({Status}) in tenant {Tenant}: is admin consent given for {Permission}?", ex.ResponseStatusCode, tenant, permission);
            throw DirectoryException.ConsentMissing(tenant, permission, ex);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 409)
        {
            throw new DirectoryException(DirectoryFailure.Unavailable, $"Microsoft Graph in tenant {tenant} answered 409 Conflict.", innerException: ex);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.OfType<ApiException>().LastOrDefault() is { ResponseStatusCode: 429 or 503 or 504 } last)
        {
            // The SDK's retry handler gave up after its retries, each of which waited the Retry-After Graph asked for.
            var retryAfter = RetryAfterOf(last);
            logger.LogWarning("Microsoft Graph is throttling tenant {Tenant} ({Status}) after the client's retries; asked to wait {RetryAfter}", tenant, last.ResponseStatusCode, retryAfter);
            throw new DirectoryException(
                DirectoryFailure.Throttled,
                $"Microsoft Graph is busy for tenant {tenant} ({last.ResponseStatusCode}) and still was after the retries; try again later.",
                retryAfter: retryAfter,
                innerException: ex);
        }
        catch (ApiException ex)
        {
            throw new DirectoryException(DirectoryFailure.Unavailable, $"Microsoft Graph in tenant {tenant} answered {ex.ResponseStatusCode}.", innerException: ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException or AggregateException)
        {
            // A token Entra will not give (e.g. the app was never consented in the tenant) is told as such, with its reason.
            throw new DirectoryException(DirectoryFailure.Unavailable, $"Microsoft Graph could not be reached for tenant {tenant}: {ex.Message}", innerException: ex);
        }
    }

    private static TimeSpan? RetryAfterOf(ApiException answer) =>
        answer.ResponseHeaders.TryGetValue("Retry-After", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
