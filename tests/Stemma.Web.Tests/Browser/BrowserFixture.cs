using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Stemma.Storage;

namespace Stemma.Web.Browser;

/// <summary>
/// A fact that needs a real browser and the seeds: Debian's chromium at /usr/bin/chromium (installed with
/// apt, never downloaded by Playwright) and ../shared/seeds. Skipped, with the reason, when either is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserFixture.SkipReason;
}

/// <summary>The seeds' store served on a loopback port by the real server, and one headless chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly TempFolder _folder = new();
    private WebApplication? _app;
    private WebApplication? _hostileApp;
    private IPlaywright? _playwright;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        !File.Exists(Chromium) ? $"{Chromium} is absent: install Debian's chromium (apt-get install -y chromium) to run the browser tests."
        : SharedData.SkipReason("seeds");

    public string BaseUrl { get; private set; } = "";

    public string Db { get; private set; } = "";

    /// <summary>A server over the small store whose copy article holds <c>&lt;script&gt;</c> and <c>&lt;img onerror&gt;</c>.</summary>
    public string HostileUrl { get; private set; } = "";

    public string HostileDb { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the tests leave a screenshot of each page, for a person to look at.</summary>
    public static string Screenshots { get; } = Path.Combine(Repository.Root, ".build", "screenshots");

    /// <summary>The store id of the seed whose file name starts with <paramref name="prefix"/> ("001").</summary>
    public long Seed(string prefix)
    {
        using var store = SqliteStore.OpenReadOnly(Db);
        return store.Stories().SelectMany(s => store.Members(s.Id)).Single(a => a.Name.StartsWith(prefix, StringComparison.Ordinal)).Id;
    }

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }
        Directory.CreateDirectory(Screenshots);
        Db = TestStores.Seeds(_folder)!;
        var port = FreePort();
        _app = WebServer.Create(WebOptions.Default with { Db = Db, Port = port });
        await _app.StartAsync();
        BaseUrl = $"http://127.0.0.1:{port}";
        HostileDb = TestStores.Small(_folder);
        var hostilePort = FreePort();
        _hostileApp = WebServer.Create(WebOptions.Default with { Db = HostileDb, Port = hostilePort });
        await _hostileApp.StartAsync();
        HostileUrl = $"http://127.0.0.1:{hostilePort}";
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        foreach (var app in new[] { _app, _hostileApp })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
        _folder.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
