using System.Text.Json;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// One explicit Query API transaction: opened by its first statement (POST .../tx), continued on .../tx/{id},
/// committed on .../tx/{id}/commit, rolled back with DELETE .../tx/{id}. The cluster-affinity header of the
/// opening answer goes back on every follow-up, so that a cluster routes them to the member holding the transaction.
/// </summary>
internal sealed class Neo4jTransaction(QueryApiClient client, string unit, CancellationToken ct)
{
    private string? _id;
    private string? _affinity;
    private bool _finished;

    public string Unit { get; } = unit;

    public async Task<QueryResult> RunAsync(Statement statement)
    {
        if (_finished) throw new InvalidOperationException($"The transaction of {Unit} is already finished.");
        var operation = $"{Unit}: {statement.Operation}";
        var uri = _id is null ? new Uri($"{client.Endpoint}/tx") : new Uri($"{client.Endpoint}/tx/{Uri.EscapeDataString(_id)}");
        var response = await client.SendAsync(HttpMethod.Post, uri, statement, readOnly: false, _affinity, operation, inTransaction: true, ct);
        _affinity = response.Affinity;
        if (_id is null)
        {
            if (response.Root.ValueKind != JsonValueKind.Object || !response.Root.TryGetProperty("transaction", out var tx)
                || !tx.TryGetProperty("id", out var id) || id.GetString() is not { Length: > 0 } txId)
                throw new Neo4jStoreException(operation, null,
                    $"Neo4j at {client.Options.Uri} opened no transaction for {operation} (the answer has no transaction id); it needs Neo4j 5.26 or later, whose Query API has explicit transactions.");
            _id = txId;
        }
        return response.Result;
    }

    public async Task CommitAsync()
    {
        if (_finished) return;
        _finished = true;
        if (_id is null) return; // nothing ran, nothing to commit
        await client.SendAsync(HttpMethod.Post, new Uri($"{client.Endpoint}/tx/{Uri.EscapeDataString(_id)}/commit"), null, readOnly: false,
            _affinity, $"{Unit}: commit", inTransaction: true, ct);
    }

    /// <summary>Best effort: the server may already have closed the transaction (errors close it); the first failure is what matters.</summary>
    public async Task RollbackAsync()
    {
        if (_id is null) { _finished = true; return; }
        var id = _id;
        _id = null;
        _finished = true;
        try
        {
            await client.SendAsync(HttpMethod.Delete, new Uri($"{client.Endpoint}/tx/{Uri.EscapeDataString(id)}"), null, readOnly: false,
                _affinity, $"{Unit}: rollback", inTransaction: true, CancellationToken.None);
        }
        catch (Neo4jStoreException) { }
    }
}
