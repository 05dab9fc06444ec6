namespace Research.Tests.CorpusTests;

using Research;

public sealed class BadInputTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("research-bad-input-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    string WriteText(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_missing_path_is_named_in_one_clear_message()
    {
        var e = Assert.Throws<CorpusLoadException>(() => Research.Corpus.Load(Path.Combine(folder, "nowhere")));
        Assert.Contains("nowhere: no such file or folder", e.Message);
    }

    [Fact]
    public void A_folder_with_no_articles_says_so()
    {
        WriteText("notes.md", "not an article");
        var e = Assert.Throws<CorpusLoadException>(() => Research.Corpus.Load(folder));
        Assert.Contains("no .txt or .json files found", e.Message);
    }

    [Fact]
    public void Bad_files_are_reported_by_name_and_the_rest_still_loads()
    {
        WriteText("good.txt", "The minister said the talks would go on.\n");
        WriteText("empty.txt", "  \n\n");
        Write("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10]);
        Write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x2E]);
        WriteText("broken.json", "{\n  \"title\": \"x\",\n  \"text\": \"unterminated\n");
        WriteText("other.json", "{\"title\": \"no text field\"}");

        var corpus = Research.Corpus.Load(folder);

        Assert.Single(corpus.Articles);
        string Problem(string file) => Assert.Single(corpus.Problems, p => p.File == file).ToString();
        Assert.Contains("is empty", Problem("empty.txt"));
        Assert.Contains("is a binary file", Problem("binary.txt"));
        Assert.Contains("is not UTF-8 text", Problem("latin1.txt"));
        Assert.Contains("re-save it as UTF-8", Problem("latin1.txt"));
        Assert.Matches(@"broken\.json:\d+: is not valid JSON", Problem("broken.json"));
        Assert.Contains("needs a non-empty `text` field", Problem("other.json"));
    }

    [Fact]
    public void A_manifest_row_with_a_bad_date_names_its_line()
    {
        WriteText("a.txt", "The minister said the talks would go on.\n");
        WriteText("sources.csv", "file,outlet,outlet_inferred_from,date,url,note\na.txt,Outlet,,last week,,\n");
        var corpus = Research.Corpus.Load(folder);
        Assert.Equal("sources.csv:2: date 'last week' is neither YYYY-MM-DD nor a year; the row's date is ignored.", Assert.Single(corpus.Problems).ToString());
        Assert.Equal("Outlet", corpus.Articles[0].Outlet);
    }

    [Fact]
    public void Text_in_another_script_loads()
    {
        var corpus = Research.Corpus.FromString("Министр заявил, что переговоры продолжатся. Это важно.\n");
        Assert.Equal(2, corpus.Sentences.Count);
    }
}
