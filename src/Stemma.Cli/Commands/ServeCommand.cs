using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Stemma.Storage;
using Stemma.Web;

namespace Stemma.Cli.Commands;

/// <summary><c>stemma serve [--db FILE] [--port 5170] [--host ADDRESS]</c>: the web UI over a store opened read-only.</summary>
internal static class ServeCommand
{
    public static Command Create(Console2 console)
    {
        var db = StoreAccess.DbOption();
        var port = new Option<int>("--port") { Description = "The port to listen on.", DefaultValueFactory = _ => WebOptions.Default.Port };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. Default 127.0.0.1 (this machine only); another address lets other machines read the store.",
            DefaultValueFactory = _ => WebOptions.Default.Host,
        };
        var command = new Command("serve", "Serve the web UI (stories, family trees, side-by-side pairs, check a text) over the store, read-only.") { db, port, host };
        command.SetAction(parse =>
        {
            var options = WebOptions.Default with { Db = parse.GetValue(db)!, Port = parse.GetValue(port), Host = parse.GetValue(host)! };
            try
            {
                options.Validate();
                using var probe = SqliteStore.OpenReadOnly(options.Db);
            }
            catch (ArgumentException error)
            {
                console.Error.WriteLine($"serve: {error.Message}");
                return ExitCodes.BadUsage;
            }
            catch (InvalidDataException error)
            {
                console.Error.WriteLine($"serve: --db {error.Message}; build one with `stemma analyze PATH... --db {options.Db}`.");
                return ExitCodes.BadInput;
            }
            if (!options.IsLoopback)
            {
                console.Error.WriteLine($"warning: listening on {options.Host}: other machines can read every article in {options.Db}. There is no login.");
            }
            var app = WebServer.Create(options);
            try
            {
                app.Start();
            }
            catch (IOException error)
            {
                console.Error.WriteLine($"serve: cannot listen on {options.Host}:{options.Port} ({error.Message}); try another --port.");
                return ExitCodes.BadUsage;
            }
            var shown = options.Host is "0.0.0.0" or "::" ? "127.0.0.1" : options.Host.Contains(':') ? $"[{options.Host}]" : options.Host;
            console.Out.WriteLine($"Stemma is serving {options.Db} (read-only) at http://{shown}:{options.Port}/ — open it in a browser; Ctrl+C stops.");
            console.Out.Flush();
            app.WaitForShutdown();
            return ExitCodes.Ok;
        });
        return command;
    }
}
