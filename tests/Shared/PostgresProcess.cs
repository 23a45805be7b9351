using System.Diagnostics;
using Npgsql;

namespace TeamsQuality.Testing;

/// <summary>
/// A real PostgreSQL server (Debian's, installed by eng/install-tools.sh with INSTALL_POSTGRES=1, as ./test does),
/// started in a throwaway data folder on a free loopback port and stopped after it. As root it runs as the
/// <c>postgres</c> user, which the server requires. Shared by the integration tests (<c>PostgresServer</c>) and the
/// benchmark (linked into both).
/// </summary>
public sealed class PostgresProcess : IAsyncDisposable
{
    private Process? _process;
    private string? _dataDirectory;
    private int _databases;

    public int Port { get; private set; }

    /// <summary>The server's own maintenance database (for creating others).</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15;Command Timeout=60";

    /// <summary>A new empty database, e.g. one job storage shared by the two servers of one test.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "tq")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public async Task StartAsync()
    {
        var bin = Binaries();
        var asRoot = Environment.UserName == "root";
        _dataDirectory = Directory.CreateTempSubdirectory("tq-postgres-").FullName;
        if (asRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _dataDirectory]);
        }

        await RunAsync(asRoot ? "runuser" : Path.Combine(bin, "initdb"), [.. (asRoot ? new[] { "-u", "postgres", "--", Path.Combine(bin, "initdb") } : []), "-D", _dataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);

        Port = LimitedTeams.FreePort();
        var server = new[]
        {
            Path.Combine(bin, "postgres"), "-D", _dataDirectory, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-h", "127.0.0.1", "-k", _dataDirectory, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=200",
        };
        var start = new ProcessStartInfo(asRoot ? "runuser" : server[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in asRoot ? ["-u", "postgres", "--", .. server] : server[1..])
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("PostgreSQL did not start.");
        var log = new System.Text.StringBuilder();
        _process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(200);
            }
            catch (Exception ex)
            {
                string output;
                lock (log)
                {
                    output = log.ToString();
                }

                throw new InvalidOperationException($"PostgreSQL did not accept connections on port {Port}: {ex.Message}\n{output}", ex);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        if (_dataDirectory is not null)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The folder with initdb and postgres: on PATH, else Debian's newest /usr/lib/postgresql/N/bin.</summary>
    public static string Binaries()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "postgres")))
            {
                return dir;
            }
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return debian ?? throw new InvalidOperationException(
            "PostgreSQL's server programs (initdb, postgres) are missing: run INSTALL_POSTGRES=1 eng/install-tools.sh (./test does) before the tests.");
    }

    private static async Task RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
