using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>
/// Relations whose subject or object is not named where the relation is stated: a pronoun, a nationality word.
/// One behaviour each, on hand-made sentences over the test gazetteer.
/// </summary>
public class RelationReferenceTests
{
    private static bool Has(DocumentGraph g, string type, string subject, string obj) =>
        g.Relations.Any(r => r.Type == type
            && g.Entities.Any(e => e.Id == r.SubjectId && e.Name == subject)
            && g.Entities.Any(e => e.Id == r.ObjectId && e.Name == obj));

    [Fact]
    public void object_him_stands_for_the_one_person_named_before() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez lost the vote in March. The next day the Movement for Socialism removed him by 39 votes to 4."),
            "OPPOSED", "Movement for Socialism", "Hugo Chávez"));

    [Fact]
    public void object_him_with_two_people_named_before_links_nothing() =>
        Assert.False(Has(TestKnowledge.Extract("Hugo Chávez met Simón Bolívar in March. The next day the Movement for Socialism removed him."),
            "OPPOSED", "Movement for Socialism", "Hugo Chávez"));

    [Fact]
    public void object_it_stands_for_the_one_thing_of_the_cues_type_named_before() =>
        Assert.True(Has(TestKnowledge.Extract("Foreign lenders pressed neoliberalism on the region for a decade. The Movement for Socialism rejected it."),
            "OPPOSED", "Movement for Socialism", "neoliberalism"));

    [Fact]
    public void to_before_the_verb_marks_an_infinitive_so_the_actor_before_it_is_the_subject() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez proposed a referendum, the pretext the Movement for Socialism used to remove him."),
            "OPPOSED", "Movement for Socialism", "Hugo Chávez"));

    [Fact]
    public void subject_he_for_a_person_named_with_others_in_the_sentence_before_is_that_person_alone()
    {
        // Used to throw: the stance cue's subject was looked for in a list around a name of the previous sentence.
        var g = TestKnowledge.Extract("Hugo Chávez and the Movement for Socialism won the election in Venezuela.\n\nHe opposed neoliberalism and the privatization.");
        Assert.True(Has(g, "OPPOSED", "Hugo Chávez", "neoliberalism"));
        Assert.False(Has(g, "OPPOSED", "Movement for Socialism", "neoliberalism"));
    }

    [Fact]
    public void subject_he_in_a_pattern_stands_for_the_one_person_named_before() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez returned to Caracas in 1994. Four years later he became president of the Movement for Socialism."),
            "LEADS", "Hugo Chávez", "Movement for Socialism"));

    [Fact]
    public void a_nationality_word_stands_for_its_country_when_the_text_names_it() =>
        Assert.True(Has(TestKnowledge.Extract("Ciudad Guayana, the Venezuelan city, grew fast after iron was found in Venezuela."),
            "LOCATED_IN", "Ciudad Guayana", "Venezuela"));

    [Fact]
    public void a_nationality_word_before_an_occupation_says_where_a_person_is_from() =>
        Assert.True(Has(TestKnowledge.Extract("The method was designed in Chile by the Chilean educator Hugo Chávez in 2001."),
            "FROM", "Hugo Chávez", "Chile"));

    [Fact]
    public void a_nationality_adjective_does_not_join_a_list_of_places() =>
        Assert.False(Has(TestKnowledge.Extract("In Ciudad Guayana, on the western side of Bolívar, Chilean doctors see patients. Chile sent them."),
            "LOCATED_IN", "Ciudad Guayana", "Chile"));

    [Fact]
    public void his_stands_for_the_one_person_named_earlier_in_the_sentence() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez spoke for hours: the talk ran from his childhood in Chile to the present."),
            "FROM", "Hugo Chávez", "Chile"));

    [Fact]
    public void his_as_a_pattern_word_still_matches() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez began his term in 1999 with neoliberalism."),
            "SUPPORTED", "Hugo Chávez", "neoliberalism"));

    [Fact]
    public void an_officer_named_after_a_body_in_a_list_takes_part_in_the_stance() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez and the Bolivian Workers' Center leader Simón Bolívar backed neoliberalism."),
            "SUPPORTED", "Simón Bolívar", "neoliberalism"));

    [Fact]
    public void object_them_stands_for_the_one_thing_of_the_cues_type_named_before() =>
        Assert.True(Has(TestKnowledge.Extract("Foreign lenders pressed neoliberalism on the region. In 1999 Hugo Chávez's government implemented them."),
            "SUPPORTED", "Hugo Chávez", "neoliberalism"));

    [Fact]
    public void a_pointer_and_a_head_noun_stand_for_the_one_entity_whose_name_ends_in_it() =>
        Assert.True(Has(TestKnowledge.Extract("The Bolivian Workers' Center called a strike in May. In June Hugo Chávez opposed this center."),
            "OPPOSED", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void a_head_noun_shared_by_two_names_stands_for_neither() =>
        Assert.False(Has(TestKnowledge.Extract(
            "The Bolivian Workers' Center and the Chilean Workers' Center called a strike. In June Hugo Chávez opposed this center."),
            "OPPOSED", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void he_stands_for_the_person_named_earlier_in_his_own_sentence_before_the_one_before() =>
        Assert.True(Has(TestKnowledge.Extract(
            "Simón Bolívar spoke in March. Hugo Chávez, a soldier, had changed: he became president of the Movement for Socialism."),
            "LEADS", "Hugo Chávez", "Movement for Socialism"));

    [Fact]
    public void a_verb_stands_for_the_process_the_document_names() =>
        Assert.True(Has(TestKnowledge.Extract(
            "Workers feared privatization for years. In 1997 the Bolivian Workers' Center, the largest union of the country, was privatized."),
            "AFFECTED", "privatization", "Bolivian Workers' Center"));

    [Fact]
    public void a_verb_whose_process_the_document_does_not_name_stands_for_nothing() =>
        Assert.DoesNotContain(TestKnowledge.Extract("In 1997 the Bolivian Workers' Center was privatized.").Relations, r => r.Type == "AFFECTED");

    [Fact]
    public void the_last_of_a_list_someone_interviewed_was_interviewed() =>
        Assert.True(Has(TestKnowledge.Extract("Simón Bolívar wrote for years. He interviewed the workers, and Hugo Chávez himself, in 1990."),
            "INTERVIEWED", "Simón Bolívar", "Hugo Chávez"));

    private const string Handover =
        "Eight years ago, Hugo Chávez defeated Simón Bolívar in the vote. Next month he hands the office to Juan Pérez, his former chief of staff.";

    [Fact]
    public void his_after_an_apposition_head_stands_for_the_subject_of_the_sentence_before() =>
        Assert.True(Has(TestKnowledge.Extract(Handover), "ADVISED", "Juan Pérez", "Hugo Chávez"));

    [Fact]
    public void his_does_not_join_the_name_before_it_as_a_list() =>
        Assert.False(Has(TestKnowledge.Extract(Handover), "ADVISED", "Hugo Chávez", "Juan Pérez"));

    [Fact]
    public void the_name_of_a_type_stands_for_the_one_entity_of_that_type_named_before() =>
        Assert.True(Has(TestKnowledge.Extract("The Bolivian Workers' Center grew in the 1990s. In 2003 Hugo Chávez campaigned for the organization."),
            "SUPPORTED", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void the_model_someone_names_is_backed() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez spoke at length in 2005. Among the region's leaders, he has said, his model is Simón Bolívar."),
            "SUPPORTED", "Hugo Chávez", "Simón Bolívar"));
}
