using Azure;

namespace TeamsQuality.Storage;

/// <summary>What a failed table call's status means; also used by the protocol's stores (TeamsQuality.Teams.Storage).</summary>
public static class RequestFailures
{
    public static bool IsConflict(this RequestFailedException ex) => ex.Status == 409;

    public static bool IsNotFound(this RequestFailedException ex) => ex.Status == 404;

    public static bool IsPreconditionFailed(this RequestFailedException ex) => ex.Status == 412;
}
