using System.Net;
using System.Net.Sockets;

namespace TeamsQuality.Integration.Tests.Infrastructure;

/// <summary>
/// A TCP stand-in between the bot and Azurite, to make table storage fail as it does in real life: forward (storage
/// is fine, optionally slow), hang (connections are accepted and never answered), or refuse (nothing listens: the
/// port is dead). Switching mode drops the open connections, as an outage does. Azurite by default; any other TCP
/// server (PostgreSQL) when given its port.
/// </summary>
public sealed class StorageProxy : IAsyncDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly int _targetPort;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;
    private Task? _accepting;

    public StorageProxy(AzuriteFixture azurite, StorageMode mode, int? targetPort = null)
    {
        _azurite = azurite;
        _targetPort = targetPort ?? azurite.Port;
        Port = RepoPaths.FreePort();
        ConnectionString = azurite.ConnectionString.Replace($":{azurite.Port}/", $":{Port}/", StringComparison.Ordinal);
        SetMode(mode);
    }

    public int Port { get; }

    /// <summary>Azurite's connection string, through the proxy.</summary>
    public string ConnectionString { get; }

    public StorageMode Mode { get; private set; }

    /// <summary>In forward mode, each answer from storage is held back this long (slow storage).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// The bot with its tables behind this stand-in. Nothing is seeded and no playground or job server runs, so it
    /// starts even while storage is out; seed the tables directly in Azurite first when the test needs data.
    /// </summary>
    public BotApp StartBot(string tablePrefix) => new(
        _azurite,
        new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Playground:Enabled"] = "false",
            ["Demo:Seed"] = "false",
            ["Hangfire:ServerEnabled"] = "false",
        },
        tablePrefix: tablePrefix);

    public void SetMode(StorageMode mode)
    {
        lock (_open)
        {
            Mode = mode;
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
            if (mode == StorageMode.Refuse && _listener is not null)
            {
                _listener.Stop();
                _listener = null;
            }
            else if (mode != StorageMode.Refuse && _listener is null)
            {
                _listener = new TcpListener(IPAddress.Loopback, Port);
                _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                _listener.Start();
                var listener = _listener;
                _accepting = Task.Run(() => AcceptAsync(listener));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        SetMode(StorageMode.Refuse);
        if (_accepting is not null)
        {
            await Task.WhenAny(_accepting, Task.Delay(1000));
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
            {
                return;
            }

            lock (_open)
            {
                _open.Add(client);
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            if (Mode == StorageMode.Hang)
            {
                // Read whatever comes and never answer.
                var sink = new byte[8192];
                while (await client.GetStream().ReadAsync(sink, _stop.Token) > 0)
                {
                }

                return;
            }

            using var target = new TcpClient();
            await target.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            var toStorage = client.GetStream().CopyToAsync(target.GetStream(), _stop.Token);
            var fromStorage = CopyWithLatencyAsync(target.GetStream(), client.GetStream());
            await Task.WhenAny(toStorage, fromStorage);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
        }
        finally
        {
            client.Dispose();
        }
    }

    private async Task CopyWithLatencyAsync(Stream from, Stream to)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency, _stop.Token);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }
}

public enum StorageMode
{
    Forward,
    Hang,
    Refuse,
}
