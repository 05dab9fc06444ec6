using System.CommandLine;
using Research.Notebooks.Commands;

var root = new RootCommand("research: compare how news outlets reported the same event. Runs the kit's notebooks and gives every analysis as CSV/JSON.");
root.Subcommands.Add(CorpusCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(new Command("bench", "Measure the speed of an analysis on a corpus.") { QuotesBenchCommand.Create() });
return root.Parse(args).Invoke();
