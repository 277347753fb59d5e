using Graph.Core.Schema;

namespace Graph.Extraction.Knowledge;

/// <summary>
/// A relation rule over a sentence: literal words, typed entity slots, a role slot and bounded gaps.
/// Surface syntax (one per line in relations/patterns.tsv):
///   {S:Person}  subject slot of a type (types joined by |, or Any);  {O:Place}  object slot;
///   {Role}  a person cue that heads something ("secretary general"), whose role the relation takes;
///   (opposed|fought against)  alternatives;  [the]  optional words ([\)] an optional bracket);  ...  up to six tokens (...12: twelve);  \( and \)  literal brackets;
///   _4  up to four items inside one phrase: no punctuation, no aside jumped ("a coca growers' leader from the Chapare and head of");
///   ^  before a slot: its name must be the first of the slot's types in its clause (the clause's subject, never a verb's object);
///   other words literal.
/// Without S:/O: the first slot is the subject and the second the object.
/// </summary>
internal sealed record RelationPattern(string Id, string Relation, string? Role, double Confidence, IReadOnlyList<PatternElement> Elements, string Where);

internal abstract record PatternElement;
internal sealed record SlotElement(IReadOnlySet<string> Types, bool IsSubject) : PatternElement;
internal sealed record RoleElement : PatternElement;
/// <summary>Alternatives, each a sequence of folded token texts (punctuation kept as itself).</summary>
internal sealed record LiteralElement(IReadOnlyList<string[]> Alternatives, bool Optional) : PatternElement
{
    /// <summary>Alternatives by first word, longest first, so a matcher looks up only those that can match.</summary>
    public IReadOnlyDictionary<string, string[][]> ByFirstKey { get; } = Alternatives.Where(a => a.Length > 0)
        .GroupBy(a => a[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.Length).ToArray(), StringComparer.Ordinal);
}
/// <summary>A bounded gap; <paramref name="InPhrase"/> keeps it inside one phrase (it stops at punctuation and jumps no aside).</summary>
internal sealed record GapElement(int Max, bool InPhrase = false) : PatternElement;
/// <summary>"^": the slot after it takes only the first name of its types in the clause.</summary>
internal sealed record ClauseFirstElement : PatternElement;

internal static class RelationPatternParser
{
    public const int DefaultGap = 6;

