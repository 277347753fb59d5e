using Graph.Core.Identity;
using Graph.Evaluation.Gold;

namespace Graph.Evaluation.Scoring;

/// <summary>
/// Folded names of one side of a comparison. Relations, places and participants name entities by one string;
/// "as entities, by name or alias" means that string stands for every name of the entity it names on its side.
/// </summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, HashSet<string>> _groups = new(StringComparer.Ordinal);

    public NameIndex(GoldDocument document)
    {
        foreach (var e in document.Entities) AddGroup(e.AllNames);
        foreach (var e in document.Events.Where(e => e.Name is not null)) AddGroup([e.Name!]);
    }

    /// <summary>The folded forms of a reference: its own, plus every name of any entity on this side that it names.</summary>
    public IReadOnlySet<string> Expand(string? reference)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (reference is null) return set;
        var key = NameFolding.Fold(reference);
        if (key.Length == 0) return set;
        set.Add(key);
        if (_groups.TryGetValue(key, out var group)) set.UnionWith(group);
        return set;
    }

    public static HashSet<string> Folded(IEnumerable<string> names) =>
        names.Select(NameFolding.Fold).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);

    private void AddGroup(IEnumerable<string> names)
    {
        var group = Folded(names);
        foreach (var key in group)
        {
            if (!_groups.TryGetValue(key, out var existing)) _groups[key] = existing = new HashSet<string>(StringComparer.Ordinal);
            existing.UnionWith(group);
        }
    }
}
