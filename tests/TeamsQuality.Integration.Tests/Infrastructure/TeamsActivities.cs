using System.Text.Json.Nodes;
using TeamsQuality.Bot.Demo;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>Activities shaped as Teams sends them, from the demo organisation's people.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:teamsquality-test";

    public static JsonObject PersonalMessage(string serviceUrl, string text, string personId = DemoOrganisation.People.AnnaBerg, string locale = "sv-SE", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? NewId(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + personId, ["name"] = "Anna Berg", ["aadObjectId"] = personId },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-" + personId, ["conversationType"] = "personal", ["tenantId"] = DemoOrganisation.Tenant.Value },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsQuality" },
        ["text"] = text,
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoOrganisation.Tenant.Value } },
    };

    public static JsonObject ChannelMessage(string serviceUrl, string text, string locale = "sv-SE")
    {
        var id = NewId();
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:" + DemoOrganisation.People.ErikLund, ["name"] = "Erik Lund", ["aadObjectId"] = DemoOrganisation.People.ErikLund },
            ["conversation"] = new JsonObject
            {
                ["id"] = $"19:hemtjanst-norra@thread.tacv2;messageid={id}",
                ["conversationType"] = "channel",
                ["isGroup"] = true,
                ["tenantId"] = DemoOrganisation.Tenant.Value,
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsQuality" },
            ["text"] = $"<at>TeamsQuality</at> {text}",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>TeamsQuality</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TeamsQuality" },
            }),
            ["locale"] = locale,
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = DemoOrganisation.Tenant.Value },
                ["team"] = new JsonObject { ["id"] = DemoOrganisation.DemoTeamId },
                ["channel"] = new JsonObject { ["id"] = "19:hemtjanst-norra@thread.tacv2" },
            },
        };
    }

    public static JsonObject Execute(string serviceUrl, string verb, string cardActivityId, string personId = DemoOrganisation.People.AnnaBerg, string locale = "sv-SE")
    {
        var invoke = PersonalMessage(serviceUrl, string.Empty, personId, locale);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke["replyToId"] = cardActivityId;
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject() },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    /// <summary>What Erik types on the filing card: a deviation in Hemtjänst Norra (the data of a report.file press).</summary>
    public static JsonObject DeviationFiling(string whatHappened = "Brukaren fick fel dos vid lunchbesöket.") => new()
    {
        ["reportKind"] = "Missforhallande",
        ["reportUnit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["whatHappened"] = whatHappened,
        ["occurredDate"] = "2026-11-20",
        ["occurredTime"] = "14:30",
        ["immediateMeasures"] = "Vi larmade sjuksköterskan direkt.",
    };

    public static string NewId() => "1" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
