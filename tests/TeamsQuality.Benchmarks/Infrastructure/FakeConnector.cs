using TeamsQuality.Testing;

namespace TeamsQuality.Benchmarks.Infrastructure;

/// <summary>
/// The benchmark's Teams connector on loopback, so deliveries are real HTTP: the stand-in that enforces Teams' send
/// limits (<see cref="LimitedTeams"/>, 50 requests a second per tenant, 7 a second per conversation …; 429 with
/// Retry-After past them), with the benchmark's tenant's service URL and its calls counted.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly LimitedTeams _teams = new();

    public int Port => _teams.Port;

    /// <summary>The serviceUrl stored in the conversation references of the benchmark's tenant.</summary>
    public string ServiceUrl => _teams.ServiceUrlFor(BenchmarkWorld.TenantGuid);

    public ConnectorCalls Calls
    {
        get
        {
            var requests = _teams.Requests;
            return new ConnectorCalls(
                requests.Count(r => r.Taken && r.Kind == TeamsRequestKind.NewConversation),
                requests.Count(r => r.Taken && r.Kind == TeamsRequestKind.Activity),
                requests.Count(r => !r.Taken || r.Kind == TeamsRequestKind.Update));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => _teams.StartAsync(cancellationToken);

    public ValueTask DisposeAsync() => _teams.DisposeAsync();
}

/// <summary>Connector calls: new conversations (channel threads, new 1:1 chats), activities posted, anything else (updates, and 429s).</summary>
public readonly record struct ConnectorCalls(long Conversations, long Activities, long Other)
{
    public long Total => Conversations + Activities + Other;

    public static ConnectorCalls operator -(ConnectorCalls a, ConnectorCalls b) =>
        new(a.Conversations - b.Conversations, a.Activities - b.Activities, a.Other - b.Other);
}
