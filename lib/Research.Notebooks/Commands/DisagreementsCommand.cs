using System.CommandLine;
using Research;

namespace Research.Notebooks.Commands;

/// <summary>`research disagreements PATH`: where the sources of each event contradict each other, with evidence.</summary>
internal static class DisagreementsCommand
{
    public static Command Create()
    {
        var corpusArg = CorpusArgument.Create();
        var output = new OutputFormat();
        var command = new Command("disagreements",
            "Where the sources of an event disagree: numbers (with a range model: conflict, compatible, different precision), dates, " +
            "name spellings, descriptions of one thing in different words (summit / ministerial meeting), quotes credited to different " +
            "people (conflict) or to a person and an organisation (compatible), and statements some sources leave out (coverage). " +
            "One row a disagreement (kind, event, topic, verdict, confidence, basis, explanation, sources with doc, value, start, end, sentence); CSV gives one row a source. " +
            "By default only confident rows (the sources' readings are of the same fact by aligned sentences, the same subject, predicate " +
            "and counted thing, or the same speaker and quote); --all adds the candidates. Standard error says which view was written.")
        { corpusArg };
        var all = new Option<bool>("--all") { Description = "Every row, the candidates too (confidence: candidate), not only the confident ones." };
        command.Options.Add(all);
        output.AddTo(command);
        command.SetAction(parse =>
        {
            if (output.Refusal(parse) is string refusal) { Console.Error.WriteLine($"error: {refusal}"); return 1; }
            if (CorpusArgument.Load(parse.GetValue(corpusArg)!) is not Corpus corpus) return 2;
            var view = parse.GetValue(all) ? DisagreementView.All : DisagreementView.Confident;
            var report = DisagreementReport.Build(corpus, view);
            Console.Error.WriteLine($"view: {DisagreementReport.Describe(view)}{(view == DisagreementView.Confident ? " (--all shows them)" : "")}; {report.Count} rows, {report.Count(d => d.IsConfident)} confident");
            return output.Write(parse, report, DisagreementReport.Rows);
        });
        return command;
    }
}
