namespace Graph.Store.Neo4j;

/// <summary>
/// Where and how to reach Neo4j; bound from the "Neo4j" configuration section, so environment variables
/// Neo4j__Uri, Neo4j__User, Neo4j__Password, Neo4j__BearerToken and Neo4j__Database work too.
/// </summary>
public sealed record Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The HTTP(S) root of the server: http://localhost:7474, or https://xxxx.databases.neo4j.io for Aura (443).</summary>
    public string Uri { get; set; } = "http://localhost:7474";

    public string User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>Sent as "Authorization: Bearer ..." instead of user and password (SSO tokens).</summary>
    public string? BearerToken { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>The Query API root of the database, checked: the message names the setting to fix.</summary>
    internal Uri QueryEndpoint()
    {
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
            throw new Neo4jStoreException("configuration", null,
                $"Neo4j:Uri is '{Uri}', which is not an http:// or https:// address; set Neo4j:Uri (env Neo4j__Uri) to the server's HTTP root, e.g. http://localhost:7474.");
        if (string.IsNullOrWhiteSpace(Database))
            throw new Neo4jStoreException("configuration", null, "Neo4j:Database is empty; set Neo4j:Database (env Neo4j__Database), e.g. to 'neo4j'.");
        if (string.IsNullOrEmpty(BearerToken) && string.IsNullOrEmpty(Password))
            throw new Neo4jStoreException("configuration", null,
                "Neither Neo4j:Password nor Neo4j:BearerToken is set; set Neo4j:User and Neo4j:Password (env Neo4j__User, Neo4j__Password) or Neo4j:BearerToken.");
        return new Uri(root, $"{root.AbsolutePath.TrimEnd('/')}/db/{System.Uri.EscapeDataString(Database)}/query/v2");
    }
}
