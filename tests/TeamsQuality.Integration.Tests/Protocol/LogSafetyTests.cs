using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsQuality.Integration.Tests.Infrastructure;
using TeamsQuality.Teams.Activities;

namespace TeamsQuality.Integration.Tests.Protocol;

/// <summary>
/// Values from activities are attacker-supplied: what reaches the log has no line breaks or control characters (no
/// forged log lines) and is cut to a bounded length.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LogSafetyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly FakeTeamsChannel _teams = new();
    private readonly LogCapture _log = new();
    private BotApp _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _teams.StartAsync();
        _bot = new BotApp(
            azurite,
            new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Hangfire:ServerEnabled"] = "false" },
            services => services.AddLogging(logging => logging.AddProvider(_log).AddFilter<LogCapture>(null, LogLevel.Trace)));
        _client = _bot.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _teams.DisposeAsync();
    }

    [Fact]
    public async Task Ids_and_types_from_activities_never_forge_a_log_line_or_flood_it()
    {
        var longId = "1" + new string('9', 299);
        var activities = new[]
        {
            TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp", id: "42\r\n2026-11-30 info: admin signed in"),
            TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp", id: "43\u2028admin signed in\u202E"),
            TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp", id: longId),
            Typed(TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp"), "message\nadmin signed in"),
            Typed(TeamsActivities.PersonalMessage(_teams.ServiceUrl, "hjälp"), new string('t', 5000)),
        };

        // Each twice: a redelivery is logged with the activity's id.
        foreach (var activity in activities.Concat(activities))
        {
            using var response = await _client.PostAsJsonAsync("/api/messages", activity);
        }

        await _teams.WaitForCallAsync(c => c.Card is not null);
        var lines = _log.Messages.ToList();
        Assert.Contains(lines, line => line.Contains("1999999", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotMatch("[\r\n\u2028\u2029\u202E]", line));
        Assert.All(lines, line => Assert.DoesNotContain(longId, line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotContain(new string('t', 1000), line, StringComparison.Ordinal));
    }

    [Fact]
    public void The_log_helper_escapes_control_characters_and_cuts_long_values()
    {
        var value = "a\r\nb\tc\u2028d\u202Ee\u0007f\\g" + new string('x', 1000);
        var logged = LogSafe.Of(value)!;

        Assert.StartsWith("a\\r\\nb\\tc\\u2028d\\u202Ee\\u0007f\\\\g", logged, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\\p{Cc}\u2028\u202E]", logged);
        Assert.EndsWith("…(+" + (value.Length - LogSafe.LongestValue) + ")", logged, StringComparison.Ordinal);
        Assert.Equal("29:1abc-def", LogSafe.Of("29:1abc-def"));
        Assert.Null(LogSafe.Of(null));
    }

    private static System.Text.Json.Nodes.JsonObject Typed(System.Text.Json.Nodes.JsonObject activity, string type)
    {
        activity["type"] = type;
        return activity;
    }

    /// <summary>Every log message the bot writes, formatted as a log sink would write it.</summary>
    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        /// <summary>Only the app's own log categories: the framework's multi-line messages are its own text, not input.</summary>
        public ILogger CreateLogger(string categoryName) =>
            categoryName.StartsWith("TeamsQuality.", StringComparison.Ordinal) ? new Logger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                capture.Messages.Enqueue(formatter(state, exception));
        }
    }
}
