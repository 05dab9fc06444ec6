namespace Research;

/// <summary>
/// The people one article names (with their titles and roles) and where it names them, so that "he" finds the
/// person last named and "the US foreign minister" the person the article gave that role.
/// </summary>
internal sealed class ArticlePeople
{
    /// <summary>A person (or an unnamed role such as "a State Department official") as one article refers to them.</summary>
    internal sealed class Person
    {
        public string? Name;
        public string Surname = "";
        public string? RoleText;
        public string? Nationality;
        public readonly HashSet<string> Concepts = [];
        public readonly List<string> Written = [];
        /// <summary>Tokens where the article names this person, in order.</summary>
        public readonly List<int> Seen = [];
        /// <summary>'f' or 'm' when a title, role word or given name tells it; '\0' unknown; 'x' when the article's mentions disagree.</summary>
        public char Gender;
        /// <summary>The gender a title or role word tells ("Mrs. Varga"), never a given name.</summary>
        public char TitledGender;
        /// <summary>For a person the article names by surname only where quoted ("Haynes said"), the one full name it writes elsewhere ("director Toby Haynes"): their name across the corpus.</summary>
        public string? FullName;
        public bool Named => Name is not null;
    }

    readonly List<Person> people = [];
    readonly List<Person> unnamed = [];
    /// <summary>People named without a cue near, for pronouns only (<see cref="Introduce"/>).</summary>
    readonly HashSet<Person> introduced = [];
    readonly Dictionary<string, Person> bySurname = new(StringComparer.Ordinal);
    /// <summary>People who share a surname with someone the article named first, by full name (or title and surname).</summary>
    readonly Dictionary<string, Person> otherBearers = new(StringComparer.Ordinal);
    readonly List<(int Token, Person Person)> occurrences = [];
    readonly Dictionary<string, Person> spelledDictionary = new(StringComparer.Ordinal);
    readonly Dictionary<string, Person>.AlternateLookup<ReadOnlySpan<char>> spelled;
    readonly ArticleTokens t;
    readonly QuoteLexicon lex;

    public IReadOnlyList<Person> People => people;

    /// <param name="stopAt">A text offset after which names no longer matter (pronouns and roles look back, never ahead).</param>
    public ArticlePeople(ArticleTokens tokens, QuoteAttributionFinder finder, QuoteLexicon lexicon, bool[] insideQuote, int stopAt)
    {
        t = tokens;
        lex = lexicon;
        spelled = spelledDictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = finder.Phrases;
        foreach (var (first, end, _, _) in t.Paragraphs)
        {
            if (t.Tokens.Count > first && t.Tokens[first].Start > stopAt) break;
            for (var i = first; i < end; i++)
            {
                if (insideQuote[i] || !t.IsWord(i)) continue;
                var w = t.Span(i);
                if (char.IsUpper(w[0]))
                {
                    if (spelled.TryGetValue(w, out var known)) AddOccurrence(i, known);
                    else if (w is "A" or "An" && (t.IsCapitalized(i + 1) || t.IsWord(i + 1) && lex.IsTitleLike(t.Span(i + 1))) && reader.Forward(i, end) is { Kind: MentionKind.Role } introducedFirst) Register(introducedFirst);
                    else if (lex.IsTitleLike(w) && (t.IsCapitalized(i + 1) || t.IsWord(i + 1) && lex.IsTitleLike(t.Span(i + 1))) && reader.Forward(i, end) is { Kind: MentionKind.Name } titled)
                    {
                        Register(titled);
                        i = titled.Last;
                    }
                    else if (t.Tokens[i].SentenceStart && SubjectByGivenName(finder, i, end) is { } subject)
                    {
                        Introduce(subject);
                        i = subject.Last;
                    }
                    continue;
                }
                // "a 21-year-old student named Michael Lewis was returning ...": someone introduced by name, though no cue is near
                // (a given name first: not "a startup named Bright Path Robotics").
                if (w is "named" && t.IsCapitalized(i + 1) && lex.GenderOf(t.Span(i + 1)) != '\0'
                    && reader.Forward(i + 1, end) is { Kind: MentionKind.Name } named && named.First == i + 1 && named.Name!.Contains(' '))
                {
                    Introduce(named);
                    i = named.Last;
                    continue;
                }
                if (w is "a" or "an" && (t.IsCapitalized(i + 1) || t.IsWord(i + 1) && lex.IsTitleLike(t.Span(i + 1))) && reader.Forward(i, end) is { Kind: MentionKind.Role } introduced)
                {
                    Register(introduced); // "a senior State Department official": an unnamed role the article may come back to
                    continue;
                }
                if (finder.CueAt(i, end) is { Kind: "verb" } cue)
                {
                    if (reader.Backward(i, first) is { Kind: MentionKind.Name or MentionKind.Role } before) Register(before);
                    if (reader.Forward(i + cue.Words.Length, end) is { Kind: MentionKind.Name or MentionKind.Role } after) Register(after);
                }
            }
        }
        occurrences.Sort((a, b) => a.Token.CompareTo(b.Token));
        foreach (var p in people) p.Seen.Sort();
        built = true;
    }

