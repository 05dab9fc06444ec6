using System.Text.RegularExpressions;

namespace Research;

/// <summary>The boilerplate rules of Rules/boilerplate.tsv: which lines, or trailing texts, are scrape noise.</summary>
public sealed class BoilerplateRules
{
    public sealed record Rule(string Name, string Match, string Pattern, string Note);

    readonly List<(Rule Rule, Regex? Regex)> rules;

    BoilerplateRules(IEnumerable<Rule> rules) =>
        this.rules = rules.Select(r => (r, r.Match == "line-regex" ? new Regex(r.Pattern, RegexOptions.CultureInvariant) : null)).ToList();

    public static BoilerplateRules Default { get; } = new(RuleFiles.Rows("boilerplate.tsv")
        .Select(c => new Rule(c[0], c[1], Typography.Normalize(c[2]), c.Length > 3 ? c[3] : "")));

    public IEnumerable<Rule> All => rules.Select(r => r.Rule);

    /// <summary>The rule that makes this whole (trimmed, normalised) line boilerplate, if any.</summary>
    public string? MatchLine(string line)
    {
        foreach (var (rule, regex) in rules)
        {
            var hit = rule.Match switch
            {
                "line" => line == rule.Pattern,
                "line-prefix" => line.StartsWith(rule.Pattern, StringComparison.Ordinal),
                "line-regex" => regex!.IsMatch(line),
                _ => false,
            };
            if (hit) return rule.Name;
        }
        return null;
    }

    /// <summary>A trailing text of the line that is boilerplate: its length and rule, if any.</summary>
    public (int Length, string Rule)? MatchSuffix(string line)
    {
        foreach (var (rule, _) in rules)
            if (rule.Match == "suffix" && line.Length > rule.Pattern.Length && line.EndsWith(rule.Pattern, StringComparison.Ordinal)
                && char.IsWhiteSpace(line[^(rule.Pattern.Length + 1)]))
                return (rule.Pattern.Length, rule.Name);
        return null;
    }
}
