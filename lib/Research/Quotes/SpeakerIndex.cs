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
        /// <summary>'f' or 'm' when its people's titles or given names tell it, '\0' unknown, 'x' when they disagree.</summary>
        public char Gender;
        string? name;
        // A full name first, then the spelling most articles use; between equals the one with accented letters (outlets drop them, "Francois" for "François").
        public string Name => name ??= Spellings.OrderByDescending(kv => kv.Key.Contains(' ')).ThenByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key.Any(c => c > '\x7f' && char.IsLetter(c)))
            .ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    readonly Dictionary<string, List<Entity>> bySurname = new(StringComparer.Ordinal);
    readonly Dictionary<ArticlePeople.Person, Entity> resolved = [];

    /// <summary>Builds the index from every article's quoted people (named ones; unnamed roles stay as they are).</summary>
    public SpeakerIndex(IEnumerable<ArticlePeople.Person> people)
    {
        var all = people.Where(p => p.Named).Distinct().ToList();
        // A person quoted by surname only goes by the full name their article writes elsewhere ("Haynes said", "director Toby Haynes").
        static string NameOf(ArticlePeople.Person p) => p.FullName ?? p.Name!;
        // Full names first, so a bare surname joins an existing person.
        // Bodies with longer names first, so "the Foreign Ministry" finds whether one foreign ministry or several are quoted.
        foreach (var p in all.OrderByDescending(p => NameOf(p).Contains(' ')).ThenByDescending(p => SpeakerKinds.IsBodyWord(p.Surname) ? p.Name!.Split(' ').Length : 0))
        {
            var surname = SpeakerNames.Fold(p.Surname);
            var parts = NameOf(p).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var firstKey = parts.Length > 1 ? SpeakerNames.Fold(parts[0]) : null;
            if (!bySurname.TryGetValue(surname, out var list)) bySurname[surname] = list = [];
            var entity = SpeakerKinds.IsBodyWord(p.Surname) ? Body(list, p.Name!)
                : firstKey is null
                // "Mrs. Varga" is not the Bill Varga of another article: a bare surname joins a person of no other gender.
                ? list.Where(e => !SpeakerNames.OtherGender(e.Gender, p.TitledGender)).OrderByDescending(e => e.Spellings.Values.Sum()).FirstOrDefault()
                  ?? (list.Count == 0 ? ByFirstWordOrInitials(surname) : null)
                : list.FirstOrDefault(e => e.FirstKey == firstKey || e.FirstKey is null || e.Spellings.Keys.Any(s => OneInsideOther(s, NameOf(p))));
            if (entity is null) { entity = new Entity { FirstKey = firstKey }; list.Add(entity); }
            entity.FirstKey ??= firstKey;
            if (p.Gender is 'f' or 'm') entity.Gender = entity.Gender == '\0' || entity.Gender == p.Gender ? p.Gender : 'x';
            entity.Spellings[NameOf(p)] = entity.Spellings.GetValueOrDefault(NameOf(p)) + 1;
            if (parts.Length > 1)
            {
                // "Hua" for Hua Chunying (family name first), "RAIB" for Rail Accident Investigation Branch.
                // Not "POLITICO Florida" for Politico, nor "Joseph Crowley" for someone called Joseph: a given name alone is no family name.
                if (!parts[0].All(c => !char.IsLetter(c) || char.IsUpper(c)) && QuoteLexicon.Default.GenderOf(parts[0]) == '\0') Remember(byFirstWord, SpeakerNames.Fold(parts[0]), entity);
                Remember(byInitials, string.Concat(parts.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0]))), entity);
            }
            foreach (var w in p.Written) entity.Variants.Add(w);
            resolved[p] = entity;
        }
    }

    /// <summary>
    /// The body a name of an organisation joins: one spelled the same, else the only one whose name holds it or is held in it
    /// ("the Foreign Ministry" and "the Russian Foreign Ministry"). Never one that merely ends in the same word: "Police",
    /// "the Las Vegas Metropolitan Police Department" and "the US State Department" are three speakers.
    /// </summary>
    static Entity? Body(List<Entity> list, string name)
    {
        var key = SpeakerNames.Key(name);
        return list.FirstOrDefault(e => e.Spellings.Keys.Any(s => SpeakerNames.Key(s) == key))
            ?? (list.Where(e => e.Spellings.Keys.Any(s => OneInsideOther(s, name))).Take(2).ToList() is [var only] ? only : null);
    }

    readonly Dictionary<string, Entity?> byFirstWord = new(StringComparer.Ordinal);
    readonly Dictionary<string, Entity?> byInitials = new(StringComparer.Ordinal);

    /// <summary>Keeps a key only while one entity has it (null marks a key two entities share).</summary>
    static void Remember(Dictionary<string, Entity?> map, string key, Entity entity)
    {
        if (key.Length < 2) return;
        if (!map.TryGetValue(key, out var known)) map[key] = entity;
        else if (known != entity) map[key] = null;
    }

    /// <summary>"Lai Mohammed" and "Alhaji Lai Mohammed": every word of one is in the other.</summary>
    static bool OneInsideOther(string a, string b)
    {
        var x = a.Split(' ').Select(SpeakerNames.Fold).ToHashSet();
        var y = b.Split(' ').Select(SpeakerNames.Fold).ToHashSet();
        return x.Count > 1 && y.Count > 1 && (x.IsSubsetOf(y) || y.IsSubsetOf(x));
    }

    Entity? ByFirstWordOrInitials(string key) =>
        byFirstWord.TryGetValue(key, out var e) && e is not null ? e
        : key.Length >= 3 && byInitials.TryGetValue(key, out var i) && i is not null ? i : null;

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
