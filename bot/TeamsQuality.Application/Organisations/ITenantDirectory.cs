using TeamsQuality.Domain.Organisations;

namespace TeamsQuality.Application.Organisations;

/// <summary>
/// The customer's tenant as Microsoft Graph knows it: what Entra has on a person that the Teams roster lacks (manager,
/// job title, department, whether they are in the tenant at all), installing the app for someone who has never opened
/// it, and the activity feed. Every Graph call goes through here (implemented in TeamsQuality.Graph with the bot's own
/// identity, a token for each tenant), so unit tests stand in for Graph with Moq and nothing else knows Graph.
/// </summary>
/// <remarks>
/// Failures are <see cref="DirectoryException"/>s the caller can act on: <see cref="DirectoryFailure.Throttled"/>
/// (Graph still said 429/503/504 after the client's own retries, which wait Retry-After: try later),
/// <see cref="DirectoryFailure.ConsentMissing"/> (403: the tenant's administrator must consent to
/// <see cref="DirectoryException.Permission"/>; trying again will not help until they do),
/// <see cref="DirectoryFailure.NotFound"/>, <see cref="DirectoryFailure.Unavailable"/> (anything else). A tenant's
/// failure is that tenant's: nothing is shared between tenants but the HTTP connection pool.
/// </remarks>
public interface ITenantDirectory
{
    /// <summary>A person as Entra has them (GET /users/{id}); null when no such person is in the tenant.</summary>
    Task<DirectoryEntry?> FindPersonAsync(TenantId tenant, string personId, CancellationToken cancellationToken);

    /// <summary>The person's manager in Entra (GET /users/{id}/manager); null when none is set (or no such person).</summary>
    Task<DirectoryEntry?> FindManagerAsync(TenantId tenant, string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Installs the app in the person's personal scope (POST /users/{id}/teamwork/installedApps with the tenant's catalog
    /// id), so the bot can open a 1:1 chat with them: Teams then tells the bot of the installation as if they had
    /// added it. Already installed is fine. Not in the tenant: <see cref="DirectoryFailure.NotFound"/>.
    /// </summary>
    Task<AppInstallation> InstallAppForAsync(TenantId tenant, string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Puts a notice in the person's Teams activity feed (POST /users/{id}/teamwork/sendActivityNotification). The feed is
    /// shown on lock screens and phones: the text must be neutral, never what a report or a stop says.
    /// </summary>
    Task SendActivityAsync(TenantId tenant, string personId, ActivityFeedNotice notice, CancellationToken cancellationToken);
}

/// <summary>A person as Entra has them.</summary>
/// <param name="Id">Entra object id (Teams' aadObjectId).</param>
/// <param name="Name">Display name.</param>
/// <param name="Mail">Mail address, if Entra has one.</param>
/// <param name="JobTitle">Job title, if any (a hint: "Enhetschef" suggests a unit manager).</param>
/// <param name="Department">Department, if any (a hint for the unit).</param>
public sealed record DirectoryEntry(string Id, string Name, string? Mail, string? JobTitle, string? Department);

/// <summary>What installing the app for a person did.</summary>
public enum AppInstallation
{
    /// <summary>Installed now: Teams will tell the bot, and the bot can open the 1:1 chat.</summary>
    Installed,

    /// <summary>The person had it already (Graph answered 409 Conflict).</summary>
    AlreadyInstalled,
}

/// <summary>A notice for the activity feed: a neutral line (no names, references or content) and a short topic.</summary>
/// <param name="Topic">What the feed shows as where it comes from, e.g. "TeamsQuality".</param>
/// <param name="Text">The line, e.g. "Du har ett nytt meddelande i TeamsQuality".</param>
public sealed record ActivityFeedNotice(string Topic, string Text);

/// <summary>Why a Graph call failed, as the caller can act on it.</summary>
public enum DirectoryFailure
{
    /// <summary>Graph kept answering 429/503/504 after the client's retries (which honour Retry-After): try again later.</summary>
    Throttled,

    /// <summary>403: the application permission <see cref="DirectoryException.Permission"/> has no admin consent in the tenant.</summary>
    ConsentMissing,

    /// <summary>No such person (or nothing at that address) in the tenant.</summary>
    NotFound,

    /// <summary>Anything else: Graph not reachable, not configured for the tenant, an unexpected answer.</summary>
    Unavailable,
}

/// <summary>The application permissions the app asks each customer's administrator to consent to, and why.</summary>
public static class DirectoryPermissions
{
    /// <summary>Read a person's profile (job title, department, mail) and manager: hints when the organisation is set up.</summary>
    public const string UserReadAll = "User.Read.All";

    /// <summary>Install this app (only itself) for a person, so notices reach someone who never opened the bot.</summary>
    public const string InstallSelfForUser = "TeamsAppInstallation.ReadWriteSelfForUser.All";

    /// <summary>Put a notice in a person's Teams activity feed.</summary>
    public const string ActivitySend = "TeamsActivity.Send";

    /// <summary>All of them, in the order the README lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [UserReadAll, InstallSelfForUser, ActivitySend];
}

/// <summary>A Graph call failed; <see cref="Failure"/> says what the caller can do about it.</summary>
public sealed class DirectoryException : Exception
{
    public DirectoryException()
        : this(DirectoryFailure.Unavailable, "Microsoft Graph failed.")
    {
    }

    public DirectoryException(string message)
        : this(DirectoryFailure.Unavailable, message)
    {
    }

    public DirectoryException(string message, Exception innerException)
        : this(DirectoryFailure.Unavailable, message, innerException: innerException)
    {
    }

    public DirectoryException(DirectoryFailure failure, string message, string? permission = null, TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Permission = permission;
        RetryAfter = retryAfter;
    }

    public DirectoryFailure Failure { get; }

    /// <summary>For <see cref="DirectoryFailure.ConsentMissing"/>: the application permission the administrator must consent to.</summary>
    public string? Permission { get; }

    /// <summary>For <see cref="DirectoryFailure.Throttled"/>: how long Graph last asked to wait, if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>403 on a call that needs <paramref name="permission"/>: the message names it, for the log and the administrator.</summary>
    public static DirectoryException ConsentMissing(TenantId tenant, string permission, Exception? inner = null) =>
        new(DirectoryFailure.ConsentMissing,
            $"Microsoft Graph refused (403) in tenant {tenant}: the tenant's administrator must grant admin consent to the application permission {permission} for TeamsQuality.",
            permission,
            innerException: inner);
}
