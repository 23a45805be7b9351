using Npgsql;
using NpgsqlTypes;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Jobs.Protocol;

/// <summary>
/// The send limiter's times in the PostgreSQL every server shares when Hangfire's job storage is PostgreSQL (the same
/// connection string; schema <c>teamsquality</c>, table <c>send_limits</c>, created on first use), so Teams' limits
/// hold for all the servers together and one server's 429 slows them all. Each acquisition is one atomic
/// <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>; times are the database's clock (<c>now()</c>), and a server is
/// told offsets from it, so servers whose clocks differ still agree.
/// </summary>
public sealed class PostgresRateStore(string connectionString) : IRateStore, IAsyncDisposable
{
    private const string CreateTable = """
        CREATE SCHEMA IF NOT EXISTS teamsquality;
        CREATE TABLE IF NOT EXISTS teamsquality.send_limits (key text PRIMARY KEY, free_at timestamptz NOT NULL);
        """;

    // The key's turns start when it is free or now, whichever is later; the answer is the offset of the first turn.
    private const string Take = """
        INSERT INTO teamsquality.send_limits AS l (key, free_at) VALUES (@key, now() + @span)
        ON CONFLICT (key) DO UPDATE SET free_at = greatest(l.free_at, now()) + @span
        RETURNING extract(epoch FROM (l.free_at - @span - now()))::float8
        """;

    // A turn at its offset is taken when the key is free by then (free_at becomes that turn plus the interval);
    // otherwise free_at stays, and the answer says how long until then. Taken iff free_at is exactly the proposed one.
    private const string TryTakeAt = """
        INSERT INTO teamsquality.send_limits AS l (key, free_at)
        SELECT k, now() + make_interval(secs => a) + @interval FROM unnest(@keys, @ats) AS t(k, a)
        ON CONFLICT (key) DO UPDATE SET free_at = CASE WHEN l.free_at <= excluded.free_at - @interval THEN excluded.free_at ELSE l.free_at END
        RETURNING l.key, extract(epoch FROM (l.free_at - now()))::float8
        """;

    private const string Push = """
        INSERT INTO teamsquality.send_limits AS l (key, free_at) SELECT k, now() + @wait FROM unnest(@keys) AS t(k)
        ON CONFLICT (key) DO UPDATE SET free_at = greatest(l.free_at, excluded.free_at)
        """;

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;

    public async Task<TimeSpan> TakeAsync(string key, TimeSpan interval, int count, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        await using var command = _source.CreateCommand(Take);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("span", NpgsqlDbType.Interval, interval * count);
        var seconds = (double)(await command.ExecuteScalarAsync(cancellationToken))!;
        return TimeSpan.FromSeconds(seconds);
    }

    public async Task<IReadOnlyList<TimeSpan?>> TryTakeAtAsync(IReadOnlyList<(string Key, TimeSpan At)> turns, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (turns.Count == 0)
        {
            return [];
        }

        await EnsureTableAsync(cancellationToken);
        await using var command = _source.CreateCommand(TryTakeAt);
        command.Parameters.AddWithValue("keys", turns.Select(t => t.Key).ToArray());
        command.Parameters.AddWithValue("ats", turns.Select(t => t.At.TotalSeconds).ToArray());
        command.Parameters.AddWithValue("interval", NpgsqlDbType.Interval, interval);
        var freeIn = new Dictionary<string, double>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                freeIn[reader.GetString(0)] = reader.GetDouble(1);
            }
        }

        // Taken: the key is now free one interval after the proposed turn (to the microsecond PostgreSQL keeps).
        return turns.Select(t =>
        {
            var free = TimeSpan.FromSeconds(freeIn[t.Key]);
            return Math.Abs((free - (t.At + interval)).TotalMilliseconds) < 0.01 ? (TimeSpan?)null : free;
        }).ToList();
    }

    public async Task PushAsync(IReadOnlyList<string> keys, TimeSpan wait, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        await using var command = _source.CreateCommand(Push);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        command.Parameters.AddWithValue("wait", NpgsqlDbType.Interval, wait);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        _creating.Dispose();
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _creating.WaitAsync(cancellationToken);
        try
        {
            if (!_created)
            {
                await using var command = _source.CreateCommand(CreateTable);
                try
                {
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateObject)
                {
                    // Another server created it at the same moment (IF NOT EXISTS is not atomic across sessions).
                }

                _created = true;
            }
        }
        finally
        {
            _creating.Release();
        }
    }
}
