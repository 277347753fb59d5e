using Graph.Evaluation.Gold;

namespace Graph.Evaluation.Tests;

/// <summary>Terse constructors for hand-made gold and prediction documents.</summary>
internal static class Build
{
    public static GoldDocument Doc(IEnumerable<GoldEntity>? entities = null, IEnumerable<GoldRelation>? relations = null,
        IEnumerable<GoldEvent>? events = null, string id = "doc-1") =>
        new(id, (entities ?? []).ToArray(), (relations ?? []).ToArray(), (events ?? []).ToArray());

    public static GoldEntity E(string type, string name, params string[] aliases) => new(name, type, aliases);

    public static GoldRelation R(string subject, string type, string @object) => new(subject, type, @object);

    public static GoldEvent Ev(string type, string? date, string? place = null, params string[] participants) =>
        new(type, $"{type} {date}", date, place, participants);
}
