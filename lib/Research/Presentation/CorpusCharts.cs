using System.Globalization;

namespace Research;

/// <summary>The corpus overview as charts and tables: what the notebook 00-corpus shows. Each title says what the chart finds.</summary>
public static class CorpusCharts
{
    /// <summary>
    /// Words per article by outlet: one bar an article when outlets have one article each, else the spread per outlet
    /// (the <paramref name="maxOutlets"/> outlets with most articles, and the caption says how many are left out) as box
    /// plots with every article a point.
    /// </summary>
    public static PlotlyChart LengthsByOutlet(Corpus corpus, int maxOutlets = 20)
    {
        var articles = corpus.Articles.Select(a => (a.Outlet, a.Id, Words: (double)WordCount(corpus, a))).ToList();
        const string what = "Words in the analysed text of each article, boilerplate removed.";
        if (articles.Count == 0) return Charts.Bar("Article length by outlet", [], "outlet", "words", "the corpus has no articles.");
        if (articles.GroupBy(a => a.Outlet).All(g => g.Count() == 1))
        {
            var longest = articles.MaxBy(a => a.Words);
            var shortest = articles.MinBy(a => a.Words);
            var title = articles.Count == 1
                ? $"One article: {longest.Outlet}, {N(longest.Words)} words"
                : $"{longest.Outlet}'s article is the longest: {N(longest.Words)} words, against {N(shortest.Words)} for {shortest.Outlet}";
            return Charts.Bar(title, articles.Select(a => (a.Outlet, a.Words)), "outlet", "words", what, colourByCategory: true);
        }
        var outlets = articles.GroupBy(a => a.Outlet).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var shown = outlets.Take(maxOutlets).ToList();
        var top = shown.Select(g => (g.Key, Median: Median(g.Select(a => a.Words)))).OrderByDescending(x => x.Median).ThenBy(x => x.Key, StringComparer.Ordinal).First();
        var caption = what + " Every article a point." + (shown.Count < outlets.Count
            ? $" {shown.Count} of {outlets.Count} outlets shown (those with most articles); LengthsByOutlet(corpus, maxOutlets: {outlets.Count}) shows all."
            : "");
        var keep = shown.Select(g => g.Key).ToHashSet();
        return Charts.Box($"{top.Key} writes the longest articles: median {N(top.Median)} words", articles.Where(a => keep.Contains(a.Outlet)).Select(a => (a.Outlet, a.Id, a.Words)),
            "outlet", "words", caption);
    }

    /// <summary>Articles per publication date (per month when they span more than two months), by outlet; undated ones under "undated".</summary>
    public static PlotlyChart ArticlesByDate(Corpus corpus)
    {
        var dates = corpus.Articles.Where(a => a.Date is not null).Select(a => a.Date!.Value).ToList();
        var monthly = dates.Count > 0 && dates.Max().DayNumber - dates.Min().DayNumber > 62;
        var bars = corpus.Articles
            .OrderBy(a => a.Date ?? DateOnly.MaxValue)
            .Select(a => (Category: a.Date?.ToString(monthly ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated", a.Outlet, 1.0))
            .ToList();
        var busiest = bars.Where(b => b.Category != "undated").GroupBy(b => b.Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        var title = busiest is null
            ? corpus.Articles.Count == 0 ? "Articles by publication date" : "No article has a publication date"
            : $"{busiest.Count()} of {corpus.Articles.Count} articles appeared {(monthly ? "in" : "on")} {busiest.Key}";
        return Charts.StackedBar(title, bars, monthly ? "month" : "date", "articles",
            $"Articles by {(monthly ? "month" : "date")} of publication, one colour an outlet; articles without a date under \"undated\".", "outlet");
    }

    /// <summary>Articles per event, largest first, every event shown (one row each): how many sources each event has to compare.</summary>
    public static PlotlyChart ArticlesPerEvent(Corpus corpus)
    {
        var events = corpus.Articles.GroupBy(a => a.Event).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: (double)g.Count())).ToList();
        var title = events.Count switch
        {
            0 => "Articles per event",
            1 => $"One event, {N(events[0].Count)} articles",
            _ => $"{events.Count} events, {corpus.Articles.Count} articles: from {N(events[0].Count)} on the largest event to {N(events[^1].Count)} on the smallest",
        };
        return Charts.Bar(title, events, "event", "articles", events.Count == 1 ? "Articles per event; the one event shown." : $"Articles per event, largest first; all {events.Count} events shown.");
    }

    /// <summary>What the loader removed, by rule: the audit trail of boilerplate removal.</summary>
    public static PlotlyChart RemovalsByRule(Corpus corpus)
    {
        var rules = corpus.Removed.GroupBy(r => r.Rule).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Count: (double)g.Count())).ToList();
        var title = rules.Count == 0
            ? "Text removed before analysis, by rule"
            : $"{corpus.Removed.Count} pieces of text removed before analysis, {N(rules[0].Count)} of them by the rule \"{rules[0].Key}\"";
        return Charts.Bar(title, rules, "rule", "pieces of text", rules.Count == 0 ? "the loader removed no text." : "Pieces of text the loader removed, by rule; the Removed table lists each.");
    }

    static int WordCount(Corpus corpus, Article article) =>
        corpus.SentencesOf(article.Id).Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    static string N(double v) => v.ToString("#,0.#", CultureInfo.InvariantCulture);
}