    /// <summary>
    /// "Kathy Dahlkemper signed a declaration ...", "Dominique Molina and her husband saw ...": a full name opening a sentence, its first
    /// word a given name that tells the gender (Rules/gender-words.tsv), followed by a verb or an apposition: someone a later
    /// "she" or "he" may stand for, though no cue is near. A place or a storm ("Las Vegas", "Hurricane Irma") has no given name
    /// first; a name in capitals ("MICHAEL Sheen" opening a story) is left to its spelling elsewhere.
    /// </summary>
    SpeakerMention? SubjectByGivenName(QuoteAttributionFinder finder, int i, int end)
    {
        if (lex.GenderOf(t.Span(i)) == '\0' || !SpeakerNames.HasLower(t.Span(i)) || finder.Phrases.Forward(i, end) is not { Kind: MentionKind.Name } m || m.First != i || !m.Name!.Contains(' ')) return null;
        var next = m.Last + 1;
        // "Mary Horvath said ...": the cue registers her.
        if (finder.CueAt(next, end) is { Kind: "verb" }) return null;
        return next < end && (t.IsPunct(next, ',') || t.IsWord(next) && char.IsLower(t.Normalized[t.Tokens[next].Start])) ? m : null;
    }

    /// <summary>
    /// Someone named without a cue near ("Mary Horvath signed ..."), for a later pronoun only: not looked up by surname, so that
    /// "Bill Clinton and Hillary Clinton spoke" does not make a later "Clinton said" Bill's (the surname meets the article's full
    /// names in <see cref="NameInFull"/> instead).
    /// </summary>
    void Introduce(SpeakerMention m)
    {
        var person = new Person { Name = m.Name, Surname = m.Surname };
        person.Written.Add(m.Text);
        NoteGender(person, m.Text);
        people.Add(person);
        introduced.Add(person);
        AddOccurrence(m.Last, person);
    }

    /// <summary>The article's person for a named or role mention, added if new.</summary>
    /// <param name="fresh">A role introduced with "a"/"another" ("a Democratic strategist"): someone new, never a person already met.</param>
    public Person? Register(SpeakerMention m, bool fresh = false)
    {
        if (m.Kind == MentionKind.Pronoun) return null;
        if (m.Kind == MentionKind.Role)
        {
            var existing = fresh ? null : unnamed.FirstOrDefault(p => p.Concepts.Overlaps(m.Concepts) && Compatible(p.Nationality, m.Nationality));
            if (existing is not null) return existing;
            var role = new Person { RoleText = StripDeterminer(m.Text), Nationality = m.Nationality };
            role.Concepts.UnionWith(m.Concepts);
            role.Written.Add(m.Text);
            NoteGender(role, m.Text);
            people.Add(role);
            if (unnamed.Count < 64 && role.Concepts.Count > 0) unnamed.Add(role); // roles without concepts ("the editorial") are never looked up
            return role;
        }
        var key = SpeakerNames.Fold(m.Surname);
        // "Hillary" after "Hillary Clinton": a given name alone is the person of this article who bears it (one only).
        if (!bySurname.ContainsKey(key) && !m.Name!.Contains(' ') && lex.GenderOf(m.Name) != '\0'
            && people.Where(p => p.Named && !introduced.Contains(p) && p.Name!.StartsWith(m.Name + " ", StringComparison.Ordinal)).Take(2).ToList() is [var bearer])
            key = SpeakerNames.Fold(bearer.Surname);
        if (!bySurname.TryGetValue(key, out var person))
        {
            person = new Person { Name = m.Name, Surname = m.Surname };
            people.Add(person);
            bySurname[key] = person;
        }
        else if (IsSomeoneElse(person, m))
        {
            // "Jos Verstappen" after "Max Verstappen", "Mrs. Varga" after "Bill Varga": another person of the same surname,
            // found again by the same full name (or title); the bare surname keeps meaning the first.
            var other = OtherKey(m);
            if (!otherBearers.TryGetValue(other, out person))
            {
                person = new Person { Name = m.Name, Surname = m.Surname };
                people.Add(person);
                otherBearers[other] = person;
            }
        }
        else if (m.Name!.Contains(' ') && !person.Name!.Contains(' ')) person.Name = m.Name;
        else if (SpeakerKinds.IsBodyWord(m.Surname) && m.Name.EndsWith(" " + person.Name, StringComparison.Ordinal)) person.Name = m.Name; // "the Foreign Ministry", then "the Russian Foreign Ministry"
        spelledDictionary.TryAdd(m.Surname, person); // later mentions of the surname as this article spells it
        person.Concepts.UnionWith(m.Concepts);
        person.Nationality ??= m.Nationality;
        if (m.Role is not null) person.RoleText ??= m.Role;
        if (!person.Written.Contains(m.Text)) { person.Written.Add(m.Text); NoteGender(person, m.Text); }
        AddOccurrence(m.Last, person);
        return person;
    }

