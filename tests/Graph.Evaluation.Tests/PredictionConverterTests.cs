using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Evaluation.Prediction;

namespace Graph.Evaluation.Tests;

public class PredictionConverterTests
{
    private static readonly Ontology Ontology = Ontology.Default;
    private const string Text = "Hugo Chávez survived the coup in Venezuela in 2002.";

    private static SpanRef Span(int start, int end) => new(0, start, end, "test", 0.9);

    private static DocumentGraph Graph()
    {
        var chavez = new EntityRecord("Person", "Hugo Chávez", ["Chávez"], [Span(0, 11)]);
        var venezuela = new EntityRecord("Place", "Venezuela", [], [Span(33, 42)]);
        var unmentioned = new EntityRecord("Person", "Pedro Carmona", [], []);
        var coup = new EntityRecord(Ontology.EventEntityType, "2002 coup", [], [Span(25, 29)],
            Event: new EventDetails("Coup", EdtfDate.Parse("2002-04-11")));
        var directed = Ontology.RelationTypes.First(r => r.Scored && r.Allows("Person", "Place")).Name;
        var relations = new[]
        {
            new RelationRecord(Ontology.ParticipationRelation, chavez.Id, coup.Id, [Span(0, 29)], "target"),
            new RelationRecord(Ontology.EventPlaceRelation, coup.Id, venezuela.Id, [Span(25, 42)]),
            new RelationRecord(Ontology.CooccurrenceRelation, chavez.Id, venezuela.Id, [Span(0, 42)]),
            new RelationRecord(directed, chavez.Id, venezuela.Id, [Span(0, 42)]),
        };
        var document = new Document("d", "t", null, null, "text", Text);
        return new DocumentGraph(document, [chavez, venezuela, unmentioned, coup], relations);
    }

    [Fact]
    public void Entities_are_those_mentioned_and_not_events()
    {
        var gold = PredictionConverter.FromGraph(Graph());

        Assert.Equal(["Hugo Chávez", "Venezuela"], gold.Entities.Select(e => e.Name).Order());
        Assert.Equal(["Chávez"], gold.Entities.Single(e => e.Name == "Hugo Chávez").Aliases);
    }

    [Fact]
    public void Events_take_their_place_and_participants_from_the_edges()
    {
        var ev = Assert.Single(PredictionConverter.FromGraph(Graph()).Events);

        Assert.Equal("Coup", ev.Type);
        Assert.Equal("2002-04-11", ev.Date);
        Assert.Equal("Venezuela", ev.Place);
        Assert.Equal(["Hugo Chávez"], ev.Participants);
    }

    [Fact]
    public void Only_scored_relation_types_become_relations()
    {
        var relation = Assert.Single(PredictionConverter.FromGraph(Graph()).Relations);

        Assert.True(Ontology.Relation(relation.Type).Scored);
        Assert.Equal("Hugo Chávez", relation.Subject);
        Assert.Equal("Venezuela", relation.Object);
    }

    [Fact]
    public void Evidence_carries_the_text_of_its_span_only_when_asked()
    {
        Assert.Null(PredictionConverter.FromGraph(Graph()).Entities[0].Evidence);

        var withEvidence = PredictionConverter.FromGraph(Graph(), withEvidence: true);

        var span = Assert.Single(withEvidence.Entities.Single(e => e.Name == "Venezuela").Evidence!);
        Assert.Equal("Venezuela", span.Text);
        Assert.Equal("test", span.Method);
        Assert.Equal("coup", Assert.Single(withEvidence.Events[0].Evidence!).Text);
    }
}
