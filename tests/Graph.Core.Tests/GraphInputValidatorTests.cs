using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Core.Validation;

namespace Graph.Core.Tests;

public class GraphInputValidatorTests
{
    private static readonly GraphInputValidator Validator = new(Ontology.Default);
    private const string Text = "Marta Harnecker interviewed Hugo Chávez in 2002.";

    private static SpanRef Span(int start, int end, string method = "test/pattern", double confidence = 0.9) => new(0, start, end, method, confidence);

    private static DocumentGraph Valid(Func<EntityRecord[], EntityRecord[]>? entities = null, Func<RelationRecord[], RelationRecord[]>? relations = null)
    {
        EntityRecord[] es =
        [
            new("Person", "Marta Harnecker", [], [Span(0, 15)]),
            new("Person", "Hugo Chávez", ["Chávez"], [Span(28, 39)]),
            new("Event", "2002 coup attempt", [], [], Event: new EventDetails("Coup", EdtfDate.Parse("2002-04-11"))),
        ];
        RelationRecord[] rs = [new("INTERVIEWED", GraphIds.Entity("Person", "Marta Harnecker"), GraphIds.Entity("Person", "Hugo Chávez"), [Span(0, 48)])];
        return new DocumentGraph(new Document("seeds-04", "Interview", null, null, "text", Text), entities?.Invoke(es) ?? es, relations?.Invoke(rs) ?? rs);
    }

    private static string Rejection(Action validate) => Assert.Throws<GraphValidationException>(validate).Message;

    [Fact]
    public void A_valid_document_passes() => Validator.Validate(Valid());

    [Fact]
    public void Empty_document_fields_are_named()
    {
        var g = Valid();
        Assert.Contains("needs an id", Rejection(() => Validator.Validate(g with { Document = g.Document with { Id = " " } })));
        Assert.Contains("document 'seeds-04' has an empty title", Rejection(() => Validator.Validate(g with { Document = g.Document with { Title = "" } })));
        Assert.Contains("document 'seeds-04' has no text", Rejection(() => Validator.Validate(g with { Document = g.Document with { Text = "" } })));
    }

    [Fact]
    public void Unknown_entity_type_names_value_place_and_known_types()
    {
        var m = Rejection(() => Validator.Validate(Valid(es => [es[0] with { Type = "Human" }, .. es[1..]])));
        Assert.Contains("Unknown entity type 'Human'", m);
        Assert.Contains("document 'seeds-04', entity #1 ('Marta Harnecker')", m);
        Assert.Contains(Ontology.Default.KnownEntityTypes, m);
    }

    [Fact]
    public void An_event_needs_a_known_event_type_and_only_events_carry_one()
    {
        var none = Rejection(() => Validator.Validate(Valid(es => [.. es[..2], es[2] with { Event = null }])));
        Assert.Contains("entity #3 ('2002 coup attempt') is an Event without an event type", none);
        Assert.Contains(Ontology.Default.KnownEventTypes, none);

        var unknown = Rejection(() => Validator.Validate(Valid(es => [.. es[..2], es[2] with { Event = new EventDetails("Putsch", null) }])));
        Assert.Contains("Unknown event type 'Putsch' in document 'seeds-04', entity #3", unknown);
        Assert.Contains("Coup", unknown);

        var misplaced = Rejection(() => Validator.Validate(Valid(es => [es[0] with { Event = new EventDetails("Coup", null) }, .. es[1..]])));
        Assert.Contains("entity #1 ('Marta Harnecker') is a Person but carries event details; only Event entities do", misplaced);
    }

    [Fact]
    public void A_name_that_folds_to_nothing_is_named_with_its_place()
    {
        Assert.Contains("entity #1 ('  ') has an empty name", Rejection(() => Validator.Validate(Valid(es => [es[0] with { Name = "  " }, .. es[1..]]))));
        var m = Rejection(() => Validator.Validate(Valid(es => [es[0] with { Name = "—" }, .. es[1..]])));
        Assert.Contains("document 'seeds-04', entity #1 ('—')", m);
        Assert.Contains("empty once case, accents and punctuation are folded", m);
    }

    [Fact]
    public void The_same_entity_named_twice_in_a_document_is_accepted() =>
        Validator.Validate(Valid(es => [.. es, es[1] with { Name = "hugo chavez", Mentions = [] }]));

    [Fact]
    public void Spans_outside_the_text_or_without_method_or_with_bad_confidence_are_rejected()
    {
        var outside = Rejection(() => Validator.Validate(Valid(es => [es[0] with { Mentions = [Span(40, 60)] }, .. es[1..]])));
        Assert.Contains("entity #1 ('Marta Harnecker'), mention (test/pattern) spans [40, 60), outside the text of 48 characters", outside);
        Assert.Contains("spans [5, 5)", Rejection(() => Validator.Validate(Valid(es => [es[0] with { Mentions = [Span(5, 5)] }, .. es[1..]]))));
        Assert.Contains("has confidence 1.5, outside 0–1", Rejection(() => Validator.Validate(Valid(es => [es[0] with { Mentions = [Span(0, 5, confidence: 1.5)] }, .. es[1..]]))));
        Assert.Contains("does not say which component or pattern produced it", Rejection(() => Validator.Validate(Valid(es => [es[0] with { Mentions = [Span(0, 5, method: " ")] }, .. es[1..]]))));
    }

