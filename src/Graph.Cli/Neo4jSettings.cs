using Graph.Store.Neo4j;

namespace Graph.Cli;

/// <summary>
/// Neo4j's settings for the CLI: the variables the API reads (Neo4j__Uri, Neo4j__User, Neo4j__Password,
/// Neo4j__BearerToken, Neo4j__Database), each overridden by its flag (--uri, --user, --password, --database).
/// </summary>
internal static class Neo4jSettings
{
    public static readonly string[] Flags = ["--uri", "--user", "--password", "--database"];

    public static Neo4jOptions From(CliEnvironment env, ParsedArgs? flags)
    {
        var options = new Neo4jOptions();
        string? Pick(string flag, string variable) => flags?.Option(flag) ?? Nonblank(env.Read(variable));
        options.Uri = Pick("--uri", "Neo4j__Uri") ?? options.Uri;
        options.User = Pick("--user", "Neo4j__User") ?? options.User;
        options.Password = Pick("--password", "Neo4j__Password");
        options.BearerToken = Nonblank(env.Read("Neo4j__BearerToken"));
        options.Database = Pick("--database", "Neo4j__Database") ?? options.Database;
        if (string.IsNullOrEmpty(options.Password) && string.IsNullOrEmpty(options.BearerToken))
            throw new CliFailure("No Neo4j password: set Neo4j__Password (or Neo4j__BearerToken) in the environment, or pass --password.");
        return options;
    }

    public static string Describe(Neo4jOptions o) => $"Neo4j database '{o.Database}' at {o.Uri}";

    private static string? Nonblank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
