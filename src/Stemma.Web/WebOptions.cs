using System.Globalization;
using System.Net;

namespace Stemma.Web;

/// <summary>How the web UI is served: the store, the address, and the limits that protect it.</summary>
public sealed record WebOptions
{
    public static WebOptions Default { get; } = new();

    /// <summary>The store, opened read-only.</summary>
    public string Db { get; init; } = "stemma.db";

    /// <summary>The address to listen on: loopback unless someone asks otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 5170;

    /// <summary>The largest request body accepted (a pasted article): larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>How long a check of a pasted text may compare before it answers with what it has.</summary>
    public TimeSpan CheckTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Stories and pairs kept drawn in memory (reading one again takes tens of milliseconds; one takes some tens of kilobytes).</summary>
    public int CachedStories { get; init; } = 2048;

    /// <summary>True when <see cref="Host"/> is a loopback address (or localhost).</summary>
    public bool IsLoopback => Host == "localhost" || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    public void Validate()
    {
        if (Port is < 1 or > 65535)
        {
            throw new ArgumentException($"the port must be between 1 and 65535, not {Port}");
        }
        if (Host != "localhost" && !IPAddress.TryParse(Host, out _))
        {
            throw new ArgumentException($"--host {Host}: give an IP address (127.0.0.1, 0.0.0.0, ::1) or localhost");
        }
        if (MaxBodyBytes < 1 || CheckTime <= TimeSpan.Zero || CachedStories < 1)
        {
            throw new ArgumentException("MaxBodyBytes, CheckTime and CachedStories must be positive");
        }
    }

    /// <summary>Options from <c>--db</c>, <c>--host</c> and <c>--port</c> (running the web project on its own).</summary>
    public static WebOptions FromArgs(string[] args)
    {
        var options = Default;
        for (var i = 0; i + 1 < args.Length; i++)
        {
            options = args[i] switch
            {
                "--db" => options with { Db = args[i + 1] },
                "--host" => options with { Host = args[i + 1] },
                "--port" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var port) => options with { Port = port },
                _ => options,
            };
        }
        return options;
    }
}
