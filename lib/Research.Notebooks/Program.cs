using System.CommandLine;
using Research.Notebooks.Commands;

var root = new RootCommand("""
    research: compare how news outlets reported the same event. Runs the kit's notebooks (research run), serves them as a
    Jupyter kernel for VS Code and JupyterLab (research kernel install), and gives every analysis as CSV, JSON or Parquet.
    From a clone, run it as: dotnet run --project lib/Research.Notebooks -- <command> [options]
    """);
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(CorpusCommand.Create());
root.Subcommands.Add(DbCommand.Create());
root.Subcommands.Add(TablesCommand.Create());
root.Subcommands.Add(AlignCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(DisagreementsCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(KernelCommand.Create());
root.Subcommands.Add(Research.Notebooks.Bench.BenchCommand.Create());
return root.Parse(args).Invoke();
