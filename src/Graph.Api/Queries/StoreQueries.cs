using System.Globalization;
using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Api.Schema;

namespace Graph.Api.Queries;

/// <summary>The filters of a network, as a client sent them (GraphQL arguments or a download's query string).</summary>
internal sealed record NetworkArguments(
    IReadOnlyList<string> Centers,
    int Depth = StoreQueries.DefaultNetworkDepth,
    IReadOnlyCollection<string>? RelationTypes = null,
    IReadOnlyCollection<string>? EntityTypes = null,
    string? From = null,
    string? To = null,
    double MinConfidence = 0,
    int Limit = StoreQueries.DefaultNetworkLimit,
    bool IncludeRejected = false);

/// <summary>The filters of a timeline, as a client sent them; entity and place may be global or store ids.</summary>
internal sealed record TimelineArguments(
    string? Entity = null,
    int Depth = 0,
    string? Place = null,
    string? From = null,
    string? To = null,
    IReadOnlyCollection<string>? EventTypes = null,
    int First = PageRequest.DefaultPageSize,
    string? After = null);

/// <summary>
/// Turns client arguments into store queries, with every check and cap in one place: the GraphQL fields and the
/// export downloads both come through here, so a filter means the same thing, and is refused the same way, in both.
/// <paramref name="where"/> names the source of the values in messages ("network", "GET /export/network.gexf").
/// </summary>
internal static class StoreQueries
{
    public const int DefaultNetworkDepth = 1;
    public const int DefaultNetworkLimit = 200;

    public static int MaxNetworkNodes(GraphApiOptions.LimitOptions limits) => Math.Min(limits.MaxNetworkNodes, NetworkQuery.MaxNodeLimit);

    /// <summary>Entities are fetched by the caller's loader (the per-request batch loader, or the reader); unknown ids are NOT_FOUND.</summary>
    public delegate Task<Entity?[]> EntityLoader(IReadOnlyList<string> storeIds, CancellationToken cancellationToken);

    /// <summary>Lookups straight from the reader, for endpoints outside GraphQL (no per-request batch loader there).</summary>
    public static EntityLoader Loader(IGraphReader reader) => async (ids, ct) =>
    {
        var found = await reader.GetEntitiesAsync(ids, ct);
        return ids.Select(id => found.GetValueOrDefault(id)).ToArray();
    };

    public static async Task<NetworkQuery> NetworkAsync(NetworkArguments a, GraphApiOptions.LimitOptions limits, EntityLoader load, CancellationToken cancellationToken)
    {
        CheckCount("centers", a.Centers.Count, limits.MaxPageSize);
        var ids = a.Centers.Select(id => GlobalId.ToStoreId(id, GlobalId.Entity)).ToArray();
        // All centers in one batch; the first unknown one is named in the error.
        var found = await load(ids, cancellationToken);
        for (var i = 0; i < ids.Length; i++)
            if (found[i] is null) throw new GraphNotFoundException("entity", ids[i]);
        return Network(a with { Centers = found.Select(e => e!.Id).Distinct(StringComparer.Ordinal).ToArray() }, limits);
    }

    /// <summary>A network around centers that are known to exist (an entity's own network field).</summary>
    public static NetworkQuery Network(NetworkArguments a, GraphApiOptions.LimitOptions limits)
    {
        CheckRange("depth", a.Depth, 1, NetworkQuery.MaxDepth);
        CheckRange("limit", a.Limit, 1, MaxNetworkNodes(limits));
        CheckConfidence(a.MinConfidence);
        var relationTypes = Types("relationTypes", a.RelationTypes, Ontology.Default.RelationTypes.Select(t => t.Name));
        var entityTypes = Types("entityTypes", a.EntityTypes, Ontology.Default.EntityTypes.Select(t => t.Name));
        return new NetworkQuery(a.Centers, a.Depth, relationTypes, entityTypes, Period(a.From, a.To), a.MinConfidence, a.Limit, a.IncludeRejected);
    }

