namespace Research.Tests;

using Research;

/// <summary>The scoring rule of the eval command: word-set Jaccard, greedy matching, last-word speakers.</summary>
public sealed class QuoteScoringTests
{
    [Fact]
    public void Matches_by_word_overlap_and_checks_speakers_by_last_word()
    {
        var gold = new List<GoldQuote>
        {
            new("a.txt", "We will talk to them tomorrow", "Sergei Lavrov", []),
            new("a.txt", "Nobody wants a war", "he", ["*any*"]),
            new("b.txt", "Missed entirely by the system", "Berg", []),
        };
        var predicted = new List<PredictedQuote>
        {
            new("a.txt", "We will talk to them tomorrow, maybe", "Sergey Lavrov"),
            new("a.txt", "Nobody wants a war", null),
            new("a.txt", "Something else", "Lavrov"),
        };
        var score = QuoteScoring.Score(gold, predicted);
        Assert.Equal(2, score.Matched);
        Assert.Equal(2 / 3.0, score.Precision, 3);
        Assert.Equal(2 / 3.0, score.Recall, 3);
        Assert.Equal(1, score.SpeakerChecked);
        Assert.Equal(1.0, score.SpeakerAccuracy);
    }

    [Fact]
    public void The_head_name_figure_cuts_the_gold_span_at_its_apposition_and_leaves_the_rule_alone()
    {
        var gold = new List<GoldQuote>
        {
            new("a.txt", "The budget is balanced at last", "Mara Ruiz, a former treasury official who runs a consultancy", []),
            new("a.txt", "We will appeal the ruling", "Sen. Tom Vale of Ohio", []),
            new("a.txt", "Nothing was agreed", "Ana Duarte", []),
        };
        var predicted = new List<PredictedQuote>
        {
            new("a.txt", "The budget is balanced at last", "Mara Ruiz"),
            new("a.txt", "We will appeal the ruling", "Tom Vale"),
            new("a.txt", "Nothing was agreed", "Ivan Petrov"),
        };
        var score = QuoteScoring.Score(gold, predicted);
        Assert.Equal(0, score.SpeakerRight);
        Assert.Equal(2, score.SpeakerHeadRight);
    }

    [Fact]
    public void A_gold_of_names_is_not_read_as_spans_and_one_of_roles_and_appositions_is()
    {
        string?[] names = ["Anna Berg", "Tom Vale", "Mara Ruiz", null, "Ivan Petrov"];
        Assert.Equal(0, GoldSpeakerStyle.ShareWrittenAsSpans(names));
        Assert.True(GoldSpeakerStyle.ShareWrittenAsSpans(names) < GoldSpeakerStyle.WrittenSpanShare);
        string?[] written = ["he", "Anna Berg", "the senator", "Mara Ruiz, a former treasury official", "Tom Vale"];
        Assert.Equal(0.6, GoldSpeakerStyle.ShareWrittenAsSpans(written), 3);
        Assert.True(GoldSpeakerStyle.ShareWrittenAsSpans(written) >= GoldSpeakerStyle.WrittenSpanShare);
        Assert.Equal(0, GoldSpeakerStyle.ShareWrittenAsSpans([]));
    }
}
