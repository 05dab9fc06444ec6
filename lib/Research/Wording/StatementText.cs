namespace Research;

/// <summary>
/// A sentence prepared once for comparison: its terms, its words in order (as written and stemmed), and the sets of its words, word pairs,
/// word triples and character triples (as <see cref="Fingerprints"/>), its numbers, its names and whether it is negated.
/// </summary>
public sealed class StatementText
{
    static readonly HashSet<string> NegationWords = new(RuleFiles.Lines("negation-words.txt").Select(l => l.Trim()), StringComparer.Ordinal);

    /// <summary>A sentence (normalised typography); without <paramref name="stems"/> its text is not kept and <see cref="Stems"/> and
    /// <see cref="Content"/> cannot be asked for (the aligner, when its weights give the features that use them 0).</summary>
    public StatementText(string normalized, bool stems = true)
    {
        Terms = StatementTerms.Of(normalized);
        var tokens = WordTokenizer.Tokenize(normalized, 0, normalized.Length).Where(t => t.Kind != "punct").Select(t => normalized[t.Start..t.End]).ToList();
        Length = tokens.Count;
        var lower = tokens.Select(t => t.ToLowerInvariant()).ToArray();
        Sequence = lower.Select(w => Fingerprints.Of(w)).ToArray();
        this.normalized = stems ? normalized : null;
        Words = Fingerprints.Set(Sequence);
        Bigrams = Fingerprints.Set(Enumerable.Range(0, Math.Max(0, Sequence.Length - 1)).Select(i => Fingerprints.Combine(Sequence.AsSpan(i, 2))));
        Trigrams = Fingerprints.Set(Enumerable.Range(0, Math.Max(0, Sequence.Length - 2)).Select(i => Fingerprints.Combine(Sequence.AsSpan(i, 3))));
        var joined = string.Join(' ', lower);
        // Three UTF-16 characters fit in 48 bits exactly: no fingerprint needed.
        CharacterTrigrams = Fingerprints.Set(Enumerable.Range(0, Math.Max(0, joined.Length - 2)).Select(i => (ulong)joined[i] << 32 | (ulong)joined[i + 1] << 16 | joined[i + 2]));
        Numbers = tokens.Where(t => char.IsDigit(t[0])).Select(t => t.Replace(",", "")).ToHashSet(StringComparer.Ordinal);
        Negated = lower.Any(w => NegationWords.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal));
        Names = tokens.Skip(1).Where(NameSpelling.IsName).Select(NameSpelling.Skeleton).ToHashSet(StringComparer.Ordinal);
    }

    public HashSet<string> Terms { get; }
    /// <summary>The lower-cased words in order, as fingerprints.</summary>
    public ulong[] Sequence { get; }
    // The text, kept (smaller than its words) for the stems, which are made only when asked for.
    readonly string? normalized;
    ulong[]? stems;
    bool[]? content;

    /// <summary>The words in order, lower-cased and stemmed (<see cref="StatementTerms.Stem"/>), as fingerprints; made when first asked for
    /// (only the unmatched-run and edit-distance features use them, and only when weighed). Two threads asking at once make equal arrays: either may be kept.</summary>
    public ulong[] Stems => stems ??= Lower().Select(w => Fingerprints.Of(StatementTerms.Stem(w))).ToArray();
    /// <summary>For each word in order, whether it is a content word (not in `function-words.txt`); made when first asked for.</summary>
    public bool[] Content => content ??= Lower().Select(w => !StatementTerms.IsFunctionWord(w)).ToArray();

    /// <summary>The lower-cased words in order, as the constructor reads them.</summary>
    IEnumerable<string> Lower()
    {
        var text = normalized ?? throw new InvalidOperationException("This StatementText was made without stems (stems: false).");
        return WordTokenizer.Tokenize(text, 0, text.Length).Where(t => t.Kind != "punct").Select(t => text[t.Start..t.End].ToLowerInvariant());
    }
    public ulong[] Words { get; }
    public ulong[] Bigrams { get; }
    public ulong[] Trigrams { get; }
    public ulong[] CharacterTrigrams { get; }
    public HashSet<string> Numbers { get; }
    public HashSet<string> Names { get; }
    public int Length { get; }
    /// <summary>Whether the sentence holds a negation (not, never, n't: `negation-words.txt`).</summary>
    public bool Negated { get; }
}
