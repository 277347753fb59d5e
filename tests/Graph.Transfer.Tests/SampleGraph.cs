using System.Text.Json;
using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Conformance;

namespace Graph.Transfer.Tests;

/// <summary>
/// A small graph with everything a store keeps: several documents (texts with commas, quotes and line breaks),
/// an event, dated and role-bearing relations, a symmetric relation, a merge, a curated relation, reviews and
/// entity edits. And a dump of everything the port shows of a store, for comparing two stores.
/// </summary>
internal static class SampleGraph
{
    public const string Harnecker = "person:marta-harnecker";
    public const string Sidor = "organization:sidor";
    public const string SiderurgicaDelOrinoco = "organization:siderurgica-del-orinoco";

    public static IReadOnlyList<DocumentGraph> Documents()
    {
        var a = new DocBuilder("doc-a", "Marta Harnecker advised the Chávez administration.\nHarnecker was born in Chile. Marta Harnecker wrote \"A World to Build\", a book.")
        {
            Title = "Harnecker, \"adviser\"",
            Date = EdtfDate.Parse("2005-07"),
        };
        var marta = a.Entity("Person", "Marta Harnecker", "Chilean \"Marxist\", writer\nand editor", "Harnecker");
        var admin = a.Entity("Organization", "Chávez administration");
        var chile = a.Entity("Place", "Chile");
        var book = a.Entity("Work", "A World to Build");
        a.Relate("ADVISED", marta, admin, 0.8, date: "2004/2006");
        a.Relate("FROM", marta, chile, 0.7);
        a.Relate("AUTHORED", marta, book, 0.9);

        var b = new DocBuilder("doc-b", "Sidor is a steelworks. Sidor and CVG were allied. Sidor is in Bolívar.");
        var sidor = b.Entity("Organization", "Sidor");
        var cvg = b.Entity("Organization", "CVG");
        var bolivar = b.Entity("Place", "Bolívar");
        b.Relate("ALLIED_WITH", sidor, cvg, 0.6);
        b.Relate("LOCATED_IN", sidor, bolivar, 0.5);

        var c = new DocBuilder("doc-c", "Siderúrgica del Orinoco is in Bolívar. The 2008 nationalization of Siderúrgica del Orinoco; Chávez announced it.");
        var long_ = c.Entity("Organization", "Siderúrgica del Orinoco");
        var bolivar2 = c.Entity("Place", "Bolívar");
        var nationalization = c.Event("2008 nationalization", "Nationalization", "2008-04");
        var chavez = c.Entity("Person", "Chávez");
        c.Relate("LOCATED_IN", long_, bolivar2, 0.6);
        c.Relate("AFFECTED", nationalization, long_, 0.7);
        c.Relate("PARTICIPATED_IN", chavez, nationalization, 0.5, role: "announcer", date: "2008");
        return [a.Build(), b.Build(), c.Build()];
    }

    /// <summary>The documents applied, then a curator's work on top.</summary>
    public static async Task SeedAsync(IGraphStore store)
    {
        foreach (var d in Documents()) await store.ApplyDocumentAsync(d);
        await store.MergeEntitiesAsync(Sidor, SiderurgicaDelOrinoco);
        var chile = "place:chile";
        await store.AddCuratedRelationAsync(new CuratedRelation("LEADS", Harnecker, "organization:chavez-administration", "adviser", EdtfDate.Parse("2004")));
        var from = Core.Identity.GraphIds.Relation("FROM", Harnecker, chile, null, false);
        await store.SetRelationStatusAsync(from, RelationStatus.Disputed, "exile, not birth; see \"Memorias\", p. 3");
        await store.UpdateEntityAsync(chile, new EntityUpdate(Description: "A country, on the Pacific"));
        await store.UpdateEntityAsync("work:a-world-to-build", new EntityUpdate(Name: "Un mundo a construir", Aliases: ["A World to Build", "AWTB"]));
    }

    public static Task<SqliteGraphStore> OpenAsync(string folder, string name) =>
        SqliteGraphStore.OpenAsync(Path.Combine(folder, name));

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Everything the port shows, in a stable order, as text: equal dumps mean equal graphs to every reader.</summary>
    public static async Task<string> DumpAsync(IGraphStore store)
    {
        var documents = new List<object>();
        await foreach (var g in store.DocumentGraphsAsync(pageSize: 2))
            documents.Add(new
            {
                g.Document.Id, g.Document.Title, Date = g.Document.Date?.ToString(), g.Document.Source, g.Document.Text,
                Entities = g.Entities.Select(e => new { e.Id, e.Type, e.Name, e.Aliases, e.Description, Event = e.Event?.EventType, EventDate = e.Event?.Date?.ToString(), e.Mentions }),
                Relations = g.Relations.Select(r => new { r.Type, r.SubjectId, r.ObjectId, r.Role, Date = r.Date?.ToString(), r.Evidence }),
                Mentions = await store.GetDocumentMentionsAsync(g.Document.Id),
            });
        var entities = new List<object>();
        await foreach (var e in store.EntitiesAsync(pageSize: 3))
            entities.Add(new { e.Id, e.Type, e.Name, Aliases = e.Aliases.Order(StringComparer.Ordinal), e.Description, e.ExternalId, Event = e.Event?.EventType, EventDate = e.Event?.Date?.ToString() });
        var relations = new List<object>();
        await foreach (var r in store.RelationsAsync(pageSize: 3))
            relations.Add(new { Relation = Plain(r), Evidence = await store.GetEvidenceAsync(r.Id) });
        var curation = await store.ReadCurationAsync();
        var stats = await store.GetStatsAsync();
        return JsonSerializer.Serialize(new
        {
            documents, entities, relations,
            curation = new { curation.Merges, Curated = curation.CuratedRelations.Select(Plain), Reviewed = curation.ReviewedRelations.Select(Plain), curation.Entities },
            stats,
        }, Indented);
    }

    /// <summary>A file of the repository (found above the test's folder by Graph.sln), e.g. "seeds/texts".</summary>
    public static string RepositoryFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Graph.sln not found above the test's folder."), relative);
    }

    private static object Plain(Relation r) => new
    {
        r.Id, r.Type, r.SubjectId, r.ObjectId, r.Role, Date = r.Date?.ToString(), r.Confidence, r.EvidenceCount,
        Provenance = r.Provenance.ToString(), Status = r.Status.ToString(), r.StatusNote,
    };
}
