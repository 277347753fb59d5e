using System.Net;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// Turns what the Query API answered into an exception that says what to fix. Neo4j's code decides first
/// (a 202 can carry errors after partial data, and transient errors come back as 400); the status only
/// explains answers that carry no code (a missing endpoint, a proxy's 502).
/// </summary>
internal static class ErrorMapping
{
    public const string TransientPrefix = "Neo.TransientError.";

    public static Neo4jStoreException FromServer(Neo4jOptions o, string operation, HttpStatusCode status, string? code, string? message, bool inTransaction)
    {
        var said = code is null ? $"HTTP {(int)status}" : $"{code}: {message}";
        if (code is not null && code.StartsWith(TransientPrefix, StringComparison.Ordinal))
            return new Neo4jTransientException(operation, code,
                $"Neo4j reported a transient error during {operation} ({said}); the store retries these with backoff. If it persists, check the server's load, memory and cluster state.");
        if (status == HttpStatusCode.Unauthorized || code is "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit")
            return new Neo4jStoreException(operation, code,
                $"Neo4j at {o.Uri} refused the credentials during {operation} ({said}): the credentials are wrong. " +
                (string.IsNullOrEmpty(o.BearerToken)
                    ? $"Set Neo4j:User (now '{o.User}') and Neo4j:Password (env Neo4j__User, Neo4j__Password) to a valid login."
                    : "Set Neo4j:BearerToken (env Neo4j__BearerToken) to a valid token, or remove it and set Neo4j:User and Neo4j:Password."));
        if (status == HttpStatusCode.Forbidden || code?.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) == true)
            return new Neo4jStoreException(operation, code,
                $"Neo4j user '{o.User}' may not perform {operation} on database '{o.Database}' ({said}); grant it read and write access, or use another login in Neo4j:User / Neo4j:Password.");
        if (code is "Neo.ClientError.Database.DatabaseNotFound")
            return new Neo4jStoreException(operation, code,
                $"Neo4j at {o.Uri} has no database '{o.Database}' ({said}); set Neo4j:Database (env Neo4j__Database) to an existing database (Community has only 'neo4j'), or create it.");
        var transactionGone = code is "Neo.ClientError.Transaction.TransactionNotFound" or "Neo.ClientError.Transaction.TransactionTimedOut"
            or "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
            || (code is "Neo.ClientError.Request.Invalid" && status == HttpStatusCode.NotFound);
        if (inTransaction && transactionGone)
            return new Neo4jStoreException(operation, code,
                $"Neo4j no longer knows the transaction of {operation} ({said}): it expired (Neo4j closes a transaction idle for 60 s, see db.transaction.timeout) or a cluster member lost it. Nothing of it was committed; run it again.");
        if (code is null && status == HttpStatusCode.NotFound)
            return new Neo4jStoreException(operation, null,
                $"Neo4j at {o.Uri} answered 404 for {o.QueryEndpoint()} during {operation}: either database '{o.Database}' does not exist (set Neo4j:Database), " +
                "or the server has no Query API — it needs Neo4j 5.26 or later with QUERY_API_ENDPOINTS in server.http_enabled_modules (docker: NEO4J_server_http__enabled__modules).");
        if (code is null && status is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.NotAcceptable or HttpStatusCode.MethodNotAllowed)
            return new Neo4jStoreException(operation, null,
                $"The server at {o.Uri} does not speak Neo4j's Query API (HTTP {(int)status} during {operation}); check that Neo4j:Uri points at Neo4j 5.26+'s HTTP port (7474, or 443 on Aura).");
        if (code is "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists" or "Neo.ClientError.Schema.IndexWithNameAlreadyExists"
            or "Neo.ClientError.Schema.ConstraintWithNameAlreadyExists" or "Neo.ClientError.Schema.ConstraintAlreadyExists" or "Neo.ClientError.Schema.IndexAlreadyExists"
            or "Neo.ClientError.Schema.AlreadyIndexed" or "Neo.ClientError.Schema.AlreadyConstrained")
            return new Neo4jStoreException(operation, code,
                $"Neo4j database '{o.Database}' already has an index or constraint in another form than {operation} asks ({said}). " +
                "Find it with SHOW INDEXES / SHOW CONSTRAINTS, drop it, and start again so that graph-schema/neo4j can create its own.");
        return new Neo4jStoreException(operation, code, $"Neo4j refused {operation} ({said}).");
    }

    public static Neo4jStoreException Unreachable(Neo4jOptions o, string operation, Exception e) => new(operation, null,
        $"Cannot reach Neo4j at {o.Uri} during {operation} ({e.Message}). Check Neo4j:Uri (env Neo4j__Uri), that the server is running, " +
        "and that its HTTP connector listens there (port 7474; Aura: https on 443).", e);

    public static Neo4jStoreException Unreadable(Neo4jOptions o, string operation, HttpStatusCode status, string body) => new(operation, null,
        $"Neo4j at {o.Uri} answered {operation} with HTTP {(int)status} and a body that is not Query API JSON: '{Shorten(body)}'. Check that Neo4j:Uri points at Neo4j itself, not a proxy or another service.");

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
