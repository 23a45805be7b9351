using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TeamsQuality.Teams.Hosting;

/// <summary>
/// The protocol layer's traces and metrics (OpenTelemetry names; exported over OTLP only when the host configures it).
/// Every TeamsQuality source and meter is named <c>TeamsQuality.*</c>, so a host subscribes to them all with one
/// wildcard. Tags carry tenant ids and kinds, never a person, a text or a card.
/// </summary>
public static class TeamsTelemetry
{
    public const string Name = "TeamsQuality.Teams";

    /// <summary>Spans of turns (an inbound activity) and of outbound connector calls.</summary>
    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>How long a turn took from the request to the answer, tagged <c>tenant</c>, <c>activity.type</c>, <c>outcome</c>.</summary>
    public static readonly Histogram<double> TurnDuration =
        Meter.CreateHistogram<double>("teamsquality.turn.duration", unit: "s", description: "Time from an inbound activity to the bot's answer.");

    /// <summary>Proactive sends made to Teams, tagged <c>tenant</c> and <c>outcome</c> (sent, failed).</summary>
    public static readonly Counter<long> Sends =
        Meter.CreateCounter<long>("teamsquality.sends", unit: "{message}", description: "Messages sent to Teams without being asked (outbox deliveries).");

    /// <summary>Teams' 429 answers, tagged <c>tenant</c>: each one slows every server sending to that tenant.</summary>
    public static readonly Counter<long> Throttled =
        Meter.CreateCounter<long>("teamsquality.sends.throttled", unit: "{response}", description: "429 Too Many Requests answers from Teams.");

    /// <summary>How long a send waited for the rate limiter before going out, tagged <c>tenant</c>.</summary>
    public static readonly Histogram<double> SendWait =
        Meter.CreateHistogram<double>("teamsquality.sends.wait", unit: "s", description: "Time a send waited for the tenant's and the conversation's rate limits.");

    /// <summary>
    /// How much later than its turn a send woke, tagged <c>tenant</c>; past <c>Teams:SendLimits:LateTolerance</c> it took
    /// a new turn instead of going (a busy machine shows here before Teams answers 429).
    /// </summary>
    public static readonly Histogram<double> SendLateness =
        Meter.CreateHistogram<double>("teamsquality.sends.lateness", unit: "s", description: "Time a send woke after its turn at the rate limiter.");
}
