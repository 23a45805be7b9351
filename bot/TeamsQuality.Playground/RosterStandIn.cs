using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsQuality.Playground;

/// <summary>
/// The Bot Framework's roster calls, answered from the <see cref="StandInDirectory"/> as Teams answers them: a team's
/// channels (<c>GET v3/teams/{teamId}/conversations</c>, the General channel without a name) and its members a page at
/// a time (<c>GET v3/conversations/{id}/pagedmembers</c>, any of the team's channels naming the team), so the bot
/// learns the playground's teams the way it learns a real tenant's.
/// </summary>
public static class RosterStandIn
{
    /// <summary>Teams gives at most 500 members a page and 500 when asked for none.</summary>
    public const int LargestPage = 500;

    private const string TokenPrefix = "playground-page-";

    /// <summary>The team's channels, or null when the directory has no such team.</summary>
    public static JsonObject? Channels(StandInDirectory directory, string teamId) =>
        directory.FindTeam(teamId) is { } team
            ? new JsonObject
            {
                ["conversations"] = new JsonArray(team.Channels.Select(c => (JsonNode)new JsonObject
                {
                    ["id"] = c.Id,
                    ["name"] = string.Equals(c.Id, team.Id, StringComparison.Ordinal) ? null : c.Name,
                }).ToArray()),
            }
            : null;

    /// <summary>
    /// One page of the members of the team the conversation (the team or one of its channels) belongs to; null when no
    /// team has it. A continuation token the playground did not give is refused as Teams does (400), as the outcome.
    /// </summary>
    public static (int Status, JsonObject? Body) MembersPage(StandInDirectory directory, string conversationId, int? pageSize, string? continuationToken)
    {
        var team = directory.Teams.FirstOrDefault(t => t.Channels.Any(c => string.Equals(c.Id, conversationId, StringComparison.Ordinal))
            || string.Equals(t.Id, conversationId, StringComparison.Ordinal));
        if (team is null)
        {
            return (404, new JsonObject { ["error"] = new JsonObject { ["code"] = "ConversationNotFound", ["message"] = "Conversation not found." } });
        }

        var from = 0;
        if (!string.IsNullOrEmpty(continuationToken)
            && !(continuationToken.StartsWith(TokenPrefix, StringComparison.Ordinal)
                 && int.TryParse(continuationToken[TokenPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out from)))
        {
            return (400, new JsonObject { ["error"] = new JsonObject { ["code"] = "BadArgument", ["message"] = "Unknown continuation token." } });
        }

        var size = Math.Clamp(pageSize is > 0 ? pageSize.Value : LargestPage, 1, LargestPage);
        var members = team.MemberIds.Select(directory.FindPerson).OfType<DirectoryPerson>().ToList();
        var page = members.Skip(from).Take(size).Select(p => (JsonNode)Member(directory, team, p)).ToArray();
        var next = from + size < members.Count ? TokenPrefix + (from + size).ToString(CultureInfo.InvariantCulture) : null;
        return (200, new JsonObject { ["continuationToken"] = next, ["members"] = new JsonArray(page) });
    }

    private static JsonObject Member(StandInDirectory directory, DirectoryTeam team, DirectoryPerson person)
    {
        var names = person.Name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        return new JsonObject
        {
            ["id"] = PlaygroundChannel.TeamsUserIdOf(person.Id),
            ["name"] = person.Name,
            ["objectId"] = person.Id,
            ["aadObjectId"] = person.Id,
            ["givenName"] = names.Length > 0 ? names[0] : null,
            ["surname"] = names.Length > 1 ? names[1] : null,
            ["email"] = person.Email,
            ["userPrincipalName"] = person.Email,
            ["tenantId"] = directory.Tenant.Value,
            ["userRole"] = team.OwnerIds.Contains(person.Id, StringComparer.OrdinalIgnoreCase) ? "owner" : "user",
        };
    }
}
