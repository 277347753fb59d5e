namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// The import files: their names, headers (neo4j-admin's header syntax: name:type, :ID(space), :START_ID(space),
/// :END_ID(space), :LABEL, :TYPE) and the command that loads them. Property names are the store's own (see
/// DocumentWrites, Settle, CurationWrites); ID spaces keep entity, document and alias ids apart.
/// </summary>
internal static class ImportLayout
{
    public const string Entities = "entities.csv";
    public const string Aliases = "aliases.csv";
    public const string HasAlias = "has-alias.csv";
    public const string Relations = "relations.csv";
    public const string Documents = "documents.csv";
    public const string Contributes = "contributes.csv";
    public const string Mentions = "mentions.csv";
    public const string Evidence = "evidence.csv";
    public const string MergedIds = "merged-ids.csv";
    public const string Script = "import.sh";

    public static readonly string[] EntityHeader =
    [
        "id:ID(Entity)", ":LABEL", "type", "name", "nameFolded", "description", "externalId", "eventType", "date", "dateEarliest:long", "dateLatest:long",
        "aliases:string[]", "aliasesFolded:string[]", "aliasText", "curatedAliases:string[]", "curatedAliasesFolded:string[]",
        "nameCurated:boolean", "descriptionCurated:boolean",
    ];

    // Alias ids are only for linking (no property name before :ID): the store's :Alias nodes hold 'folded' alone.
    public static readonly string[] AliasHeader = [":ID(Alias)", ":LABEL", "folded"];

    public static readonly string[] HasAliasHeader = [":START_ID(Entity)", ":END_ID(Alias)", ":TYPE"];

    public static readonly string[] RelationHeader =
    [
        ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "role", "date", "dateEarliest:long", "dateLatest:long",
        "confidence:double", "evidenceCount:int", "provenance", "status", "statusNote",
    ];

    // No graphHash: it hashes the input an ingest gave, which an export does not have. Without it the first re-apply of
    // a document replaces its contribution (with what it already was) and stores the hash; nothing else depends on it.
    public static readonly string[] DocumentHeader =
        ["id:ID(Document)", ":LABEL", "title", "date", "dateEarliest:long", "dateLatest:long", "source", "format", "text", "length:int", "contentHash"];

    public static readonly string[] ContributesHeader =
    [
        ":START_ID(Document)", ":END_ID(Entity)", ":TYPE", "name", "nameFolded", "description", "externalId", "eventType", "date",
        "dateEarliest:long", "dateLatest:long", "aliases:string[]", "aliasesFolded:string[]",
    ];

    public static readonly string[] MentionsHeader =
        [":START_ID(Document)", ":END_ID(Entity)", ":TYPE", "sentence:int", "spanStart:int", "spanEnd:int", "text", "method", "confidence:double"];

    // Evidence nodes are never a relationship's endpoint, so they need no ID column.
    public static readonly string[] EvidenceHeader =
    [
        ":LABEL", "relationId", "relationType", "documentId", "sentence:int", "spanStart:int", "spanEnd:int", "text", "method", "confidence:double",
        "relationDate", "relationDateEarliest:long", "relationDateLatest:long",
    ];

    public static readonly string[] MergedIdHeader = ["id:ID(MergedId)", ":LABEL", "keptId"];

    public static readonly string[] NodeFiles = [Entities, Aliases, Documents, Evidence, MergedIds];
    public static readonly string[] RelationshipFiles = [Relations, HasAlias, Contributes, Mentions];

    /// <summary>
    /// Relative to the folder holding the files. Document texts span lines, hence --multiline-fields; the array
    /// delimiter also separates the labels of :LABEL.
    /// </summary>
    public static string Command(char arrayDelimiter) =>
        "neo4j-admin database import full \"$DATABASE\" \\\n" +
        string.Concat(NodeFiles.Select(f => $"  --nodes=\"$HERE/{f}\" \\\n")) +
        string.Concat(RelationshipFiles.Select(f => $"  --relationships=\"$HERE/{f}\" \\\n")) +
        $"  --array-delimiter='{arrayDelimiter}' --multiline-fields=true";

    public static string ScriptText(string command) => $$"""
        #!/bin/sh
        # Loads this folder into a new, empty Neo4j database with neo4j-admin, on the Neo4j server, the database stopped
        # (or not yet created). Usage: sh import.sh [DATABASE]   (default: neo4j; add --overwrite-destination=true to the
        # command below to replace an existing one). Then start the database (CREATE DATABASE name on Enterprise when it
        # is not the default) and point the API at it (Graph__Store=Neo4j, Neo4j__Uri, Neo4j__User, Neo4j__Password,
        # Neo4j__Database): the store applies its constraints and indexes (graph-schema/neo4j) on first use.
        set -e
        HERE="$(cd "$(dirname "$0")" && pwd)"
        DATABASE="${1:-neo4j}"
        {{command}}

        """;
}
