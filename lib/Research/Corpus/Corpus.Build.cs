namespace Research;

public sealed partial class Corpus
{
    /// <summary>Lays out one article and settles its metadata: the file's own first, then the text, then sources.csv.</summary>
    static LoadedArticle Build(RawArticle raw, string id, string folderEvent, SourceManifest.Entry? manifest, string? outletFromName, List<LoadProblem> problems)
    {
        var text = new ArticleText(raw.Text);
        var layout = ArticleLayout.Lay(id, text, raw.Title, BoilerplateRules.Default);
        foreach (var (line, message) in layout.Problems) problems.Add(new LoadProblem(raw.File, line, message));

        var (date, dateSource) = SettleDate(raw, layout, manifest);
        var (outlet, inferred, evidence) = SettleOutlet(raw, layout, manifest, outletFromName);

        var paragraphs = layout.Paragraphs
            .Select((p, i) => new Paragraph(id, i, p.Role, p.Start, p.End, text))
            .ToList();
        var sentences = new List<Sentence>();
        foreach (var p in paragraphs)
            foreach (var (start, end) in SentenceSplitter.Split(text.Original, text.Normalized, p.Start, p.End))
                sentences.Add(new Sentence(id, sentences.Count, p.Index, start, end, text));

        var title = layout.Headline is string h ? TrimHeadline(h)
            : raw.Title ?? (sentences.Count > 0 ? Shorten(sentences[0].Text, 120) : id);
        var article = new Article(id, raw.File, outlet, inferred, evidence, date, dateSource, title,
            raw.Url ?? manifest?.Url, raw.Event ?? folderEvent, raw.Text.Length);
        return new LoadedArticle(article, text, paragraphs, sentences, layout.Removed);
    }

    static (DateOnly?, string) SettleDate(RawArticle raw, ArticleLayout.Result layout, SourceManifest.Entry? manifest)
    {
        if (layout.Date is DateOnly d) return (d, layout.DateSource!);
        if (raw.Date is DateOnly r) return (r, raw.DateSource!);
        if (layout.DatelineDate is var (monthDay, month, day))
        {
            if (manifest?.Year is int year && day <= DateTime.DaysInMonth(year, month))
                return (new DateOnly(year, month, day), $"dateline ({monthDay}), year from {SourceManifest.FileName}");
            return (null, $"dateline gives {monthDay} but no year: add the year to {SourceManifest.FileName}");
        }
        if (manifest?.Date is DateOnly m) return (m, SourceManifest.FileName);
        return (null, "none: no date in the text or its metadata");
    }

    static (string, bool, string) SettleOutlet(RawArticle raw, ArticleLayout.Result layout, SourceManifest.Entry? manifest, string? outletFromName)
    {
        if (manifest?.Outlet is string o)
            return manifest.OutletInferredFrom is string from ? (o, true, from) : (o, false, SourceManifest.FileName);
        if (raw.Outlet is string r) return (r, false, raw.OutletEvidence!);
        if (outletFromName is string f) return (f, false, OutletFileName.Evidence);
        if (layout.Agency is string a) return (a, true, $"dateline ({a})");
        if (layout.CreditedAgency is string c) return ($"{c} (credited)", true, $"credit line naming {c}");
        return ("unknown", true, "no outlet in the metadata or the text");
    }

    static string TrimHeadline(string headline) =>
        System.Text.RegularExpressions.Regex.Replace(headline, @"\s+-\s*\.?\s*$", "").Trim();

    static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";
}