    /// <summary>A timeline; <paramref name="participants"/> set means the entity is already known (an entity's own timeline field).</summary>
    public static async Task<TimelineQuery> TimelineAsync(TimelineArguments a, GraphApiOptions.LimitOptions limits, EntityLoader load,
        CancellationToken cancellationToken, IReadOnlyCollection<string>? participants = null)
    {
        CheckRange("depth", a.Depth, 0, TimelineQuery.MaxParticipantDepth);
        CheckRange("first", a.First, 1, Math.Min(limits.MaxPageSize, PageRequest.MaxPageSize));
        var eventTypes = Types("eventTypes", a.EventTypes, Ontology.Default.EventTypes);
        var period = Period(a.From, a.To);
        if (participants is null && a.Entity is not null) participants = [(await Existing(a.Entity, load, cancellationToken)).Id];
        var place = a.Place is null ? null : (await Existing(a.Place, load, cancellationToken)).Id;
        return new TimelineQuery(participants, a.Depth, place, period, eventTypes, new PageRequest(a.First, a.After));
    }

    /// <summary>
    /// "from" and "to" become one EDTF interval matched by overlap: from alone means "from then on",
    /// to alone "until then", a from that is itself an interval is used as it is.
    /// </summary>
    public static EdtfDate? Period(string? fromText, string? toText)
    {
        var from = fromText is null ? null : ParseEdtf(fromText, "argument 'from'");
        var to = toText is null ? null : ParseEdtf(toText, "argument 'to'");
        if (from is null && to is null) return null;
        if (to is null) return from!.IsInterval ? from : EdtfDate.Between(from.Point, null);
        if (from is null) return to.IsInterval ? to : EdtfDate.Between(null, to.Point);
        var start = from.Point ?? from.Start;
        var end = to.Point ?? to.End;
        if (start is not null && end is not null && start.Earliest > end.Latest)
            throw new EdtfFormatException($"{from}/{to}", $"'from' ({from}) is after 'to' ({to}); swap them");
        return EdtfDate.Between(start, end);
    }

    public static EdtfDate ParseEdtf(string text, string where) =>
        EdtfDate.TryParse(text, out var date, out var error) ? date : throw new EdtfFormatException(text, $"{error} (in {where})");

    public static void CheckRange(string name, int value, int min, int max)
    {
        if (value < min || value > max)
            throw new InvalidValueException($"Argument '{name}' is {value}, outside {min}–{max}; ask for at most {max} and follow the cursor or narrow the query.");
    }

    public static void CheckCount(string name, int count, int max)
    {
        if (count < 1 || count > max)
            throw new InvalidValueException($"Argument '{name}' has {count} ids, outside 1–{max}; give at least one and at most {max}.");
    }

    public static void CheckConfidence(double value)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
            throw new InvalidValueException($"Argument 'minConfidence' is {value.ToString(CultureInfo.InvariantCulture)}, outside 0–1; pass a confidence between 0 and 1.");
    }

    /// <summary>
    /// Ontology type names; a download may also use the GraphQL enum spelling (COUP for Coup), so that one
    /// query's values work in both places.
    /// </summary>
    private static IReadOnlyCollection<string>? Types(string name, IReadOnlyCollection<string>? values, IEnumerable<string> ontologyNames)
    {
        if (values is null || values.Count == 0) return null;
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in ontologyNames)
        {
            byName[type] = type;
            byName.TryAdd(OntologyEnums.ValueName(type), type);
        }
        return values.Select(v => byName.TryGetValue(v, out var type) ? type
            : throw new InvalidValueException($"Argument '{name}' has '{v}', which the ontology does not define; use one of: " +
                $"{string.Join(", ", byName.Keys.Where(k => k == OntologyEnums.ValueName(byName[k])))}.")).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static async Task<Entity> Existing(string id, EntityLoader load, CancellationToken cancellationToken)
    {
        var storeId = GlobalId.ToStoreId(id, GlobalId.Entity);
        return (await load([storeId], cancellationToken))[0] ?? throw new GraphNotFoundException("entity", storeId);
    }
}
