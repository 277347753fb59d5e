using System.Text;
using Graph.Core.Dates;
using Graph.Core.Model;

namespace Graph.Synthetic.Internal;

/// <summary>
/// Turns a planned document into text and a <see cref="DocumentGraph"/>: one sentence per relation, whose span
/// is the relation's evidence and whose names are the endpoints' mentions.
/// </summary>
internal sealed class DocumentWriter(SyntheticGraphOptions options, OntologyView view, NodeSet nodes, Vocabulary vocabulary)
{
    private readonly string[] _phrases = view.Relations.Select(r => vocabulary.Relations[r.Name].Phrase).ToArray();
    private readonly string[] _methods = view.Relations.Select(r => $"synthetic/{r.Name.ToLowerInvariant()}").ToArray();

    public DocumentGraph Write(PlannedDocument plan)
    {
        // Each document has its own stream, so wording never shifts which relations exist.
        var random = new Random(Seeds.Derive(options.Seed, Seeds.Text, plan.Index));
        var text = new StringBuilder(plan.Relations.Count * 72 + plan.LooseNodes.Count * 24);
        var mentions = new Dictionary<int, List<SpanRef>>();
        var order = new List<int>();
        var relations = new List<RelationRecord>(plan.Relations.Count);
        var sentence = 0;

        void Mention(int node)
        {
            var surface = SurfaceForm(node, random);
            var start = text.Length;
            text.Append(surface);
            if (!mentions.TryGetValue(node, out var list))
            {
                mentions[node] = list = new List<SpanRef>(2);
                order.Add(node);
            }
            list.Add(new SpanRef(sentence, start, text.Length, "synthetic/name", Confidence(random)));
        }

        foreach (var r in plan.Relations)
        {
            if (text.Length > 0) text.Append(' ');
            var start = text.Length;
            Mention(r.Subject);
            text.Append(' ').Append(_phrases[r.Type]).Append(' ');
            Mention(r.Object);
            if (r.Role is not null) text.Append(" as ").Append(r.Role);
            if (r.Date is not null) text.Append(" (").Append(r.Date.ToDisplayString()).Append(')');
            text.Append('.');
            var evidence = new SpanRef(sentence, start, text.Length, _methods[r.Type], Confidence(random));
            relations.Add(new RelationRecord(view.Relations[r.Type].Name, nodes.Ids[r.Subject], nodes.Ids[r.Object], [evidence], r.Role, r.Date));
            sentence++;
        }
        foreach (var node in plan.LooseNodes)
        {
            if (text.Length > 0) text.Append('\n');
            Mention(node);
            text.Append('.');
            sentence++;
        }

        var entities = order.Select(n => new EntityRecord(
            view.EntityTypes[nodes.TypeOf[n]], nodes.Names[n], nodes.Aliases[n], mentions[n], Event: nodes.EventOf[n])).ToArray();
        var title = plan.LooseNodes.Count > 0 ? $"Register of names {plan.Index}" : $"Synthetic report {plan.Index}: {nodes.Names[plan.Relations[0].Subject]}";
        var month = random.Next(1, 13);
        var date = EdtfDate.Day(random.Next(1990, 2026), month, random.Next(1, 29));
        var document = new Document($"synthetic-{options.Seed}-{plan.Index:D7}", title, date, $"synthetic graph, seed {options.Seed}", "text", text.ToString());
        return new DocumentGraph(document, entities, relations);
    }

    // One mention in five uses an alias ("Soto", "CVG"), as texts do after the first full name.
    private string SurfaceForm(int node, Random random)
    {
        var aliases = nodes.Aliases[node];
        return aliases.Count > 0 && random.Next(5) == 0 ? aliases[random.Next(aliases.Count)] : nodes.Names[node];
    }

    private static double Confidence(Random random) => Math.Round(0.55 + random.NextDouble() * 0.44, 2);
}
