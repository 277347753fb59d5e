using Graph.Core.Store;
using Graph.Store.Neo4j.Internal;
using Graph.Store.Tests.Conformance;

namespace Graph.Store.Neo4j.Tests.Conformance;

/// <summary>
/// The store contract suite, the same one the SQLite store passes, against a live Neo4j (see <see cref="LiveNeo4j"/>).
/// Every store a test makes starts from an empty database (MATCH (n) DETACH DELETE n), since Community has one
/// database only. Two caveats follow from that: the database must be one whose data may be wiped, and the property
/// tests that compare two stores side by side see one shared database, so on Neo4j they check idempotence and
/// replacement within it rather than across two independent stores.
/// </summary>
public sealed class Neo4jGraphStoreTests : GraphStoreContract
{
    private readonly List<HttpClient> _clients = [];

    // The schema is applied by the first store of the process; it is idempotent, but 40 statements per test add up.
    private static volatile bool s_schemaApplied;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = await LiveNeo4j.OptionsAsync();
        var http = new HttpClient();
        _clients.Add(http);
        var store = new Neo4jGraphStore(http, options, null, TimeSpan.FromMilliseconds(200), s_schemaApplied);
        await store.InitializeAsync();
        s_schemaApplied = true;
        var client = new QueryApiClient(http, options, TimeSpan.FromMilliseconds(200));
        await client.RunAutoCommitAsync(new Statement("wipe the test database", "MATCH (n) DETACH DELETE n"), CancellationToken.None);
        return store;
    }

    protected override Task CleanUpAsync()
    {
        foreach (var http in _clients) http.Dispose();
        return Task.CompletedTask;
    }
}
