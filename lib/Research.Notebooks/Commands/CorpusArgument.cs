using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>The corpus paths every analysis command takes, and loading them with errors a user can act on.</summary>
internal static class CorpusArgument
{
    public static Argument<string[]> Create() => new("corpus")
    {
        Description = "A folder of articles (.txt or news-please .json), a file, or several of them.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The loaded corpus, or null after printing why not; problems with single files go to stderr.</summary>
    public static Corpus? Load(string[] paths)
    {
        try
        {
            var corpus = Corpus.Load(paths);
            foreach (var problem in corpus.Problems) Console.Error.WriteLine($"warning: {problem}");
            return corpus;
        }
        catch (CorpusLoadException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return null;
        }
    }
}
