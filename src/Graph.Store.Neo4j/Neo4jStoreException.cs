namespace Graph.Store.Neo4j;

/// <summary>
/// Neo4j refused or could not serve an operation. <see cref="Operation"/> names what the store was doing,
/// <see cref="Code"/> is Neo4j's status code (Neo.ClientError...) when the server gave one; the message says what to fix.
/// </summary>
public class Neo4jStoreException(string operation, string? code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Operation { get; } = operation;
    public string? Code { get; } = code;
}

/// <summary>A Neo.TransientError.*: the store retries the whole request or transaction with backoff before giving up.</summary>
public sealed class Neo4jTransientException(string operation, string code, string message)
    : Neo4jStoreException(operation, code, message);

/// <summary>The graph cannot be written as neo4j-admin import files as asked; the message says what to change.</summary>
public sealed class Neo4jExportException(string message) : Exception(message);
