using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Stemma.Web;

/// <summary>The web server in memory (WebApplicationFactory) over a store, with options the test chooses.</summary>
internal sealed class WebHost : WebApplicationFactory<Program>
{
    private readonly WebOptions _options;

    public WebHost(WebOptions options) => _options = options;

    public WebHost(string db) : this(WebOptions.Default with { Db = db })
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(_options);
            services.AddSingleton(new StoreSource(_options));
        });
    }
}