    /// <summary>For each surname the article writes after a given name ("Toby Haynes"), the full names it writes so; made on first use.</summary>
    Dictionary<string, List<string>>? fullNames;
    HashSet<string>? firstWords;
    Dictionary<string, char>? titledGender;

    /// <summary>Gives each named person known by a surname only the one full name the article writes for it, if it writes exactly one ("Toby Haynes"; not for "Clinton" where it writes Bill and Hillary Clinton).</summary>
    public void NameInFull(IEnumerable<Person> quoted)
    {
        foreach (var p in quoted)
            if (p.Named && p.FullName is null && !p.Name!.Contains(' ') && !SpeakerKinds.IsBodyWord(p.Name) && SpeakerNames.HasLower(p.Name) && FullNameOf(p.Name) is { } full
                && !SpeakerNames.OtherGender(p.Gender is 'f' or 'm' ? p.Gender : titledGender!.GetValueOrDefault(p.Name), lex.GenderOf(full.AsSpan(0, full.IndexOf(' '))))) // "Ms. Thurman" is not Robert Thurman
                p.FullName = full;
    }

    string? FullNameOf(string surname)
    {
        if (fullNames is null)
        {
            fullNames = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            firstWords = new HashSet<string>(StringComparer.Ordinal);
            titledGender = new Dictionary<string, char>(StringComparer.Ordinal);
            for (var k = 1; k < t.Tokens.Count; k++)
            {
                if (!t.IsCapitalized(k) || !t.IsCapitalized(k - 1) || t.Tokens[k].Paragraph != t.Tokens[k - 1].Paragraph) continue;
                // A given name: a capitalised word before the surname that is no title, stop word or cue ("Director Toby Haynes").
                var given = t.Span(k - 1);
                firstWords!.Add(given.ToString());
                // "Ms. Thurman": the gender the article gives the surname by a title.
                var titled = lex.IsTitleLike(given) ? lex.GenderOf(given) is 'f' or 'm' ? lex.GenderOf(given) : lex.GenderOf(given.TrimEnd('.')) : '\0';
                if (titled is 'f' or 'm') titledGender![t.Span(k).ToString()] = titled;
                if (given.Length < 2 || lex.IsStop(given) || lex.IsTitleLike(given) || lex.CuesStartingWith(given) is not null || given.EndsWith("'s", StringComparison.Ordinal) || !SpeakerNames.HasLower(given)) continue;
                var written = t.Span(k);
                if (written.EndsWith("'s", StringComparison.Ordinal)) written = written[..^2]; // "Uma Thurman's"
                // "California-based Qualcomm", "Equifax Equifax": no given name.
                if (!SpeakerNames.HasLower(written) || written.SequenceEqual(given) || given.IndexOf('-') is var hyphen and >= 0 && hyphen + 1 < given.Length && char.IsLower(given[hyphen + 1])) continue;
                var key = written.ToString();
                if (!fullNames.TryGetValue(key, out var list)) fullNames[key] = list = [];
                // "Hillary Rodham Clinton", "Ruth Bader Ginsburg": a known given name before a middle name opens the full name.
                var full = (k >= 2 && t.IsCapitalized(k - 2) && t.Tokens[k - 2].Paragraph == t.Tokens[k].Paragraph && lex.GenderOf(t.Span(k - 2)) is 'f' or 'm' && !lex.IsTitleLike(t.Span(k - 2))
                    ? t.Span(k - 2).ToString() + " " : "") + given.ToString() + " " + key;
                // One given name, however many middle names: "Hillary Clinton" and "Hillary Rodham Clinton" are one, the longer kept.
                var first = full[..full.IndexOf(' ')];
                var same = list.FindIndex(n => n.StartsWith(first + " ", StringComparison.Ordinal));
                if (same >= 0) { if (full.Length > list[same].Length) list[same] = full; }
                else if (list.Count < 2) list.Add(full);
            }
        }
        // "Kim" of "Kim Yong-hyun", "Bernard" of "Bernard Cazeneuve": a word the article also writes first in a name may be a family name written first, or a given name.
        return fullNames.TryGetValue(surname, out var names) && names.Count == 1 && !firstWords!.Contains(surname) ? names[0] : null;
    }

