namespace Research.Tests.WordingTests;

using Research;

public class SubstitutionFragmentTests
{
    [Theory]
    [InlineData("The", "\"We made it clear")]   // a capitalised article against the opening of a quote
    [InlineData("The", "Speaking")]             // a capitalised article alone
    [InlineData("States", "the")]               // function words alone
    [InlineData("a", "troop")]
    [InlineData("decide,\"", "chooses,")]       // a closing quote mark
    [InlineData("‘Kyiv", "Kiev")]               // an opening single quote
    [InlineData("2", "")]                       // nothing on one side
    [InlineData("Riga", "—")]
    public void Edges_of_misaligned_text_are_fragments(string from, string to) =>
        Assert.True(SubstitutionFragment.IsFragment(from, to));

    [Theory]
    [InlineData("buildup of", "reinforcement")]
    [InlineData("Stockholm", "conference")]
    [InlineData("Sergei", "Sergey")]
    [InlineData("don't", "cannot")]              // an apostrophe inside a word is not a quote mark
    [InlineData("ministers'", "officials")]      // nor is a plural possessive's
    [InlineData("a series of", "a range of")]    // function words beside a content word
    public void Changes_of_wording_are_not_fragments(string from, string to) =>
        Assert.False(SubstitutionFragment.IsFragment(from, to));

    [Fact]
    public void The_seed_substitution_table_holds_no_fragment_but_keeps_its_spelling_variant()
    {
        var seed = Research.Corpus.Load(RepoPaths.Seed);
        var pairs = SentenceAligner.Align(seed);
        var table = SubstitutionCount.Table(seed, pairs);
        var raw = pairs.SelectMany(p => p.Differences).Count(d => d.Class is "spelling" or "substitution" or "number" && SubstitutionFragment.IsFragment(d.Removed, d.Added));
        Assert.True(raw > 0, "the seed's alignments have fragments to drop");
        Assert.DoesNotContain(table, s => SubstitutionFragment.IsFragment(s.From, s.To));
        Assert.Contains(table, s => s.Class == "spelling");
    }
}
