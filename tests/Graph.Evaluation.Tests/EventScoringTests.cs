using Graph.Evaluation.Scoring;
using static Graph.Evaluation.Tests.Build;

namespace Graph.Evaluation.Tests;

public class EventScoringTests
{
    private readonly Scorer _scorer = new();

    [Fact]
    public void A_predicted_date_inside_the_gold_interval_matches_but_is_not_exact()
    {
        var gold = Doc(events: [Ev("Coup", "2002-04-11", "Venezuela", "Hugo Chávez")]);
        var predicted = Doc(events: [Ev("Coup", "2002-04", "Venezuela")]);

        var score = _scorer.ScoreDocument(gold, predicted);

        Assert.Equal(new Counts(1, 0, 0), score.Events.Total);
        Assert.Equal(new DateScore(0, 1), score.Dates);
        Assert.Single(score.Errors.WrongDates);
    }

    [Fact]
    public void A_predicted_date_outside_the_gold_interval_does_not_match()
    {
        var gold = Doc(events: [Ev("Privatization", "199X", "Venezuela")]);
        var predicted = Doc(events: [Ev("Privatization", "2001", "Venezuela")]);

        Assert.Equal(new Counts(0, 1, 1), _scorer.ScoreDocument(gold, predicted).Events.Total);
    }

    [Fact]
    public void A_dated_gold_event_needs_a_dated_prediction()
    {
        var gold = Doc(events: [Ev("Coup", "1973-09-11", "Chile")]);
        var predicted = Doc(events: [Ev("Coup", null, "Chile")]);

        Assert.Equal(new Counts(0, 1, 1), _scorer.ScoreDocument(gold, predicted).Events.Total);
    }

    [Fact]
    public void An_undated_gold_event_matches_on_type_and_participants_alone()
    {
        var gold = Doc(events: [Ev("Founding", null, null, "COPEI")]);
        var predicted = Doc(events: [Ev("Founding", "1946", null, "COPEI")]);

        var score = _scorer.ScoreDocument(gold, predicted);

        Assert.Equal(new Counts(1, 0, 0), score.Events.Total);
        Assert.Equal(new DateScore(0, 1), score.Dates);
    }

    [Fact]
    public void An_event_must_share_its_place_or_a_participant()
    {
        var gold = Doc(events: [Ev("Strike", "2002-12", "Venezuela", "PDVSA")]);
        var predicted = Doc(events: [Ev("Strike", "2002-12", "Bolivia", "COB")]);

        Assert.Equal(new Counts(0, 1, 1), _scorer.ScoreDocument(gold, predicted).Events.Total);
    }

    [Fact]
    public void One_shared_participant_is_enough_and_is_compared_by_alias()
    {
        var gold = Doc([E("Person", "Hugo Chávez", "Chávez")], events: [Ev("Election", "1998-12-06", null, "Chávez", "Henrique Salas Römer")]);
        var predicted = Doc([E("Person", "Hugo Chavez")], events: [Ev("Election", "1998-12-06", null, "Hugo Chavez")]);

        var score = _scorer.ScoreDocument(gold, predicted);

        Assert.Equal(new Counts(1, 0, 0), score.Events.Total);
        Assert.Equal(new DateScore(1, 1), score.Dates);
    }

    [Fact]
    public void Event_types_must_be_equal()
    {
        var gold = Doc(events: [Ev("Protest", "1989-02-27", "Caracas")]);
        var predicted = Doc(events: [Ev("Strike", "1989-02-27", "Caracas")]);

        var score = _scorer.ScoreDocument(gold, predicted).Events;

        Assert.Equal(new Counts(0, 1, 1), score.Total);
        Assert.Equal(new Counts(0, 0, 1), score.ByType["Protest"]);
    }

    [Fact]
    public void Each_gold_event_is_matched_at_most_once_and_exact_dates_are_preferred()
    {
        var gold = Doc(events: [Ev("Coup", "2002-04-11", "Venezuela")]);
        var predicted = Doc(events: [Ev("Coup", "2002", "Venezuela"), Ev("Coup", "2002-04-11", "Venezuela")]);

        var score = _scorer.ScoreDocument(gold, predicted);

        Assert.Equal(new Counts(1, 1, 0), score.Events.Total);
        Assert.Equal(new DateScore(1, 1), score.Dates);
    }
}
