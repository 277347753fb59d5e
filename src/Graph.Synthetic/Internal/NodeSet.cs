using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Synthetic.Internal;

/// <summary>
/// Every node of the synthetic graph, held in parallel arrays (a node is its index): names and ids are made
/// once here, so that documents and edges can be streamed from indices without recomputing them.
/// </summary>
internal sealed class NodeSet
{
    public required string[] Ids { get; init; }
    public required int[] TypeOf { get; init; }
    public required string[] Names { get; init; }
    public required List<string>[] Aliases { get; init; }
    public required EventDetails?[] EventOf { get; init; }
    /// <summary>For a place: the place it lies in, or -1 for a top-level place. For an event: where it happened, or -1.</summary>
    public required int[] PlaceOf { get; init; }
    /// <summary>For an event: how many actors take part in it.</summary>
    public required int[] ParticipantCount { get; init; }
    /// <summary>Node indices by entity type index, in creation order.</summary>
    public required List<int>[] ByType { get; init; }

    public int Count => Ids.Length;

    public static NodeSet Build(SyntheticGraphOptions options, OntologyView view, Vocabulary vocabulary, Random random)
    {
        var counts = EntityCounts(options.Entities, view, vocabulary);
        var total = counts.Sum() + options.EventCount;
        var names = new NameMaker(vocabulary, random);
        var dates = new DateMaker(random);
        var nodes = new NodeSet
        {
            Ids = new string[total], TypeOf = new int[total], Names = new string[total], Aliases = new List<string>[total],
            EventOf = new EventDetails?[total], PlaceOf = new int[total], ParticipantCount = new int[total],
            ByType = view.EntityTypes.Select(_ => new List<int>()).ToArray(),
        };
        var next = 0;
        for (var t = 0; t < counts.Length; t++)
        {
            if (t == view.EventType) continue;
            var templates = vocabulary.EntityTypes[view.EntityTypes[t]].Templates;
            var personLike = templates.Any(x => x.Contains("{surname}", StringComparison.Ordinal));
            for (var i = 0; i < counts[t]; i++, next++)
            {
                var name = names.Unique(templates);
                nodes.Add(next, t, view, name, names.Aliases(name, personLike));
            }
        }
        nodes.BuildPlaceHierarchy(view, random);
        var places = nodes.ByType[view.PlaceType];
        var eventTemplates = vocabulary.EntityTypes[view.EntityTypes[view.EventType]].Templates;
        for (var i = 0; i < options.EventCount; i++, next++)
        {
            var eventType = view.EventTypes[random.Next(view.EventTypes.Count)];
            var date = dates.Next();
            // One event in ten has no known place, as in texts that never say where.
            var place = random.Next(10) == 0 ? -1 : places[random.Next(places.Count)];
            var year = (date.Point ?? date.Start ?? date.End)!.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var placeName = place >= 0 ? nodes.Names[place] : null;
            var name = names.Unique(eventTemplates, key => key switch
            {
                "event" => vocabulary.EventWords[eventType],
                "year" => year,
                "place" => placeName ?? names.Word(),
                _ => null,
            });
            nodes.Add(next, view.EventType, view, name, random.Next(4) == 0 ? [$"the {vocabulary.EventWords[eventType]} of {year}"] : []);
            nodes.EventOf[next] = new EventDetails(eventType, date);
            nodes.PlaceOf[next] = place;
            nodes.ParticipantCount[next] = 1 + Math.Min(7, (int)(-Math.Log(1 - random.NextDouble()) * 2));
        }
        return nodes;
    }

    private void Add(int index, int type, OntologyView view, string name, List<string> aliases)
    {
        TypeOf[index] = type;
        Names[index] = name;
        Aliases[index] = aliases;
        Ids[index] = GraphIds.Entity(view.EntityTypes[type], name);
        PlaceOf[index] = -1;
        ByType[type].Add(index);
    }

    // Countries, regions inside countries and cities inside regions: a tree, so containment never loops.
    private void BuildPlaceHierarchy(OntologyView view, Random random)
    {
        var places = ByType[view.PlaceType];
        var roots = Math.Max(1, places.Count / 20);
        var regions = roots + (places.Count - roots) / 4;
        for (var i = roots; i < places.Count; i++)
            PlaceOf[places[i]] = i < regions || regions == roots
                ? places[random.Next(roots)]
                : places[random.Next(roots, regions)];
    }

    private static int[] EntityCounts(int entities, OntologyView view, Vocabulary vocabulary)
    {
        var shares = view.EntityTypes.Select((t, i) => i == view.EventType ? 0 : Math.Max(0, vocabulary.EntityTypes[t].Share)).ToArray();
        var sum = shares.Sum();
        if (sum <= 0) throw new InvalidOperationException("Graph.Synthetic/vocabulary.json gives every entity type a share of 0; give the non-event types positive shares.");
        // Every non-event type gets at least one member so that every relation type has endpoints.
        var counts = shares.Select((s, i) => i == view.EventType ? 0 : Math.Max(1, (int)(entities * s / sum))).ToArray();
        var largest = Array.IndexOf(counts, counts.Max());
        counts[largest] += entities - counts.Sum();
        return counts;
    }
}
