using System.Net;
using System.Net.Sockets;

namespace TeamsQuality.Integration.Tests.Infrastructure;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Tools => Path.Combine(Root, "tools");

    /// <summary>A tool installed by eng/install-tools.sh; fails the test with the fix when it is missing.</summary>
    public static string Tool(params string[] relative)
    {
        var path = Path.Combine([Tools, .. relative]);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run eng/install-tools.sh (./test does) before the tests.");
        }

        return path;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsQuality.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (TeamsQuality.sln).");
    }
}
