using CsCheck;
using Graph.Core.Identity;
using Graph.Core.Schema;

namespace Graph.Core.Tests;

public class GraphIdsTests
{
    [Fact]
    public void Entity_ids_read_as_type_and_slug() =>
        Assert.Equal("person:hugo-chavez", GraphIds.Entity("Person", "Hugo Chávez"));

    [Fact]
    public void Entity_ids_are_the_same_for_names_that_fold_equal()
    {
        var id = GraphIds.Entity("Organization", "The Chávez Administration");
        Assert.Equal(id, GraphIds.Entity("Organization", "chavez administration"));
        Assert.Equal(id, GraphIds.Entity("Organization", "CHAVEZ  ADMINISTRATION."));
    }

    [Fact]
    public void Entity_ids_differ_by_type() =>
        Assert.NotEqual(GraphIds.Entity("Person", "Bolívar"), GraphIds.Entity("Place", "Bolívar"));

    [Fact]
    public void An_entity_needs_a_type_and_a_name_that_survives_folding()
    {
        Assert.Contains("needs a type", Assert.Throws<GraphValidationException>(() => GraphIds.Entity(" ", "Chávez")).Message);
        var e = Assert.Throws<GraphValidationException>(() => GraphIds.Entity("Person", "“—”"));
        Assert.Contains("'“—”'", e.Message);
        Assert.Contains("Person", e.Message);
    }

    [Fact]
    public void Long_names_keep_a_readable_prefix_and_a_hash_of_the_whole()
    {
        var prefix = string.Join(' ', Enumerable.Repeat("strike", 20));
        var a = GraphIds.Entity("Event", prefix + " in Ciudad Guayana");
        var b = GraphIds.Entity("Event", prefix + " in Puerto Ordaz");

        Assert.NotEqual(a, b);
        Assert.StartsWith("event:strike-strike-", a);
        Assert.True(a.Length <= "event:".Length + 80 + 1 + 8, a);
        Assert.Matches("-[0-9a-f]{8}$", a);
    }

    [Fact]
    public void Symmetric_relation_ids_ignore_direction_and_directed_ones_do_not()
    {
        Assert.Equal(GraphIds.Relation("ALLIED_WITH", "a", "b", null, symmetric: true),
                     GraphIds.Relation("ALLIED_WITH", "b", "a", null, symmetric: true));
        Assert.NotEqual(GraphIds.Relation("ADVISED", "a", "b", null, symmetric: false),
                        GraphIds.Relation("ADVISED", "b", "a", null, symmetric: false));
    }

    [Fact]
    public void Relation_ids_depend_on_type_and_folded_role()
    {
        var leads = GraphIds.Relation("LEADS", "person:a", "organization:b", "Secretary General", false);
        Assert.Equal(leads, GraphIds.Relation("LEADS", "person:a", "organization:b", "secretary-general", false));
        Assert.NotEqual(leads, GraphIds.Relation("LEADS", "person:a", "organization:b", "director", false));
        Assert.NotEqual(leads, GraphIds.Relation("LEADS", "person:a", "organization:b", null, false));
        Assert.NotEqual(leads, GraphIds.Relation("MEMBER_OF", "person:a", "organization:b", "Secretary General", false));
        Assert.Matches("^rel:[0-9a-f]{20}$", leads);
    }

    [Fact]
    public void Document_ids_and_content_hashes_follow_the_text()
    {
        Assert.Equal(GraphIds.DocumentFromText("text"), GraphIds.DocumentFromText("text"));
        Assert.NotEqual(GraphIds.DocumentFromText("text"), GraphIds.DocumentFromText("text."));
        Assert.Matches("^doc:[0-9a-f]{16}$", GraphIds.DocumentFromText("text"));
        Assert.Equal(32, GraphIds.ContentHash("text").Length);
    }

    private static readonly Gen<string> Words = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzáéíóúñç"], 1, 12];
    private static readonly Gen<string> Names = Gen.Select(Words.Array[1, 12], w => string.Join(' ', w));

    [Fact]
    public void Entity_ids_are_stable_and_survive_surface_variation() =>
        Gen.Select(Names, Gen.OneOf(Gen.Const("Person"), Gen.Const("Place"), Gen.Const("Event"))).Sample((name, type) =>
        {
            var id = GraphIds.Entity(type, name);
            var variant = "The " + name.ToUpperInvariant().Replace(" ", " - ", StringComparison.Ordinal) + "!";
            return id == GraphIds.Entity(type, name) && id == GraphIds.Entity(type, variant)
                && id.StartsWith(type.ToLowerInvariant() + ":", StringComparison.Ordinal)
                && id.Length <= type.Length + 1 + 80 + 1 + 8 && !id.Contains(' ', StringComparison.Ordinal);
        });

    [Fact]
    public void Symmetric_relation_ids_are_the_same_both_ways() =>
        Gen.Select(Names, Names).Sample((a, b) =>
            GraphIds.Relation("ALLIED_WITH", a, b, null, true) == GraphIds.Relation("ALLIED_WITH", b, a, null, true));
}
