using Graph.Core.Model;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Relations;

/// <summary>
/// Relations the gazetteer states as general knowledge (its facts column), added only when the document names
/// both ends. The evidence is the sentence where the later of the two is first named; confidence is lower
/// than a pattern's because the text itself may not say it. Which facts are used, and for which subjects, is
/// data (relations/gazetteer-facts.tsv), decided by measuring on an evaluation set.
/// </summary>
internal sealed class GazetteerFacts(KnowledgeBase kb, OfficeCues officeCues) : IComponent
{
    public const string Method = "gazetteer";
    public string Name => "gazetteer-facts";
    private const int MaxContainmentDepth = 1;

    /// <summary>
    /// The gazetteer places a city in its state and the state in its country. Only the direct parent is used:
    /// texts that name a capital and its country seldom state the containment, and walking up to the country
    /// (depth 4) cost 12 wrong relations for 4 right ones on the development set.
    /// </summary>
    private string? NearestNamedAncestor(string parent, Dictionary<string, ResolvedEntity> named)
    {
        for (var depth = 0; depth < MaxContainmentDepth; depth++)
        {
            if (named.ContainsKey(parent)) return parent;
            var entry = kb.ByFoldedName.TryGetValue(Fold.Name(parent), out var es) ? es.FirstOrDefault(e => e.Name == parent) : null;
            var up = entry?.Facts.FirstOrDefault(f => f.Relation == kb.Ontology.ContainmentRelation);
            if (up is null) return null;
            parent = up.Object;
        }
        return null;
    }
    public IReadOnlyList<string> Assigns => ["Relations"];

    /// <summary>
    /// A membership the text never puts near both names is usually background it does not state (a party named
    /// in one paragraph, its member in another); the policy's gap for the object's type says how near is near enough.
    /// </summary>
    private static bool NamedNear(ResolvedEntity a, ResolvedEntity b, int? maxGap) =>
        maxGap is not { } gap || a.Mentions.Any(m => b.Mentions.Any(n => Math.Abs(m.Sentence - n.Sentence) <= gap));

    /// <summary>
    /// What the text itself says of a pair outranks background knowledge: a leader the text says led a party
    /// ("at the head of Unidad Popular", "the FARC commander") is not also made a plain member, nor a sole
    /// founder a co-founder. Which stated relations replace a fact is the policy's yields_to.
    /// </summary>
    private static bool TextReplaces(AnalyzedDocument doc, ResolvedEntity subject, ResolvedEntity obj, FactPolicy policy) =>
        policy.YieldsTo is { Count: > 0 } replacing
        && doc.Relations.Any(r => replacing.Contains(r.Type) && r.Subject == subject && r.Object == obj);

    /// <summary>
    /// A text cannot state what began well after it was written: a presidency that started years after the
    /// document's date ("Sánchez Cerén LEADS El Salvador, 2014/2019" in a 2009 report) is not among its facts. A
    /// year's grace keeps the handover a text announces ("next month he hands the office to Dilma Rousseff").
    /// </summary>
    private static bool AfterWriting(AnalyzedDocument doc, GazetteerFact fact) =>
        fact.Date is { } held && doc.Source.Date is { } written && written.Latest < DateOnly.MaxValue.AddYears(-1)
        && held.Earliest > written.Latest.AddYears(1);

    public void Process(AnalyzedDocument doc)
    {
        var byName = doc.Entities.Where(e => e.FromGazetteer).GroupBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var subject in byName.Values)
        {
            var entry = kb.ByFoldedName.TryGetValue(Fold.Name(subject.Name), out var entries)
                ? entries.FirstOrDefault(x => x.Name == subject.Name && x.Type == subject.Type) : null;
            if (entry is null) continue;
            foreach (var fact in entry.Facts)
            {
                var objectName = fact.Relation == kb.Ontology.ContainmentRelation ? NearestNamedAncestor(fact.Object, byName) : fact.Object;
                if (objectName is null || !byName.TryGetValue(objectName, out var obj) || obj == subject) continue;
                if (!kb.FactPolicies.TryGetValue(fact.Relation, out var policy) || !policy.Allows(subject.Type, subject.Kind)) continue;
                if (!kb.Ontology.Relation(fact.Relation).Allows(subject.Type, obj.Type)) continue;
                if (!NamedNear(subject, obj, policy.MaxGapTo(obj.Type))) continue;
                if (TextReplaces(doc, subject, obj, policy) || AfterWriting(doc, fact)) continue;
                if (!officeCues.Stated(doc, fact.Relation, fact.Role, subject)) continue;
                var later = new[] { subject.Mentions.MinBy(m => m.Start)!, obj.Mentions.MinBy(m => m.Start)! }.MaxBy(m => m.Start)!;
                var s = doc.Sentences[later.Sentence];
                doc.Relations.Add(new ExtractedRelation(fact.Relation, subject, obj,
                    new SpanRef(s.Index, s.Start, s.End, $"{Method}:{fact.Relation}", policy.Confidence), fact.Role, fact.Date));
            }
        }
    }
}
