using Graph.Extraction.Knowledge;
using Graph.Extraction.Mentions;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Groups mentions into entities. Gazetteer matches join their entry's canonical node; an acronym joins the
/// name it was defined beside; a surname or a shorter form joins the full name seen in the document; a
/// name the gazetteer knows by another form takes the gazetteer's canonical name. A lone capitalized word
/// that joins nothing is dropped. The canonical name is the gazetteer's, else the longest full form.
/// </summary>
internal sealed class EntityResolver(KnowledgeBase kb) : IComponent
{
    public string Name => "resolver";
    public IReadOnlyList<string> Assigns => ["Entities", "Mention.Entity"];

    public void Process(AnalyzedDocument doc)
    {
        var byKey = new Dictionary<string, ResolvedEntity>(StringComparer.Ordinal);
        var byForm = new Dictionary<string, List<ResolvedEntity>>(StringComparer.Ordinal);

        // Longer and surer names first, so short forms find the full name they abbreviate.
        var order = doc.Mentions
            .OrderByDescending(m => m.Canonical is not null)
            .ThenBy(m => m.Antecedent is not null)
            .ThenByDescending(m => m.EndToken - m.FirstToken)
            .ThenBy(m => m.Start)
            .ToList();
        foreach (var m in order)
        {
            var entity = m.Antecedent?.Entity ?? Find(m, byForm, doc);
            if (entity is null)
            {
                if (m.Type == ChunkTyper.Unresolved) continue;
                var (name, type, gz) = Canonical(m);
                var key = $"{type}\u001f{Folded(name)}";
                if (key.EndsWith('\u001f')) continue;
                if (!byKey.TryGetValue(key, out entity))
                {
                    entity = new ResolvedEntity(type, name) { Kind = m.Kind ?? gz?.Kind, FromGazetteer = gz is not null, ExternalId = gz?.Wikidata };
                    byKey[key] = entity;
                    doc.Entities.Add(entity);
                    Index(byForm, name, entity);
                    if (gz is not null) foreach (var a in gz.Aliases) Index(byForm, a, entity);
                }
            }
            m.Entity = entity;
            m.Type = entity.Type;
            entity.Mentions.Add(m);
            Index(byForm, m.Surface, entity);
            if (m.DefinedAlias is not null) Index(byForm, m.DefinedAlias, entity);
        }

        foreach (var e in doc.Entities)
        {
            if (!e.FromGazetteer)
            {
                // The longest full form names the entity; acronyms and surnames become aliases.
                var best = e.Mentions.Where(x => x.Antecedent is null)
                    .OrderByDescending(x => x.EndToken - x.FirstToken).ThenBy(x => x.Start).FirstOrDefault();
                if (best is not null) e.Name = best.Surface;
            }
            foreach (var m in e.Mentions)
            {
                if (!NameEquals(m.Surface, e.Name)) e.Aliases.Add(m.Surface);
                if (m.DefinedAlias is not null && !NameEquals(m.DefinedAlias, e.Name)) e.Aliases.Add(m.DefinedAlias);
            }
        }
        doc.Mentions.RemoveAll(m => m.Entity is null);
        MergeSurnameOnly(doc);
        MergeSameName(doc);
    }

    private static bool NameEquals(string a, string b) => Folded(a) == Folded(b);

    private ResolvedEntity? Find(Mention m, Dictionary<string, List<ResolvedEntity>> byForm, AnalyzedDocument doc)
    {
        var folded = Folded(m.Surface);
        if (folded.Length == 0) return null;
        if (byForm.TryGetValue(folded, out var same))
        {
            var compatible = same.Where(e => Compatible(m, e)).ToList();
            if (compatible.Count > 0) return compatible[0];
        }
        if (m.Canonical is not null) return null;
        // A surname (or compound surname) of a person named in full earlier or later.
        var persons = doc.Entities.Where(e => e.Type == "Person" && m.Type is "Person" or ChunkTyper.Unresolved)
            .Where(e => EndsWithWords(e, folded)).Distinct().ToList();
        if (persons.Count == 1) return persons[0];
        return null;
    }

