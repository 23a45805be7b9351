using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsQuality.Domain.Organisations;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Jobs.Stops;
using TeamsQuality.Jobs.Wheel;
using TeamsQuality.Storage;
using TeamsQuality.Storage.Organisations;
using TeamsQuality.Teams.Activities;
using TeamsQuality.Teams.Hosting;

namespace TeamsQuality.Integration.Tests.Jobs;

/// <summary>
/// The nightly planning of a new tenant's year and the due scan that follows, as an operator of many tenants would see
/// them in the storage account's requests (issue 12): each unit's year written once, the due index once per day (not
/// per unit and day), a rerun that writes nothing and reads no unit on its own; and the scan after it tells exactly the
/// right people once, each in their own language.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class WheelPlanningRequestTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Tenant = "c0000000-0000-4000-8000-0000000000c1";
    private const int Units = 12;

    private readonly TableRequests _requests = new();
    private DemoTeams _demo = null!;

    public async Task InitializeAsync()
    {
        // Monday 23 November 2026, 09:00: stop 1 of wheel year 2027 is due (the demo tenant was planned at start).
        _demo = await DemoTeams.StartAsync(
            azurite,
            ManualClock.Swedish(2026, 11, 23, 9, 0),
            settings: new Dictionary<string, string?> { [$"Tenants:{Tenant}:Enabled"] = "true" },
            services: services => services.AddSingleton(sp => new TableStore(sp.GetRequiredService<IOptions<StorageOptions>>(), _requests)));
        var services = _demo.Services;
        await services.GetRequiredService<TenantRegistry>().EnsureAsync(Tenant, CancellationToken.None);
        await services.GetRequiredService<OrganisationRepository>().CreateAsync(Organisation(), CancellationToken.None);
        var references = services.GetRequiredService<IConversationReferenceStore>();
        await references.SetServiceUrlAsync(Tenant, _demo.Teams.ServiceUrl, CancellationToken.None);
        for (var u = 1; u <= Units; u++)
        {
            // The managers wrote to the bot once; the first one's Teams speaks English.
            await references.RememberAsync(
                new ConversationReference
                {
                    TenantId = Tenant,
                    ServiceUrl = _demo.Teams.ServiceUrl,
                    ConversationId = "a:personal-" + Manager(u),
                    ConversationType = "personal",
                    AadObjectId = Manager(u),
                    Locale = u == 1 ? "en-GB" : "sv-SE",
                    LastSeen = _demo.Clock.GetUtcNow(),
                },
                CancellationToken.None);
        }
    }

    public async Task DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Planning_a_new_year_writes_each_units_stops_once_and_each_day_of_the_due_index_once()
    {
        _requests.Clear();
        var added = await _demo.RunAsync<WheelPlanningJob, int>(job => job.RunAsync(CancellationToken.None));

        // Vetlanda's wheel: 8 stops of each unit's own and the manager group's 2, for the new tenant only.
        Assert.Equal((Units * 8) + 2, added);
        // One transaction per holder's year (its partition): the units' and the manager group's.
        Assert.Equal(Units + 1, _requests.Writes(TableKeys.LearningStopsTable).Count);
        // The due index in transactions per day across all units: no day's partition written twice.
        var dueIndex = _requests.Writes(TableKeys.DueIndexTable);
        Assert.NotEmpty(dueIndex);
        Assert.Equal(dueIndex.Count, dueIndex.Distinct(StringComparer.Ordinal).Count());
        Assert.All(dueIndex, partition => Assert.StartsWith(Tenant, partition, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_nightly_rerun_writes_nothing_and_reads_the_years_stops_once_per_tenant()
    {
        await _demo.RunAsync<WheelPlanningJob, int>(job => job.RunAsync(CancellationToken.None));

        _requests.Clear();
        var added = await _demo.RunAsync<WheelPlanningJob, int>(job => job.RunAsync(CancellationToken.None));

        Assert.Equal(0, added);
        Assert.Empty(_requests.Writes(TableKeys.LearningStopsTable));
        Assert.Empty(_requests.Writes(TableKeys.DueIndexTable));
        // The demo tenant and the new one: one read of the year's stop keys each, none per unit.
        Assert.Equal(2, _requests.Reads(TableKeys.LearningStopsTable));
    }

    [Fact]
    public async Task The_scan_after_planning_tells_each_channel_and_manager_once_in_their_language()
    {
        await _demo.RunAsync<WheelPlanningJob, int>(job => job.RunAsync(CancellationToken.None));

        var first = await _demo.RunAsync<DueStopsJob, DueStopsJob.Result>(job => job.ScanAsync(CancellationToken.None));
        var again = await _demo.RunAsync<DueStopsJob, DueStopsJob.Result>(job => job.ScanAsync(CancellationToken.None));

        // The demo's three units and the new tenant's twelve: a channel thread and a manager's nudge each.
        Assert.Equal(2 * (3 + Units), first.Sent);
        Assert.Equal(0, again.Intended + again.Sent);
        var threads = _demo.Teams.Calls.Where(c => c.Path == "/v3/conversations" && c.Body!["isGroup"]?.GetValue<bool>() == true)
            .Select(c => c.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>()).Where(id => id.StartsWith("19:c-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, Units).Select(Channel).Order(), threads.Order());
        for (var u = 1; u <= Units; u++)
        {
            var nudge = Assert.Single(_demo.CardsTo(Manager(u)));
            Assert.Contains(u == 1 ? "Time for hållplats 1: Samverkan" : "Dags för hållplats 1: Samverkan", nudge.VisibleText, StringComparison.Ordinal);
        }
    }

    private static string Manager(int unit) => $"c-manager-{unit:D2}";

    private static string Channel(int unit) => $"19:c-unit-{unit:D2}@thread.tacv2";

    private static Organisation Organisation()
    {
        var units = Enumerable.Range(1, Units)
            .Select(u => new Unit($"c-unit-{u:D2}", $"Enhet {u}", Manager(u), new UnitChannel("19:c-team@thread.tacv2", Channel(u), $"Enhet {u}")))
            .ToList();
        var people = Enumerable.Range(1, Units).Select(u => new Person(Manager(u), $"Chef {u}", Role.Enhetschef, $"c-unit-{u:D2}"))
            .Append(new Person("c-director", "Cecilia Chef", Role.BitradandeSocialchef, null))
            .ToList();
        return new Organisation(new TenantId(Tenant), "Centrums kommun", units, people);
    }

    /// <summary>Requests by table: the reads, and for each write the partition it wrote (a transaction's first sub-request's).</summary>
    private sealed partial class TableRequests : HttpPipelinePolicy
    {
        private readonly ConcurrentQueue<(string Table, bool Write, string Partition)> _seen = new();

        public void Clear() => _seen.Clear();

        public List<string> Writes(string table) => _seen.Where(s => s.Table == table && s.Write).Select(s => s.Partition).ToList();

        public int Reads(string table) => _seen.Count(s => s.Table == table && !s.Write);

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
            var text = path.EndsWith("$batch", StringComparison.Ordinal) ? Uri.UnescapeDataString(BodyOf(request)) : path;
            foreach (var (table, named) in new[] { (TableKeys.LearningStopsTable, LearningStops()), (TableKeys.DueIndexTable, DueIndex()) })
            {
                if (named.IsMatch(text))
                {
                    var partition = PartitionKey().Match(text) is { Success: true } m ? m.Groups[1].Value : string.Empty;
                    _seen.Enqueue((table, request.Method != RequestMethod.Get, partition));
                }
            }
        }

        // The tables carry the test's prefix; the actions' due index is another table.
        [GeneratedRegex("LearningStops")]
        private static partial Regex LearningStops();

        [GeneratedRegex("(?<!Action)DueIndex")]
        private static partial Regex DueIndex();

        // In a point read's or an upsert's address (PartitionKey='…'), or an insert's body ("PartitionKey":"…").
        [GeneratedRegex("PartitionKey(?:='|\"\\s*:\\s*\")([^'\"]*)")]
        private static partial Regex PartitionKey();

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
