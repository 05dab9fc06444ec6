using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research align CORPUS`: the sentences that report the same statement across the sources of each event.</summary>
internal static class AlignCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var output = new OutputFormat();
        var command = new Command("align",
            "Align the sentences of every pair of articles of each event: one row an aligned pair (doc_a, start_a, end_a, doc_b, start_b, end_b, " +
            "kind one-to-one, one-to-many or clause (one sentence carries the other's statement, or both carry one statement, in a clause), score, and the number of differences of each class: spelling, typography, function words, number, substitution, added, omitted; " +
            "for a clause pair, clause_start_a, clause_end_a, clause_start_b, clause_end_b: the clause of each sentence that carries the statement, empty where the whole sentence does).")
        { corpusArg };
        output.AddTo(command);
        command.SetAction(parse =>
        {
            if (output.Refusal(parse) is string refusal) { Console.Error.WriteLine($"error: {refusal}"); return 1; }
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            return output.Write(parse, AlignmentRow.From(corpus, SentenceAligner.Align(corpus)).ToList());
        });
        return command;
    }
}
