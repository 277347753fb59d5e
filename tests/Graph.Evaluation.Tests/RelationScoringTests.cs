using Graph.Core.Schema;
using Graph.Evaluation.Scoring;
using static Graph.Evaluation.Tests.Build;

namespace Graph.Evaluation.Tests;

public class RelationScoringTests
{
    private readonly Scorer _scorer = new();
    private static readonly Ontology Ontology = Ontology.Default;
    private static readonly string Symmetric = Ontology.RelationTypes.First(r => r.Symmetric && r.Scored).Name;
    private static readonly string Directed = Ontology.RelationTypes.First(r => !r.Symmetric && r.Scored && r.From.Contains("Person") && r.To.Contains("Organization")).Name;

    [Fact]
    public void Endpoints_match_through_the_aliases_of_the_entities_they_name()
    {
        var gold = Doc([E("Person", "Hugo Chávez", "Chávez"), E("Organization", "Movimiento V República", "MVR")],
            [R("Chávez", Directed, "MVR")]);
        var predicted = Doc([E("Person", "Hugo Chavez"), E("Organization", "Movimiento V Republica")],
            [R("Hugo Chavez", Directed, "Movimiento V Republica")]);

        Assert.Equal(new Counts(1, 0, 0), _scorer.ScoreDocument(gold, predicted).Relations.Total);
    }

    [Fact]
    public void A_symmetric_relation_matches_in_either_direction()
    {
        var gold = Doc(relations: [R("FSLN", Symmetric, "FMLN")]);
        var predicted = Doc(relations: [R("FMLN", Symmetric, "FSLN")]);

        Assert.Equal(new Counts(1, 0, 0), _scorer.ScoreDocument(gold, predicted).Relations.Total);
    }

    [Fact]
    public void A_directed_relation_does_not_match_reversed()
    {
        var gold = Doc(relations: [R("Trino Silva", Directed, "Alcasa union")]);
        var predicted = Doc(relations: [R("Alcasa union", Directed, "Trino Silva")]);

        Assert.Equal(new Counts(0, 1, 1), _scorer.ScoreDocument(gold, predicted).Relations.Total);
    }

    [Fact]
    public void Relation_types_must_be_equal()
    {
        var other = Ontology.RelationTypes.First(r => r.Scored && r.Name != Directed).Name;
        var gold = Doc(relations: [R("Trino Silva", Directed, "Alcasa union")]);
        var predicted = Doc(relations: [R("Trino Silva", other, "Alcasa union")]);

        var score = _scorer.ScoreDocument(gold, predicted).Relations;

        Assert.Equal(new Counts(0, 1, 1), score.Total);
        Assert.Equal(new Counts(0, 1, 0), score.ByType[other]);
    }

    [Fact]
    public void Relations_the_ontology_does_not_score_are_left_out()
    {
        var predicted = Doc(relations: Ontology.RelationTypes.Where(r => !r.Scored).Select(r => R("Hugo Chávez", r.Name, "Venezuela")));

        var score = _scorer.ScoreDocument(Doc(), predicted).Relations;

        Assert.Equal(Counts.Zero, score.Total);
    }

    [Fact]
    public void Each_gold_relation_is_matched_at_most_once()
    {
        var gold = Doc([E("Person", "Hugo Chávez", "Chávez")], [R("Hugo Chávez", Directed, "MVR")]);
        var predicted = Doc([E("Person", "Hugo Chávez", "Chávez")], [R("Hugo Chávez", Directed, "MVR"), R("Chávez", Directed, "MVR")]);

        Assert.Equal(new Counts(1, 1, 0), _scorer.ScoreDocument(gold, predicted).Relations.Total);
    }
}
