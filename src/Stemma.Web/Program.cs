using Stemma.Web;

// Run on its own (`dotnet run --project src/Stemma.Web -- --db FILE`); `stemma serve` is the usual way in.
var options = WebOptions.FromArgs(args);
var app = WebServer.Create(options, args);
app.Run();

/// <summary>The web host's entry point (also what the integration tests start).</summary>
public partial class Program;
