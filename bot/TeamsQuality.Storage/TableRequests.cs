using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsQuality.Storage;

/// <summary>What a table request did (the telemetry's <c>kind</c> tag, and the benchmark's counts).</summary>
public enum TableRequestKind
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
/// Tells of a table request which table it is for and what kind it is, from its method and path (a transaction's
/// table from its body). The one classification the telemetry (<see cref="TableTelemetryPolicy"/>) and the benchmark's
/// request counter share.
/// </summary>
public static partial class TableRequests
{
    public static TableRequestKind KindOf(Request request)
    {
        var path = Uri.UnescapeDataString(request.Uri.Path);
        var last = path[(path.LastIndexOf('/') + 1)..];
        return request.Method.Method switch
        {
            "GET" when last.Contains("(PartitionKey=", StringComparison.Ordinal) => TableRequestKind.PointRead,
            "GET" => TableRequestKind.Query,
            "POST" when last == "$batch" => TableRequestKind.Transaction,
            "POST" when last == "Tables" => TableRequestKind.CreateTable,
            "POST" => TableRequestKind.Insert,
            "DELETE" => TableRequestKind.Delete,
            _ => TableRequestKind.Update,
        };
    }

    /// <summary>
    /// The table a request names: the last path segment up to '(' (e.g. /devstoreaccount1/b1Nudges(PartitionKey=…)),
    /// or for a transaction the table its body's sub-requests name ("$batch" when it cannot be read).
    /// </summary>
    public static string TableOf(Request request, TableRequestKind kind)
    {
        if (kind == TableRequestKind.Transaction)
        {
            return TableOfBatch(request.Content);
        }

        var path = Uri.UnescapeDataString(request.Uri.Path);
        var last = path[(path.LastIndexOf('/') + 1)..];
        var paren = last.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? last : last[..paren];
    }

    /// <summary>The telemetry's <c>kind</c> tag.</summary>
    public static string Tag(TableRequestKind kind) => kind switch
    {
        TableRequestKind.Query => "query",
        TableRequestKind.PointRead => "point",
        TableRequestKind.Insert => "insert",
        TableRequestKind.Update => "update",
        TableRequestKind.Transaction => "transaction",
        TableRequestKind.Delete => "delete",
        _ => "create_table",
    };

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

    // "POST http://127.0.0.1:1234/devstoreaccount1/b1Nudges HTTP/1.1" or "PUT …/b1LearningStops(PartitionKey='…',RowKey='…') HTTP/1.1"
    [GeneratedRegex(@"(?m)^(?:POST|PUT|MERGE|PATCH|DELETE|GET) \S*/(?<table>[A-Za-z][A-Za-z0-9]{2,62})(?:\(|\s)")]
    private static partial Regex SubRequest();
}

/// <summary>
/// Records every try of a table request in <see cref="StorageTelemetry"/> (tags <c>table</c> without the deployment's
/// prefix, <c>kind</c>, <c>status</c>: 0 when no answer came). Nothing is classified while no one listens (telemetry
/// off), so the policy costs a check per request then.
/// </summary>
public sealed class TableTelemetryPolicy(string tablePrefix) : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (!Listened)
        {
            ProcessNext(message, pipeline);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            Record(message, started);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (!Listened)
        {
            await ProcessNextAsync(message, pipeline);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            Record(message, started);
        }
    }

    private static bool Listened => StorageTelemetry.Requests.Enabled || StorageTelemetry.RequestDuration.Enabled;

    private void Record(HttpMessage message, long started)
    {
        var took = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var kind = TableRequests.KindOf(message.Request);
        var table = TableRequests.TableOf(message.Request, kind);
        if (tablePrefix.Length > 0 && table.StartsWith(tablePrefix, StringComparison.Ordinal))
        {
            table = table[tablePrefix.Length..];
        }

        var tags = new TagList
        {
            { "table", table },
            { "kind", TableRequests.Tag(kind) },
            { "status", message.HasResponse ? message.Response.Status : 0 },
        };
        StorageTelemetry.Requests.Add(1, tags);
        StorageTelemetry.RequestDuration.Record(took, tags);
    }
}