    // Folding normalizes Unicode; surnames are checked against every person's forms, so folds are remembered.
    [ThreadStatic] private static Dictionary<string, string>? _folds;

    private static string Folded(string form)
    {
        _folds ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (_folds.Count > 50_000) _folds.Clear();
        if (!_folds.TryGetValue(form, out var f)) _folds[form] = f = Fold.Name(form);
        return f;
    }

    private static bool EndsWithWords(ResolvedEntity e, string folded)
    {
        foreach (var form in e.Mentions.Select(x => x.Surface).Append(e.Name).Distinct(StringComparer.Ordinal))
        {
            var f = Folded(form);
            if (f.Length > folded.Length && f.EndsWith(" " + folded, StringComparison.Ordinal)) return true;
            // "Sánchez de Lozada" inside "Gonzalo Sánchez de Lozada"; "Chávez" in "Hugo Chávez Frías".
            if (f.Length > folded.Length && f.Contains(" " + folded + " ", StringComparison.Ordinal) && !folded.Contains(' ')) return true;
        }
        return false;
    }

    private static bool Compatible(Mention m, ResolvedEntity e) =>
        m.Type == e.Type || m.Type == ChunkTyper.Unresolved || m.Method.StartsWith(ProperNounChunker.Method, StringComparison.Ordinal)
            && m.Confidence < 0.7;

    private (string Name, string Type, GazetteerEntry? Entry) Canonical(Mention m)
    {
        if (m.Canonical is not null && kb.ByFoldedName.TryGetValue(Folded(m.Canonical), out var entries))
        {
            var entry = entries.FirstOrDefault(x => x.Name == m.Canonical && x.Type == m.Type) ?? entries[0];
            return (entry.Name, entry.Type, entry);
        }
        // A chunk the gazetteer knows under this exact form with a compatible type.
        if (kb.ByFoldedName.TryGetValue(Folded(m.Surface), out var known) && known.FirstOrDefault(x => x.Type == m.Type) is { } k)
            return (k.Name, k.Type, k);
        return (m.Surface, m.Type, null);
    }

    /// <summary>
    /// A gazetteer person reached only through a one-word alias ("Franco") is the person of this document
    /// whose full name ends in that word ("Federico Franco"), not the famous namesake.
    /// </summary>
    private static void MergeSurnameOnly(AnalyzedDocument doc)
    {
        foreach (var e in doc.Entities.Where(e => e.Type == "Person" && e.FromGazetteer).ToList())
        {
            if (e.Mentions.Any(m => m.EndToken - m.FirstToken > 1 || NameEquals(m.Surface, e.Name))) continue;
            var word = Folded(e.Mentions[0].Surface);
            var local = doc.Entities.Where(o => o != e && o.Type == "Person" && EndsWithWords(o, word)).ToList();
            if (local.Count != 1) continue;
            foreach (var m in e.Mentions) { m.Entity = local[0]; local[0].Mentions.Add(m); local[0].Aliases.Add(m.Surface); }
            doc.Entities.Remove(e);
        }
    }

    /// <summary>Two entities whose names fold alike and share a type are one: "Workers' Center" and "Workers Center".</summary>
    private static void MergeSameName(AnalyzedDocument doc)
    {
        var groups = doc.Entities.GroupBy(e => $"{e.Type}\u001f{Folded(e.Name)}").Where(g => g.Count() > 1).ToList();
        foreach (var g in groups)
        {
            var keep = g.First();
            foreach (var other in g.Skip(1))
            {
                foreach (var m in other.Mentions) { m.Entity = keep; keep.Mentions.Add(m); }
                foreach (var a in other.Aliases) keep.Aliases.Add(a);
                doc.Entities.Remove(other);
            }
        }
    }

    private static void Index(Dictionary<string, List<ResolvedEntity>> byForm, string form, ResolvedEntity e)
    {
        var key = Folded(form);
        if (key.Length == 0) return;
        if (!byForm.TryGetValue(key, out var list)) byForm[key] = list = [];
        if (!list.Contains(e)) list.Add(e);
    }
}
