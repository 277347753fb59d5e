using Graph.Core.Dates;
using Graph.Core.Schema;
using Graph.Evaluation.Gold;

namespace Graph.Evaluation.Scoring;

/// <summary>
/// The contract's scoring (knowledge-model.md, "Gold annotations and the evaluation"): per document, then summed.
/// Entities of every type but the event type; relations the ontology marks as scored; events by event type,
/// overlapping date and a shared place or participant; dates as the share of matched events with the exact EDTF.
/// </summary>
public sealed class Scorer(Ontology? ontology = null)
{
    private readonly Ontology _ontology = ontology ?? Ontology.Default;

    public ScoreReport Score(IEnumerable<(GoldDocument Gold, GoldDocument Predicted)> pairs) =>
        ScoreReport.Sum(pairs.Select(p => ScoreDocument(p.Gold, p.Predicted)).ToArray());

    public DocumentScore ScoreDocument(GoldDocument gold, GoldDocument predicted)
    {
        var goldNames = new NameIndex(gold);
        var predictedNames = new NameIndex(predicted);

        var (entities, missedEntities, falseEntities) = ScoreEntities(gold, predicted);
        var (relations, missedRelations, falseRelations) = ScoreRelations(gold, predicted, goldNames, predictedNames);
        var (events, dates, missedEvents, falseEvents, wrongDates) = ScoreEvents(gold, predicted, goldNames, predictedNames);

        return new DocumentScore(gold.Document, entities, relations, events, dates,
            new DocumentErrors(missedEntities, falseEntities, missedRelations, falseRelations, missedEvents, falseEvents, wrongDates));
    }

    private (CategoryScore, List<string>, List<string>) ScoreEntities(GoldDocument gold, GoldDocument predicted)
    {
        var g = gold.Entities.Where(e => !_ontology.IsEvent(e.Type)).ToArray();
        var p = predicted.Entities.Where(e => !_ontology.IsEvent(e.Type)).ToArray();
        var gNames = g.Select(e => NameIndex.Folded(e.AllNames)).ToArray();
        var pNames = p.Select(e => NameIndex.Folded(e.AllNames)).ToArray();
        var partner = BipartiteMatcher.Match(g.Length, p.Length,
            (i, j) => g[i].Type == p[j].Type && gNames[i].Overlaps(pNames[j]));
        return Tally(partner, g, p, e => e.Type, Describe);
    }

    private (CategoryScore, List<string>, List<string>) ScoreRelations(GoldDocument gold, GoldDocument predicted,
        NameIndex goldNames, NameIndex predictedNames)
    {
        bool Scored(GoldRelation r) => _ontology.TryRelation(r.Type)?.Scored ?? true;
        var g = gold.Relations.Where(Scored).ToArray();
        var p = predicted.Relations.Where(Scored).ToArray();
        var gEnds = g.Select(r => (S: goldNames.Expand(r.Subject), O: goldNames.Expand(r.Object))).ToArray();
        var pEnds = p.Select(r => (S: predictedNames.Expand(r.Subject), O: predictedNames.Expand(r.Object))).ToArray();
        var partner = BipartiteMatcher.Match(g.Length, p.Length, (i, j) =>
        {
            if (g[i].Type != p[j].Type) return false;
            var (gs, go) = gEnds[i];
            var (ps, po) = pEnds[j];
            if (gs.Overlaps(ps) && go.Overlaps(po)) return true;
            return _ontology.TryRelation(g[i].Type)?.Symmetric == true && gs.Overlaps(po) && go.Overlaps(ps);
        });
        return Tally(partner, g, p, r => r.Type, Describe);
    }