    [Fact]
    public void Relation_rejections_name_the_relation_its_method_and_what_is_allowed()
    {
        var g = Valid();
        var r = g.Relations[0];
        var unknown = Rejection(() => Validator.Validate(Valid(relations: _ => [r with { Type = "INTERVIEW" }])));
        Assert.Contains("Unknown relation type 'INTERVIEW' in document 'seeds-04', relation #1 (person:marta-harnecker INTERVIEW person:hugo-chavez from test/pattern)", unknown);
        Assert.Contains("INTERVIEWED", unknown);

        var wrongEnds = Rejection(() => Validator.Validate(Valid(relations: _ => [r with { Type = "AUTHORED" }])));
        Assert.Contains("AUTHORED cannot go from Person to Person; allowed: Person → Work", wrongEnds);

        var stranger = Rejection(() => Validator.Validate(Valid(relations: _ => [r with { ObjectId = "person:fidel-castro" }])));
        Assert.Contains("object 'person:fidel-castro' is not among the document's entities", stranger);
        Assert.Contains("subject 'person:nobody' is not among", Rejection(() => Validator.Validate(Valid(relations: _ => [r with { SubjectId = "person:nobody" }]))));

        Assert.Contains("has no evidence", Rejection(() => Validator.Validate(Valid(relations: _ => [r with { Evidence = [] }]))));
        Assert.Contains("relation #1 (person:marta-harnecker INTERVIEWED person:hugo-chavez from test/pattern), evidence (test/pattern) spans [0, 49)",
            Rejection(() => Validator.Validate(Valid(relations: _ => [r with { Evidence = [Span(0, 49)] }]))));
    }

    [Fact]
    public void Curated_relations_are_checked_against_the_ontology()
    {
        Validator.Validate(new CuratedRelation("LEADS", "person:a", "organization:b"), "Person", "Organization");
        var m = Rejection(() => Validator.Validate(new CuratedRelation("LEADS", "work:a", "organization:b"), "Work", "Organization"));
        Assert.Contains("curated relation (work:a LEADS organization:b): LEADS cannot go from Work to Organization; allowed: Person → Organization|Movement|Place", m);
    }

    [Fact]
    public void Query_limits_name_the_value_and_the_range()
    {
        Assert.Contains("A network needs at least one center", Rejection(() => Validator.Validate(new NetworkQuery([]))));
        Assert.Contains("Network depth 5 is outside 1–4", Rejection(() => Validator.Validate(new NetworkQuery(["x"], Depth: 5))));
        Assert.Contains("Network node limit 2001 is outside 1–2000", Rejection(() => Validator.Validate(new NetworkQuery(["x"], NodeLimit: 2001))));
        Assert.Contains("Minimum confidence 1.2 is outside 0–1", Rejection(() => Validator.Validate(new NetworkQuery(["x"], MinConfidence: 1.2))));
        Assert.Contains("Minimum confidence NaN", Rejection(() => Validator.Validate(new RelationQuery("x", MinConfidence: double.NaN))));
        Assert.Contains("Unknown relation type 'KNOWS' in network filter", Rejection(() => Validator.Validate(new NetworkQuery(["x"], RelationTypes: ["KNOWS"]))));
        Assert.Contains("Unknown entity type 'Thing' in path filter", Rejection(() => Validator.Validate(new PathQuery("a", "b", EntityTypes: ["Thing"]))));
        Assert.Contains("Path length 7 is outside 1–6", Rejection(() => Validator.Validate(new PathQuery("a", "b", MaxLength: 7))));
        Assert.Contains("Number of paths 0 is outside 1–20", Rejection(() => Validator.Validate(new PathQuery("a", "b", First: 0))));
        Assert.Contains("Timeline depth 4 is outside 0–3", Rejection(() => Validator.Validate(new TimelineQuery(ParticipantDepth: 4))));
        Assert.Contains("Unknown event type 'Riot' in timeline filter", Rejection(() => Validator.Validate(new TimelineQuery(EventTypes: ["Riot"]))));
        Assert.Contains("Page size 501 is outside 1–500", Rejection(() => Validator.Validate(new TimelineQuery(Page: new PageRequest(501)))));
        Assert.Contains("Cursor 'nope' was not issued by this API", Rejection(() => Validator.Validate(new RelationQuery("x", Page: new PageRequest(10, "nope")))));
        Assert.Contains("Unknown entity type 'Human' in search filter", Rejection(() => Validator.Validate(new EntitySearch("x", Types: ["Human"]))));
    }

    [Fact]
    public void Valid_queries_pass()
    {
        Validator.Validate(new NetworkQuery(["x"], Depth: 4, NodeLimit: 2000, RelationTypes: ["LEADS"], EntityTypes: ["Person"]));
        Validator.Validate(new PathQuery("a", "b", MaxLength: 6, First: 20));
        Validator.Validate(new TimelineQuery(ParticipantDepth: 3, EventTypes: ["Coup"], Page: new PageRequest(500, Cursor.Encode(40))));
        Validator.Validate(new RelationQuery("x", Types: ["ADVISED"], MinConfidence: 1));
        Validator.Validate(new EntitySearch("x", Types: ["Place"]));
    }

    [Fact]
    public void Cursors_round_trip_and_pages_report_their_neighbours()
    {
        Assert.Equal(41, new PageRequest(10, Cursor.Encode(40)).Validate());
        var page = Page<int>.FromSlice([5, 6], offset: 4, total: 10);
        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
        Assert.Equal(5, Cursor.Decode(page.EndCursor!));
        Assert.False(Page<int>.FromSlice([], 0, 0).HasNextPage);
    }
}
