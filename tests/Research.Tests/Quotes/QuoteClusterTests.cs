namespace Research.Tests;

using Research;

/// <summary>The same statement across sources: reworded, translated, partial inside longer; with word diffs and frequencies.</summary>
public sealed class QuoteClusterTests
{
    static QuoteSet ThreeSources() => QuoteFixture.Extract(
        ("a.txt", "“We don't know whether the president has made the decision to invade,” said Anna Berg.\n"),
        ("b.txt", "“We don't know if the president made the decision to invade,” said Berg.\n"),
        ("c.txt", "Berg said Moscow had not made “the decision to invade” yet.\n\nThe weather was cold, “and nobody expected snow,” said a farmer, Tom Reed.\n"));

    [Fact]
    public void Reworded_and_partial_quotes_of_one_statement_form_one_cluster()
    {
        var set = ThreeSources();
        var cluster = set.Quotes.Where(q => q.Text.Contains("invade")).Select(q => q.Cluster).Distinct();
        var id = Assert.Single(cluster);
        Assert.Equal(3, set.Cluster(id).Sources);
        Assert.NotEqual(id, set.With("nobody expected snow").Cluster);
    }

    [Fact]
    public void One_speakers_statement_reworded_by_two_outlets_is_one_cluster_but_not_a_shared_topic_or_another_speaker()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "Anna Berg spoke in Riga on Monday.\n\nBerg warned that “any new blockade would bring heavy sanctions.”\n\n“Latvia and Estonia will stand together,” Berg said.\n"),
            ("b.txt", "Anna Berg spoke in Riga on Monday.\n\n“If there is another blockade at the border, there will be sanctions,” Berg said.\n\n“Latvia and Estonia were never asked,” Berg said.\n\n“A blockade brings sanctions on everyone,” said Tom Reed, a trader.\n"));
        Assert.Equal(set.With("any new blockade").Cluster, set.With("another blockade at the border").Cluster);
        Assert.NotEqual(set.With("Latvia and Estonia will").Cluster, set.With("Latvia and Estonia were").Cluster);
        Assert.NotEqual(set.With("any new blockade").Cluster, set.With("brings sanctions on everyone").Cluster);
    }

    [Fact]
    public void Each_variant_carries_a_word_diff_against_the_most_common_wording()
    {
        var set = ThreeSources();
        var cluster = set.Cluster(set.With("whether").Cluster);
        var variant = Assert.Single(cluster.Variants, v => v.Text.Contains(" if "));
        Assert.Contains(variant.Diff, p => p.Change == "added" && p.Text.Contains("if"));
        Assert.Contains(variant.Diff, p => p.Change == "same" && p.Text.Contains("decision to invade"));
    }

    [Fact]
    public void A_cluster_whose_sources_name_different_speakers_is_a_misattribution()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“We must tell the truth about the war and the talks,” said President Ivan Volkov.\n"),
            ("b.txt", "“We must tell the truth about the war and the talks,” said Foreign Minister Petr Orlov.\n"));
        var row = Assert.Single(set.Misattributions, m => m.Kind == "different-speakers");
        Assert.Equal(["Ivan Volkov", "Petr Orlov"], row.Speakers.Order());
        Assert.Equal(2, row.Evidence.Count);
    }

    [Theory]
    [InlineData("Harbour Police Department")]   // ends in an organisation word
    [InlineData("Newport")]                     // written "in Newport" in the event
    public void A_person_and_an_organisation_credited_with_one_quote_are_compatible_not_a_conflict(string body)
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“We must tell the truth about the war and the talks,” said Ivan Volkov.\n"),
            ("b.txt", $"“We must tell the truth about the war and the talks,” said {body}.\n\nThe talks were held in Newport.\n"));
        var row = Assert.Single(set.Misattributions, m => m.Kind != "nested");
        Assert.Equal("person-and-organisation", row.Kind);
    }

    [Fact]
    public void One_source_crediting_a_quote_to_two_people_is_not_sources_disagreeing()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“We must tell the truth about the war and the talks,” said Ivan Volkov.\n\n“We must tell the truth about the war and the talks,” said Petr Orlov.\n"),
            ("b.txt", "The talks went on.\n"));
        Assert.Single(set.Quotes.Select(q => q.Cluster).Distinct());
        Assert.DoesNotContain(set.Misattributions, m => m.Kind == "different-speakers");
    }

    [Fact]
    public void Quotes_that_share_only_two_words_are_not_credited_to_different_people()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“I was walking home, it was horrible, and everybody was saying it is a terrorist attack,” said Anna Berg.\n"),
            ("b.txt", "President Ivan Volkov said it was a “horrible terrorist attack” on Friday.\n"));
        Assert.Single(set.Quotes.Select(q => q.Cluster).Distinct());
        Assert.DoesNotContain(set.Misattributions, m => m.Kind == "different-speakers");
    }

    [Theory]
    [InlineData("Sarah Silverman", "Twitter Comedienne Sarah", false)]   // one person written two ways
    [InlineData("Bill Clinton", "Hillary Clinton", true)]               // one surname, two people
    public void Names_that_share_a_word_are_one_speaker_unless_the_given_names_differ(string first, string second, bool misattributed)
    {
        var set = QuoteFixture.Extract(
            ("a.txt", $"“We must tell the truth about the war and the talks,” said {first}.\n"),
            ("b.txt", $"“We must tell the truth about the war and the talks,” said {second}.\n"));
        Assert.Equal(misattributed, set.Misattributions.Any(m => m.Kind == "different-speakers"));
    }

    [Fact]
    public void The_same_words_quoted_in_two_events_are_not_a_misattribution()
    {
        var folder = Directory.CreateTempSubdirectory("research-events-");
        try
        {
            foreach (var (ev, speaker) in new[] { ("talks", "President Ivan Volkov"), ("storm", "Mayor Petr Orlov") })
            {
                Directory.CreateDirectory(Path.Combine(folder.FullName, ev));
                File.WriteAllText(Path.Combine(folder.FullName, ev, ev + ".txt"), QuoteFixture.Headline + $"“We must tell the truth about the war and the talks,” said {speaker}.\n");
            }
            var set = Quotes.Extract(Corpus.Load(folder.FullName));
            Assert.Equal(2, set.Quotes.Count);
            Assert.DoesNotContain(set.Misattributions, m => m.Kind == "different-speakers");
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void The_report_counts_quotes_by_speaker_source_and_cluster()
    {
        var set = ThreeSources();
        var bySpeaker = QuoteReport.BySpeaker(set);
        Assert.Equal("Anna Berg", bySpeaker[0].Speaker);
        Assert.Equal(3, bySpeaker[0].Quotes);
        Assert.Equal(3, QuoteReport.BySpeakerAndSource(set).Count(r => r.Speaker == "Anna Berg"));
        var matrix = QuoteReport.ClusterSourceMatrix(set);
        Assert.Equal(3, matrix.Count(c => c.Text is not null));
        Assert.NotEmpty(QuoteReport.VariantDiffs(set));
        Assert.Equal(3, QuoteReport.ByCluster(set, minSources: 2).Single().Sources);
    }

    [Fact]
    public void A_catchphrase_inside_two_different_statements_does_not_chain_them_together()
    {
        var set = QuoteFixture.Extract(
            ("a.txt", "“We will never accept red lines drawn by others in our own region,” said Ivan Volkov.\n"),
            ("b.txt", "“Sanctions are red lines for our industry and our farmers this winter,” said Anna Berg.\n"),
            ("c.txt", "Volkov spoke of “red lines” again.\n"));
        Assert.NotEqual(set.With("never accept").Cluster, set.With("Sanctions are").Cluster);
    }

    [Fact]
    public void Word_diff_marks_removed_and_added_words()
    {
        var pieces = WordDiff.Between("we do know that he is ready", "we know he is ready");
        Assert.Equal("we [-do-] know [-that-] he is ready", WordDiff.ToText(pieces));
    }
}
