using System.Diagnostics.Metrics;

namespace TeamsQuality.Storage;

/// <summary>Table storage's metrics (see <c>TeamsTelemetry</c> for the naming: every meter is <c>TeamsQuality.*</c>).</summary>
public static class StorageTelemetry
{
    public const string Name = "TeamsQuality.Storage";

    public static readonly Meter Meter = new(Name);

    /// <summary>Each try of a table request (<c>TableTelemetryPolicy</c>), tagged <c>table</c> (without the prefix), <c>kind</c> (query, point, insert, update, delete, transaction, create_table) and <c>status</c> (the HTTP status, 0 without an answer).</summary>
    public static readonly Counter<long> Requests =
        Meter.CreateCounter<long>("teamsquality.storage.requests", unit: "{request}", description: "Requests to Azure Table Storage.");

    /// <summary>How long a table request took, with the same tags.</summary>
    public static readonly Histogram<double> RequestDuration =
        Meter.CreateHistogram<double>("teamsquality.storage.request.duration", unit: "s", description: "Duration of requests to Azure Table Storage.");
}
