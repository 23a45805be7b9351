using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsQuality.Benchmarks.Infrastructure;

/// <summary>What a table request did, as the benchmark reports it.</summary>
public enum RequestKind
{
    /// <summary>GET of a table with a filter (a query; every page is a request).</summary>
    Query,

    /// <summary>GET of one entity by PartitionKey and RowKey.</summary>
    PointRead,

    /// <summary>POST of one entity (AddEntity).</summary>
    Insert,

    /// <summary>PUT, MERGE or PATCH of one entity (update or upsert, conditional or not).</summary>
    Update,

    /// <summary>POST $batch (an entity group transaction).</summary>
    Transaction,

    Delete,

    /// <summary>Creating a table (CreateIfNotExists, once per table and process).</summary>
    CreateTable,
}

/// <summary>
/// Counts every table request the storage layer makes: an <see cref="HttpPipelinePolicy"/> added per call to the
/// table clients (see the second constructor of TableStore). Per table and kind: requests, those answered with an
/// error status (409, 412, 404), the rows that came back, and the bytes sent and received.
/// </summary>
public sealed partial class TableRequestCounter : HttpPipelinePolicy
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
        var path = Uri.UnescapeDataString(request.Uri.Path);
        var method = request.Method.Method;
        var kind = KindOf(method, path);
        var table = kind == RequestKind.Transaction ? TableOfBatch(request.Content) : TableOfPath(path);
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

    private static RequestKind KindOf(string method, string path)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        return method switch
        {
            "GET" when last.Contains("(PartitionKey=", StringComparison.Ordinal) => RequestKind.PointRead,
            "GET" => RequestKind.Query,
            "POST" when last == "$batch" => RequestKind.Transaction,
            "POST" when last == "Tables" => RequestKind.CreateTable,
            "POST" => RequestKind.Insert,
            "DELETE" => RequestKind.Delete,
            _ => RequestKind.Update,
        };
    }

    /// <summary>The table a request names: the last path segment up to '(' (e.g. /devstoreaccount1/b1Nudges(PartitionKey=…)).</summary>
    private static string TableOfPath(string path)
    {
        var last = path[(path.LastIndexOf('/') + 1)..];
        var paren = last.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? last : last[..paren];
    }

    /// <summary>The table of an entity group transaction: the body's sub-requests name it.</summary>
    private static string TableOfBatch(RequestContent? content)
    {
        if (content is null)
        {
            return "$batch";
        }

        try
        {
            using var buffer = new MemoryStream();
            content.WriteTo(buffer, CancellationToken.None);
            var match = SubRequest().Match(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)Math.Min(buffer.Length, 64 * 1024)));
            return match.Success ? match.Groups["table"].Value : "$batch";
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or IOException)
        {
            return "$batch";
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

    // "POST http://127.0.0.1:1234/devstoreaccount1/b1Nudges HTTP/1.1" or "PUT …/b1LearningStops(PartitionKey='…',RowKey='…') HTTP/1.1"
    [GeneratedRegex(@"(?m)^(?:POST|PUT|MERGE|PATCH|DELETE|GET) \S*/(?<table>[A-Za-z][A-Za-z0-9]{2,62})(?:\(|\s)")]
    private static partial Regex SubRequest();

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
