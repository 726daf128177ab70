using Stemma.Cli;

return StemmaCli.Run(args, Console.Out, Console.Error);
