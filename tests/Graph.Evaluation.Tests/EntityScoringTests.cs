using Graph.Evaluation.Scoring;
using static Graph.Evaluation.Tests.Build;

namespace Graph.Evaluation.Tests;

public class EntityScoringTests
{
    private readonly Scorer _scorer = new();

    [Fact]
    public void A_predicted_name_matches_a_gold_alias_once_folded()
    {
        var gold = Doc([E("Person", "Hugo Rafael Chávez Frías", "Chávez")]);
        var predicted = Doc([E("Person", "chavez")]);

        var score = _scorer.ScoreDocument(gold, predicted).Entities.Total;

        Assert.Equal(new Counts(1, 0, 0), score);
    }

    [Fact]
    public void Equal_names_of_different_types_do_not_match()
    {
        var gold = Doc([E("Place", "Venezuela")]);
        var predicted = Doc([E("Organization", "Venezuela")]);

        var score = _scorer.ScoreDocument(gold, predicted);

        Assert.Equal(new Counts(0, 1, 1), score.Entities.Total);
        Assert.Equal(new Counts(0, 1, 0), score.Entities.ByType["Organization"]);
        Assert.Equal(new Counts(0, 0, 1), score.Entities.ByType["Place"]);
    }

    [Fact]
    public void Each_gold_entity_is_matched_at_most_once()
    {
        var gold = Doc([E("Person", "Hugo Chávez", "Chávez")]);
        var predicted = Doc([E("Person", "Hugo Chávez"), E("Person", "Chávez")]);

        var score = _scorer.ScoreDocument(gold, predicted);

        Assert.Equal(new Counts(1, 1, 0), score.Entities.Total);
        Assert.Single(score.Errors.FalseEntities);
    }

    [Fact]
    public void The_matching_is_maximal_where_first_fit_would_lose_a_pair()
    {
        // Gold A answers to "CVG" and "Corporación Venezolana de Guayana", gold B only to the former's alias.
        // First fit pairs A with the first prediction it sees and leaves B with nothing.
        var gold = Doc([
            E("Organization", "Corporación Venezolana de Guayana", "CVG"),
            E("Organization", "CVG Alcasa", "CVG")]);
        var predicted = Doc([E("Organization", "CVG"), E("Organization", "Corporación Venezolana de Guayana")]);

        var score = _scorer.ScoreDocument(gold, predicted);

        Assert.Equal(new Counts(2, 0, 0), score.Entities.Total);
    }

    [Fact]
    public void Event_entities_are_not_scored_as_entities()
    {
        var gold = Doc([E("Person", "Marta Harnecker"), E("Event", "2002 coup")]);
        var predicted = Doc([E("Person", "Marta Harnecker"), E("Event", "the coup")]);

        var score = _scorer.ScoreDocument(gold, predicted);

        Assert.Equal(new Counts(1, 0, 0), score.Entities.Total);
        Assert.False(score.Entities.ByType.ContainsKey("Event"));
    }

    [Fact]
    public void A_leading_the_and_punctuation_are_ignored()
    {
        var gold = Doc([E("Movement", "Landless Workers' Movement")]);
        var predicted = Doc([E("Movement", "the Landless Workers Movement")]);

        Assert.Equal(new Counts(1, 0, 0), _scorer.ScoreDocument(gold, predicted).Entities.Total);
    }

    [Fact]
    public void Misses_and_false_positives_are_listed_by_name()
    {
        var gold = Doc([E("Person", "Trino Silva")]);
        var predicted = Doc([E("Person", "Trino")]);

        var errors = _scorer.ScoreDocument(gold, predicted).Errors;

        Assert.Equal(["Person Trino Silva"], errors.MissedEntities);
        Assert.Equal(["Person Trino"], errors.FalseEntities);
    }
}
