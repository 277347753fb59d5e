using System.Text.Json.Serialization;

namespace Graph.Evaluation.Gold;

/// <summary>
/// One document's annotation in the contract's gold format. Predictions are converted into the same shape
/// so that one scorer compares like with like. <c>Evidence</c> is only written for predictions and never scored.
/// </summary>
public sealed record GoldDocument(
    string Document,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<GoldEvent> Events);

public sealed record GoldEntity(
    string Name,
    string Type,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyList<GoldEvidence>? Evidence = null)
{
    [JsonIgnore]
    public IEnumerable<string> AllNames => Aliases is null ? [Name] : Aliases.Prepend(Name);
}

public sealed record GoldRelation(
    string Subject,
    string Type,
    string Object,
    string? Role = null,
    string? Date = null,
    IReadOnlyList<GoldEvidence>? Evidence = null);

public sealed record GoldEvent(
    string Type,
    string? Name = null,
    string? Date = null,
    string? Place = null,
    IReadOnlyList<string>? Participants = null,
    IReadOnlyList<GoldEvidence>? Evidence = null);

/// <summary>Where in the text a predicted item was found: the sentence, the character span and what found it.</summary>
public sealed record GoldEvidence(int Sentence, int Start, int End, string Text, string Method, double Confidence);
