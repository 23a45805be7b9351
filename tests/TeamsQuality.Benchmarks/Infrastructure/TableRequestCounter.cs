// The kinds are the storage layer's own classification (TableRequests), also used by its telemetry.
global using RequestKind = TeamsQuality.Storage.TableRequestKind;
using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using TeamsQuality.Storage;

namespace TeamsQuality.Benchmarks.Infrastructure;

/// <summary>
/// Counts every table request the storage layer makes: an <see cref="HttpPipelinePolicy"/> added per call to the
/// table clients (see the second constructor of TableStore). Per table and kind: requests, those answered with an
/// error status (409, 412, 404), the rows that came back, and the bytes sent and received.
/// </summary>
public sealed class TableRequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<(string Table, RequestKind Kind), Tally> _tallies = new();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Record(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Record(message);
    }

    /// <summary>The counts so far; subtract two snapshots for what happened between them.</summary>
    public TableCounts Snapshot() =>
        new(_tallies.ToDictionary(t => t.Key, t => new TableCount(
            Interlocked.Read(ref t.Value.Requests),
            Interlocked.Read(ref t.Value.Failed),
            Interlocked.Read(ref t.Value.Rows),
            Interlocked.Read(ref t.Value.BytesOut),
            Interlocked.Read(ref t.Value.BytesIn))));

    private void Record(HttpMessage message)
    {
        var request = message.Request;
        var kind = TableRequests.KindOf(request);
        var table = TableRequests.TableOf(request, kind);
        var tally = _tallies.GetOrAdd((table, kind), _ => new Tally());
        Interlocked.Increment(ref tally.Requests);

        var response = message.HasResponse ? message.Response : null;
        var status = response?.Status ?? 0;
        if (status is 0 or >= 400)
        {
            Interlocked.Increment(ref tally.Failed);
        }

        if (request.Content is { } content && content.TryComputeLength(out var length))
        {
            Interlocked.Add(ref tally.BytesOut, length);
        }

        if (response?.ContentStream is { CanSeek: true } body)
        {
            Interlocked.Add(ref tally.BytesIn, body.Length);
            if (status < 300 && kind is RequestKind.Query or RequestKind.PointRead)
            {
                Interlocked.Add(ref tally.Rows, kind == RequestKind.PointRead ? 1 : CountRows(body));
            }
        }
    }

    private static long CountRows(Stream body)
    {
        var position = body.Position;
        try
        {
            body.Position = 0;
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("value", out var rows) && rows.ValueKind == JsonValueKind.Array ? rows.GetArrayLength() : 1;
        }
        catch (JsonException)
        {
            return 0;
        }
        finally
        {
            body.Position = position;
        }
    }

    private sealed class Tally
    {
        public long Requests;
        public long Failed;
        public long Rows;
        public long BytesOut;
        public long BytesIn;
    }
}

/// <summary>Counts of one table and kind.</summary>
public readonly record struct TableCount(long Requests, long Failed, long Rows, long BytesOut, long BytesIn)
{
    public static TableCount operator -(TableCount a, TableCount b) =>
        new(a.Requests - b.Requests, a.Failed - b.Failed, a.Rows - b.Rows, a.BytesOut - b.BytesOut, a.BytesIn - b.BytesIn);

    public static TableCount operator +(TableCount a, TableCount b) =>
        new(a.Requests + b.Requests, a.Failed + b.Failed, a.Rows + b.Rows, a.BytesOut + b.BytesOut, a.BytesIn + b.BytesIn);
}

/// <summary>A snapshot of the counts, per table and kind.</summary>
public sealed class TableCounts(IReadOnlyDictionary<(string Table, RequestKind Kind), TableCount> counts)
{
    public IReadOnlyDictionary<(string Table, RequestKind Kind), TableCount> ByTableAndKind { get; } = counts;

    public long Requests => ByTableAndKind.Values.Sum(c => c.Requests);

    public long Failed => ByTableAndKind.Values.Sum(c => c.Failed);

    public long Rows => ByTableAndKind.Values.Sum(c => c.Rows);

    public long BytesOut => ByTableAndKind.Values.Sum(c => c.BytesOut);

    public long BytesIn => ByTableAndKind.Values.Sum(c => c.BytesIn);

    public TableCount Of(RequestKind kind) =>
        ByTableAndKind.Where(c => c.Key.Kind == kind).Aggregate(default(TableCount), (sum, c) => sum + c.Value);

    /// <summary>Per table (without the prefix): the requests of each kind.</summary>
    public IEnumerable<(string Table, RequestKind Kind, TableCount Count)> PerTable(string prefix) =>
        ByTableAndKind.Where(c => c.Value.Requests > 0)
            .Select(c => (Table: c.Key.Table.StartsWith(prefix, StringComparison.Ordinal) ? c.Key.Table[prefix.Length..] : c.Key.Table, c.Key.Kind, c.Value))
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Kind);

    public static TableCounts operator -(TableCounts after, TableCounts before) =>
        new(after.ByTableAndKind.ToDictionary(c => c.Key, c => c.Value - before.ByTableAndKind.GetValueOrDefault(c.Key)));
}
