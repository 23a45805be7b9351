using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// Stands in for an OpenTelemetry collector: a real HTTP server on loopback taking OTLP/HTTP protobuf at
/// <c>/v1/traces</c> and <c>/v1/metrics</c>. It keeps every payload as sent and reads the spans and metric points out
/// of them with a minimal reader of the protobuf wire format (<see cref="Proto"/>: field numbers from
/// opentelemetry-proto's trace.proto, metrics.proto and common.proto; the OpenTelemetry.Proto package is not served).
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<byte[]> _traces = new();
    private readonly ConcurrentQueue<byte[]> _metrics = new();

    public OtlpReceiver()
    {
        Port = RepoPaths.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseUrl);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v1/traces", (HttpRequest request) => KeepAsync(request, _traces));
        _app.MapPost("/v1/metrics", (HttpRequest request) => KeepAsync(request, _metrics));
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Every payload received so far (traces and metrics), as sent.</summary>
    public IReadOnlyList<byte[]> Payloads => [.. _traces, .. _metrics];

    public IReadOnlyList<ReceivedSpan> Spans => _traces.SelectMany(ReadSpans).ToList();

    public IReadOnlyList<ReceivedPoint> Points => _metrics.SelectMany(ReadPoints).ToList();

    public Task StartAsync() => _app.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Waits until the payloads received so far satisfy <paramref name="done"/>.</summary>
    public async Task WaitForAsync(Func<OtlpReceiver, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The OTLP receiver did not get {what} within {timeout}. Spans: "
                    + string.Join(", ", Spans.Select(s => s.Name).Distinct()) + "; metrics: " + string.Join(", ", Points.Select(p => p.Metric).Distinct()));
            }

            await Task.Delay(200);
        }
    }

    private static async Task<IResult> KeepAsync(HttpRequest request, ConcurrentQueue<byte[]> into)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        into.Enqueue(body.ToArray());

        // An empty Export…ServiceResponse: everything accepted.
        return Results.Bytes([], "application/x-protobuf");
    }

    // ExportTraceServiceRequest.resource_spans(1) → ResourceSpans.scope_spans(2) → ScopeSpans.scope(1).name(1), .spans(2)
    // → Span.name(5), .attributes(9).
    private static IEnumerable<ReceivedSpan> ReadSpans(byte[] payload) =>
        from resource in Proto.Messages(payload, 1)
        from scopeSpans in Proto.Messages(resource, 2)
        let scope = Proto.Messages(scopeSpans, 1).Select(s => Proto.String(s, 1)).FirstOrDefault() ?? ""
        from span in Proto.Messages(scopeSpans, 2)
        select new ReceivedSpan(scope, Proto.String(span, 5) ?? "", Proto.Attributes(span, 9), Proto.Messages(resource, 1).Select(r => Proto.Attributes(r, 1)).FirstOrDefault() ?? []);

    // ExportMetricsServiceRequest.resource_metrics(1) → ResourceMetrics.scope_metrics(2) → ScopeMetrics.metrics(2)
    // → Metric.name(1) and its data: gauge(5)/sum(7) with NumberDataPoint.attributes(7), histogram(9) with
    // HistogramDataPoint.attributes(9).
    private static IEnumerable<ReceivedPoint> ReadPoints(byte[] payload) =>
        from resource in Proto.Messages(payload, 1)
        from scopeMetrics in Proto.Messages(resource, 2)
        from metric in Proto.Messages(scopeMetrics, 2)
        let name = Proto.String(metric, 1) ?? ""
        from point in Proto.Messages(metric, 5).Concat(Proto.Messages(metric, 7)).SelectMany(data => Proto.Messages(data, 1)).Select(p => Proto.Attributes(p, 7))
            .Concat(Proto.Messages(metric, 9).SelectMany(data => Proto.Messages(data, 1)).Select(p => Proto.Attributes(p, 9)))
        select new ReceivedPoint(name, point);

    /// <summary>The protobuf wire format, as much as reading OTLP's names and string attributes takes.</summary>
    private static class Proto
    {
        /// <summary>The length-delimited fields numbered <paramref name="field"/> of a message.</summary>
        public static IEnumerable<byte[]> Messages(byte[] message, int field) =>
            Fields(message).Where(f => f.Number == field && f.Bytes is not null).Select(f => f.Bytes!);

        public static string? String(byte[] message, int field) =>
            Messages(message, field).Select(b => Encoding.UTF8.GetString(b)).LastOrDefault();

        /// <summary>KeyValue.key(1), .value(2) as AnyValue: string(1), bool(2), int(3), double(4); others as "…".</summary>
        public static Dictionary<string, string> Attributes(byte[] message, int field)
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in Messages(message, field))
            {
                var key = String(pair, 1) ?? "";
                var value = Messages(pair, 2).FirstOrDefault() is { } any ? ValueOf(any) : "";
                attributes[key] = value;
            }

            return attributes;
        }

        private static string ValueOf(byte[] any)
        {
            foreach (var f in Fields(any))
            {
                switch (f.Number)
                {
                    case 1:
                        return Encoding.UTF8.GetString(f.Bytes ?? []);
                    case 2:
                        return f.Varint != 0 ? "true" : "false";
                    case 3:
                        return ((long)f.Varint).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    case 4:
                        return BitConverter.Int64BitsToDouble((long)f.Varint).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return "…";
        }

        private static List<(int Number, byte[]? Bytes, ulong Varint)> Fields(byte[] message)
        {
            var fields = new List<(int, byte[]?, ulong)>();
            var at = 0;
            while (at < message.Length)
            {
                var tag = ReadVarint(message, ref at);
                var number = (int)(tag >> 3);
                switch ((int)(tag & 7))
                {
                    case 0:
                        fields.Add((number, null, ReadVarint(message, ref at)));
                        break;
                    case 1:
                        fields.Add((number, null, BitConverter.ToUInt64(message, at)));
                        at += 8;
                        break;
                    case 2:
                        var length = (int)ReadVarint(message, ref at);
                        fields.Add((number, message[at..(at + length)], 0));
                        at += length;
                        break;
                    case 5:
                        fields.Add((number, null, BitConverter.ToUInt32(message, at)));
                        at += 4;
                        break;
                    default:
                        throw new InvalidDataException($"Wire type {tag & 7} is not protobuf's (or not used by OTLP).");
                }
            }

            return fields;
        }

        private static ulong ReadVarint(byte[] buffer, ref int at)
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = buffer[at++];
                value |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return value;
                }
            }
        }
    }
}

/// <summary>A span as received: its instrumentation scope (the ActivitySource), name, attributes and resource's attributes.</summary>
public sealed record ReceivedSpan(string Scope, string Name, IReadOnlyDictionary<string, string> Attributes, IReadOnlyDictionary<string, string> Resource);

/// <summary>One data point of a metric as received, with its attributes.</summary>
public sealed record ReceivedPoint(string Metric, IReadOnlyDictionary<string, string> Attributes);