    /// <summary>
    /// A mention of the surname that cannot be this person: a given name with another first letter ("Jane Harris" is not
    /// "Martin Harris"; "Tom" and "Thomas", "J.P." and "Juan Pedro" may be one), or a title or given name of the other gender.
    /// </summary>
    bool IsSomeoneElse(Person person, SpeakerMention m)
    {
        if (person.Name is null || m.Name is null) return false;
        // "Wasserman Schultz" and "Debbie Wasserman Schultz", "Richard Ross" and "Police Commissioner Richard Ross": one name ends the other.
        if (m.Name.Contains(' ') && person.Name.Contains(' ') && (person.Name.EndsWith(" " + m.Name, StringComparison.Ordinal) || m.Name.EndsWith(" " + person.Name, StringComparison.Ordinal))) return false;
        // "the Russian Foreign Ministry" and "the Ukrainian Foreign Ministry": two bodies whose full names differ.
        if (m.Name.Contains(' ') && person.Name.Contains(' ') && SpeakerKinds.IsBodyWord(m.Surname)) return true;
        var given = m.Name.Contains(' ') ? m.Name[..m.Name.IndexOf(' ')] : null;
        var known = person.Name.Contains(' ') ? person.Name[..person.Name.IndexOf(' ')] : null;
        if (given is not null && known is not null && IsGivenNameLike(given) && IsGivenNameLike(known) && char.ToUpperInvariant(given[0]) != char.ToUpperInvariant(known[0])) return true;
        return person.Gender is 'f' or 'm' && GendersIn(m.Text).Any(g => g != person.Gender);
    }

    /// <summary>
    /// A first word that may be a given name: not a title, role, nationality ("Japanese Shinzo Abe"), acronym ("CNN Abe")
    /// or common word opening a sentence ("Like Corker", "Both Bolton").
    /// </summary>
    bool IsGivenNameLike(string word) => word.Length > 1 && lex.KindOf(word) is null && !word.All(c => char.IsUpper(c) || c == '.') && !SpeakerKinds.OrganisationWords.Contains(word)
        && !lex.IsStopword(word.ToLowerInvariant().Replace('\u2019', '\'')) && !word.Contains('\'') && !word.Contains('\u2019');

    /// <summary>The key another bearer of a surname is found by: the full name, or the surname and the gender its title tells.</summary>
    string OtherKey(SpeakerMention m)
    {
        if (m.Name!.Contains(' ')) return SpeakerNames.Key(m.Name);
        return GendersIn(m.Text).FirstOrDefault() is var g && g != '\0' ? g + ":" + SpeakerNames.Fold(m.Surname) : SpeakerNames.Fold(m.Surname);
    }

