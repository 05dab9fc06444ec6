namespace Research.Tests;

using Research;

/// <summary>The quote charts carry their numbers as tables and draw what the report counts.</summary>
public sealed class QuoteChartsTests
{
    static QuoteSet TwoSources() => QuoteFixture.Extract(
        ("a.txt", "“We don't know whether the president has made the decision to invade,” said Anna Berg.\n\n“Talks go on,” said Ivan Petrov.\n"),
        ("b.txt", "“We don't know if the president made the decision to invade,” said Berg.\n"));

    [Fact]
    public void Speakers_by_source_stacks_one_bar_a_speaker_with_the_counts_as_a_table()
    {
        var chart = QuoteCharts.SpeakersBySource(TwoSources());
        Assert.Equal("stack", System.Text.Json.Nodes.JsonNode.Parse(chart.ToJson())!["layout"]!["barmode"]!.GetValue<string>());
        Assert.Contains(chart.DataTable.Rows, r => (string)r[0]! == "Anna Berg" && (double)r[2]! == 1);
        Assert.Equal(2, chart.DataTable.Rows.Count(r => (string)r[0]! == "Anna Berg"));
    }

    [Fact]
    public void The_cluster_source_matrix_marks_the_most_common_wording_and_the_outlets_own()
    {
        var chart = QuoteCharts.ClusterSourceMatrix(TwoSources());
        Assert.Equal("heatmap", System.Text.Json.Nodes.JsonNode.Parse(chart.ToJson())!["data"]![0]!["type"]!.GetValue<string>());
        var states = chart.DataTable.Rows.Select(r => (string)r[2]!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["its own wording", "most common wording"], states);
    }
}
