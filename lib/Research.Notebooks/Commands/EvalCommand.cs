using System.CommandLine;

namespace Research.Notebooks.Commands;

/// <summary>`research eval ...`: scores the kit's analyses against hand annotation (one subcommand per analysis).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score an analysis against gold annotation in the format of the kit's eval files.");
        command.Subcommands.Add(EvalQuotesCommand.Create());
        command.Subcommands.Add(EvalParaphraseCommand.Create());
        command.Subcommands.Add(EvalAlignCommand.Create());
        return command;
    }
}