    /// <summary>The genders the words of a mention tell (Mrs., spokeswoman, a given name), in order.</summary>
    IEnumerable<char> GendersIn(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(raw => lex.GenderOf(raw.Trim(',', '(', ')', '"', '\'', '.'))).Where(g => g is 'f' or 'm');

    /// <summary>True when the article has named someone with this surname.</summary>
    public bool Knows(string surname) => spelledDictionary.ContainsKey(surname);

    /// <summary>The named person a personal pronoun at this token stands for: the one last named before it whose gender does not contradict the pronoun's ("she" is never a man named "John").</summary>
    public Person? ResolvePronoun(int token, ReadOnlySpan<char> pronoun = default)
    {
        var wanted = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? 'f' : pronoun.Equals("he", StringComparison.OrdinalIgnoreCase) ? 'm' : '\0';
        bool Fits(Person p) => IsPersonLike(p) && (wanted == '\0' || GenderOf(p) is '\0' or 'x' || GenderOf(p) == wanted);
        var i = LastOccurrenceBefore(token);
        for (var seen = 0; i >= 0 && seen < RoleReach; seen++)
        {
            var p = occurrences[i].Person;
            if (Fits(p)) return SubjectBefore(i, Fits) ?? p;
            i--;
        }
        return null;
    }

    /// <summary>
    /// "But Bryant said he'll still back Trump because ...", "Gov. Scott Walker, vanquished by Trump, sounded equivocal. ... he told":
    /// when the person named last is named inside their sentence, the one who opens that sentence, its subject, is whom a
    /// pronoun after it stands for; null when the person named last opens their sentence or nobody fitting does.
    /// </summary>
    Person? SubjectBefore(int i, Func<Person, bool> fits)
    {
        var (at, last) = occurrences[i];
        if (OpensSentence(at)) return null;
        var sentence = SentenceOf(at);
        if (sentence < 0) return null;
        for (var k = i - 1; k >= 0 && occurrences[k].Token < at; k--)
        {
            var (token, p) = occurrences[k];
            if (token < sentence) return null;
            if (p != last && fits(p) && OpensSentence(token)) return p;
        }
        return null;
    }

    /// <summary>True when only capitalised words (a name with its titles, or "But") stand between the sentence's start and this name's last word,
    /// and the sentence does not open with a function word such as "After" or "Unlike".</summary>
    bool OpensSentence(int token)
    {
        var k = token;
        // A name with its titles is a few words: the bound keeps text in capitals from costing a walk to its start for every name.
        // "After" or "Unlike" opening the sentence makes the name part of a fronted clause, not its subject; "But" does not.
        while (k > 0 && k > token - 12 && !t.Tokens[k].SentenceStart
               && (t.IsCapitalized(k - 1) && (!lex.IsStop(t.Span(k - 1)) || AttributionWords.Is(t.Span(k - 1), "sentence-opener")) || t.IsPunct(k - 1, '.') && t.IsCapitalized(k - 2))) k--;
        return t.Tokens[k].SentenceStart && (k == token || !lex.IsStop(t.Span(k)) || AttributionWords.Is(t.Span(k), "sentence-opener"));
    }

    /// <summary>The first token of the sentence that holds this token, looked for over <see cref="SentenceReach"/> tokens back;
    /// -1 past that (a text without sentence ends has no sentence to share).</summary>
    int SentenceOf(int token)
    {
        for (var k = token; k >= 0 && k > token - SentenceReach; k--)
            if (k == 0 || t.Tokens[k].SentenceStart) return k;
        return -1;
    }

    const int SentenceReach = 120;

    /// <summary>The person's gender, or for one named by surname only, the gender of the given name the article writes it with ("Clinton", "Hillary Clinton").</summary>
    char GenderOf(Person p) =>
        p.Gender != '\0' || !p.Named || p.Name!.Contains(' ') || FullNameOf(p.Name) is not { } full ? p.Gender : lex.GenderOf(full.AsSpan(0, full.IndexOf(' ')));

    /// <summary>Records the gender a mention's words tell (Ms., spokeswoman, a given name); a person whose mentions disagree becomes unknown ('x').</summary>
    void NoteGender(Person p, string text)
    {
        foreach (var raw in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(',', '(', ')', '"', '\'');
            var g = lex.GenderOf(w);
            if (g == '\0' && w.EndsWith('.')) g = lex.GenderOf(w.TrimEnd('.'));
            if (g == '\0') continue;
            p.Gender = p.Gender == '\0' || p.Gender == g ? g : 'x';
            // A title or role word (Mrs., spokeswoman) tells it surely; a given name alone may be a surname ("Henry said").
            if (lex.KindOf(w) is not null || lex.KindOf(w.TrimEnd('.')) is not null) p.TitledGender = p.TitledGender == '\0' || p.TitledGender == g ? g : 'x';
            return;
        }
    }

    /// <summary>The person the article gave this role ("the US foreign minister" → US Secretary of State X), or the unnamed role.</summary>
    /// <remarks>Looks back over the last <see cref="RoleReach"/> names before the mention: the nearest fitting one, one of the
    /// same nationality first. Bounded, so an article naming thousands of people stays linear.</remarks>
    public Person? ResolveRole(SpeakerMention m)
    {
        if (IsIndefinite(m.Text)) return Register(m, fresh: true);
        Person? nearest = null, sameNationality = null;
        var i = LastIndexBefore(m.First);
        for (var seen = 0; i >= 0 && seen < RoleReach; i--, seen++)
        {
            var p = occurrences[i].Person;
            if (!p.Named || !p.Concepts.Overlaps(m.Concepts) || !Compatible(p.Nationality, m.Nationality)) continue;
            nearest ??= p;
            if (m.Nationality is not null && p.Nationality == m.Nationality) { sameNationality = p; break; }
            if (m.Nationality is null) break;
        }
        return sameNationality ?? nearest ?? Register(m);
    }

    const int RoleReach = 400;

    int LastIndexBefore(int token)
    {
        int lo = 0, hi = occurrences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (occurrences[mid].Token < token) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }

    int LastTokenOf(Person p, int before)
    {
        var i = p.Seen.BinarySearch(before);
        i = i >= 0 ? i - 1 : ~i - 1;
        return i >= 0 ? p.Seen[i] : -1;
    }

    bool built;

    /// <summary>Records where a person is named; once the article is scanned, in order (later registrations come from attributions).</summary>
    void AddOccurrence(int token, Person person)
    {
        if (!built) { occurrences.Add((token, person)); person.Seen.Add(token); return; }
        var at = occurrences.BinarySearch((token, person), OccurrenceOrder.Instance);
        occurrences.Insert(at >= 0 ? at : ~at, (token, person));
        var seen = person.Seen.BinarySearch(token);
        if (seen < 0) person.Seen.Insert(~seen, token);
    }

    sealed class OccurrenceOrder : IComparer<(int Token, Person Person)>
    {
        public static readonly OccurrenceOrder Instance = new();
        public int Compare((int Token, Person Person) a, (int Token, Person Person) b) => a.Token.CompareTo(b.Token);
    }

    int LastOccurrenceBefore(int token)
    {
        var found = LastIndexBefore(token);
        for (var seen = 0; found >= 0 && seen < RoleReach && !IsPersonLike(occurrences[found].Person); seen++) found--;
        return found >= 0 && IsPersonLike(occurrences[found].Person) ? found : -1;
    }

    /// <summary>A pronoun stands for a person: not an acronym (EU, NATO) and not a nationality or place word.</summary>
    bool IsPersonLike(Person p) => p.Named && !(p.Name!.Length > 1 && p.Name.All(c => char.IsUpper(c) || c == '.')) && !lex.IsTitleLike(p.Name)
        && !char.IsLower(p.Name[0]) // "the U.S.": a country read with its article, not someone "he" stands for
        && !p.Name.EndsWith("'s", StringComparison.Ordinal) && !p.Name.EndsWith("\u2019s", StringComparison.Ordinal)
        // A first name or a title: "Latinos" or "Nation" are not someone "he" stands for; a surname the article writes in full elsewhere is ("said Baron", "Martin Baron").
        && (p.Name.Contains(' ') || p.Concepts.Count > 0 || FullNameOf(p.Name) is not null)
        && !SpeakerKinds.OrganisationWords.Contains(p.Surname); // "the Justice Department", "Fox News": a body, not someone "he" stands for

    /// <summary>"a senior adviser", "an aide", "another official": a new person, not one named before.</summary>
    static bool IsIndefinite(string text) =>
        text.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("an ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("another ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("one ", StringComparison.OrdinalIgnoreCase);

    static bool Compatible(string? a, string? b) => a is null || b is null || a == b;

    static string StripDeterminer(string text)
    {
        if (text.StartsWith("one of ", StringComparison.OrdinalIgnoreCase)) return text; // "one of two witnesses" is not "of two witnesses"
        foreach (var d in new[] { "the ", "a ", "an ", "one ", "another ", "The ", "A ", "An ", "One ", "Another " })
            if (text.StartsWith(d, StringComparison.Ordinal)) return text[d.Length..];
        return text;
    }
}
