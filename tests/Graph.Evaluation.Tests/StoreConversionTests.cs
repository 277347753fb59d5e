using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Evaluation.Prediction;
using Graph.Store.Sqlite;

namespace Graph.Evaluation.Tests;

public sealed class StoreConversionTests : IAsyncLifetime
{
    private static readonly Ontology Ontology = Ontology.Default;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"eval-store-{Guid.NewGuid():N}.db");
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync() => _store = await SqliteGraphStore.OpenAsync(_path);

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        File.Delete(_path);
    }

    private static SpanRef Span(int start, int end) => new(0, start, end, "test", 0.9);

    private static readonly string Directed = Ontology.RelationTypes.First(r => r.Scored && !r.Symmetric && r.Allows("Person", "Place")).Name;

    // Doc A: Chávez, Venezuela, a coup in Venezuela with Chávez, Chávez → Venezuela.
    private static DocumentGraph DocumentA()
    {
        const string text = "Hugo Chávez survived the coup in Venezuela.";
        var chavez = new EntityRecord("Person", "Hugo Chávez", ["Chávez"], [Span(0, 11)]);
        var venezuela = new EntityRecord("Place", "Venezuela", [], [Span(33, 42)]);
        var coup = new EntityRecord(Ontology.EventEntityType, "2002 coup", [], [Span(25, 29)], Event: new EventDetails("Coup", EdtfDate.Parse("2002-04")));
        return new DocumentGraph(new Document("a", "A", null, null, "text", text), [chavez, venezuela, coup],
        [
            new RelationRecord(Ontology.ParticipationRelation, chavez.Id, coup.Id, [Span(0, 29)]),
            new RelationRecord(Ontology.EventPlaceRelation, coup.Id, venezuela.Id, [Span(25, 42)]),
            new RelationRecord(Directed, chavez.Id, venezuela.Id, [Span(0, 42)]),
        ]);
    }

    // Doc B: Chávez and Cuba, with a relation only B supports.
    private static DocumentGraph DocumentB()
    {
        const string text = "Chávez visited Cuba.";
        var chavez = new EntityRecord("Person", "Hugo Chávez", ["Chávez"], [Span(0, 6)]);
        var cuba = new EntityRecord("Place", "Cuba", [], [Span(15, 19)]);
        return new DocumentGraph(new Document("b", "B", null, null, "text", text), [chavez, cuba],
            [new RelationRecord(Directed, chavez.Id, cuba.Id, [Span(0, 19)])]);
    }

    [Fact]
    public async Task Reads_back_only_what_the_document_mentions_and_supports()
    {
        await _store.ApplyDocumentAsync(DocumentA());
        await _store.ApplyDocumentAsync(DocumentB());

        var a = await PredictionConverter.FromStoreAsync(_store, "a");

        Assert.Equal(["Hugo Chávez", "Venezuela"], a.Entities.Select(e => e.Name).Order());
        var relation = Assert.Single(a.Relations);
        Assert.Equal(("Hugo Chávez", Directed, "Venezuela"), (relation.Subject, relation.Type, relation.Object));
        var ev = Assert.Single(a.Events);
        Assert.Equal(("Coup", "2002-04", "Venezuela"), (ev.Type, ev.Date, ev.Place));
        Assert.Equal(["Hugo Chávez"], ev.Participants);
    }

    [Fact]
    public async Task The_store_and_the_graph_give_the_same_prediction()
    {
        await _store.ApplyDocumentAsync(DocumentA());

        var fromStore = await PredictionConverter.FromStoreAsync(_store, "a");
        var fromGraph = PredictionConverter.FromGraph(DocumentA());

        Assert.Equal(fromGraph.Entities.Select(e => (e.Type, e.Name)).Order(), fromStore.Entities.Select(e => (e.Type, e.Name)).Order());
        Assert.Equal(fromGraph.Relations, fromStore.Relations);
        Assert.Equal(fromGraph.Events.Select(e => (e.Type, e.Date, e.Place)), fromStore.Events.Select(e => (e.Type, e.Date, e.Place)));
    }
}
