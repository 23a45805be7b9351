using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using TeamsQuality.Teams.Connector;

namespace TeamsQuality.Jobs.Protocol;

/// <summary>
/// The send limiter's times in the PostgreSQL every server shares when Hangfire's job storage is PostgreSQL (the same
/// connection string; schema <c>teamsquality</c>, table <c>send_limits</c>, created on first use), so Teams' limits
/// hold for all the servers together and one server's 429 slows them all. Each acquisition is one atomic
/// <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>; times are the database's clock (<c>now()</c>), so servers whose
/// clocks differ still agree. Each answer also says when the database's now() was, and a turn is placed on this
/// server's clock through the quickest round trip seen lately (<see cref="DatabaseClock"/>), not through the round trip
/// at hand: counted from either end of a slow round trip, two servers' turns would land up to that round trip apart from
/// where the database put them, and bunch at Teams.
/// </summary>
public sealed class PostgresRateStore(NpgsqlDataSource source) : IRateStore, IAsyncDisposable
{
    /// <summary>With a pool of its own for <paramref name="connectionString"/> (signed in with its password, if any).</summary>
    public PostgresRateStore(string connectionString)
        : this(NpgsqlDataSource.Create(Pooled(connectionString)))
    {
    }

    private const string CreateTable = """
        CREATE SCHEMA IF NOT EXISTS teamsquality;
        CREATE TABLE IF NOT EXISTS teamsquality.send_limits (key text PRIMARY KEY, free_at timestamptz NOT NULL);
        """;

    // The key's turns start when it is free or now, whichever is later; the answer is the offset of the first turn.
    private const string Take = """
        INSERT INTO teamsquality.send_limits AS l (key, free_at) VALUES (@key, now() + @span)
        ON CONFLICT (key) DO UPDATE SET free_at = greatest(l.free_at, now()) + @span
        RETURNING extract(epoch FROM (l.free_at - @span - now()))::float8, extract(epoch FROM now())::float8
        """;

    // A turn at its offset is taken when the key is free by then (free_at becomes that turn plus the interval);
    // otherwise free_at stays, and the answer says how long until then. Taken iff free_at is exactly the proposed one.
    private const string TryTakeAt = """
        INSERT INTO teamsquality.send_limits AS l (key, free_at)
        SELECT k, now() + make_interval(secs => a) + @interval FROM unnest(@keys, @ats) AS t(k, a)
        ON CONFLICT (key) DO UPDATE SET free_at = CASE WHEN l.free_at <= excluded.free_at - @interval THEN excluded.free_at ELSE l.free_at END
        RETURNING l.key, extract(epoch FROM (l.free_at - now()))::float8, extract(epoch FROM now())::float8
        """;

    private const string Push = """
        INSERT INTO teamsquality.send_limits AS l (key, free_at) SELECT k, now() + @wait FROM unnest(@keys) AS t(k)
        ON CONFLICT (key) DO UPDATE SET free_at = greatest(l.free_at, excluded.free_at)
        """;

    /// <summary>
    /// Connections one server holds for the limiter at most: each acquisition is a single short statement, and every
    /// tenant with a backlog asks at once (a wait for a connection does not shift a turn, see <see cref="DatabaseClock"/>);
    /// the default pool of 100 per server ran the database out of connections with two servers.
    /// </summary>
    private const int MostConnections = 16;

    /// <summary>The connection string with a pool of at most <see cref="MostConnections"/> (fewer if it says so).</summary>
    public static string Pooled(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString)
    {
        MaxPoolSize = Math.Min(MostConnections, new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize),
    }.ConnectionString;

    private readonly NpgsqlDataSource _source = source; // its own, disposed with it
    private readonly SemaphoreSlim _creating = new(1, 1);
    private readonly DatabaseClock _clock = new();
    private volatile bool _created;

    public async Task<TimeSpan> TakeAsync(string key, TimeSpan interval, int count, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var asked = Stopwatch.GetTimestamp();
        await using var command = _source.CreateCommand(Take);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("span", NpgsqlDbType.Interval, interval * count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (first, now) = (reader.GetDouble(0), reader.GetDouble(1));
        return _clock.FromCall(asked, Stopwatch.GetTimestamp(), now, first);
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
        var asked = Stopwatch.GetTimestamp();
        var freeIn = new Dictionary<string, double>(StringComparer.Ordinal);
        var now = 0.0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                freeIn[reader.GetString(0)] = reader.GetDouble(1);
                now = reader.GetDouble(2);
            }
        }

        var answered = Stopwatch.GetTimestamp();

        // Taken: the key is now free one interval after the proposed turn (to the microsecond PostgreSQL keeps).
        return turns.Select(t =>
        {
            var free = freeIn[t.Key];
            return Math.Abs((TimeSpan.FromSeconds(free) - (t.At + interval)).TotalMilliseconds) < 0.01 ? (TimeSpan?)null : _clock.FromCall(asked, answered, now, free);
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

    /// <summary>
    /// Where the database's clock stands against this process's: its now() fell somewhere within each round trip, so the
    /// quickest round trip gives the closest estimate (within half of it). The two clocks drift apart slowly, so an
    /// estimate counts as a little worse the older it is, and a quick new round trip replaces it.
    /// </summary>
    private sealed class DatabaseClock
    {
        /// <summary>How fast an estimate is taken to grow worse: 50 µs a second, more than two clocks drift apart.</summary>
        private const double Drift = 50e-6;

        private readonly object _gate = new();
        private double _offset;
        private double _error = double.PositiveInfinity;
        private long _at;

        /// <summary>
        /// A time the database gave (<paramref name="after"/> seconds after its now() in a call made at
        /// <paramref name="asked"/> and answered at <paramref name="answered"/>) as an offset from the call's start.
        /// </summary>
        public TimeSpan FromCall(long asked, long answered, double now, double after)
        {
            var offset = Offset(asked, answered, now);
            return TimeSpan.FromSeconds(now + after - offset - Seconds(asked));
        }

        /// <summary>The database's clock minus this process's (in seconds), as best known after this round trip.</summary>
        private double Offset(long asked, long answered, double now)
        {
            var error = Seconds(answered - asked) / 2;
            var offset = now - Seconds(asked) - error;
            lock (_gate)
            {
                if (error <= _error + (Seconds(answered - _at) * Drift))
                {
                    (_offset, _error, _at) = (offset, error, answered);
                }

                return _offset;
            }
        }

        private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;
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