    private (CategoryScore, DateScore, List<string>, List<string>, List<string>) ScoreEvents(GoldDocument gold, GoldDocument predicted,
        NameIndex goldNames, NameIndex predictedNames)
    {
        var g = gold.Events.ToArray();
        var p = predicted.Events.ToArray();
        var gDates = g.Select(e => ParseDate(e.Date)).ToArray();
        var pDates = p.Select(e => ParseDate(e.Date)).ToArray();
        var gPlaces = g.Select(e => goldNames.Expand(e.Place)).ToArray();
        var pPlaces = p.Select(e => predictedNames.Expand(e.Place)).ToArray();
        var gPeople = g.Select(e => (e.Participants ?? []).Select(goldNames.Expand).ToArray()).ToArray();
        var pPeople = p.Select(e => (e.Participants ?? []).Select(predictedNames.Expand).ToArray()).ToArray();

        bool Matches(int i, int j)
        {
            if (g[i].Type != p[j].Type) return false;
            if (gDates[i] is { } gd && (pDates[j] is not { } pd || !pd.Overlaps(gd))) return false;
            // A gold event that names neither place nor participants has nothing to share; type and date decide.
            if (gPlaces[i].Count == 0 && gPeople[i].Length == 0) return true;
            return gPlaces[i].Overlaps(pPlaces[j]) || gPeople[i].Any(a => pPeople[j].Any(b => a.Overlaps(b)));
        }

        bool ExactDate(int i, int j) => gDates[i] == pDates[j];

        var partner = BipartiteMatcher.Match(g.Length, p.Length, Matches, ExactDate);
        var (score, missed, falsePositives) = Tally(partner, g, p, e => e.Type, Describe);

        var matched = 0;
        var exact = 0;
        var wrongDates = new List<string>();
        for (var i = 0; i < g.Length; i++)
        {
            if (partner[i] < 0) continue;
            matched++;
            if (ExactDate(i, partner[i])) exact++;
            else wrongDates.Add($"{Describe(g[i])}: predicted date {p[partner[i]].Date ?? "none"}");
        }
        return (score, new DateScore(exact, matched), missed, falsePositives, wrongDates);
    }

    private static (CategoryScore, List<string>, List<string>) Tally<T>(int[] partner, T[] gold, T[] predicted,
        Func<T, string> type, Func<T, string> describe)
    {
        var byType = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        void Add(string t, Counts c) => byType[t] = byType.TryGetValue(t, out var seen) ? seen + c : c;

        var missed = new List<string>();
        var usedPredicted = new bool[predicted.Length];
        for (var i = 0; i < gold.Length; i++)
        {
            if (partner[i] >= 0)
            {
                usedPredicted[partner[i]] = true;
                Add(type(gold[i]), new Counts(1, 0, 0));
            }
            else
            {
                Add(type(gold[i]), new Counts(0, 0, 1));
                missed.Add(describe(gold[i]));
            }
        }
        var falsePositives = new List<string>();
        for (var j = 0; j < predicted.Length; j++)
        {
            if (usedPredicted[j]) continue;
            Add(type(predicted[j]), new Counts(0, 1, 0));
            falsePositives.Add(describe(predicted[j]));
        }
        var total = byType.Values.Aggregate(Counts.Zero, (a, b) => a + b);
        return (new CategoryScore(total, byType), missed, falsePositives);
    }

    // Gold dates were checked on reading; a prediction's come from EdtfDate itself. A bad one simply cannot overlap.
    private static EdtfDate? ParseDate(string? text) => EdtfDate.TryParse(text, out var date) ? date : null;

    private static string Describe(GoldEntity e) =>
        e.Aliases is { Count: > 0 } a ? $"{e.Type} {e.Name} (aka {string.Join(", ", a)})" : $"{e.Type} {e.Name}";

    private static string Describe(GoldRelation r) =>
        $"{r.Subject} {r.Type} {r.Object}" + (r.Role is null ? "" : $" (role: {r.Role})");

    private static string Describe(GoldEvent e)
    {
        var parts = new List<string> { e.Type, e.Date ?? "undated" };
        if (e.Name is not null) parts.Add($"\"{e.Name}\"");
        if (e.Place is not null) parts.Add($"in {e.Place}");
        if (e.Participants is { Count: > 0 } people) parts.Add($"with {string.Join(", ", people)}");
        return string.Join(" ", parts);
    }
}
