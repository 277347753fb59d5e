using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Synthetic.Internal;

namespace Graph.Synthetic;

/// <summary>
/// A deterministic synthetic knowledge graph: entities of every ontology type with invented names and aliases,
/// a place hierarchy, dated events with places and participants, relations of every type that respect the
/// ontology, a power-law degree distribution, and documents whose sentences are the relations' evidence.
/// Nodes are made up front; documents and edges are streamed, so a million relations take modest memory.
/// </summary>
public sealed class SyntheticGraph
{
    private readonly OntologyView _view;
    private readonly Vocabulary _vocabulary;
    private readonly NodeSet _nodes;

    public SyntheticGraphOptions Options { get; }

    private SyntheticGraph(SyntheticGraphOptions options, Ontology ontology)
    {
        options.Validate();
        Options = options;
        _view = new OntologyView(ontology);
        _vocabulary = Vocabulary.Load(ontology);
        _nodes = NodeSet.Build(options, _view, _vocabulary, new Random(Seeds.Derive(options.Seed, Seeds.Nodes)));
    }

    public static SyntheticGraph Create(SyntheticGraphOptions options) => new(options, Ontology.Default);

    /// <summary>The documents of <see cref="Create"/>, streamed: the store's units of work.</summary>
    public static IEnumerable<DocumentGraph> Generate(SyntheticGraphOptions options) => Create(options).Documents();

    public int NodeCount => _nodes.Count;

    public IEnumerable<SyntheticNode> Nodes()
    {
        for (var i = 0; i < _nodes.Count; i++)
            yield return new SyntheticNode(_nodes.Ids[i], _view.EntityTypes[_nodes.TypeOf[i]], _nodes.Names[i], _nodes.Aliases[i], _nodes.EventOf[i]);
    }

    /// <summary>Every enumeration starts over and yields the same documents.</summary>
    public IEnumerable<DocumentGraph> Documents()
    {
        var writer = new DocumentWriter(Options, _view, _nodes, _vocabulary);
        foreach (var plan in new Planner(Options, _view, _nodes, _vocabulary).Documents())
            yield return writer.Write(plan);
    }

    /// <summary>The relations of <see cref="Documents"/>, in the same order, without text.</summary>
    public IEnumerable<SyntheticEdge> Edges()
    {
        foreach (var plan in new Planner(Options, _view, _nodes, _vocabulary).Documents())
            foreach (var r in plan.Relations)
            {
                var def = _view.Relations[r.Type];
                var (subject, obj) = (_nodes.Ids[r.Subject], _nodes.Ids[r.Object]);
                yield return new SyntheticEdge(GraphIds.Relation(def.Name, subject, obj, r.Role, def.Symmetric),
                    def.Name, subject, obj, r.Role, r.Date, def.Symmetric);
            }
    }
}
