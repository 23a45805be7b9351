using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsQuality.Bot.Demo;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Storage;

namespace TeamsQuality.Integration.Tests.Stops;

/// <summary>
/// A press on a step card costs the stop one read and one write: the use case decides on the stop as it reads it for
/// the change, and a refusal comes back on the card with the stop as read, without reading it again. (The benchmark's
/// handler row measures the same path at scale.)
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StopSubmitRequestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly StopTableRequests _requests = new();
    private DemoTeams _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoTeams.StartAsync(
            azurite,
            ManualClock.Swedish(2026, 11, 23, 9, 0),
            services: services => services.AddSingleton(sp => new TableStore(sp.GetRequiredService<IOptions<StorageOptions>>(), _requests)));

        // Anna has started stop 1: what follows is every press after the first.
        await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.open", StopData(step: 1));
        await _demo.IdleAsync();
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task A_contribution_reads_the_stop_once_and_writes_it_once()
    {
        _requests.Clear();
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.contribute", DemoTeams.With(StopData(step: 1), ("contribution", "Vi ringer hemsjukvården direkt nu.")));

        Assert.Contains("Vi ringer hemsjukvården direkt nu.", RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        Assert.Equal(["read", "write"], _requests.Kinds);
    }

    [Fact]
    public async Task A_summary_save_reads_the_stop_once_and_writes_it_once()
    {
        _requests.Clear();
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.AnnaBerg, "stop.summary", DemoTeams.With(StopData(step: 1), ("summary", "Samverkan fungerar."), ("revision", "0")));

        Assert.Contains("Samverkan fungerar.", RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        Assert.Equal(["read", "write"], _requests.Kinds);
    }

    [Fact]
    public async Task A_refused_contribution_shows_the_stop_as_read_and_writes_nothing()
    {
        _requests.Clear();
        var card = await _demo.ExecuteAsync(DemoOrganisation.People.ErikLund, "stop.contribute", DemoTeams.With(StopData(step: 1), ("contribution", "Brukaren 19121212-1212 fick fel insats")));

        Assert.Contains("Samverkan", RecordedCall.VisibleTextOf(card), StringComparison.Ordinal);
        Assert.Equal("Brukaren 19121212-1212 fick fel insats", DemoTeams.InputValue(card, "contribution"));
        Assert.Equal(["read"], _requests.Kinds);
    }

    private static JsonObject StopData(int step) => new()
    {
        ["unit"] = DemoOrganisation.Units.HemtjanstNorra,
        ["year"] = 2027,
        ["stop"] = 1,
        ["step"] = step,
    };

    /// <summary>The requests to the learning stops' table, in order: reads (queries, point reads) and writes.</summary>
    private sealed class StopTableRequests : HttpPipelinePolicy
    {
        private readonly ConcurrentQueue<string> _kinds = new();

        public IReadOnlyList<string> Kinds => [.. _kinds];

        public void Clear() => _kinds.Clear();

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Record(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Record(message);
            return ProcessNextAsync(message, pipeline);
        }

        private void Record(HttpMessage message)
        {
            var request = message.Request;
            var path = Uri.UnescapeDataString(request.Uri.Path);

            // A transaction ($batch) names its table in the body's sub-requests.
            var aboutStops = path.Contains(TableKeys.LearningStopsTable, StringComparison.Ordinal)
                || (path.EndsWith("$batch", StringComparison.Ordinal) && BodyOf(request).Contains(TableKeys.LearningStopsTable, StringComparison.Ordinal));
            if (aboutStops)
            {
                _kinds.Enqueue(request.Method == RequestMethod.Get ? "read" : "write");
            }
        }

        private static string BodyOf(Request request)
        {
            if (request.Content is not { } content)
            {
                return string.Empty;
            }

            using var buffer = new MemoryStream();
            content.WriteTo(buffer, CancellationToken.None);
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
