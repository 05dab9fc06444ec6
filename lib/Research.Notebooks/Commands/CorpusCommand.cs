using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research corpus PATH`: what a corpus holds, at a glance.</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var command = new Command("corpus", "Summarise a corpus: articles, outlets, dates, events, removed boilerplate and problems.") { corpusArg };
        command.SetAction(parse =>
        {
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            Console.Write(CorpusSummary.Of(corpus).ToText());
            return 0;
        });
        return command;
    }
}
