using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TeamsQuality.Jobs;

/// <summary>
/// OpenTelemetry for both hosts (the bot and the worker), in one place: traces of our <c>TeamsQuality.*</c> sources,
/// ASP.NET Core and HttpClient, and metrics of our <c>TeamsQuality.*</c> meters, ASP.NET Core and the runtime, exported
/// over OTLP. Off by default: without <c>OpenTelemetry:OtlpEndpoint</c> or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> no provider is built, so nothing listens, nothing is collected and nothing leaves
/// the process (the instruments' <c>Enabled</c> stay false, and the storage policy skips its classification).
/// </summary>
public static class TelemetryExtensions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>
    /// Traces and metrics exported over OTLP when an endpoint is configured; nothing otherwise. The configuration is
    /// read when the host starts (not while services are registered), so every source of it counts, tests' too.
    /// <paramref name="serviceName"/> is the default <c>service.name</c> (<c>OpenTelemetry:ServiceName</c> overrides it).
    /// </summary>
    public static IServiceCollection AddTeamsQualityTelemetry(this IServiceCollection services, string serviceName)
    {
        services.AddSingleton(sp => new TelemetryExport(sp.GetRequiredService<IConfiguration>(), serviceName));
        services.AddHostedService(sp => sp.GetRequiredService<TelemetryExport>());
        return services;
    }
}

/// <summary>The trace and meter providers, built at start when an OTLP endpoint is configured, flushed at stop.</summary>
public sealed class TelemetryExport(IConfiguration configuration, string serviceName) : IHostedService, IDisposable
{
    private TracerProvider? _traces;
    private MeterProvider? _metrics;

    /// <summary>Whether this host collects and exports (an OTLP endpoint is configured).</summary>
    public bool Exporting => _traces is not null;

    /// <summary>The base address (ours, else the standard variable's); null when telemetry is off.</summary>
    public static string? EndpointOf(IConfiguration configuration) =>
        configuration[$"{TelemetryExtensions.SectionName}:OtlpEndpoint"] is { Length: > 0 } ours ? ours
        : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } standard ? standard
        : null;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (EndpointOf(configuration) is not { } endpoint)
        {
            return Task.CompletedTask;
        }

        var section = configuration.GetSection(TelemetryExtensions.SectionName);
        var protocol = ProtocolOf(section["OtlpProtocol"] ?? configuration["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        var resource = ResourceBuilder.CreateDefault().AddService(
            serviceName: section["ServiceName"] is { Length: > 0 } configured ? configured : serviceName,
            serviceVersion: typeof(TelemetryExport).Assembly.GetName().Version?.ToString(),
            serviceInstanceId: section["ServiceInstanceId"] is { Length: > 0 } instance ? instance : $"{Environment.MachineName}-{Environment.ProcessId}");

        // The standard base address: http/protobuf adds the signal's path to it, gRPC takes it as it is.
        void Export(OtlpExporterOptions otlp, string signalPath)
        {
            otlp.Protocol = protocol;
            otlp.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint.TrimEnd('/') + signalPath) : new Uri(endpoint);
        }

        _traces = Sdk.CreateTracerProviderBuilder()
            .ConfigureServices(sdk => sdk.AddSingleton(configuration)) // the OTEL_* settings (batching, headers) from the host's configuration
            .SetResourceBuilder(resource)
            .AddSource("TeamsQuality.*")
            .AddAspNetCoreInstrumentation(aspNet =>
            {
                // Health probes every few seconds are noise; a link's token (/files/{token}) and any id in a path never
                // reach a span (see TelemetryRedaction), nor does a query string.
                aspNet.Filter = context => !context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase);
                aspNet.EnrichWithHttpRequest = (activity, request) =>
                {
                    activity.SetTag("url.path", TelemetryRedaction.Path(request.Path.Value));
                    activity.SetTag("url.query", null);
                };
            })
            .AddHttpClientInstrumentation(http =>
            {
                // Outbound paths name conversations, people (Graph's /users/{id}) and table keys: only the host and the
                // path's words go out.
                http.EnrichWithHttpRequestMessage = (activity, request) =>
                    activity.SetTag("url.full", TelemetryRedaction.Url(request.RequestUri));
            })
            .AddOtlpExporter(otlp => Export(otlp, "/v1/traces"))
            .Build();
        _metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureServices(sdk => sdk.AddSingleton(configuration))
            .SetResourceBuilder(resource)
            .AddMeter("TeamsQuality.*")
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddOtlpExporter((otlp, reader) =>
            {
                Export(otlp, "/v1/metrics");
                if (section.GetValue<TimeSpan?>("MetricExportInterval") is { } interval)
                {
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds;
                }
            })
            .Build();
        return Task.CompletedTask;
    }

    /// <summary>Sends what is still buffered.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _traces?.ForceFlush(2000);
        _metrics?.ForceFlush(2000);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _traces?.Dispose();
        _metrics?.Dispose();
    }

    private static OtlpExportProtocol ProtocolOf(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "http" or "httpprotobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"OpenTelemetry:OtlpProtocol '{value}' is neither grpc nor http/protobuf."),
    };
}

/// <summary>
/// What of a URL may go into a span: the scheme, host and the path's words (api, messages, v3, conversations …); every
/// other segment (an id, a key, a download token, a person's object id) becomes <c>{id}</c>, and the query is dropped.
/// </summary>
public static class TelemetryRedaction
{
    private const int LongestWord = 24;

    public static string Path(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && !IsWord(segments[i]))
            {
                segments[i] = "{id}";
            }
        }

        return string.Join('/', segments);
    }

    public static string? Url(Uri? uri) =>
        uri is null ? null : uri.IsAbsoluteUri ? $"{uri.Scheme}://{uri.Authority}{Path(uri.AbsolutePath)}" : Path(uri.OriginalString.Split('?')[0]);

    /// <summary>Letters only (a route's literal), or an API version (v3, v1.0, $batch is not one).</summary>
    private static bool IsWord(string segment) =>
        segment.Length <= LongestWord
        && (segment.All(char.IsAsciiLetter)
            || (segment[0] == 'v' && segment.Length > 1 && segment[1..].All(c => char.IsAsciiDigit(c) || c == '.')));
}