    public static IReadOnlyList<RelationPattern> ParseAll(IEnumerable<TsvRow> rows, Ontology ontology)
    {
        var list = new List<RelationPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var id = r.Required("id");
            if (!ids.Add(id)) throw new KnowledgeFormatException($"{r.Where}: pattern id '{id}' is used twice; ids must be unique.");
            var relation = r.Required("relation");
            var def = ontology.TryRelation(relation)
                ?? throw new KnowledgeFormatException($"{r.Where}: unknown relation '{relation}'; known: {ontology.KnownRelationTypes}.");
            var elements = Parse(r.Required("pattern"), r.Where, ontology);
            var slots = elements.OfType<SlotElement>().ToList();
            if (slots.Count != 2 || slots.Count(s => s.IsSubject) != 1)
                throw new KnowledgeFormatException($"{r.Where}: pattern '{id}' needs exactly one subject and one object slot, e.g. {{S:Person}} ... {{O:Place}}.");
            if (elements.Select((x, k) => (x, k)).Any(p => p.x is ClauseFirstElement && (p.k + 1 >= elements.Count || elements[p.k + 1] is not SlotElement)))
                throw new KnowledgeFormatException($"{r.Where}: pattern '{id}' has '^' not followed by a slot; write it right before {{S:...}} or {{O:...}}.");
            var s = slots.Single(x => x.IsSubject);
            var o = slots.Single(x => !x.IsSubject);
            if (!s.Types.Any(st => o.Types.Any(ot => def.Allows(st, ot))))
                throw new KnowledgeFormatException($"{r.Where}: pattern '{id}' links {string.Join("|", s.Types)} to {string.Join("|", o.Types)}, which {relation} does not allow ({def.Signature}).");
            var role = r.Get("role");
            list.Add(new RelationPattern(id, relation, role.Length > 0 ? role : null, r.Number("confidence", 0.7), elements, r.Where));
        }
        return list;
    }

    internal static List<PatternElement> Parse(string pattern, string where, Ontology ontology)
    {
        var elements = new List<PatternElement>();
        var slotCount = 0;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '\\' && i + 1 < pattern.Length)
            {
                // An escaped bracket is literal punctuation: \( and \).
                elements.Add(new LiteralElement([[pattern[i + 1].ToString()]], false));
                i += 2;
                continue;
            }
            if (c == '{')
            {
                var close = Close(pattern, i, '}', where);
                var body = pattern[(i + 1)..close];
                i = close + 1;
                if (body == "Role") { elements.Add(new RoleElement()); continue; }
                bool? subject = null;
                if (body.StartsWith("S:", StringComparison.Ordinal)) { subject = true; body = body[2..]; }
                else if (body.StartsWith("O:", StringComparison.Ordinal)) { subject = false; body = body[2..]; }
                var types = body == "Any"
                    ? ontology.EntityTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal)
                    : body.Split('|').Select(t => ontology.IsEntityType(t) ? t
                        : throw new KnowledgeFormatException($"{where}: slot type '{t}' is unknown; use {ontology.KnownEntityTypes} or Any.")).ToHashSet(StringComparer.Ordinal);
                elements.Add(new SlotElement(types, subject ?? slotCount == 0));
                slotCount++;
            }
            else if (c is '(' or '[')
            {
                var close = Close(pattern, i, c == '(' ? ')' : ']', where);
                var alts = pattern[(i + 1)..close].Split('|').Select(Words).ToArray();
                elements.Add(new LiteralElement(alts, c == '['));
                i = close + 1;
            }
            else if (c == '^')
            {
                elements.Add(new ClauseFirstElement());
                i++;
            }
            else if (c == '_' && i + 1 < pattern.Length && char.IsAsciiDigit(pattern[i + 1]))
            {
                var end = i + 1;
                while (end < pattern.Length && char.IsAsciiDigit(pattern[end])) end++;
                elements.Add(new GapElement(int.Parse(pattern[(i + 1)..end], System.Globalization.CultureInfo.InvariantCulture), InPhrase: true));
                i = end;
            }
            else if (pattern.AsSpan(i).StartsWith("..."))
            {
                // "..." is a gap of DefaultGap items; "...12" names its width.
                var digits = i + 3;
                while (digits < pattern.Length && char.IsAsciiDigit(pattern[digits])) digits++;
                var width = digits > i + 3 ? int.Parse(pattern[(i + 3)..digits], System.Globalization.CultureInfo.InvariantCulture) : DefaultGap;
                elements.Add(new GapElement(width));
                i = digits;
            }
            else
            {
                var end = i;
                while (end < pattern.Length && !char.IsWhiteSpace(pattern[end]) && pattern[end] is not ('{' or '(' or '[')) end++;
                if (end == i) end++;
                elements.Add(new LiteralElement([Words(pattern[i..end])], false));
                i = end;
            }
        }
        return elements;
    }

    /// <summary>Pattern text to token keys: words folded, punctuation kept as its own key.</summary>
    internal static string[] Words(string text)
    {
        var keys = new List<string>();
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "'s" or "’s") { keys.Add("'s"); continue; } // the tokenizer's possessive token
            if (part.Length == 2 && part[0] == '\\') { keys.Add(part[1..]); continue; } // an escaped bracket inside [..] or (..)
            var folded = Fold.KeepingThe(part);
            keys.Add(folded.Length > 0 ? folded : part);
        }
        return keys.ToArray();
    }

    /// <summary>The closing bracket of a group, passing over escaped ones: in "(\)|,)" the group ends at the last bracket.</summary>
    private static int Close(string pattern, int open, char closer, string where)
    {
        for (var i = open + 1; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') { i++; continue; }
            if (pattern[i] == closer) return i;
        }
        throw new KnowledgeFormatException($"{where}: '{pattern[open]}' at column {open + 1} of '{pattern}' is never closed with '{closer}'.");
    }
}
