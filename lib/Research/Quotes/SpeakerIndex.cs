namespace Research;

/// <summary>
/// Makes speakers canonical across the corpus: spellings that fold to the same surname and first name (or a
/// surname alone, joined to that surname's most quoted full name) are one speaker.
/// </summary>
internal sealed class SpeakerIndex
{
    sealed class Entity
    {
        public readonly Dictionary<string, int> Spellings = new(StringComparer.Ordinal);
        public readonly HashSet<string> Variants = new(StringComparer.Ordinal);
        public string? FirstKey;
        string? name;
        public string Name => name ??= Spellings.OrderByDescending(kv => kv.Key.Contains(' ')).ThenByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    readonly Dictionary<string, List<Entity>> bySurname = new(StringComparer.Ordinal);
    readonly Dictionary<ArticlePeople.Person, Entity> resolved = [];

    /// <summary>Builds the index from every article's quoted people (named ones; unnamed roles stay as they are).</summary>
    public SpeakerIndex(IEnumerable<ArticlePeople.Person> people)
    {
        var all = people.Where(p => p.Named).Distinct().ToList();
        // Full names first, so a bare surname joins an existing person.
        foreach (var p in all.OrderByDescending(p => p.Name!.Contains(' ')))
        {
            var surname = SpeakerNames.Fold(p.Surname);
            var parts = p.Name!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var firstKey = parts.Length > 1 ? SpeakerNames.Fold(parts[0]) : null;
            if (!bySurname.TryGetValue(surname, out var list)) bySurname[surname] = list = [];
            var entity = firstKey is null
                ? list.OrderByDescending(e => e.Spellings.Values.Sum()).FirstOrDefault()
                : list.FirstOrDefault(e => e.FirstKey == firstKey || e.FirstKey is null);
            if (entity is null) { entity = new Entity { FirstKey = firstKey }; list.Add(entity); }
            entity.FirstKey ??= firstKey;
            entity.Spellings[p.Name!] = entity.Spellings.GetValueOrDefault(p.Name!) + 1;
            foreach (var w in p.Written) entity.Variants.Add(w);
            resolved[p] = entity;
        }
    }

    /// <summary>The canonical name of an article's person, or the role for an unnamed one.</summary>
    public string? CanonicalOf(ArticlePeople.Person? p) =>
        p is null ? null : p.Named ? resolved.TryGetValue(p, out var e) ? e.Name : p.Name : p.RoleText;

    Dictionary<string, List<string>>? variants;

    /// <summary>Every spelling seen for the canonical name.</summary>
    public IReadOnlyList<string> VariantsOf(string canonical)
    {
        variants ??= resolved.Values.Distinct().GroupBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Variants).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return variants.TryGetValue(canonical, out var list) ? list : [];
    }

    /// <summary>True when the canonical name is a named person's (not an unnamed role).</summary>
    public bool IsNamed(string canonical) => VariantsOf(canonical).Count > 0;
}
