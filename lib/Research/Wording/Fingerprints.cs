namespace Research;

/// <summary>
/// Words and word runs as 64-bit fingerprints, and sets of them as sorted arrays: comparing two sentences or two
/// articles then needs no strings, and a corpus of millions of sentences keeps no per-word objects alive. A
/// fingerprint is FNV-1a over the word's characters; runs combine their words' fingerprints, so "a b" and "ab" differ.
/// Two different words share a fingerprint with odds of about one in 10^19 per pair, far below any effect on a score.
/// </summary>
internal static class Fingerprints
{
    public static ulong Of(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    /// <summary>The fingerprint of a run of words, from the words' fingerprints.</summary>
    public static ulong Combine(ReadOnlySpan<ulong> words)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)words.Length;
        foreach (var w in words) hash = Mix(hash ^ w);
        return hash;
    }

    /// <summary>Sorted, distinct: the form <see cref="Intersection"/> expects.</summary>
    public static ulong[] Set(IEnumerable<ulong> values)
    {
        var array = values.ToArray();
        Array.Sort(array);
        var n = 0;
        for (var i = 0; i < array.Length; i++)
            if (i == 0 || array[i] != array[i - 1]) array[n++] = array[i];
        return n == array.Length ? array : array[..n];
    }

    /// <summary>How many values two sorted distinct arrays share.</summary>
    public static int Intersection(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { shared++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return shared;
    }

    /// <summary>The finaliser of splitmix64: spreads every input bit over the whole result.</summary>
    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
